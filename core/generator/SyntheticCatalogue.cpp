// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generator/SyntheticCatalogue.h"

namespace glaneur {

namespace {

// Months as bits: JAN = bit 0 … DEC = bit 11.
constexpr int months(std::initializer_list<int> list)
{
    int mask = 0;
    for (int m : list)
        mask |= 1 << (m - 1);
    return mask;
}
constexpr int AllYear = 0xFFF;

} // namespace

const std::vector<SyntheticCatalogue::Kitchen>& SyntheticCatalogue::kitchens()
{
    static const std::vector<Kitchen> list = {
        {"HS", "Cuisine du Haut-Saint-Laurent", "3 rue Lorne", {"Huntingdon", "J0S 1H0"}},
        {"BS", "Cuisine de Beauharnois-Salaberry", "111 rue Saint-Laurent", {"Beauharnois", "J6N 1V9"}},
        {"CG", "Cuisine de Roussillon", "40 boulevard Saint-Jean-Baptiste", {"Châteauguay", "J6J 3H5"}},
        {"VS", "Cuisine de Vaudreuil-Soulanges", "21 rue Dumont", {"Vaudreuil-Dorion", "J7V 1W1"}},
        {"JN", "Cuisine des Jardins-de-Napierville", "1 rue Saint-Jacques", {"Napierville", "J0J 1L0"}},
        {"HR", "Cuisine du Haut-Richelieu", "315 rue MacDonald", {"Saint-Jean-sur-Richelieu", "J3B 8J3"}},
        {"RV", "Cuisine de la Vallée-du-Richelieu", "50 rue Saint-Hippolyte", {"Beloeil", "J3G 2K4"}},
        {"MA", "Cuisine des Maskoutains", "700 avenue de l'Hôtel-de-Ville", {"Saint-Hyacinthe", "J2S 5B2"}},
    };
    return list;
}

const std::vector<SyntheticCatalogue::Town>& SyntheticCatalogue::towns()
{
    static const std::vector<Town> list = {
        {"Saint-Chrysostome", "J0S 1R0"},
        {"Ormstown", "J0S 1K0"},
        {"Sainte-Clotilde", "J0L 1W0"},
        {"Havelock", "J0S 2C0"},
        {"Saint-Anicet", "J0S 1M0"},
        {"Hemmingford", "J0L 1H0"},
        {"Sherrington", "J0L 2N0"},
        {"Saint-Rémi", "J0L 2L0"},
        {"Saint-Michel", "J0L 2J0"},
        {"Howick", "J0S 1G0"},
        {"Très-Saint-Sacrement", "J0S 1H0"},
        {"Saint-Urbain-Premier", "J0S 1Y0"},
        {"Mercier", "J6R 2L2"},
        {"Saint-Isidore", "J0L 2A0"},
        {"Sainte-Martine", "J0S 1V0"},
        {"Saint-Stanislas-de-Kostka", "J0S 1W0"},
        {"Coteau-du-Lac", "J0P 1B0"},
        {"Les Cèdres", "J7T 1A1"},
        {"Rigaud", "J0P 1P0"},
        {"Saint-Lazare", "J7T 2B1"},
        {"Napierville", "J0J 1L0"},
        {"Saint-Jacques-le-Mineur", "J0J 1Z0"},
        {"Lacolle", "J0J 1J0"},
        {"Salaberry-de-Valleyfield", "J6T 1A1"},
        {"Beauharnois", "J6N 1W8"},
        {"Châteauguay", "J6J 2P8"},
        {"Huntingdon", "J0S 1H0"},
        {"Vaudreuil-Dorion", "J7V 1W1"},
        {"Saint-Constant", "J5A 1B1"},
        {"Candiac", "J5R 1A1"},
    };
    return list;
}

const std::vector<const char*>& SyntheticCatalogue::surnames()
{
    static const std::vector<const char*> list = {
        "Gagnon",   "Roy",      "Côté",      "Bouchard", "Gauthier", "Morin",      "Lavoie",    "Fortin",
        "Gagné",    "Ouellet",  "Pelletier", "Bélanger", "Lévesque", "Bergeron",   "Leblanc",   "Paquette",
        "Girard",   "Simard",   "Boucher",   "Caron",    "Beaulieu", "Cloutier",   "Dubé",      "Poirier",
        "Fournier", "Lapointe", "Leclerc",   "Lefebvre", "Poulin",   "Thibault",   "St-Pierre", "Nadeau",
        "Martin",   "Landry",   "Martel",    "Bédard",   "Grenier",  "Lessard",    "Bernier",   "Richard",
        "McNeil",   "Brault",   "Hébert",    "Leduc",    "Tremblay", "Desjardins", "Rousseau",  "Vachon",
    };
    return list;
}

const std::vector<const char*>& SyntheticCatalogue::firstNames()
{
    static const std::vector<const char*> list = {
        "Amélie", "Karim",   "Jade",     "Samuel", "Nadia",   "Thomas",  "Léa",    "Olivier", "Chloé",   "Mathis",
        "Emma",   "William", "Rosalie",  "Félix",  "Maïka",   "Noah",    "Zoé",    "Antoine", "Inès",    "Gabriel",
        "Sarah",  "Youssef", "Florence", "Loïc",   "Camille", "Mamadou", "Océane", "Hugo",    "Aurélie", "Xavier",
        "Alicia", "Kevin",   "Maude",    "Jérémy", "Fatou",   "Tristan", "Léonie", "Nathan",  "Mégane",  "Simon",
    };
    return list;
}

const std::vector<SyntheticCatalogue::Raw>& SyntheticCatalogue::raws()
{
    static const std::vector<Raw> list = {
        {"CAROTTE", "Carottes", "Carrots", StorageMode::Refrigerated, 21, 2380,
         months({1, 2, 3, 4, 7, 8, 9, 10, 11, 12}), true, false},
        {"OIGNON", "Oignons", "Onions", StorageMode::Ambient, 30, 2401, months({1, 2, 3, 4, 8, 9, 10, 11, 12}), true,
         false},
        {"POMME", "Pommes", "Apples", StorageMode::Refrigerated, 30, 1696, months({1, 2, 3, 4, 5, 8, 9, 10, 11, 12}),
         true, false},
        {"POIRE", "Poires", "Pears", StorageMode::Refrigerated, 14, 1731, months({8, 9, 10, 11}), true, false},
        {"BROCOLI", "Brocoli", "Broccoli", StorageMode::Refrigerated, 5, 2374, months({6, 7, 8, 9, 10}), true, false},
        {"CHOU-FLEUR", "Chou-fleur", "Cauliflower", StorageMode::Refrigerated, 7, 2385, months({7, 8, 9, 10}), true,
         false},
        {"CHOU", "Chou vert", "Green cabbage", StorageMode::Refrigerated, 30, 2361,
         months({1, 2, 3, 7, 8, 9, 10, 11, 12}), false, false},
        {"BETTERAVE", "Betteraves", "Beets", StorageMode::Refrigerated, 30, 2500, months({1, 2, 3, 8, 9, 10, 11, 12}),
         false, false},
        {"POIREAU", "Poireaux", "Leeks", StorageMode::Refrigerated, 10, 2396, months({8, 9, 10, 11}), false, false},
        {"CHOU-FRISE", "Chou frisé", "Kale", StorageMode::Refrigerated, 5, 2395, months({6, 7, 8, 9, 10, 11}), false,
         false},
        {"MAIS", "Maïs sucré", "Sweet corn", StorageMode::Refrigerated, 3, 2388, months({8, 9}), false, false},
        {"COURGETTE", "Courgettes", "Zucchini", StorageMode::Refrigerated, 7, 2303, months({7, 8, 9}), true, false},
        {"TOMATE", "Tomates", "Tomatoes", StorageMode::Ambient, 7, 0, months({7, 8, 9, 10}), true, false},
        {"HARICOT", "Haricots verts", "Green beans", StorageMode::Refrigerated, 5, 0, months({7, 8, 9}), false, false},
        {"POIVRON", "Poivrons", "Bell peppers", StorageMode::Refrigerated, 10, 0, months({8, 9, 10}), true, false},
        {"COURGE", "Courges d'hiver", "Winter squash", StorageMode::Ambient, 60, 0, months({1, 2, 9, 10, 11, 12}),
         false, false},
        {"POMME-DE-TERRE", "Pommes de terre", "Potatoes", StorageMode::Ambient, 60, 0, AllYear, true, false},
        {"EAU", "Eau", "Water", StorageMode::Ambient, -1, 2933, 0, false, true},
        {"HUILE-CANOLA", "Huile de canola", "Canola oil", StorageMode::Ambient, -1, 451, 0, false, true},
        {"SEL", "Sel", "Salt", StorageMode::Ambient, -1, 214, 0, false, true},
    };
    return list;
}

const std::vector<SyntheticCatalogue::Finished>& SyntheticCatalogue::finished()
{
    static const std::vector<Finished> list = {
        {"CAROTTE-RONDELLES",
         "Carottes en rondelles blanchies",
         "Blanched carrot rounds",
         365,
         true,
         425,
         250,
         {{"CAROTTE", 10000}}},
        {"SOUPE-CAROTTE",
         "Soupe carotte et oignon",
         "Carrot and onion soup",
         270,
         false,
         500,
         300,
         {{"CAROTTE", 5500}, {"EAU", 3000}, {"OIGNON", 1200}, {"HUILE-CANOLA", 200}, {"SEL", 100}}},
        {"COMPOTE-POMME", "Compote de pommes", "Applesauce", 365, false, 400, 225, {{"POMME", 10000}}},
        {"POIRE-DES", "Poires en dés", "Diced pears", 365, false, 425, 250, {{"POIRE", 10000}}},
        {"BROCOLI-FLEURONS",
         "Fleurons de brocoli blanchis",
         "Blanched broccoli florets",
         365,
         true,
         450,
         275,
         {{"BROCOLI", 10000}}},
        {"CHOU-FLEUR-FLEURONS",
         "Fleurons de chou-fleur blanchis",
         "Blanched cauliflower florets",
         365,
         true,
         450,
         275,
         {{"CHOU-FLEUR", 10000}}},
        {"CHOU-EMINCE", "Chou émincé blanchi", "Blanched shredded cabbage", 300, true, 300, 175, {{"CHOU", 10000}}},
        {"BETTERAVE-CUBES",
         "Betteraves en cubes blanchies",
         "Blanched diced beets",
         365,
         true,
         375,
         225,
         {{"BETTERAVE", 10000}}},
        {"SOUPE-POIREAU",
         "Soupe poireau et pommes de terre",
         "Leek and potato soup",
         270,
         false,
         500,
         300,
         {{"POIREAU", 4000}, {"POMME-DE-TERRE", 3000}, {"EAU", 2700}, {"HUILE-CANOLA", 200}, {"SEL", 100}}},
        {"CHOU-FRISE-HACHE",
         "Chou frisé haché blanchi",
         "Blanched chopped kale",
         300,
         true,
         450,
         275,
         {{"CHOU-FRISE", 10000}}},
        {"MAIS-GRAINS", "Maïs en grains blanchi", "Blanched corn kernels", 365, true, 450, 275, {{"MAIS", 10000}}},
        {"COURGETTE-RONDELLES",
         "Courgettes en rondelles blanchies",
         "Blanched zucchini rounds",
         300,
         true,
         375,
         225,
         {{"COURGETTE", 10000}}},
        {"SAUCE-TOMATE",
         "Sauce tomate et oignon",
         "Tomato and onion sauce",
         365,
         false,
         525,
         325,
         {{"TOMATE", 8800}, {"OIGNON", 1000}, {"HUILE-CANOLA", 100}, {"SEL", 100}}},
        {"HARICOTS-VERTS",
         "Haricots verts blanchis",
         "Blanched green beans",
         365,
         true,
         450,
         275,
         {{"HARICOT", 10000}}},
        {"POIVRONS-LANIERES", "Poivrons en lanières", "Bell pepper strips", 365, false, 475, 300, {{"POIVRON", 10000}}},
        {"PUREE-COURGE", "Purée de courge", "Squash purée", 365, true, 400, 225, {{"COURGE", 10000}}},
        {"POMME-DE-TERRE-CUBES",
         "Pommes de terre en cubes blanchies",
         "Blanched diced potatoes",
         300,
         true,
         300,
         175,
         {{"POMME-DE-TERRE", 10000}}},
        {"OIGNONS-HACHES", "Oignons hachés", "Chopped onions", 365, false, 300, 175, {{"OIGNON", 10000}}},
    };
    return list;
}

} // namespace glaneur
