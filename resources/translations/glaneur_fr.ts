<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>glaneur::DemoData</name>
    <message>
        <source>The demonstration data goes only into a new, empty database.</source>
        <translation>Les données de démonstration ne peuvent être ajoutées qu&apos;à une nouvelle base de données vide.</translation>
    </message>
</context>
<context>
    <name>glaneur::MaintenanceService</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Le fichier %1 existe déjà; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La copie de sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing record in %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à un enregistrement absent de la table %3.</translation>
    </message>
</context>
<context>
    <name>glaneur::OperatorRepository</name>
    <message>
        <source>The operator « %1 » already exists.</source>
        <translation>L&apos;opérateur·rice « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>Cette fiche n’existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::OperatorService</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
</context>
<context>
    <name>glaneur::PartnerRepository</name>
    <message>
        <source>A partner named « %1 » already exists. If it is another one, add its town to the name.</source>
        <translation>Un partenaire nommé « %1 » existe déjà. S&apos;il s&apos;agit d&apos;un autre partenaire, ajoutez sa ville au nom.</translation>
    </message>
    <message>
        <source>Unknown partner (#%1).</source>
        <translation>Partenaire inconnu (#%1).</translation>
    </message>
    <message>
        <source>There is no partner named « %1 ».</source>
        <translation>Aucun partenaire ne porte le nom « %1 ».</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>Cette fiche n’existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::PartnerService</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Le téléphone</translation>
    </message>
    <message>
        <source>The price tier</source>
        <translation>Le palier de prix</translation>
    </message>
</context>
<context>
    <name>glaneur::ProductRepository</name>
    <message>
        <source>A product with the code %1 already exists.</source>
        <translation>Un produit portant le code %1 existe déjà.</translation>
    </message>
    <message>
        <source>Unknown product (#%1).</source>
        <translation>Produit inconnu (#%1).</translation>
    </message>
    <message>
        <source>There is no product with the code « %1 ».</source>
        <translation>Aucun produit ne porte le code « %1 ».</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>Cette fiche n’existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::ProductService</name>
    <message>
        <source>The French name</source>
        <translation>Le nom français</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>Le nom anglais</translation>
    </message>
    <message>
        <source>The shelf life must be between 1 and 3650 days.</source>
        <translation>La durée de conservation doit être comprise entre 1 et 3&#xa0;650 jours.</translation>
    </message>
    <message>
        <source>The pack size must be between 1 g and 50 kg.</source>
        <translation>Le format doit être compris entre 1 g et 50 kg.</translation>
    </message>
    <message>
        <source>The Canadian Nutrient File food id must be a positive number.</source>
        <translation>L&apos;identifiant d&apos;aliment du Fichier canadien sur les éléments nutritifs (FCÉN) doit être un nombre positif.</translation>
    </message>
    <message>
        <source>A product code has 1 to 24 letters, digits or dashes, without accents or spaces (for example CAROTTE).</source>
        <translation>Un code de produit compte de 1 à 24 lettres, chiffres ou tirets, sans accents ni espaces (par exemple CAROTTE).</translation>
    </message>
</context>
<context>
    <name>glaneur::ReceptionLotRepository</name>
    <message>
        <source>Unknown lot.</source>
        <translation>Lot inconnu.</translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation>Le lot « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::ReceptionService</name>
    <message>
        <source>Create a kitchen (site) in the settings before receiving lots.</source>
        <translation>Créez une cuisine (site) dans les paramètres avant de recevoir des lots.</translation>
    </message>
    <message>
        <source>Several kitchens exist: choose the default one in the settings, or say which kitchen receives the lot.</source>
        <translation>Il existe plusieurs cuisines : choisissez la cuisine par défaut dans les paramètres, ou indiquez quelle cuisine reçoit le lot.</translation>
    </message>
    <message>
        <source>The gross weight must be greater than zero.</source>
        <translation>Le poids brut doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The gross weight is over 6,000 kg: check the number.</source>
        <translation>Le poids brut dépasse 6&#xa0;000 kg : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>The tare cannot be negative.</source>
        <translation>La tare ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The tare must be less than the gross weight.</source>
        <translation>La tare doit être inférieure au poids brut.</translation>
    </message>
    <message>
        <source>The net weight is not the gross weight minus the tare: check the three numbers.</source>
        <translation>Le poids net n&apos;est pas égal au poids brut moins la tare : vérifiez les trois nombres.</translation>
    </message>
    <message>
        <source>Enter the net weight (or the gross weight and the tare).</source>
        <translation>Entrez le poids net (ou le poids brut et la tare).</translation>
    </message>
    <message>
        <source>The net weight must be greater than zero.</source>
        <translation>Le poids net doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The net weight is over 5,000 kg for one lot: check the number, or split the delivery into several lots.</source>
        <translation>Le poids net dépasse 5&#xa0;000 kg pour un seul lot : vérifiez le nombre, ou divisez la livraison en plusieurs lots.</translation>
    </message>
    <message>
        <source>The reception time is in the future. Check the date and time.</source>
        <translation>L&apos;heure de réception est dans le futur. Vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The reception date is too far in the past. Check the date.</source>
        <translation>La date de réception est trop ancienne. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The temperature must be between -30 °C and 45 °C.</source>
        <translation>La température doit être comprise entre -30 °C et 45 °C.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A donation or a gleaning has no price. Choose « purchase » if the produce was bought.</source>
        <translation>Un don ou un glanage n&apos;a pas de prix. Choisissez « Achat à prix social » si les produits ont été achetés.</translation>
    </message>
    <message>
        <source>Enter the price paid for this purchase.</source>
        <translation>Entrez le prix payé pour cet achat.</translation>
    </message>
    <message>
        <source>The price is over $100,000: check the number.</source>
        <translation>Le prix dépasse 100&#xa0;000 $ : vérifiez le montant.</translation>
    </message>
    <message>
        <source>The supplier&apos;s lot code</source>
        <translation>Le code de lot du fournisseur</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Le texte des notes</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <source>The supplier « %1 » is deactivated.</source>
        <translation>Le fournisseur « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>« %1 » is not a farm: the origin must be a farm.</source>
        <translation>« %1 » n&apos;est pas une ferme : l&apos;origine doit être une ferme.</translation>
    </message>
    <message>
        <source>The farm « %1 » is deactivated.</source>
        <translation>La ferme « %1 » est désactivée.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>Choisissez le produit.</translation>
    </message>
    <message>
        <source>The product « %1 » is deactivated.</source>
        <translation>Le produit « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>« %1 » is a finished product: a reception is of raw produce.</source>
        <translation>« %1 » est un produit fini : une réception porte sur des produits bruts.</translation>
    </message>
    <message>
        <source>The kitchen %1 is deactivated.</source>
        <translation>La cuisine %1 est désactivée.</translation>
    </message>
    <message>
        <source>Too many lots today in this kitchen: the lot code would be too long.</source>
        <translation>Trop de lots aujourd&apos;hui dans cette cuisine : le code de lot serait trop long.</translation>
    </message>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation>« %1 » n&apos;est ni un code de lot ni une étiquette Glaneur.</translation>
    </message>
</context>
<context>
    <name>glaneur::SettingsService</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The MAPAQ permit</source>
        <translation>Le permis du MAPAQ</translation>
    </message>
    <message>
        <source>« %1 » is not a web domain (for example cuisine.example.org).</source>
        <translation>« %1 » n&apos;est pas un domaine web (par exemple cuisine.example.org).</translation>
    </message>
</context>
<context>
    <name>glaneur::SiteRepository</name>
    <message>
        <source>A kitchen with the code %1 already exists.</source>
        <translation>Une cuisine portant le code %1 existe déjà.</translation>
    </message>
    <message>
        <source>Unknown kitchen.</source>
        <translation>Cuisine inconnue.</translation>
    </message>
    <message>
        <source>There is no kitchen with the code « %1 ».</source>
        <translation>Aucune cuisine ne porte le code « %1 ».</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>Cette fiche n’existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::SiteService</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>A kitchen code has 2 to 4 letters or digits (for example HS).</source>
        <translation>Un code de cuisine compte de 2 à 4 lettres ou chiffres (par exemple HS).</translation>
    </message>
</context>
<context>
    <name>glaneur::Storage</name>
    <message>
        <source>The file %1 is not a Glaneur database. It was left untouched.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Glaneur. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with « glaneur-cli init ».</source>
        <translation>Aucune base de données trouvée : %1. Créez-la avec « glaneur-cli init ».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Glaneur (schema %2; this version knows up to %3). Update Glaneur to open it.</source>
        <translation>La base de données %1 a été créée par une version plus récente de Glaneur (schéma %2; cette version connaît jusqu&apos;au schéma %3). Mettez Glaneur à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; it was left as it was.</source>
        <translation>Impossible de faire une copie de sauvegarde de la base de données dans %1 avant sa mise à niveau; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database is busy with another work station. Try again.</source>
        <translation>La base de données est occupée par un autre poste de travail. Réessayez.</translation>
    </message>
    <message>
        <source>The disk is full or failing: nothing was saved.</source>
        <translation>Le disque est plein ou défectueux : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation>La base de données a refusé la modification (%1). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>glaneur::UnitOfWork</name>
    <message>
        <source>Choose the operator (who is working) before saving.</source>
        <translation>Choisissez l&apos;opérateur·rice (la personne qui travaille) avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>glaneur::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 dépasse la limite de %2 caractères.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>« %1 » is not a Canadian province code (QC, ON, NB…).</source>
        <translation>« %1 » n&apos;est pas un code de province canadien (QC, ON, NB…).</translation>
    </message>
    <message>
        <source>« %1 » is not a Canadian postal code (for example J0S 1V0).</source>
        <translation>« %1 » n&apos;est pas un code postal canadien (par exemple J0S 1V0).</translation>
    </message>
    <message>
        <source>« %1 » is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a number of kilograms (for example 12,5).</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre de kilogrammes (par exemple 12,5).</translation>
    </message>
    <message>
        <source>« %1 » is not a temperature in degrees Celsius (for example 4,5).</source>
        <translation>« %1 » n&apos;est pas une température en degrés Celsius (par exemple 4,5).</translation>
    </message>
    <message>
        <source>« %1 » is not an amount in dollars (for example 12,50).</source>
        <translation>« %1 » n&apos;est pas un montant en dollars (par exemple 12,50).</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a whole number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>« %1 » is not a date and time (for example 2026-11-22T09:30).</source>
        <translation>« %1 » n&apos;est pas une date et une heure (par exemple 2026-11-22T09:30).</translation>
    </message>
    <message>
        <source>« %1 » is not a date (for example 2026-11-22).</source>
        <translation>« %1 » n&apos;est pas une date (par exemple 2026-11-22).</translation>
    </message>
</context>
<context>
    <name>glaneur::Vocabulary</name>
    <message>
        <source>Farm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Détaillant</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation>Banque alimentaire</translation>
    </message>
    <message>
        <source>Community organisation</source>
        <translation>Organisme communautaire</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Sales point</source>
        <translation>Point de vente</translation>
    </message>
    <message>
        <source>Raw produce</source>
        <translation>Produit brut</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>Produit fini</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelé</translation>
    </message>
    <message>
        <source>Refrigerated</source>
        <translation>Réfrigéré</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Température ambiante</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Purchase at social price</source>
        <translation>Achat à prix social</translation>
    </message>
    <message>
        <source>Gleaning</source>
        <translation>Glanage</translation>
    </message>
    <message>
        <source>A: good, ready to process</source>
        <translation>A : bon, prêt à transformer</translation>
    </message>
    <message>
        <source>B: minor defects, sort needed</source>
        <translation>B : défauts mineurs, tri nécessaire</translation>
    </message>
    <message>
        <source>C: heavy sorting, process quickly</source>
        <translation>C : tri important, à transformer rapidement</translation>
    </message>
</context>
<context>
    <name>glaneur::app</name>
    <message>
        <source>Glaneur: traceability and labels for community transformation kitchens.</source>
        <translation>Glaneur : traçabilité et étiquettes pour les cuisines de transformation communautaires.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Le fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>Glaneur cannot start</source>
        <translation>Glaneur ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Welcome to Glaneur</source>
        <translation>Bienvenue dans Glaneur</translation>
    </message>
    <message>
        <source>This database is new and empty.

Load demonstration data (a kitchen collective of Montérégie, its farms, partners, products and three weeks of receptions)?

Answer No to start with your own organisation in Settings.</source>
        <translation>Cette base de données est nouvelle et vide.

Voulez-vous charger des données de démonstration (un collectif de cuisine de la Montérégie, ses fermes, ses partenaires, ses produits et trois semaines de réceptions)?

Répondez Non pour commencer avec votre propre organisation dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>glaneur::cli::Cli</name>
    <message>
        <source>Describe every command, or one command and its options.</source>
        <translation>Décrire toutes les commandes, ou une commande et ses options.</translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s database).</source>
        <translation>Le fichier de base de données (par défaut : celui de l&apos;application).</translation>
    </message>
    <message>
        <source>Answer in stable JSON, for scripts.</source>
        <translation>Répondre en JSON stable, pour les scripts.</translation>
    </message>
    <message>
        <source>Who is working (recorded in the audit trail).</source>
        <translation>Qui travaille (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Language of messages: fr (default) or en.</source>
        <translation>Langue des messages : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options communes à toutes les commandes :</translation>
    </message>
    <message>
        <source>Unknown command « %1 ».</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>glaneur-cli: traceability of a community transformation kitchen, from the command line.</source>
        <translation>glaneur-cli : traçabilité d&apos;une cuisine de transformation communautaire, en ligne de commande.</translation>
    </message>
    <message>
        <source>Usage: glaneur-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : glaneur-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>« glaneur-cli help COMMAND » describes the options of a command.</source>
        <translation>« glaneur-cli help COMMAND » décrit les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>See « glaneur-cli help ».</source>
        <translation>Consultez « glaneur-cli help ».</translation>
    </message>
    <message>
        <source>See « glaneur-cli help %1 ».</source>
        <translation>Consultez « glaneur-cli help %1 ».</translation>
    </message>
    <message>
        <source>Name the supplier with --supplier.</source>
        <translation>Indiquez le fournisseur avec --supplier.</translation>
    </message>
    <message>
        <source>Name the product with --product.</source>
        <translation>Indiquez le produit avec --product.</translation>
    </message>
    <message>
        <source>--%1 needs a number of kilograms.</source>
        <translation>--%1 attend un nombre de kilogrammes.</translation>
    </message>
    <message>
        <source>The grade is A, B or C, not « %1 ».</source>
        <translation>L&apos;état doit être A, B ou C, et non « %1 ».</translation>
    </message>
    <message>
        <source>The acquisition is donation, purchase or gleaning, not « %1 ».</source>
        <translation>Le mode d&apos;acquisition doit être donation, purchase ou gleaning, et non « %1 ».</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Poids net</translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation>Poids brut</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Supplier&apos;s lot</source>
        <translation>Lot du fournisseur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli lot show LOT</source>
        <translation>Indiquez le lot : glaneur-cli lot show LOT</translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli label LOT --out FILE.pdf</source>
        <translation>Indiquez le lot : glaneur-cli label LOT --out FILE.pdf</translation>
    </message>
    <message>
        <source>Say where to write the label with --out FILE.pdf or --out FILE.png.</source>
        <translation>Indiquez où enregistrer l&apos;étiquette avec --out FILE.pdf ou --out FILE.png.</translation>
    </message>
    <message>
        <source>--copies is between 1 and 10000.</source>
        <translation>La valeur de --copies doit être comprise entre 1 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>Label of %1 written to %2.</source>
        <translation>Étiquette du lot %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Receive a lot of produce; prints its new lot code.</source>
        <translation>Recevoir un lot de produits; affiche le code du nouveau lot.</translation>
    </message>
    <message>
        <source>Who delivered (name or #id).</source>
        <translation>Qui a livré (nom ou #id).</translation>
    </message>
    <message>
        <source>The origin farm, when the supplier is not the farm.</source>
        <translation>La ferme d&apos;origine, si le fournisseur n&apos;est pas la ferme.</translation>
    </message>
    <message>
        <source>Product code.</source>
        <translation>Code du produit.</translation>
    </message>
    <message>
        <source>Net weight in kilograms.</source>
        <translation>Poids net en kilogrammes.</translation>
    </message>
    <message>
        <source>Gross weight in kilograms.</source>
        <translation>Poids brut en kilogrammes.</translation>
    </message>
    <message>
        <source>Tare in kilograms.</source>
        <translation>Tare en kilogrammes.</translation>
    </message>
    <message>
        <source>When it was received (default: now), e.g. 2026-11-22T09:30.</source>
        <translation>Moment de la réception (par défaut : maintenant), p. ex. 2026-11-22T09:30.</translation>
    </message>
    <message>
        <source>Temperature at reception, °C.</source>
        <translation>Température à la réception, en °C.</translation>
    </message>
    <message>
        <source>Condition grade.</source>
        <translation>État du lot à la réception.</translation>
    </message>
    <message>
        <source>donation (default), purchase or gleaning.</source>
        <translation>donation (don, par défaut), purchase (achat) ou gleaning (glanage).</translation>
    </message>
    <message>
        <source>Price paid, in cents (purchases).</source>
        <translation>Prix payé, en cents (achats).</translation>
    </message>
    <message>
        <source>The supplier&apos;s own lot code.</source>
        <translation>Le code de lot propre au fournisseur.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Receiving kitchen (default: the default kitchen).</source>
        <translation>Cuisine qui reçoit (par défaut : la cuisine par défaut).</translation>
    </message>
    <message>
        <source>List or search reception lots, newest first.</source>
        <translation>Lister ou rechercher les lots de réception, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Lot code, supplier, farm or product contains.</source>
        <translation>Texte contenu dans le code de lot, le fournisseur, la ferme ou le produit.</translation>
    </message>
    <message>
        <source>Only this supplier&apos;s lots.</source>
        <translation>Seulement les lots de ce fournisseur.</translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation>Seulement ce produit.</translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation>Reçus à cette date ou après.</translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation>Reçus à cette date ou avant.</translation>
    </message>
    <message>
        <source>At most N lots (500 by default).</source>
        <translation>Au plus N lots (500 par défaut).</translation>
    </message>
    <message>
        <source>Show a lot; LOT may also be a scanned label (URL or GS1).</source>
        <translation>Afficher un lot; LOT peut aussi être une étiquette scannée (URL ou GS1).</translation>
    </message>
    <message>
        <source>Render a lot&apos;s label to PDF or PNG.</source>
        <translation>Produire l&apos;étiquette d&apos;un lot en PDF ou en PNG.</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.png.</source>
        <translation>FILE.pdf ou FILE.png.</translation>
    </message>
    <message>
        <source>Label template (default reception-4x3).</source>
        <translation>Modèle d&apos;étiquette (par défaut : reception-4x3).</translation>
    </message>
    <message>
        <source>How many labels (1 by default).</source>
        <translation>Nombre d&apos;étiquettes (1 par défaut).</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Adresse (numéro et rue).</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Province code (QC, ON…); QC by default.</source>
        <translation>Code de province (QC, ON…); QC par défaut.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Demonstration data added: %1 partners, %2 products, %3 receptions.</source>
        <translation>Données de démonstration ajoutées : %1 partenaires, %2 produits, %3 réceptions.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>Base de données prête : %1 (schéma %2).</translation>
    </message>
    <message>
        <source>Say where to write the backup with --out FILE.</source>
        <translation>Indiquez où enregistrer la copie de sauvegarde avec --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copie de sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>La base de données est intacte.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Kitchen %1 added.</source>
        <translation>Cuisine %1 ajoutée.</translation>
    </message>
    <message>
        <source>Name the kitchen by its code: glaneur-cli site edit HS --name …</source>
        <translation>Indiquez la cuisine par son code : glaneur-cli site edit HS --name …</translation>
    </message>
    <message>
        <source>Kitchen %1 saved.</source>
        <translation>Cuisine %1 enregistrée.</translation>
    </message>
    <message>
        <source>Name the kitchen by its code.</source>
        <translation>Indiquez la cuisine par son code.</translation>
    </message>
    <message>
        <source>Kitchen %1 activated.</source>
        <translation>Cuisine %1 réactivée.</translation>
    </message>
    <message>
        <source>Kitchen %1 deactivated.</source>
        <translation>Cuisine %1 désactivée.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>farm, retailer, distributor, food-bank, community-org, school, institution or sales-point.</source>
        <translation>farm, retailer, distributor, food-bank, community-org, school, institution ou sales-point.</translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation>Le nom du partenaire.</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Personne-ressource.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse courriel.</translation>
    </message>
    <message>
        <source>Price tier of a buyer.</source>
        <translation>Palier de prix d&apos;un acheteur.</translation>
    </message>
    <message>
        <source>Unknown partner kind « %1 »; expected one of: %2.</source>
        <translation>Type de partenaire inconnu : « %1 ». Valeurs possibles : %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Say what kind of partner it is with --kind.</source>
        <translation>Indiquez le type de partenaire avec --kind.</translation>
    </message>
    <message>
        <source>Partner added:</source>
        <translation>Partenaire ajouté :</translation>
    </message>
    <message>
        <source>Name the partner: glaneur-cli partner edit &quot;NAME&quot; (or #ID) --phone …</source>
        <translation>Indiquez le partenaire : glaneur-cli partner edit &quot;NAME&quot; (ou #ID) --phone …</translation>
    </message>
    <message>
        <source>Partner saved:</source>
        <translation>Partenaire enregistré :</translation>
    </message>
    <message>
        <source>Name the partner: glaneur-cli partner show &quot;NAME&quot; (or #ID)</source>
        <translation>Indiquez le partenaire : glaneur-cli partner show &quot;NAME&quot; (ou #ID)</translation>
    </message>
    <message>
        <source>Name the partner (or #ID).</source>
        <translation>Indiquez le partenaire (ou #ID).</translation>
    </message>
    <message>
        <source>« %1 » activated.</source>
        <translation>Partenaire « %1 » réactivé.</translation>
    </message>
    <message>
        <source>« %1 » deactivated; its history is kept.</source>
        <translation>Partenaire « %1 » désactivé; son historique est conservé.</translation>
    </message>
    <message>
        <source>Unknown partner kind « %1 ».</source>
        <translation>Type de partenaire inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>French name.</source>
        <translation>Nom français.</translation>
    </message>
    <message>
        <source>English name.</source>
        <translation>Nom anglais.</translation>
    </message>
    <message>
        <source>Raw produce or finished product.</source>
        <translation>Produit brut (raw) ou produit fini (finished).</translation>
    </message>
    <message>
        <source>frozen, refrigerated or ambient.</source>
        <translation>frozen (congelé), refrigerated (réfrigéré) ou ambient (température ambiante).</translation>
    </message>
    <message>
        <source>Shelf life in days.</source>
        <translation>Durée de conservation en jours.</translation>
    </message>
    <message>
        <source>Net grams of one pack.</source>
        <translation>Poids net d&apos;un emballage, en grammes.</translation>
    </message>
    <message>
        <source>Canadian Nutrient File food id.</source>
        <translation>Identifiant d&apos;aliment du Fichier canadien sur les éléments nutritifs (FCÉN).</translation>
    </message>
    <message>
        <source>Unknown product kind « %1 »; expected raw or finished.</source>
        <translation>Type de produit inconnu : « %1 ». Valeurs possibles : raw ou finished.</translation>
    </message>
    <message>
        <source>Unknown storage « %1 »; expected frozen, refrigerated or ambient.</source>
        <translation>Mode d&apos;entreposage inconnu : « %1 ». Valeurs possibles : frozen, refrigerated ou ambient.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Entreposage</translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Product added:</source>
        <translation>Produit ajouté :</translation>
    </message>
    <message>
        <source>Name the product by its code: glaneur-cli product edit CODE --name-fr …</source>
        <translation>Indiquez le produit par son code : glaneur-cli product edit CODE --name-fr …</translation>
    </message>
    <message>
        <source>Product saved:</source>
        <translation>Produit enregistré :</translation>
    </message>
    <message>
        <source>Name the product by its code.</source>
        <translation>Indiquez le produit par son code.</translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation>Produit %1 réactivé.</translation>
    </message>
    <message>
        <source>%1 deactivated; its history is kept.</source>
        <translation>Produit %1 désactivé; son historique est conservé.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name: glaneur-cli operator add &quot;NAME&quot;</source>
        <translation>Indiquez le nom de l&apos;opérateur·rice : glaneur-cli operator add &quot;NAME&quot;</translation>
    </message>
    <message>
        <source>Operator « %1 » added.</source>
        <translation>Opérateur·rice « %1 » ajouté·e.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>MAPAQ permit</source>
        <translation>Permis du MAPAQ</translation>
    </message>
    <message>
        <source>QR domain</source>
        <translation>Domaine des codes QR</translation>
    </message>
    <message>
        <source>Default kitchen</source>
        <translation>Cuisine par défaut</translation>
    </message>
    <message>
        <source>Include deactivated records.</source>
        <translation>Inclure les fiches désactivées.</translation>
    </message>
    <message>
        <source>Only records containing this text.</source>
        <translation>Seulement les fiches contenant ce texte.</translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a realistic sample.</source>
        <translation>Créer la base de données ou la mettre à niveau; --demo ajoute un échantillon réaliste.</translation>
    </message>
    <message>
        <source>Add demonstration data.</source>
        <translation>Ajouter des données de démonstration.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation>Écrire une copie cohérente de la base de données.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Le fichier de copie de sauvegarde à créer.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity.</source>
        <translation>Vérifier l&apos;intégrité de la base de données.</translation>
    </message>
    <message>
        <source>Show the audit trail (latest first).</source>
        <translation>Afficher le journal d&apos;audit (les entrées les plus récentes d&apos;abord).</translation>
    </message>
    <message>
        <source>Only the history of one kind of record.</source>
        <translation>Seulement l&apos;historique d&apos;un type de fiche.</translation>
    </message>
    <message>
        <source>The record&apos;s id, with --entity.</source>
        <translation>L&apos;identifiant de la fiche, avec --entity.</translation>
    </message>
    <message>
        <source>How many lines (50 by default).</source>
        <translation>Nombre de lignes (50 par défaut).</translation>
    </message>
    <message>
        <source>Short code of 2 to 4 letters or digits, e.g. HS.</source>
        <translation>Code court de 2 à 4 lettres ou chiffres, p. ex. HS.</translation>
    </message>
    <message>
        <source>The kitchen&apos;s name.</source>
        <translation>Le nom de la cuisine.</translation>
    </message>
    <message>
        <source>Add a kitchen.</source>
        <translation>Ajouter une cuisine.</translation>
    </message>
    <message>
        <source>Change a kitchen&apos;s name or address.</source>
        <translation>Modifier le nom ou l&apos;adresse d&apos;une cuisine.</translation>
    </message>
    <message>
        <source>List the kitchens.</source>
        <translation>Lister les cuisines.</translation>
    </message>
    <message>
        <source>Deactivate a kitchen.</source>
        <translation>Désactiver une cuisine.</translation>
    </message>
    <message>
        <source>Reactivate a kitchen.</source>
        <translation>Réactiver une cuisine.</translation>
    </message>
    <message>
        <source>Add a partner (farm, food bank…).</source>
        <translation>Ajouter un partenaire (ferme, banque alimentaire…).</translation>
    </message>
    <message>
        <source>Change a partner.</source>
        <translation>Modifier un partenaire.</translation>
    </message>
    <message>
        <source>Show a partner.</source>
        <translation>Afficher un partenaire.</translation>
    </message>
    <message>
        <source>List or search the partners.</source>
        <translation>Lister ou rechercher les partenaires.</translation>
    </message>
    <message>
        <source>Only partners of this kind.</source>
        <translation>Seulement les partenaires de ce type.</translation>
    </message>
    <message>
        <source>Deactivate a partner (it is never deleted).</source>
        <translation>Désactiver un partenaire (il n&apos;est jamais supprimé).</translation>
    </message>
    <message>
        <source>Reactivate a partner.</source>
        <translation>Réactiver un partenaire.</translation>
    </message>
    <message>
        <source>Add a product to the catalogue.</source>
        <translation>Ajouter un produit au catalogue.</translation>
    </message>
    <message>
        <source>Product code, e.g. CAROTTE.</source>
        <translation>Code du produit, p. ex. CAROTTE.</translation>
    </message>
    <message>
        <source>Change a product.</source>
        <translation>Modifier un produit.</translation>
    </message>
    <message>
        <source>Show a product.</source>
        <translation>Afficher un produit.</translation>
    </message>
    <message>
        <source>List or search the catalogue.</source>
        <translation>Lister ou rechercher dans le catalogue.</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Seulement ce type.</translation>
    </message>
    <message>
        <source>Deactivate a product.</source>
        <translation>Désactiver un produit.</translation>
    </message>
    <message>
        <source>Reactivate a product.</source>
        <translation>Réactiver un produit.</translation>
    </message>
    <message>
        <source>Add a person to the work stations&apos; operator list.</source>
        <translation>Ajouter une personne à la liste des opérateur·rices des postes de travail.</translation>
    </message>
    <message>
        <source>List the operators.</source>
        <translation>Lister les opérateur·rices.</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings.</source>
        <translation>Afficher les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings.</source>
        <translation>Modifier les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name (on labels).</source>
        <translation>Le nom de l&apos;organisation (sur les étiquettes).</translation>
    </message>
    <message>
        <source>MAPAQ permit number.</source>
        <translation>Numéro de permis du MAPAQ.</translation>
    </message>
    <message>
        <source>Web domain of the QR codes.</source>
        <translation>Domaine web des codes QR.</translation>
    </message>
    <message>
        <source>Kitchen that receives by default.</source>
        <translation>Cuisine qui reçoit par défaut.</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::LabelDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1.</translation>
    </message>
    <message>
        <source>Cannot write the image file %1.</source>
        <translation>Impossible d&apos;écrire le fichier image %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::LabelTemplate</name>
    <message>
        <source>Thermal roll 4 × 3 in (reception)</source>
        <translation>Rouleau thermique 4 × 3 po (réception)</translation>
    </message>
    <message>
        <source>Thermal roll 2 × 1 in (reception)</source>
        <translation>Rouleau thermique 2 × 1 po (réception)</translation>
    </message>
    <message>
        <source>Thermal roll 4 × 6 in</source>
        <translation>Rouleau thermique 4 × 6 po</translation>
    </message>
    <message>
        <source>Letter sheet, 10 labels 4 × 2 in</source>
        <translation>Feuille format Lettre, 10 étiquettes de 4 × 2 po</translation>
    </message>
    <message>
        <source>The label template « %1 » is malformed.</source>
        <translation>Le modèle d&apos;étiquette « %1 » est mal formé.</translation>
    </message>
    <message>
        <source>There is no label template « %1 ». Known templates: %2.</source>
        <translation>Le modèle d&apos;étiquette « %1 » n&apos;existe pas. Modèles connus : %2.</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::QrCode</name>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>Le texte est trop long pour un code QR.</translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>Impossible de créer le code QR.</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ReceptionLabel</name>
    <message>
        <source>the web domain used in QR codes (Settings &gt; Organisation)</source>
        <translation>le domaine web des codes QR (Paramètres &gt; Organisation)</translation>
    </message>
    <message>
        <source>the organisation&apos;s name (Settings &gt; Organisation)</source>
        <translation>le nom de l&apos;organisation (Paramètres &gt; Organisation)</translation>
    </message>
    <message>
        <source>the lot code</source>
        <translation>le code de lot</translation>
    </message>
    <message>
        <source>The label cannot be printed; missing: %1.</source>
        <translation>Impossible d&apos;imprimer l&apos;étiquette; il manque : %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LabelPrinting</name>
    <message>
        <source>Label preview: %1</source>
        <translation>Aperçu de l&apos;étiquette : %1</translation>
    </message>
    <message>
        <source>Save the label</source>
        <translation>Enregistrer l&apos;étiquette</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Label not saved</source>
        <translation>Étiquette non enregistrée</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LotDialog</name>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Origin farm:</source>
        <translation>Ferme d&apos;origine :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu le :</translation>
    </message>
    <message>
        <source>Kitchen:</source>
        <translation>Cuisine :</translation>
    </message>
    <message>
        <source>Net weight:</source>
        <translation>Poids net :</translation>
    </message>
    <message>
        <source>Gross / tare:</source>
        <translation>Brut / tare :</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Acquisition:</source>
        <translation>Acquisition :</translation>
    </message>
    <message>
        <source>Supplier&apos;s lot:</source>
        <translation>Lot du fournisseur :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Reçu par :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Modèle d&apos;étiquette :</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Exemplaires :</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF or PNG…</source>
        <translation>Enregistrer en PDF ou en PNG…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Use the print preview to choose one, or save the label as PDF.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Utilisez l&apos;aperçu avant impression pour en choisir une, ou enregistrez l&apos;étiquette en PDF.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::MainWindow</name>
    <message>
        <source>Glaneur — community kitchen traceability</source>
        <translation>Glaneur — traçabilité pour cuisines communautaires</translation>
    </message>
    <message>
        <source>Work station</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source> Operator: </source>
        <translation> Opérateur·rice : </translation>
    </message>
    <message>
        <source>Who is working at this station: every record keeps this name.</source>
        <translation>Qui travaille à ce poste : chaque enregistrement conserve ce nom.</translation>
    </message>
    <message>
        <source> Scan: </source>
        <translation> Scanner : </translation>
    </message>
    <message>
        <source>Scan a label or type a lot code (F2)</source>
        <translation>Scannez une étiquette ou tapez un code de lot (F2)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Batches that turn reception lots into finished lots: sorting, washing, blanching, packing and freezing, with control readings, yields and the participants&apos; tasks.</source>
        <translation>Lots de transformation qui convertissent les lots de réception en lots de produit fini : tri, lavage, blanchiment, emballage et congélation, avec relevés de contrôle, rendements et tâches des participant·es.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Freezers and cold rooms, partner freezers, movements, holds and the daily temperature log.</source>
        <translation>Congélateurs et chambres froides, congélateurs des partenaires, mouvements, retenues et registre quotidien des températures.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Deliveries, sales at social prices and donations to partners, with bilingual delivery slips.</source>
        <translation>Livraisons, ventes à prix social et dons aux partenaires, avec bordereaux de livraison bilingues.</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Trace any lot back to its farms and forward to every recipient; recalls, mock recalls and the CFIA and MAPAQ exports.</source>
        <translation>Retracez n&apos;importe quel lot jusqu&apos;à ses fermes et jusqu&apos;à chacun de ses destinataires; rappels, simulations de rappel et exportations pour l&apos;ACIA et le MAPAQ.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Impact indicators for funders: kilograms recovered, bags produced and distributed, participant hours.</source>
        <translation>Indicateurs d&apos;impact pour les bailleurs de fonds : kilogrammes récupérés, sachets produits et distribués, heures des participant·es.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Lot %1 saved.</source>
        <translation>Lot %1 enregistré.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisissez —</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PartnerDialog</name>
    <message>
        <source>Partner: %1</source>
        <translation>Partenaire : %1</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province :</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Code po&amp;stal :</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Price &amp;tier:</source>
        <translation>Pa&amp;lier de prix :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductDialog</name>
    <message>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>e.g. CAROTTE</source>
        <translation>p. ex. CAROTTE</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation>Nom fra&amp;nçais :</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Nom &amp;anglais :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Entreposage :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Shelf &amp;life:</source>
        <translation>&amp;Durée de conservation :</translation>
    </message>
    <message>
        <source>&amp;Pack size:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>FoodID of the Canadian Nutrient File, for the Nutrition Facts table.</source>
        <translation>Identifiant (FoodID) de l&apos;aliment dans le Fichier canadien sur les éléments nutritifs, pour le tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>CNF &amp;food id:</source>
        <translation>&amp;ID d&apos;aliment du FCÉN :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReceptionPage</name>
    <message>
        <source>New reception</source>
        <translation>Nouvelle réception</translation>
    </message>
    <message>
        <source>Type or pick the supplier</source>
        <translation>Tapez ou choisissez le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>When the supplier is not the farm</source>
        <translation>Si le fournisseur n&apos;est pas la ferme</translation>
    </message>
    <message>
        <source>Origin &amp;farm:</source>
        <translation>Ferme d&apos;&amp;origine :</translation>
    </message>
    <message>
        <source>Type or pick the product</source>
        <translation>Tapez ou choisissez le produit</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>e.g. 12,5</source>
        <translation>p. ex. 12,5</translation>
    </message>
    <message>
        <source>&amp;Net weight (kg):</source>
        <translation>Poids &amp;net (kg) :</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>brut</translation>
    </message>
    <message>
        <source>tare</source>
        <translation>tare</translation>
    </message>
    <message>
        <source>Gross − tare (kg):</source>
        <translation>Brut − tare (kg) :</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>Reç&amp;u le :</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ex. 4</translation>
    </message>
    <message>
        <source>&amp;Temperature (°C):</source>
        <translation>&amp;Température (°C) :</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Ét&amp;at :</translation>
    </message>
    <message>
        <source>Ac&amp;quisition:</source>
        <translation>Ac&amp;quisition :</translation>
    </message>
    <message>
        <source>e.g. 25,00</source>
        <translation>p. ex. 25,00</translation>
    </message>
    <message>
        <source>P&amp;rice paid ($):</source>
        <translation>Pr&amp;ix payé ($) :</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;lot code:</source>
        <translation>Code de &amp;lot du fournisseur :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s :</translation>
    </message>
    <message>
        <source>Print the label on saving</source>
        <translation>Imprimer l&apos;étiquette à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save the reception</source>
        <translation>&amp;Enregistrer la réception</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Scan a label or type a lot code, then Enter</source>
        <translation>Scannez une étiquette ou tapez un code de lot, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Sca&amp;n:</source>
        <translation>Scanne&amp;r :</translation>
    </message>
    <message>
        <source>Search: lot code, supplier, farm, product…</source>
        <translation>Rechercher : code de lot, fournisseur, ferme, produit…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>The %1 most recent lots are shown; search to narrow.</source>
        <translation>Les %1 lots les plus récents sont affichés; faites une recherche pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <source>« %1 » is not in the partner list. Pick a supplier from the list, or add it in Settings &gt; Partners.</source>
        <translation>« %1 » ne figure pas dans la liste des partenaires. Choisissez un fournisseur dans la liste, ou ajoutez-le dans Paramètres &gt; Partenaires.</translation>
    </message>
    <message>
        <source>« %1 » is not a farm of the partner list.</source>
        <translation>« %1 » n&apos;est pas une ferme de la liste des partenaires.</translation>
    </message>
    <message>
        <source>Choose the product from the list.</source>
        <translation>Choisissez le produit dans la liste.</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Poids net</translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation>Poids brut</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>Lot %1 saved: %2 of %3 from %4.</source>
        <translation>Lot %1 enregistré : %2 de %3, reçu de %4.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Lot %1 is saved, but its label cannot be printed: %2</source>
        <translation>Le lot %1 est enregistré, mais son étiquette ne peut pas être imprimée : %2</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReferenceListPanel</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Afficher les fiches désactivées</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::SettingsPage</name>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kitchens</source>
        <translation>Cuisines</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateur·rices</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province :</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Code po&amp;stal :</translation>
    </message>
    <message>
        <source>&amp;MAPAQ permit:</source>
        <translation>Permis du &amp;MAPAQ :</translation>
    </message>
    <message>
        <source>e.g. cuisine.example.org</source>
        <translation>p. ex. cuisine.example.org</translation>
    </message>
    <message>
        <source>Labels&apos; QR codes point at https://&lt;domain&gt;/l/&lt;lot&gt;.</source>
        <translation>Les codes QR des étiquettes pointent vers https://&lt;domaine&gt;/l/&lt;lot&gt;.</translation>
    </message>
    <message>
        <source>&amp;Web domain for QR codes:</source>
        <translation>&amp;Domaine web des codes QR :</translation>
    </message>
    <message>
        <source>&amp;Receiving kitchen:</source>
        <translation>&amp;Cuisine de réception :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>(the only kitchen)</source>
        <translation>(la seule cuisine)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate the kitchen %1? It will no longer receive lots; its history is kept.</source>
        <translation>Désactiver la cuisine %1? Elle ne recevra plus de lots; son historique est conservé.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Deactivate « %1 »? It will no longer be offered in lists; its history is kept.</source>
        <translation>Désactiver « %1 »? Il ne sera plus proposé dans les listes; son historique est conservé.</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom français</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Entreposage</translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation>Durée de conservation</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Nouvel·le opérateur·rice</translation>
    </message>
    <message>
        <source>Name (a first name is enough):</source>
        <translation>Nom (un prénom suffit) :</translation>
    </message>
    <message>
        <source>Language of the application:</source>
        <translation>Langue de l&apos;application :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::SiteDialog</name>
    <message>
        <source>Kitchen %1</source>
        <translation>Cuisine %1</translation>
    </message>
    <message>
        <source>New kitchen</source>
        <translation>Nouvelle cuisine</translation>
    </message>
    <message>
        <source>2 to 4 letters or digits, e.g. HS</source>
        <translation>2 à 4 lettres ou chiffres, p. ex. HS</translation>
    </message>
    <message>
        <source>The code goes into every lot code of this kitchen and cannot change later.</source>
        <translation>Ce code figure dans chaque code de lot de cette cuisine et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province :</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Code po&amp;stal :</translation>
    </message>
</context>
</TS>
