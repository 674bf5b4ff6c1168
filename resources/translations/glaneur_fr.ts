<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>glaneur::AllergenStatement</name>
    <message>
        <source>Unknown allergen « %1 »; known allergens are: %2.</source>
        <translation>Allergène inconnu « %1 »; les allergènes connus sont : %2.</translation>
    </message>
    <message>
        <source>« %1 » must be declared by its specific name in French and in English (for example « Noix de Grenoble » / &quot;Walnuts&quot;, « Saumon » / &quot;Salmon&quot;).</source>
        <translation>Pour « %1 », il faut déclarer le nom précis en français et en anglais (par exemple « Noix de Grenoble » / &quot;Walnuts&quot;, « Saumon » / &quot;Salmon&quot;).</translation>
    </message>
</context>
<context>
    <name>glaneur::BatchRepository</name>
    <message>
        <source>There is no batch « %1 ».</source>
        <translation>Le lot de transformation « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The batch is already closed.</source>
        <translation>Le lot de transformation est déjà clôturé.</translation>
    </message>
</context>
<context>
    <name>glaneur::BatchService</name>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation>L&apos;heure est dans le futur. Vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The date is too far in the past. Check the date.</source>
        <translation>La date est trop ancienne. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The time is before the batch started (%1).</source>
        <translation>L&apos;heure est antérieure au démarrage du lot de transformation (%1).</translation>
    </message>
    <message>
        <source>The batch %1 is closed: it cannot be changed. Record a correction instead.</source>
        <translation>Le lot de transformation %1 est clôturé : il ne peut plus être modifié. Enregistrez plutôt une correction.</translation>
    </message>
    <message>
        <source>Say which batch.</source>
        <translation>Indiquez le lot de transformation.</translation>
    </message>
    <message>
        <source>Choose the finished product this batch makes.</source>
        <translation>Choisissez le produit fini que donnera ce lot de transformation.</translation>
    </message>
    <message>
        <source>« %1 » is raw produce: a batch makes a finished product.</source>
        <translation>« %1 » est un produit brut : un lot de transformation donne un produit fini.</translation>
    </message>
    <message>
        <source>The product « %1 » is deactivated.</source>
        <translation>Le produit « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Le texte des notes</translation>
    </message>
    <message>
        <source>Too many batches today in this kitchen: the batch code would be too long.</source>
        <translation>Trop de lots de transformation aujourd&apos;hui dans cette cuisine : le code de lot serait trop long.</translation>
    </message>
    <message>
        <source>The weight consumed must be greater than zero.</source>
        <translation>Le poids consommé doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Scan or type the lot to consume.</source>
        <translation>Scannez ou tapez le lot à consommer.</translation>
    </message>
    <message>
        <source>The lot %1 is %2, which is not in the composition of %3.</source>
        <translation>Le lot %1 contient %2, qui ne fait pas partie de la composition de %3.</translation>
    </message>
    <message>
        <source>The lot %1 has only %2 left (of %3 received): %4 cannot be consumed.</source>
        <translation>Il ne reste que %2 dans le lot %1 (sur %3 reçus) : impossible de consommer %4.</translation>
    </message>
    <message>
        <source>The weight added must be greater than zero.</source>
        <translation>Le poids ajouté doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The weight is over 5,000 kg: check the number.</source>
        <translation>Le poids dépasse 5&#xa0;000 kg : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>%1 is received by lot: scan the lot it comes from, so that a trace finds its farm.</source>
        <translation>Le produit « %1 » est reçu par lot : scannez le lot d&apos;où il provient, afin que le traçage retrouve sa ferme.</translation>
    </message>
    <message>
        <source>%1 is not in the composition of %2.</source>
        <translation>%1 ne fait pas partie de la composition de %2.</translation>
    </message>
    <message>
        <source>The end of the step must be after its start, and not in the future.</source>
        <translation>La fin de l&apos;étape doit être postérieure à son début, et ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The weights of a step must be between 0 and 5,000 kg.</source>
        <translation>Les poids d&apos;une étape doivent être compris entre 0 et 5&#xa0;000 kg.</translation>
    </message>
    <message>
        <source>The weight lost must be greater than zero.</source>
        <translation>Le poids perdu doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The losses would be more than what the batch consumed (%1): record what went in first.</source>
        <translation>Les pertes dépasseraient ce que le lot de transformation a consommé (%1) : enregistrez d&apos;abord ce qui y est entré.</translation>
    </message>
    <message>
        <source>The corrective action</source>
        <translation>La mesure corrective</translation>
    </message>
    <message>
        <source>The batch %1 has no such reading.</source>
        <translation>Ce relevé n&apos;existe pas dans le lot de transformation %1.</translation>
    </message>
    <message>
        <source>This reading is within its limit: no corrective action is needed.</source>
        <translation>Ce relevé est conforme : aucune mesure corrective n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Enter the number of packs (at least 1).</source>
        <translation>Entrez le nombre d&apos;emballages (au moins 1).</translation>
    </message>
    <message>
        <source>Over 100,000 packs in one lot: check the number.</source>
        <translation>Plus de 100&#xa0;000 emballages dans un seul lot : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Enter the net weight of one pack (the product « %1 » has no pack size).</source>
        <translation>Entrez le poids net d&apos;un emballage (le produit « %1 » n&apos;a pas de format).</translation>
    </message>
    <message>
        <source>A pack of over 50 kg: check the weight of one pack.</source>
        <translation>Un emballage de plus de 50 kg : vérifiez le poids d&apos;un emballage.</translation>
    </message>
    <message>
        <source>The product « %1 » has no shelf life: set it in the catalogue so the best-before date can be computed.</source>
        <translation>Le produit « %1 » n&apos;a pas de durée de conservation : indiquez-la dans le catalogue pour que la date « meilleur avant » puisse être calculée.</translation>
    </message>
    <message>
        <source>The pack date is in the future.</source>
        <translation>La date d&apos;emballage est dans le futur.</translation>
    </message>
    <message>
        <source>The pack date is before the batch started.</source>
        <translation>La date d&apos;emballage est antérieure au démarrage du lot de transformation.</translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation>L&apos;emplacement %1 est désactivé.</translation>
    </message>
    <message>
        <source>New packs go to a kitchen location first, not to %1.</source>
        <translation>Les nouveaux emballages vont d&apos;abord dans un emplacement de la cuisine, pas dans %1.</translation>
    </message>
    <message>
        <source>Too many finished lots that day in this kitchen: the lot code would be too long.</source>
        <translation>Trop de lots de produit fini ce jour-là dans cette cuisine : le code de lot serait trop long.</translation>
    </message>
    <message>
        <source>The batch %1 cannot be closed: a reading is outside its limit without a corrective action: %2.</source>
        <translation>Le lot de transformation %1 ne peut pas être clôturé : un relevé hors limite n&apos;a pas de mesure corrective : %2.</translation>
    </message>
    <message>
        <source>The reason of the correction</source>
        <translation>Le motif de la correction</translation>
    </message>
    <message>
        <source>The corrected weight cannot be negative.</source>
        <translation>Le poids corrigé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The batch %1 has no such input.</source>
        <translation>Cette entrée n&apos;existe pas dans le lot de transformation %1.</translation>
    </message>
    <message>
        <source>The corrected weight is the same as the recorded one.</source>
        <translation>Le poids corrigé est identique au poids enregistré.</translation>
    </message>
    <message>
        <source>The lot %1 has only %2 left: the correction would consume more than it has.</source>
        <translation>Il ne reste que %2 dans le lot %1 : la correction consommerait plus que ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The batch would have consumed less than it lost (%1): correct the losses first.</source>
        <translation>Le lot de transformation aurait consommé moins que ce qu&apos;il a perdu (%1) : corrigez d&apos;abord les pertes.</translation>
    </message>
    <message>
        <source>The batch %1 has no such loss.</source>
        <translation>Cette perte n&apos;existe pas dans le lot de transformation %1.</translation>
    </message>
    <message>
        <source>The losses would be more than what the batch consumed (%1).</source>
        <translation>Les pertes dépasseraient ce que le lot de transformation a consommé (%1).</translation>
    </message>
    <message>
        <source>The batch %1 has no such reading, or it was already corrected.</source>
        <translation>Ce relevé n&apos;existe pas dans le lot de transformation %1, ou il a déjà été corrigé.</translation>
    </message>
    <message>
        <source>Say where the packs are stored: the kitchen %1 has no %2 yet.</source>
        <translation>Indiquez où les emballages sont entreposés : la cuisine %1 n&apos;a pas encore d&apos;emplacement de type « %2 ».</translation>
    </message>
</context>
<context>
    <name>glaneur::BestBeforeDate</name>
    <message>
        <source>The best-before date is not a valid date.</source>
        <translation>La date « meilleur avant » n&apos;est pas une date valide.</translation>
    </message>
</context>
<context>
    <name>glaneur::CfiaExport</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La date de fin de la période précède sa date de début.</translation>
    </message>
</context>
<context>
    <name>glaneur::ColdChainRepository</name>
    <message>
        <source>There is no cold-chain event number %1.</source>
        <translation>L&apos;événement de chaîne du froid numéro %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::ColdChainService</name>
    <message>
        <source>Say which cold unit was read.</source>
        <translation>Indiquez l&apos;unité froide dont la température a été relevée.</translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation>L&apos;emplacement %1 est désactivé.</translation>
    </message>
    <message>
        <source>%1 is not a cold unit: only freezers and cold rooms get temperature readings.</source>
        <translation>%1 n&apos;est pas une unité froide : seuls les congélateurs et les chambres froides ont des relevés de température.</translation>
    </message>
    <message>
        <source>%1 °C is not a plausible reading: check the thermometer.</source>
        <translation>%1 °C n&apos;est pas un relevé plausible : vérifiez le thermomètre.</translation>
    </message>
    <message>
        <source>Enter the thermometer&apos;s number (or set it on the location %1 in Settings).</source>
        <translation>Entrez le numéro du thermomètre (ou définissez-le pour l&apos;emplacement %1 dans les Paramètres).</translation>
    </message>
    <message>
        <source>The thermometer</source>
        <translation>Le thermomètre</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The corrective action</source>
        <translation>La mesure corrective</translation>
    </message>
    <message>
        <source>Choose a day.</source>
        <translation>Choisissez une date.</translation>
    </message>
</context>
<context>
    <name>glaneur::ControlRule</name>
    <message>
        <source>Enter a temperature in °C, for example 92.5.</source>
        <translation>Entrez une température en °C, par exemple 92,5.</translation>
    </message>
    <message>
        <source>Enter the time in seconds (180) or minutes:seconds (3:00).</source>
        <translation>Entrez la durée en secondes (180) ou en minutes:secondes (3:00).</translation>
    </message>
    <message>
        <source>Enter the time in minutes (360) or hours:minutes (6:00).</source>
        <translation>Entrez la durée en minutes (360) ou en heures:minutes (6:00).</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>Answer « pass » or « fail ».</source>
        <translation>Répondez « conforme » ou « non conforme ».</translation>
    </message>
    <message>
        <source>Unknown control.</source>
        <translation>Contrôle inconnu.</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>°C, for example 92.5</source>
        <translation>°C, par exemple 92,5</translation>
    </message>
    <message>
        <source>seconds (180) or minutes:seconds (3:00)</source>
        <translation>secondes (180) ou minutes:secondes (3:00)</translation>
    </message>
    <message>
        <source>minutes (360) or hours:minutes (6:00)</source>
        <translation>minutes (360) ou heures:minutes (6:00)</translation>
    </message>
    <message>
        <source>pass or fail</source>
        <translation>conforme ou non conforme</translation>
    </message>
</context>
<context>
    <name>glaneur::CsvWriter</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV : %1</translation>
    </message>
</context>
<context>
    <name>glaneur::DemoData</name>
    <message>
        <source>The demonstration data goes only into a new, empty database.</source>
        <translation>Les données de démonstration ne peuvent être ajoutées qu&apos;à une nouvelle base de données vide.</translation>
    </message>
</context>
<context>
    <name>glaneur::FinishedLotRepository</name>
    <message>
        <source>There is no finished lot « %1 ».</source>
        <translation>Le lot de produit fini « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::Gtin</name>
    <message>
        <source>A GTIN without its check digit has 7, 11, 12 or 13 digits, not %1.</source>
        <translation>Un GTIN sans son chiffre de contrôle a 7, 11, 12 ou 13 chiffres, pas %1.</translation>
    </message>
    <message>
        <source>A GTIN has digits only: « %1 ».</source>
        <translation>Un GTIN ne contient que des chiffres : « %1 ».</translation>
    </message>
    <message>
        <source>The GTIN is empty.</source>
        <translation>Le GTIN est vide.</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; « %1 » has %2.</source>
        <translation>Un GTIN a 8, 12, 13 ou 14 chiffres; « %1 » en a %2.</translation>
    </message>
    <message>
        <source>The check digit of GTIN « %1 » is wrong: it should be %2.</source>
        <translation>Le chiffre de contrôle du GTIN « %1 » est erroné : ce devrait être %2.</translation>
    </message>
    <message>
        <source>The GS1 resolver domain « %1 » is not a web domain.</source>
        <translation>Le domaine de résolution GS1 « %1 » n&apos;est pas un domaine Web.</translation>
    </message>
    <message>
        <source>GTIN « %1 » is a restricted-circulation number, for in-store use only; it cannot go on a label leaving the kitchen.</source>
        <translation>Le GTIN « %1 » est un numéro à circulation restreinte, réservé à l&apos;usage interne; il ne peut pas figurer sur une étiquette qui quitte la cuisine.</translation>
    </message>
    <message>
        <source>The lot code « %1 » cannot go in a GS1 code: 1 to 20 letters, digits or GS1 punctuation.</source>
        <translation>Le code de lot « %1 » ne peut pas figurer dans un code GS1 : de 1 à 20 lettres, chiffres ou signes de ponctuation GS1.</translation>
    </message>
    <message>
        <source>The net weight must be between 0.001 kg and 999.999 kg for a GS1 code.</source>
        <translation>Le poids net doit être entre 0,001 kg et 999,999 kg pour un code GS1.</translation>
    </message>
</context>
<context>
    <name>glaneur::HoldService</name>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation>Le lot « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The lot %1 is already on hold (%2).</source>
        <translation>Le lot %1 est déjà en retenue (%2).</translation>
    </message>
    <message>
        <source>The lot %1 is not on hold.</source>
        <translation>Le lot %1 n&apos;est pas en retenue.</translation>
    </message>
    <message>
        <source>The lot %1 is on hold (%2): release it first.</source>
        <translation>Le lot %1 est en retenue (%2) : libérez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The lot %1 is on hold (%2): its labels cannot be printed until it is released.</source>
        <translation>Le lot %1 est en retenue (%2) : ses étiquettes ne peuvent pas être imprimées avant sa libération.</translation>
    </message>
</context>
<context>
    <name>glaneur::ImpactIndicators</name>
    <message>
        <source>Sale to a partner</source>
        <translation>Vente à un partenaire</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Restock of a partner freezer</source>
        <translation>Réapprovisionnement d&apos;un congélateur partenaire</translation>
    </message>
    <message>
        <source>Sold to the public at a sales point</source>
        <translation>Vendu au public dans un point de vente</translation>
    </message>
    <message>
        <source>Composted (batches)</source>
        <translation>Composté (lots de transformation)</translation>
    </message>
    <message>
        <source>Discarded (batches)</source>
        <translation>Rejeté (lots de transformation)</translation>
    </message>
    <message>
        <source>Moisture lost (batches)</source>
        <translation>Perte d&apos;eau (lots de transformation)</translation>
    </message>
    <message>
        <source>Packs lost in stock</source>
        <translation>Emballages perdus en stock</translation>
    </message>
    <message>
        <source>Packs destroyed</source>
        <translation>Emballages détruits</translation>
    </message>
</context>
<context>
    <name>glaneur::IndicatorReport</name>
    <message>
        <source>Recovered</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Processed (batches started)</source>
        <translation>Transformé (lots de transformation commencés)</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Composted</source>
        <translation>Composté</translation>
    </message>
    <message>
        <source>Discarded (batches, stock losses and destructions)</source>
        <translation>Rejeté (lots de transformation, pertes en stock et destructions)</translation>
    </message>
    <message>
        <source>Shipped to partners (sales, donations, restocks)</source>
        <translation>Expédié aux partenaires (ventes, dons, réapprovisionnements)</translation>
    </message>
    <message>
        <source>Organisations supplied</source>
        <translation>Organismes approvisionnés</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Heures des participant·es</translation>
    </message>
    <message>
        <source>Name a file ending in .csv or .xlsx (not « %1 »).</source>
        <translation>Indiquez un fichier dont le nom se termine par .csv ou .xlsx (et non « %1 »).</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>glaneur::IndicatorService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choisissez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La fin de la période (%1) précède son début (%2).</translation>
    </message>
    <message>
        <source>The period starts after today (%1).</source>
        <translation>La période commence le %1, soit après aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>glaneur::LocationRepository</name>
    <message>
        <source>A location with the code %1 already exists.</source>
        <translation>Un emplacement portant le code %1 existe déjà.</translation>
    </message>
    <message>
        <source>Unknown location.</source>
        <translation>Emplacement inconnu.</translation>
    </message>
    <message>
        <source>There is no location « %1 ».</source>
        <translation>L&apos;emplacement « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::LocationService</name>
    <message>
        <source>A location code has 1 to 20 letters, digits or dashes, without accents or spaces (for example HS-CONG1).</source>
        <translation>Un code d&apos;emplacement compte de 1 à 20 lettres, chiffres ou tirets, sans accents ni espaces (par exemple HS-CONG1).</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>Say which partner hosts this freezer.</source>
        <translation>Indiquez le partenaire qui accueille ce congélateur.</translation>
    </message>
    <message>
        <source>Only a partner freezer belongs to a partner.</source>
        <translation>Seul un congélateur partenaire peut appartenir à un partenaire.</translation>
    </message>
    <message>
        <source>The thermometer</source>
        <translation>Le thermomètre</translation>
    </message>
    <message>
        <source>The location %1 still holds packs (%2): move them before deactivating it.</source>
        <translation>L&apos;emplacement %1 contient encore des emballages (%2) : déplacez-les avant de le désactiver.</translation>
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
    <message>
        <source>The stock on hand differs from the ledger: %1.</source>
        <translation>Le stock ne concorde pas avec le registre des mouvements : %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::MapaqRegister</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La date de fin de la période précède sa date de début.</translation>
    </message>
</context>
<context>
    <name>glaneur::NutrientFile</name>
    <message>
        <source>The nutrient file is not valid UTF-8 text.</source>
        <translation>Le fichier des éléments nutritifs n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: a quote inside a field that does not start with one.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : un guillemet se trouve dans un champ qui ne commence pas par un guillemet.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: text after the closing quote of a field.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : du texte suit le guillemet fermant d&apos;un champ.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: a quoted field is never closed.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The nutrient file is empty: it has no header row.</source>
        <translation>Le fichier des éléments nutritifs est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the column « %2 » is missing.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : la colonne « %2 » est manquante.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the column « %2 » appears twice.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : la colonne « %2 » figure deux fois.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: %2 fields where the header has %3.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : %2 champs alors que l&apos;en-tête en compte %3.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is not a food number.</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : « %3 » n&apos;est pas un numéro d&apos;aliment.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the food %2 is already on line %3.</source>
        <translation>Fichier des éléments nutritifs, ligne %1 : l&apos;aliment %2 figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: the name is empty.</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : le nom est vide.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is negative; a nutrient amount cannot be.</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : « %3 » est négatif; une quantité d&apos;élément nutritif ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is not a number.</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : « %3 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » has more decimals than Glaneur keeps (at most %4).</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : « %3 » a plus de décimales que Glaneur n&apos;en conserve (au plus %4).</translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is too large.</source>
        <translation>Fichier des éléments nutritifs, ligne %1, colonne « %2 » : « %3 » est trop grand.</translation>
    </message>
</context>
<context>
    <name>glaneur::Nutrition</name>
    <message>
        <source>The portion must weigh more than 0 g and at most 100 kg.</source>
        <translation>La portion doit peser plus de 0 g et au plus 100 kg.</translation>
    </message>
    <message>
        <source>An ingredient&apos;s share must be 0 to 100 %.</source>
        <translation>La part d&apos;un ingrédient doit être de 0 à 100 %.</translation>
    </message>
    <message>
        <source>The ingredients&apos; shares must add up to 100 %.</source>
        <translation>Les parts des ingrédients doivent totaliser 100 %.</translation>
    </message>
    <message>
        <source>A nutrient value per 100 g is out of range.</source>
        <translation>Une valeur nutritive par 100 g est hors des limites.</translation>
    </message>
    <message>
        <source>Some nutrient values are unknown: confirm them (for example « 0 » for plant foods) before the Nutrition Facts table.</source>
        <translation>Certaines valeurs nutritives sont inconnues : confirmez-les (par exemple « 0 » pour les aliments végétaux) avant le tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>The cooked yield must be between 10 % and 1000 % of the ingredients&apos; weight.</source>
        <translation>Le rendement à la cuisson doit être compris entre 10 % et 1&#xa0;000 % du poids des ingrédients.</translation>
    </message>
    <message>
        <source>The portion is too large to compute.</source>
        <translation>La portion est trop grande pour être calculée.</translation>
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
    <name>glaneur::ParticipantRepository</name>
    <message>
        <source>There is no participant « %1 ».</source>
        <translation>Aucun·e participant·e ne porte le code « %1 ».</translation>
    </message>
    <message>
        <source>The code %1 is already used by a participant.</source>
        <translation>Le code %1 est déjà utilisé par un·e participant·e.</translation>
    </message>
</context>
<context>
    <name>glaneur::ParticipantService</name>
    <message>
        <source>The display name</source>
        <translation>Le nom affiché</translation>
    </message>
    <message>
        <source>The end of the program is before its start.</source>
        <translation>La fin du programme est antérieure à son début.</translation>
    </message>
    <message>
        <source>A participant code has 1 to 12 letters, digits or dashes (for example P07). Do not use the person&apos;s name.</source>
        <translation>Un code de participant compte de 1 à 12 lettres, chiffres ou tirets (par exemple P07). N&apos;utilisez pas le nom de la personne.</translation>
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
    <name>glaneur::PriceRepository</name>
    <message>
        <source>A price tier with the code %1 already exists.</source>
        <translation>Un palier de prix portant le code %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no price tier « %1 ».</source>
        <translation>Le palier de prix « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::PriceService</name>
    <message>
        <source>The French name</source>
        <translation>Le nom français</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>Le nom anglais</translation>
    </message>
    <message>
        <source>A tier code has 1 to 20 lowercase letters, digits or dashes, without accents or spaces (for example solidarity).</source>
        <translation>Un code de palier compte de 1 à 20 lettres minuscules, chiffres ou tirets, sans accents ni espaces (par exemple solidarity).</translation>
    </message>
    <message>
        <source>Only finished products are sold: « %1 » is raw produce.</source>
        <translation>Seuls les produits finis sont vendus : « %1 » est un produit brut.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Over $1,000 for one pack: check the price.</source>
        <translation>Plus de 1&#xa0;000 $ pour un seul emballage : vérifiez le prix.</translation>
    </message>
    <message>
        <source>The tier « %1 » is the one of donations: it stays active.</source>
        <translation>Le palier « %1 » est celui des dons : il reste actif.</translation>
    </message>
    <message>
        <source>Everything in the tier « %1 » costs nothing.</source>
        <translation>Tout est gratuit dans le palier « %1 » : son prix est toujours 0 $.</translation>
    </message>
</context>
<context>
    <name>glaneur::ProductLabelContent</name>
    <message>
        <source>The saved label cannot be read back (%1).</source>
        <translation>Impossible de relire l&apos;étiquette enregistrée (%1).</translation>
    </message>
</context>
<context>
    <name>glaneur::ProductLabelService</name>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>lipides</translation>
    </message>
    <message>
        <source>saturated fat</source>
        <translation>lipides saturés</translation>
    </message>
    <message>
        <source>trans fat</source>
        <translation>lipides trans</translation>
    </message>
    <message>
        <source>carbohydrate</source>
        <translation>glucides</translation>
    </message>
    <message>
        <source>fibre</source>
        <translation>fibres</translation>
    </message>
    <message>
        <source>sugars</source>
        <translation>sucres</translation>
    </message>
    <message>
        <source>protein</source>
        <translation>protéines</translation>
    </message>
    <message>
        <source>cholesterol</source>
        <translation>cholestérol</translation>
    </message>
    <message>
        <source>sodium</source>
        <translation>sodium</translation>
    </message>
    <message>
        <source>potassium</source>
        <translation>potassium</translation>
    </message>
    <message>
        <source>calcium</source>
        <translation>calcium</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>fer</translation>
    </message>
    <message>
        <source>« %1 » is not a lot code.</source>
        <translation>« %1 » n&apos;est pas un code de lot.</translation>
    </message>
    <message>
        <source>No finished lot has the code %1; product labels are printed for finished lots.</source>
        <translation>Aucun lot de produit fini ne porte le code %1; les étiquettes de produit s&apos;impriment pour les lots de produit fini.</translation>
    </message>
    <message>
        <source>a valid best-before date</source>
        <translation>une date « meilleur avant » valide</translation>
    </message>
    <message>
        <source>the organisation&apos;s name (Settings › Organisation)</source>
        <translation>le nom de l&apos;organisation (Paramètres › Organisation)</translation>
    </message>
    <message>
        <source>the address of the kitchen %1 or of the organisation (Settings)</source>
        <translation>l&apos;adresse de la cuisine %1 ou de l&apos;organisation (Paramètres)</translation>
    </message>
    <message>
        <source>a valid GS1 Digital Link: %1</source>
        <translation>un lien GS1 Digital Link valide : %1</translation>
    </message>
    <message>
        <source>the web domain of the QR codes (Settings › Organisation)</source>
        <translation>le domaine web des codes QR (Paramètres › Organisation)</translation>
    </message>
    <message>
        <source>the Canadian Nutrient File food of « %1 » (Catalogue › product)</source>
        <translation>l&apos;aliment du Fichier canadien sur les éléments nutritifs correspondant à « %1 » (Catalogue › produit)</translation>
    </message>
    <message>
        <source>food %1 of « %2 » is not in the Canadian Nutrient File</source>
        <translation>l&apos;aliment %1 de « %2 » ne figure pas dans le Fichier canadien sur les éléments nutritifs</translation>
    </message>
    <message>
        <source>the %1 of « %2 » (CNF %3), which the Canadian Nutrient File does not give: confirm 0 in the product&apos;s label settings if it is right</source>
        <translation>la teneur en %1 de « %2 » (FCÉN %3), que le Fichier canadien sur les éléments nutritifs ne donne pas : confirmez 0 dans les paramètres d&apos;étiquette du produit si c&apos;est exact</translation>
    </message>
    <message>
        <source>a Canadian Nutrient File food or a composition for « %1 » (Catalogue)</source>
        <translation>un aliment du Fichier canadien sur les éléments nutritifs ou une composition pour « %1 » (Catalogue)</translation>
    </message>
    <message>
        <source>the reference amount of « %1 » (product&apos;s label settings)</source>
        <translation>la quantité de référence de « %1 » (paramètres d&apos;étiquette du produit)</translation>
    </message>
    <message>
        <source>the serving size and its household measure (product&apos;s label settings)</source>
        <translation>la taille de la portion et sa mesure domestique (paramètres d&apos;étiquette du produit)</translation>
    </message>
    <message>
        <source>The label of %1 cannot be printed; missing:
– %2</source>
        <translation>Impossible d&apos;imprimer l&apos;étiquette du lot %1; il manque :
– %2</translation>
    </message>
    <message>
        <source>Print 1 to 10000 labels at a time.</source>
        <translation>Imprimez de 1 à 10&#xa0;000 étiquettes à la fois.</translation>
    </message>
    <message>
        <source>The lot %1 was declared thawed after a cold-chain event: its label would say « Garder congelé / Keep Frozen ». Mark its packs « Décongelé » by hand, or destroy them.</source>
        <translation>Le lot %1 a été déclaré décongelé à la suite d&apos;un événement de la chaîne du froid : son étiquette dirait « Garder congelé / Keep Frozen ». Marquez ses emballages « Décongelé » à la main, ou détruisez-les.</translation>
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
    <message>
        <source>The reference amount must be between 1 g and 2000 g.</source>
        <translation>La quantité de référence doit être comprise entre 1 g et 2&#xa0;000 g.</translation>
    </message>
    <message>
        <source>The serving must be between 0.1 g and 2000 g.</source>
        <translation>La portion doit être comprise entre 0,1 g et 2&#xa0;000 g.</translation>
    </message>
    <message>
        <source>Give the household measure of a serving in both French and English (« 2/3 tasse » and &quot;2/3 cup&quot;), or in neither.</source>
        <translation>Indiquez la mesure domestique d&apos;une portion à la fois en français et en anglais (« 2/3 tasse » et &quot;2/3 cup&quot;), ou ni l&apos;une ni l&apos;autre.</translation>
    </message>
    <message>
        <source>A household measure has at most 40 characters.</source>
        <translation>Une mesure domestique compte au plus 40 caractères.</translation>
    </message>
    <message>
        <source>The cooked yield must be between 10 % and 1000 % of the ingredients&apos; weight.</source>
        <translation>Le rendement à la cuisson doit être compris entre 10 % et 1&#xa0;000 % du poids des ingrédients.</translation>
    </message>
    <message>
        <source>Say why the product needs no Nutrition Facts table.</source>
        <translation>Indiquez pourquoi le produit n&apos;a pas besoin de tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>This GTIN is for restricted circulation (in-store use); use the GTIN allocated by GS1 Canada.</source>
        <translation>Ce GTIN est à circulation restreinte (usage en magasin); utilisez le GTIN attribué par GS1 Canada.</translation>
    </message>
</context>
<context>
    <name>glaneur::RecallService</name>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Give the first and the last day of the deliveries to recall.</source>
        <translation>Indiquez le premier et le dernier jour des livraisons à rappeler.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La date de fin de la période précède sa date de début.</translation>
    </message>
    <message>
        <source>%1 brought in no lot from %2 to %3.</source>
        <translation>%1 n&apos;a livré aucun lot du %2 au %3.</translation>
    </message>
    <message>
        <source>The notes are too long (4000 characters at most).</source>
        <translation>Les notes sont trop longues (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>The exercise cannot start after it ends.</source>
        <translation>L&apos;exercice ne peut pas commencer après sa fin.</translation>
    </message>
    <message>
        <source>There is no recall record #%1.</source>
        <translation>Il n&apos;y a aucun dossier de rappel #%1.</translation>
    </message>
    <message>
        <source>Recall record #%1 was kept before Glaneur kept whole reports: only its summary exists.</source>
        <translation>Le dossier de rappel #%1 a été consigné avant que Glaneur conserve les rapports complets : seul son résumé existe.</translation>
    </message>
    <message>
        <source>« %1 » is not among the recipients of this recall: choose one of them.</source>
        <translation>« %1 » ne fait pas partie des destinataires de ce rappel : choisissez-en un.</translation>
    </message>
    <message>
        <source>The person reached</source>
        <translation>Le nom de la personne jointe</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Le texte des notes</translation>
    </message>
    <message>
        <source>Packs are counted from 0 up.</source>
        <translation>Le nombre d&apos;emballages ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Nobody was reached: packs returned, destroyed or still on sale cannot be known yet.</source>
        <translation>Personne n&apos;a été joint : on ne peut pas encore savoir combien d&apos;emballages ont été retournés, détruits ou sont encore en vente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received %n pack(s) of the affected lots: returned, destroyed and still on sale together cannot be more.</source>
        <translation>
            <numerusform>%1 a reçu %n emballage des lots touchés : les emballages retournés, détruits et encore en vente ne peuvent pas dépasser ce nombre au total.</numerusform>
            <numerusform>%1 a reçu %n emballages des lots touchés : les emballages retournés, détruits et encore en vente ne peuvent pas dépasser ce nombre au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact cannot come before the recall started (%1).</source>
        <translation>Le contact ne peut pas être antérieur au début du rappel (%1).</translation>
    </message>
</context>
<context>
    <name>glaneur::RecallSnapshot</name>
    <message>
        <source>The recall record&apos;s report cannot be read.</source>
        <translation>Impossible de lire le rapport du dossier de rappel.</translation>
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
        <source>Too many lots today in this kitchen: the lot code would be too long.</source>
        <translation>Trop de lots aujourd&apos;hui dans cette cuisine : le code de lot serait trop long.</translation>
    </message>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation>« %1 » n&apos;est ni un code de lot ni une étiquette Glaneur.</translation>
    </message>
</context>
<context>
    <name>glaneur::RecipeRepository</name>
    <message>
        <source>Unknown recipe.</source>
        <translation>Composition inconnue.</translation>
    </message>
</context>
<context>
    <name>glaneur::RecipeService</name>
    <message>
        <source>Write an ingredient as CODE:PERCENT, for example CAROTTE:55 (got « %1 »).</source>
        <translation>Écrivez un ingrédient sous la forme CODE:POURCENTAGE, par exemple CAROTTE:55 (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>The share of « %1 » must be a percent above 0 and at most 100, with at most 2 decimals.</source>
        <translation>La part de « %1 » doit être un pourcentage supérieur à 0 et d&apos;au plus 100, avec au plus 2 décimales.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>« %1 » is raw produce: only a finished product has a composition.</source>
        <translation>« %1 » est un produit brut : seul un produit fini a une composition.</translation>
    </message>
    <message>
        <source>A composition needs at least one ingredient.</source>
        <translation>Une composition doit contenir au moins un ingrédient.</translation>
    </message>
    <message>
        <source>A product cannot be an ingredient of itself.</source>
        <translation>Un produit ne peut pas être son propre ingrédient.</translation>
    </message>
    <message>
        <source>« %1 » is listed twice.</source>
        <translation>« %1 » figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>The share of « %1 » must be above 0 %.</source>
        <translation>La part de « %1 » doit être supérieure à 0 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 instead of 100 %.</source>
        <translation>Le total des parts est de %1 au lieu de 100 %.</translation>
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
    <message>
        <source>The unexplained loss threshold must be between 0 % and 50 %.</source>
        <translation>Le seuil de perte inexpliquée doit être compris entre 0 % et 50 %.</translation>
    </message>
    <message>
        <source>« %1 » is not a web domain for the GS1 resolver (for example id.gs1.org).</source>
        <translation>« %1 » n&apos;est pas un domaine web pour le résolveur GS1 (par exemple id.gs1.org).</translation>
    </message>
</context>
<context>
    <name>glaneur::ShipmentRepository</name>
    <message>
        <source>A shipment numbered %1 already exists.</source>
        <translation>Une expédition portant le numéro %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no shipment « %1 ».</source>
        <translation>L&apos;expédition « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::ShipmentService</name>
    <message>
        <source>%1 is outside Quebec (%2). Shipping food there is interprovincial trade: it needs a licence under the Safe Food for Canadians Regulations and a preventive control plan. Ship only if the kitchen holds them.</source>
        <translation>%1 se trouve hors Québec (%2). Y expédier des aliments relève du commerce interprovincial : il faut une licence en vertu du Règlement sur la salubrité des aliments au Canada et un plan de contrôle préventif. N&apos;expédiez que si la cuisine les détient.</translation>
    </message>
    <message>
        <source>Say which partner receives the shipment.</source>
        <translation>Indiquez le partenaire destinataire de l&apos;expédition.</translation>
    </message>
    <message>
        <source>The partner %1 is deactivated.</source>
        <translation>Le partenaire %1 est désactivé.</translation>
    </message>
    <message>
        <source>Enter the address of %1 first: a shipment record needs the recipient&apos;s address.</source>
        <translation>Entrez d&apos;abord l&apos;adresse de %1 : la fiche d&apos;expédition doit indiquer l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>Add at least one lot to the shipment.</source>
        <translation>Ajoutez au moins un lot à l&apos;expédition.</translation>
    </message>
    <message>
        <source>Over 200 lines on one shipment: split it.</source>
        <translation>Plus de 200 lignes dans une seule expédition : divisez-la.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The price tier « %1 » is deactivated.</source>
        <translation>Le palier de prix « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>%1 hosts several freezers: say which one is restocked.</source>
        <translation>%1 accueille plusieurs congélateurs : indiquez celui à réapprovisionner.</translation>
    </message>
    <message>
        <source>%1 hosts no partner freezer: add it in Settings first.</source>
        <translation>%1 n&apos;accueille aucun congélateur partenaire : ajoutez-le d&apos;abord dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 is not a freezer of %2.</source>
        <translation>%1 n&apos;est pas un congélateur situé chez %2.</translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation>L&apos;emplacement %1 est désactivé.</translation>
    </message>
    <message>
        <source>Only a restock goes to a partner freezer.</source>
        <translation>Seul un réapprovisionnement peut aller dans un congélateur partenaire.</translation>
    </message>
    <message>
        <source>No pack of %1 is left in the kitchen.</source>
        <translation>Il ne reste aucun emballage du lot %1 dans la cuisine.</translation>
    </message>
    <message>
        <source>%1 is in several places: say which one to take it from (%2).</source>
        <translation>Le lot %1 se trouve à plusieurs emplacements : indiquez celui d&apos;où le prendre (%2).</translation>
    </message>
    <message>
        <source>Ship from a kitchen location, not from %1.</source>
        <translation>Expédiez à partir d&apos;un emplacement de la cuisine, pas de %1.</translation>
    </message>
    <message>
        <source>Packs in quarantine are not shipped.</source>
        <translation>Les emballages en quarantaine ne peuvent pas être expédiés.</translation>
    </message>
    <message>
        <source>« %1 » has no price in the tier « %2 »: set it in Settings first.</source>
        <translation>« %1 » n&apos;a pas de prix au palier « %2 » : indiquez-le d&apos;abord dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 left at %2.</source>
        <translation>
            <numerusform>Il ne reste que %n emballage du lot %1 à l&apos;emplacement %2.</numerusform>
            <numerusform>Il ne reste que %n emballages du lot %1 à l&apos;emplacement %2.</numerusform>
        </translation>
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
    <message>
        <source>Create a kitchen (site) in the settings first.</source>
        <translation>Créez d&apos;abord une cuisine (site) dans les Paramètres.</translation>
    </message>
    <message>
        <source>Several kitchens exist: choose the default one in the settings, or say which kitchen does the work.</source>
        <translation>Il existe plusieurs cuisines : choisissez la cuisine par défaut dans les Paramètres, ou indiquez quelle cuisine fait le travail.</translation>
    </message>
    <message>
        <source>The kitchen %1 is deactivated.</source>
        <translation>La cuisine %1 est désactivée.</translation>
    </message>
</context>
<context>
    <name>glaneur::StockService</name>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation>L&apos;emplacement %1 est désactivé.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 left at %2.</source>
        <translation>
            <numerusform>Il ne reste que %n emballage du lot %1 à l&apos;emplacement %2.</numerusform>
            <numerusform>Il ne reste que %n emballages du lot %1 à l&apos;emplacement %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the packs are now.</source>
        <translation>Indiquez où se trouvent les emballages.</translation>
    </message>
    <message>
        <source>Say where the packs go.</source>
        <translation>Indiquez où vont les emballages.</translation>
    </message>
    <message>
        <source>The packs are already at %1.</source>
        <translation>Les emballages sont déjà à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>A loss is either a loss or a destruction.</source>
        <translation>Une perte doit être de type « Perte ou détérioration » ou « Destruction ».</translation>
    </message>
    <message>
        <source>Say where the packs were.</source>
        <translation>Indiquez où se trouvaient les emballages.</translation>
    </message>
    <message>
        <source>Say which partner brings the packs back.</source>
        <translation>Indiquez le partenaire qui rapporte les emballages.</translation>
    </message>
    <message>
        <source>Say where the returned packs go.</source>
        <translation>Indiquez où vont les emballages retournés.</translation>
    </message>
    <message>
        <source>Returned packs go to a kitchen location or to quarantine, not to %1.</source>
        <translation>Les emballages retournés vont dans un emplacement de la cuisine ou en quarantaine, pas dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds only %n pack(s) of %2 shipped by us.</source>
        <translation>
            <numerusform>%1 ne détient que %n emballage du lot %2 que nous lui avons expédié.</numerusform>
            <numerusform>%1 ne détient que %n emballages du lot %2 que nous lui avons expédiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which location was counted.</source>
        <translation>Indiquez l&apos;emplacement compté.</translation>
    </message>
    <message>
        <source>Enter at least one counted lot.</source>
        <translation>Entrez au moins un lot compté.</translation>
    </message>
    <message>
        <source>The money collected cannot be negative.</source>
        <translation>Le montant perçu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A count cannot be negative (%1).</source>
        <translation>Un décompte ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The lot %1 is counted twice.</source>
        <translation>Le lot %1 est compté deux fois.</translation>
    </message>
    <message>
        <source>« %1 » has no price in the tier « %2 »: set it in Settings before counting.</source>
        <translation>« %1 » n&apos;a pas de prix au palier « %2 » : indiquez-le dans les Paramètres avant de faire le décompte.</translation>
    </message>
    <message>
        <source>The count differs from the stock: enter the reason of the difference.</source>
        <translation>Le décompte diffère du stock : entrez le motif de l&apos;écart.</translation>
    </message>
    <message>
        <source>There is no stock movement number %1.</source>
        <translation>Le mouvement de stock numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed: record the movement again instead.</source>
        <translation>Une annulation ne peut pas être annulée : enregistrez plutôt le mouvement de nouveau.</translation>
    </message>
    <message>
        <source>The movement %1 was already reversed.</source>
        <translation>Le mouvement %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>%1 returned packs of %2 since: reverse the return first.</source>
        <translation>%1 a depuis retourné des emballages du lot %2 : annulez d&apos;abord le retour.</translation>
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
    <message>
        <source>There is no table %1.</source>
        <translation>La table %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>glaneur::SyntheticCollective</name>
    <message>
        <source>On %1: %2</source>
        <translation>Le %1 : %2</translation>
    </message>
    <message>
        <source>The history lasts 1 to %1 years.</source>
        <translation>L&apos;historique doit couvrir de 1 à %1 ans.</translation>
    </message>
    <message>
        <source>The collective has 1 to %1 kitchens.</source>
        <translation>Le collectif doit compter de 1 à %1 cuisines.</translation>
    </message>
    <message>
        <source>The scale is a number above 0 and at most 10.</source>
        <translation>L&apos;échelle doit être un nombre supérieur à 0 et d&apos;au plus 10.</translation>
    </message>
    <message>
        <source>The last day of the history is not a valid date.</source>
        <translation>Le dernier jour de l&apos;historique n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>This database already holds data (%1). A synthetic history is generated only into a new, empty database; it was left unchanged.</source>
        <translation>Cette base de données contient déjà des données (%1). Un historique synthétique ne peut être généré que dans une base de données neuve et vide; elle n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>glaneur::TaskRepository</name>
    <message>
        <source>This task is already finished.</source>
        <translation>Cette tâche est déjà terminée.</translation>
    </message>
    <message>
        <source>Unknown task.</source>
        <translation>Tâche inconnue.</translation>
    </message>
</context>
<context>
    <name>glaneur::TaskService</name>
    <message>
        <source>« %1 » is not a lot or batch code.</source>
        <translation>« %1 » n&apos;est ni un code de lot ni un code de lot de transformation.</translation>
    </message>
    <message>
        <source>There is no lot or batch « %1 ».</source>
        <translation>Aucun lot ni lot de transformation ne porte le code « %1 ».</translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation>Choisissez la ou le participant·e.</translation>
    </message>
    <message>
        <source>The participant %1 is deactivated.</source>
        <translation>La ou le participant·e %1 est désactivé·e.</translation>
    </message>
    <message>
        <source>%1 is not in a program on that day.</source>
        <translation>%1 ne participe à aucun programme à cette date.</translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation>Le lot « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The weight handled must be between 0 and 5,000 kg.</source>
        <translation>Le poids manipulé doit être compris entre 0 et 5&#xa0;000 kg.</translation>
    </message>
    <message>
        <source>A task is already running for this participant (%1 since %2): stop it first.</source>
        <translation>Une tâche est déjà en cours pour cette personne (%1 depuis %2) : arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This task is already finished.</source>
        <translation>Cette tâche est déjà terminée.</translation>
    </message>
    <message>
        <source>The end time is in the future.</source>
        <translation>L&apos;heure de fin est dans le futur.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>This task would last over 16 hours: enter the time it really ended.</source>
        <translation>Cette tâche durerait plus de 16 heures : entrez l&apos;heure à laquelle elle s&apos;est réellement terminée.</translation>
    </message>
    <message>
        <source>The duration must be more than zero minutes.</source>
        <translation>La durée doit être supérieure à zéro minute.</translation>
    </message>
    <message>
        <source>A task cannot last over 16 hours (%1 minutes entered).</source>
        <translation>Une tâche ne peut pas durer plus de 16 heures (%1 minutes entrées).</translation>
    </message>
    <message>
        <source>Give the duration or the end, not two that disagree.</source>
        <translation>Indiquez la durée ou l&apos;heure de fin, pas deux valeurs contradictoires.</translation>
    </message>
    <message>
        <source>Enter when the task started and how long it lasted.</source>
        <translation>Indiquez quand la tâche a commencé et combien de temps elle a duré.</translation>
    </message>
    <message>
        <source>A task cannot last over 16 hours.</source>
        <translation>Une tâche ne peut pas durer plus de 16 heures.</translation>
    </message>
    <message>
        <source>The task ends in the future. Check the date and time.</source>
        <translation>La tâche se termine dans le futur. Vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The date is too far in the past. Check the date.</source>
        <translation>La date est trop ancienne. Vérifiez la date.</translation>
    </message>
    <message>
        <source>This participant already has a task at that time (%1 from %2): the hours would count twice.</source>
        <translation>Cette personne a déjà une tâche à ce moment-là (%1, commencée le %2) : les heures seraient comptées deux fois.</translation>
    </message>
    <message>
        <source>Validate or reject the task.</source>
        <translation>Validez ou refusez la tâche.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>Say why the task is rejected.</source>
        <translation>Indiquez pourquoi la tâche est refusée.</translation>
    </message>
    <message>
        <source>The task is still running: stop it before reviewing it.</source>
        <translation>La tâche est toujours en cours : arrêtez-la avant de l&apos;examiner.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Choisissez une période dont la fin n&apos;est pas antérieure au début.</translation>
    </message>
</context>
<context>
    <name>glaneur::TraceRepository</name>
    <message>
        <source>Unknown batch.</source>
        <translation>Lot de transformation inconnu.</translation>
    </message>
</context>
<context>
    <name>glaneur::TraceService</name>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation>« %1 » n&apos;est ni un code de lot ni une étiquette Glaneur.</translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation>Le lot « %1 » n&apos;existe pas.</translation>
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
    <message>
        <source>Enter a number of packs (at least 1).</source>
        <translation>Entrez un nombre d&apos;emballages (au moins 1).</translation>
    </message>
    <message>
        <source>Over 100,000 packs at once: check the number.</source>
        <translation>Plus de 100&#xa0;000 emballages à la fois : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La date est dans le futur.</translation>
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
    <message>
        <source>Kitchen freezer</source>
        <translation>Congélateur de la cuisine</translation>
    </message>
    <message>
        <source>Cold room</source>
        <translation>Chambre froide</translation>
    </message>
    <message>
        <source>Dry storage</source>
        <translation>Entreposage au sec</translation>
    </message>
    <message>
        <source>Partner freezer (sales point)</source>
        <translation>Congélateur partenaire (point de vente)</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Laver</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Blanch</source>
        <translation>Blanchir</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Refroidir</translation>
    </message>
    <message>
        <source>Portion</source>
        <translation>Portionner</translation>
    </message>
    <message>
        <source>Vacuum-pack</source>
        <translation>Mettre sous vide</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congeler</translation>
    </message>
    <message>
        <source>Dehydrate</source>
        <translation>Déshydrater</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Peels and trim (compost)</source>
        <translation>Pelures et parures (compost)</translation>
    </message>
    <message>
        <source>Rejects (discarded)</source>
        <translation>Rejets (jetés)</translation>
    </message>
    <message>
        <source>Water loss (cooking, draining)</source>
        <translation>Perte d&apos;eau (cuisson, égouttage)</translation>
    </message>
    <message>
        <source>Blanching water temperature</source>
        <translation>Température de l&apos;eau de blanchiment</translation>
    </message>
    <message>
        <source>Blanching time</source>
        <translation>Temps de blanchiment</translation>
    </message>
    <message>
        <source>Temperature after cooling</source>
        <translation>Température après refroidissement</translation>
    </message>
    <message>
        <source>Wash water check</source>
        <translation>Vérification de l&apos;eau de lavage</translation>
    </message>
    <message>
        <source>Vacuum seal check</source>
        <translation>Vérification du scellage sous vide</translation>
    </message>
    <message>
        <source>Time to reach −18 °C</source>
        <translation>Délai pour atteindre −18 °C</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Emballer</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Pre-employability</source>
        <translation>Préemployabilité</translation>
    </message>
    <message>
        <source>Employability</source>
        <translation>Employabilité</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Travaux communautaires</translation>
    </message>
    <message>
        <source>Batch output</source>
        <translation>Sortie de production</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Partner freezer restock</source>
        <translation>Réapprovisionnement d&apos;un congélateur partenaire</translation>
    </message>
    <message>
        <source>Sale at a partner freezer</source>
        <translation>Vente au congélateur partenaire</translation>
    </message>
    <message>
        <source>Sale to an organisation</source>
        <translation>Vente à un organisme</translation>
    </message>
    <message>
        <source>Loss or spoilage</source>
        <translation>Perte ou détérioration</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Inventory adjustment</source>
        <translation>Ajustement d&apos;inventaire</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Fresh fruit or vegetables, nothing added</source>
        <translation>Fruits ou légumes frais, sans aucun ajout</translation>
    </message>
    <message>
        <source>Sold only to manufacturers or institutions</source>
        <translation>Vendu uniquement à des fabricants ou à des établissements</translation>
    </message>
    <message>
        <source>Display surface under 15 cm²</source>
        <translation>Surface exposée de moins de 15 cm²</translation>
    </message>
    <message>
        <source>Every nutrient can be declared 0</source>
        <translation>Tous les éléments nutritifs peuvent être déclarés à 0</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>glaneur::XlsxWriter</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
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
    <message>
        <source>Opens a batch, or the trace of a lot, from its code or label scan.</source>
        <translation>Ouvre un lot de transformation, ou le traçage d&apos;un lot, à partir de son code ou du scan de son étiquette.</translation>
    </message>
    <message>
        <source>Starts on the participants&apos; full-screen task screen (a touch station); its Quit button opens the main window.</source>
        <translation>Démarre sur l&apos;écran des tâches des participant·es, en plein écran (poste tactile); son bouton Quitter ouvre la fenêtre principale.</translation>
    </message>
    <message>
        <source>Starts on that page: reception, processing, stock, cold-chain, shipping, traceability, reports or settings.</source>
        <translation>Démarre sur cette page : reception (réception), processing (transformation), stock, cold-chain (chaîne du froid), shipping (expédition), traceability (traçabilité), reports (rapports) ou settings (paramètres).</translation>
    </message>
    <message>
        <source>Opens the product labels of a finished lot, from its code or label scan.</source>
        <translation>Ouvre les étiquettes de produit d&apos;un lot de produit fini, à partir de son code ou du scan de son étiquette.</translation>
    </message>
    <message>
        <source>Opens the recall of a lot, from its code or label scan.</source>
        <translation>Ouvre le rappel d&apos;un lot, à partir de son code ou du scan de son étiquette.</translation>
    </message>
    <message>
        <source>Opens a kept recall record and its contact checklist.</source>
        <translation>Ouvre un dossier de rappel consigné et sa liste de suivi des contacts.</translation>
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
    <message>
        <source>« %1 » needs %2 (see « glaneur-cli help %1 »).</source>
        <translation>« %1 » exige %2 (consultez « glaneur-cli help %1 »).</translation>
    </message>
    <message>
        <source>--%1: unknown value « %2 »; expected one of: %3.</source>
        <translation>--%1 : valeur inconnue « %2 ». Valeurs possibles : %3.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 attend un nombre entier.</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a record number (for example 12 or #12).</source>
        <translation>%1 : « %2 » n&apos;est pas un numéro de fiche (par exemple 12 ou #12).</translation>
    </message>
    <message>
        <source>Name the batch: glaneur-cli %1 BATCH …</source>
        <translation>Indiquez le lot de transformation : glaneur-cli %1 BATCH …</translation>
    </message>
    <message>
        <source>Location %1 added.</source>
        <translation>Emplacement %1 ajouté.</translation>
    </message>
    <message>
        <source>Kitchen or partner</source>
        <translation>Cuisine ou partenaire</translation>
    </message>
    <message>
        <source>%1 of %2 consumed in %3 (input #%4).</source>
        <translation>%1 du lot %2 consommés dans %3 (entrée #%4).</translation>
    </message>
    <message>
        <source>%1 left in %2.</source>
        <translation>Il reste %1 dans le lot %2.</translation>
    </message>
    <message>
        <source>%1 of %2 added to %3 (input #%4).</source>
        <translation>%2 : %1 ajoutés à %3 (entrée #%4).</translation>
    </message>
    <message>
        <source>Step « %1 » recorded in %2 (#%3).</source>
        <translation>Étape « %1 » enregistrée dans %2 (#%3).</translation>
    </message>
    <message>
        <source>Yield %1.</source>
        <translation>Rendement : %1.</translation>
    </message>
    <message>
        <source>Loss of %1 (%2) recorded in %3 (#%4).</source>
        <translation>Perte de %1 (%2) enregistrée dans %3 (#%4).</translation>
    </message>
    <message>
        <source>Warning: %1 %2 is outside its limit (%3) and needs a corrective action; a batch cannot close without it: glaneur-cli batch action %4 --reading %5 --text &quot;…&quot;</source>
        <translation>Attention : %1 : %2, hors limite (%3). Une mesure corrective est requise; sans elle, le lot de transformation ne peut pas être clôturé : glaneur-cli batch action %4 --reading %5 --text &quot;…&quot;</translation>
    </message>
    <message>
        <source>Reading #%1 recorded in %2: %3 %4 (limit %5).</source>
        <translation>Relevé #%1 enregistré dans %2 : %3, %4 (limite %5).</translation>
    </message>
    <message>
        <source>Corrective action recorded for reading #%1 of %2.</source>
        <translation>Mesure corrective enregistrée pour le relevé #%1 de %2.</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>In packs</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Inexpliqué</translation>
    </message>
    <message>
        <source>%1 (%2 of what was consumed; threshold %3 %)</source>
        <translation>%1 (%2 de ce qui a été consommé; seuil de %3 %)</translation>
    </message>
    <message>
        <source>Warning: the unexplained loss of %1 is %2 of what %3 consumed, over the %4 % threshold. Check the weights and the losses.</source>
        <translation>Attention : la perte inexpliquée de %1 représente %2 de ce que le lot de transformation %3 a consommé, au-delà du seuil de %4 %. Vérifiez les poids et les pertes.</translation>
    </message>
    <message>
        <source>Batch %1 closed. Mass balance:</source>
        <translation>Lot de transformation %1 clôturé. Bilan massique :</translation>
    </message>
    <message>
        <source>The batch %1 has no reading #%2.</source>
        <translation>Le lot de transformation %1 n&apos;a pas de relevé #%2.</translation>
    </message>
    <message>
        <source>Reading #%1 corrected to %2 (#%3).</source>
        <translation>Relevé #%1 corrigé, nouvelle valeur : %2 (#%3).</translation>
    </message>
    <message>
        <source>Say what to correct with one of --input ID, --loss ID or --reading ID.</source>
        <translation>Indiquez quoi corriger avec l&apos;une des options --input ID, --loss ID ou --reading ID.</translation>
    </message>
    <message>
        <source>Input #%1 corrected to %2 (#%3).</source>
        <translation>Entrée #%1 corrigée, nouveau total : %2 (#%3).</translation>
    </message>
    <message>
        <source>Loss #%1 corrected to %2 (#%3).</source>
        <translation>Perte #%1 corrigée, nouveau total : %2 (#%3).</translation>
    </message>
    <message>
        <source>correction of #%1: %2</source>
        <translation>correction de #%1 : %2</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>version %1 : %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot de transformation</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré le</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>clôturé le %1 par %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>(not traced by lot)</source>
        <translation>(non tracé par lot)</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Losses:</source>
        <translation>Pertes :</translation>
    </message>
    <message>
        <source>within limit</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>OUT OF LIMIT, no corrective action</source>
        <translation>HORS LIMITE, aucune mesure corrective</translation>
    </message>
    <message>
        <source>out of limit, corrected</source>
        <translation>hors limite, mesure corrective enregistrée</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>mesure corrective : %1</translation>
    </message>
    <message>
        <source>Control readings:</source>
        <translation>Relevés de contrôle :</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>%1 × %2 g</source>
        <translation>%1 × %2 g</translation>
    </message>
    <message>
        <source>Finished lots:</source>
        <translation>Lots de produit fini :</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Packed on</source>
        <translation>Emballé le</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Mass balance:</source>
        <translation>Bilan massique :</translation>
    </message>
    <message>
        <source>The unexplained loss is over the threshold.</source>
        <translation>La perte inexpliquée dépasse le seuil.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) outside the limit need a corrective action before closing.</source>
        <translation>
            <numerusform>%n relevé hors limite exige une mesure corrective avant la clôture.</numerusform>
            <numerusform>%n relevés hors limite exigent une mesure corrective avant la clôture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose --open or --closed, not both.</source>
        <translation>Choisissez --open ou --closed, pas les deux.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation>Lots finis</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Participant added:</source>
        <translation>Participant·e ajouté·e :</translation>
    </message>
    <message>
        <source>Name the participant by code: glaneur-cli participant edit P07 --name …</source>
        <translation>Indiquez le code de participant : glaneur-cli participant edit P07 --name …</translation>
    </message>
    <message>
        <source>Participant saved:</source>
        <translation>Participant·e enregistré·e :</translation>
    </message>
    <message>
        <source>Name the participant by code.</source>
        <translation>Indiquez le code de participant.</translation>
    </message>
    <message>
        <source>Participant %1 activated.</source>
        <translation>Participant·e %1 réactivé·e.</translation>
    </message>
    <message>
        <source>Participant %1 deactivated; their task records are kept.</source>
        <translation>Participant·e %1 désactivé·e; ses fiches de tâches sont conservées.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <source>Task #%1 recorded: %2, %3, %4 from %5 (%6).</source>
        <translation>Tâche #%1 enregistrée : %2, %3, durée %4, début %5 (%6).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Batch or lot</source>
        <translation>Lot de transformation ou lot</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Name the task by its number: glaneur-cli task validate ID</source>
        <translation>Indiquez le numéro de la tâche : glaneur-cli task validate ID</translation>
    </message>
    <message>
        <source>Name the task by its number: glaneur-cli task reject ID --note &quot;…&quot;</source>
        <translation>Indiquez le numéro de la tâche : glaneur-cli task reject ID --note &quot;…&quot;</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tâche</translation>
    </message>
    <message>
        <source>Task #%1 validated.</source>
        <translation>Tâche #%1 validée.</translation>
    </message>
    <message>
        <source>Task #%1 rejected.</source>
        <translation>Tâche #%1 refusée.</translation>
    </message>
    <message>
        <source>Participant hours from %1 to %2 (h:mm; rejected tasks do not count):</source>
        <translation>Heures des participant·es du %1 au %2 (h:mm; les tâches refusées ne comptent pas) :</translation>
    </message>
    <message>
        <source>No task in this period.</source>
        <translation>Aucune tâche durant cette période.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli hold LOT --reason &quot;…&quot;</source>
        <translation>Indiquez le lot : glaneur-cli hold LOT --reason &quot;…&quot;</translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli release LOT --reason &quot;…&quot;</source>
        <translation>Indiquez le lot : glaneur-cli release LOT --reason &quot;…&quot;</translation>
    </message>
    <message>
        <source>The lot %1 is on hold: %2.</source>
        <translation>Le lot %1 est en retenue : %2.</translation>
    </message>
    <message>
        <source>The lot %1 is released: %2.</source>
        <translation>Le lot %1 est libéré : %2.</translation>
    </message>
    <message>
        <source>farm %1</source>
        <translation>ferme %1</translation>
    </message>
    <message>
        <source>%1  %2, %3 received %4 from %5</source>
        <translation>%1  %2, %3, reçu le %4 de %5</translation>
    </message>
    <message>
        <source>%1  %2, %3 × %4 g, packed %5, best before %6</source>
        <translation>%1  %2, %3 × %4 g, emballé le %5, meilleur avant le %6</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>batch %1  %2, started %3%4</source>
        <translation>lot de transformation %1  %2, démarré le %3%4</translation>
    </message>
    <message>
        <source>%1 packs, %2</source>
        <translation>%1 emballage(s), %2</translation>
    </message>
    <message>
        <source>Backward: what %1 is made of</source>
        <translation>En amont : ce qui compose %1</translation>
    </message>
    <message>
        <source>Forward: what was made of %1</source>
        <translation>En aval : ce qui a été fabriqué avec %1</translation>
    </message>
    <message>
        <source>%1 (%2), not traced by lot</source>
        <translation>%1 (%2), non tracé par lot</translation>
    </message>
    <message>
        <source>(nothing earlier: it was received as is)</source>
        <translation>(rien en amont : ce lot a été reçu tel quel)</translation>
    </message>
    <message>
        <source>(no batch has used it)</source>
        <translation>(aucun lot de transformation ne l&apos;a utilisé)</translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli trace LOT [--direction backward|forward|both]</source>
        <translation>Indiquez le lot : glaneur-cli trace LOT [--direction backward|forward|both]</translation>
    </message>
    <message>
        <source>--direction is backward, forward or both, not « %1 ».</source>
        <translation>La valeur de --direction doit être backward, forward ou both, et non « %1 ».</translation>
    </message>
    <message>
        <source>Add a place that holds stock.</source>
        <translation>Ajouter un emplacement (un lieu où du stock est entreposé).</translation>
    </message>
    <message>
        <source>Location code of letters, digits and dashes, e.g. HS-CONG1.</source>
        <translation>Code de l&apos;emplacement, en lettres, chiffres et tirets, p. ex. HS-CONG1.</translation>
    </message>
    <message>
        <source>The location&apos;s name.</source>
        <translation>Le nom de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>The kitchen it belongs to.</source>
        <translation>La cuisine à laquelle il appartient.</translation>
    </message>
    <message>
        <source>The partner that hosts it (partner-freezer; name or #id).</source>
        <translation>Le partenaire qui l&apos;accueille (partner-freezer; nom ou #id).</translation>
    </message>
    <message>
        <source>List the locations.</source>
        <translation>Lister les emplacements.</translation>
    </message>
    <message>
        <source>When (default: now), e.g. 2026-11-22T09:30.</source>
        <translation>Moment du démarrage (par défaut : maintenant), p. ex. 2026-11-22T09:30.</translation>
    </message>
    <message>
        <source>Start a processing batch; prints its code.</source>
        <translation>Démarrer un lot de transformation; affiche son code.</translation>
    </message>
    <message>
        <source>The finished product it makes.</source>
        <translation>Le produit fini à fabriquer.</translation>
    </message>
    <message>
        <source>The kitchen (default: the default kitchen).</source>
        <translation>La cuisine (par défaut : la cuisine par défaut).</translation>
    </message>
    <message>
        <source>Consume kilograms of a reception lot in a batch.</source>
        <translation>Consommer des kilogrammes d&apos;un lot de réception dans un lot de transformation.</translation>
    </message>
    <message>
        <source>The reception lot (code or scanned label).</source>
        <translation>Le lot de réception (code ou étiquette scannée).</translation>
    </message>
    <message>
        <source>Kilograms consumed.</source>
        <translation>Kilogrammes consommés.</translation>
    </message>
    <message>
        <source>Add an ingredient that is not received by lot (water, oil, salt).</source>
        <translation>Ajouter un ingrédient qui n&apos;est pas reçu par lot (eau, huile, sel).</translation>
    </message>
    <message>
        <source>The ingredient&apos;s product code.</source>
        <translation>Le code de produit de l&apos;ingrédient.</translation>
    </message>
    <message>
        <source>Kilograms added.</source>
        <translation>Kilogrammes ajoutés.</translation>
    </message>
    <message>
        <source>Record a processing step, with kilograms in and out for its yield.</source>
        <translation>Enregistrer une étape de transformation, avec les kilogrammes en entrée et en sortie pour calculer son rendement.</translation>
    </message>
    <message>
        <source>When the step started (default: now).</source>
        <translation>Début de l&apos;étape (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>When the step ended.</source>
        <translation>Fin de l&apos;étape.</translation>
    </message>
    <message>
        <source>Kilograms that went into the step.</source>
        <translation>Kilogrammes en entrée de l&apos;étape.</translation>
    </message>
    <message>
        <source>Kilograms that came out of the step.</source>
        <translation>Kilogrammes en sortie de l&apos;étape.</translation>
    </message>
    <message>
        <source>Record a loss: peels and trim to compost, rejects discarded, water lost.</source>
        <translation>Enregistrer une perte : pelures et parures au compost, rejets jetés, perte d&apos;eau.</translation>
    </message>
    <message>
        <source>Kilograms lost.</source>
        <translation>Kilogrammes perdus.</translation>
    </message>
    <message>
        <source>The step where it was lost.</source>
        <translation>L&apos;étape où la perte a eu lieu.</translation>
    </message>
    <message>
        <source>Record a control reading against its critical limit.</source>
        <translation>Enregistrer un relevé de contrôle et le comparer à sa limite critique.</translation>
    </message>
    <message>
        <source>The reading: °C (92.5), seconds or m:ss (3:00), minutes or h:mm (6:00), pass or fail.</source>
        <translation>Le relevé : °C (92,5), secondes ou m:ss (3:00), minutes ou h:mm (6:00), pass ou fail (ou conforme, non-conforme).</translation>
    </message>
    <message>
        <source>When it was taken (default: now).</source>
        <translation>Moment du relevé (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>What was done, when the reading is outside its limit.</source>
        <translation>La mesure prise, si le relevé est hors limite.</translation>
    </message>
    <message>
        <source>Record the corrective action of a reading outside its limit.</source>
        <translation>Enregistrer la mesure corrective d&apos;un relevé hors limite.</translation>
    </message>
    <message>
        <source>The reading&apos;s number (see batch show).</source>
        <translation>Le numéro du relevé (voir batch show).</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>La mesure prise.</translation>
    </message>
    <message>
        <source>Output a finished lot of packs; prints its lot code.</source>
        <translation>Produire un lot de produit fini (emballages); affiche son code de lot.</translation>
    </message>
    <message>
        <source>Number of packs.</source>
        <translation>Nombre d&apos;emballages.</translation>
    </message>
    <message>
        <source>Net grams of one pack (default: the product&apos;s).</source>
        <translation>Poids net d&apos;un emballage, en grammes (par défaut : celui du produit).</translation>
    </message>
    <message>
        <source>Where the packs are stored.</source>
        <translation>L&apos;emplacement où les emballages sont entreposés.</translation>
    </message>
    <message>
        <source>Pack date (default: today); best-before follows.</source>
        <translation>Date d&apos;emballage (par défaut : aujourd&apos;hui); la date « meilleur avant » en découle.</translation>
    </message>
    <message>
        <source>Close a batch and print its mass balance; closed batches are immutable.</source>
        <translation>Clôturer un lot de transformation et afficher son bilan massique; un lot clôturé ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Correct an input, a loss or a reading with a reason (also on a closed batch).</source>
        <translation>Corriger une entrée, une perte ou un relevé, avec un motif (aussi dans un lot de transformation clôturé).</translation>
    </message>
    <message>
        <source>The input to correct (see batch show).</source>
        <translation>L&apos;entrée à corriger (voir batch show).</translation>
    </message>
    <message>
        <source>The loss to correct.</source>
        <translation>La perte à corriger.</translation>
    </message>
    <message>
        <source>The reading to correct.</source>
        <translation>Le relevé à corriger.</translation>
    </message>
    <message>
        <source>The right total in kilograms (inputs and losses).</source>
        <translation>Le bon total en kilogrammes (entrées et pertes).</translation>
    </message>
    <message>
        <source>The right value of the reading.</source>
        <translation>La bonne valeur du relevé.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Le motif de la correction.</translation>
    </message>
    <message>
        <source>Show everything recorded in a batch, and its mass balance.</source>
        <translation>Afficher tout ce qui a été enregistré dans un lot de transformation, et son bilan massique.</translation>
    </message>
    <message>
        <source>List the batches, newest first.</source>
        <translation>Lister les lots de transformation, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only open batches.</source>
        <translation>Seulement les lots de transformation ouverts.</translation>
    </message>
    <message>
        <source>Only closed batches.</source>
        <translation>Seulement les lots de transformation clôturés.</translation>
    </message>
    <message>
        <source>Batch code or product contains.</source>
        <translation>Texte contenu dans le code du lot de transformation ou dans le produit.</translation>
    </message>
    <message>
        <source>Display name chosen by the supervisor (e.g. a first name).</source>
        <translation>Nom affiché, choisi par la ou le superviseur·e (p. ex. un prénom).</translation>
    </message>
    <message>
        <source>First day in the program (default: today).</source>
        <translation>Premier jour dans le programme (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Last day in the program (empty: still in it).</source>
        <translation>Dernier jour dans le programme (vide : toujours dans le programme).</translation>
    </message>
    <message>
        <source>Add a participant under a pseudonymous code.</source>
        <translation>Ajouter un·e participant·e sous un code pseudonyme.</translation>
    </message>
    <message>
        <source>Pseudonymous code, e.g. P07; never the person&apos;s name.</source>
        <translation>Code pseudonyme, p. ex. P07; jamais le nom de la personne.</translation>
    </message>
    <message>
        <source>Change a participant.</source>
        <translation>Modifier un·e participant·e.</translation>
    </message>
    <message>
        <source>List the participants.</source>
        <translation>Lister les participant·es.</translation>
    </message>
    <message>
        <source>Deactivate a participant (their records are kept).</source>
        <translation>Désactiver un·e participant·e (ses fiches sont conservées).</translation>
    </message>
    <message>
        <source>Reactivate a participant.</source>
        <translation>Réactiver un·e participant·e.</translation>
    </message>
    <message>
        <source>Record a participant&apos;s task after the fact.</source>
        <translation>Enregistrer après coup une tâche d&apos;un·e participant·e.</translation>
    </message>
    <message>
        <source>The participant&apos;s code.</source>
        <translation>Le code de participant.</translation>
    </message>
    <message>
        <source>How long it lasted, in minutes (at most 16 hours).</source>
        <translation>Durée, en minutes (16 heures au plus).</translation>
    </message>
    <message>
        <source>When it started (default: now minus the minutes).</source>
        <translation>Début (par défaut : maintenant moins la durée).</translation>
    </message>
    <message>
        <source>The batch worked on.</source>
        <translation>Le lot de transformation concerné.</translation>
    </message>
    <message>
        <source>The lot worked on.</source>
        <translation>Le lot concerné.</translation>
    </message>
    <message>
        <source>Kilograms handled.</source>
        <translation>Kilogrammes manipulés.</translation>
    </message>
    <message>
        <source>List task records, newest first.</source>
        <translation>Lister les fiches de tâches, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Tasks on or after this day.</source>
        <translation>Tâches à cette date ou après.</translation>
    </message>
    <message>
        <source>Tasks on or before this day.</source>
        <translation>Tâches à cette date ou avant.</translation>
    </message>
    <message>
        <source>Only this participant&apos;s tasks.</source>
        <translation>Seulement les tâches de cette personne.</translation>
    </message>
    <message>
        <source>Only tasks waiting for review.</source>
        <translation>Seulement les tâches en attente de validation.</translation>
    </message>
    <message>
        <source>Validate a task record.</source>
        <translation>Valider une fiche de tâche.</translation>
    </message>
    <message>
        <source>A note for the record.</source>
        <translation>Une note à consigner.</translation>
    </message>
    <message>
        <source>Reject a task record; it no longer counts in the hours.</source>
        <translation>Refuser une fiche de tâche; elle ne compte plus dans les heures.</translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation>Motif du refus (obligatoire).</translation>
    </message>
    <message>
        <source>Participant hours per participant and per program.</source>
        <translation>Heures des participant·es, par participant·e et par programme.</translation>
    </message>
    <message>
        <source>First day (default: the first of this month).</source>
        <translation>Premier jour (par défaut : le premier jour du mois en cours).</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Dernier jour (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why (required; kept in the history).</source>
        <translation>Motif (obligatoire; conservé dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Put a lot on hold: no processing, shipping or labelling until released.</source>
        <translation>Mettre un lot en retenue : aucune transformation, expédition ni impression d&apos;étiquettes jusqu&apos;à sa libération.</translation>
    </message>
    <message>
        <source>Release a lot from its hold.</source>
        <translation>Libérer un lot en retenue.</translation>
    </message>
    <message>
        <source>The genealogy of a lot, with the quantities at each hop.</source>
        <translation>La généalogie d&apos;un lot, avec les quantités à chaque maillon.</translation>
    </message>
    <message>
        <source>backward, forward or both (default).</source>
        <translation>backward (en amont), forward (en aval) ou both (les deux, par défaut).</translation>
    </message>
    <message>
        <source>One ingredient of a finished product by share of weight, e.g. CAROTTE:55; repeat it for each ingredient, the shares adding up to 100. Saves a new recipe version.</source>
        <translation>Un ingrédient d&apos;un produit fini et sa part du poids, p. ex. CAROTTE:55; répétez l&apos;option pour chaque ingrédient, les parts totalisant 100. Enregistre une nouvelle version de la composition.</translation>
    </message>
    <message>
        <source>Composition, version %1: %2</source>
        <translation>Composition, version %1 : %2</translation>
    </message>
    <message>
        <source>Unexplained loss threshold</source>
        <translation>Seuil de perte inexpliquée</translation>
    </message>
    <message>
        <source>%1 % of what a batch consumed</source>
        <translation>%1 % de ce qu&apos;un lot de transformation a consommé</translation>
    </message>
    <message>
        <source>--unexplained-loss-percent needs a whole number of percent.</source>
        <translation>--unexplained-loss-percent attend un pourcentage entier.</translation>
    </message>
    <message>
        <source>Warn when a batch&apos;s unexplained loss passes N % of what it consumed (5 by default).</source>
        <translation>Avertir quand la perte inexpliquée d&apos;un lot de transformation dépasse N % de ce qu&apos;il a consommé (5 par défaut).</translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation>Aucun lot ne se trouvait dans l&apos;unité froide.</translation>
    </message>
    <message>
        <source>%1: %2 recorded (limit %3).</source>
        <translation>%1 : relevé de %2 enregistré (limite %3).</translation>
    </message>
    <message>
        <source>%1: %2 is OUT OF LIMIT (%3). Cold-chain event #%4 is open.</source>
        <translation>%1 : %2, HORS LIMITE (%3). L&apos;événement de chaîne du froid #%4 est ouvert.</translation>
    </message>
    <message>
        <source>Lots in the unit:</source>
        <translation>Lots dans l&apos;unité froide :</translation>
    </message>
    <message>
        <source>Record the corrective action: glaneur-cli temperature action %1 --text &quot;…&quot; [--thawed]</source>
        <translation>Enregistrez la mesure corrective : glaneur-cli temperature action %1 --text &quot;…&quot; [--thawed]</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>Thermomètre</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Every cold unit has a reading on %1.</source>
        <translation>Toutes les unités froides ont un relevé le %1.</translation>
    </message>
    <message>
        <source>No reading on %1 for:</source>
        <translation>Aucun relevé le %1 pour :</translation>
    </message>
    <message>
        <source>closed, thawed</source>
        <translation>clôturé, lots décongelés</translation>
    </message>
    <message>
        <source>No open cold-chain event.</source>
        <translation>Aucun événement de chaîne du froid ouvert.</translation>
    </message>
    <message>
        <source>No cold-chain event.</source>
        <translation>Aucun événement de chaîne du froid.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lots (packs)</source>
        <translation>Lots (emballages)</translation>
    </message>
    <message>
        <source>Cold-chain event #%1 (%2)</source>
        <translation>Événement de chaîne du froid #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 read %2 on %3 at %4 (limit %5), by %6.</source>
        <translation>Le thermomètre %1 indiquait %2 à l&apos;emplacement %3 le %4 (limite %5); relevé par %6.</translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation>Mesures correctives :</translation>
    </message>
    <message>
        <source>(lots declared thawed)</source>
        <translation>(lots déclarés décongelés)</translation>
    </message>
    <message>
        <source>Name the event by its number, e.g. 3 or #3.</source>
        <translation>Indiquez l&apos;événement par son numéro, p. ex. 3 ou #3.</translation>
    </message>
    <message>
        <source>The cold unit.</source>
        <translation>L&apos;unité froide.</translation>
    </message>
    <message>
        <source>Record a cold unit&apos;s temperature; out of its limit, it opens an event listing the lots inside.</source>
        <translation>Enregistrer la température d&apos;une unité froide; hors limite, un événement est ouvert avec la liste des lots qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>The reading in °C, e.g. -18.5 (or --celsius=-18.5).</source>
        <translation>Le relevé en °C, p. ex. -18,5 (ou --celsius=-18,5).</translation>
    </message>
    <message>
        <source>The thermometer read (default: the unit&apos;s).</source>
        <translation>Le thermomètre utilisé (par défaut : celui de l&apos;unité froide).</translation>
    </message>
    <message>
        <source>When it was read (default: now).</source>
        <translation>Moment du relevé (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>List the temperature readings, newest first.</source>
        <translation>Lister les relevés de température, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only this cold unit.</source>
        <translation>Seulement cette unité froide.</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>À partir de cette date.</translation>
    </message>
    <message>
        <source>Up to this day.</source>
        <translation>Jusqu&apos;à cette date.</translation>
    </message>
    <message>
        <source>Only readings out of limit.</source>
        <translation>Seulement les relevés hors limite.</translation>
    </message>
    <message>
        <source>The cold units without a reading on a day (the daily reminder).</source>
        <translation>Les unités froides sans relevé à une date donnée (le rappel quotidien).</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>La date (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>List the cold-chain events, newest first.</source>
        <translation>Lister les événements de chaîne du froid, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only events without a corrective action.</source>
        <translation>Seulement les événements sans mesure corrective.</translation>
    </message>
    <message>
        <source>Show a cold-chain event, its lots and its corrective actions.</source>
        <translation>Afficher un événement de chaîne du froid, ses lots et ses mesures correctives.</translation>
    </message>
    <message>
        <source>Record the corrective action of a cold-chain event.</source>
        <translation>Enregistrer la mesure corrective d&apos;un événement de chaîne du froid.</translation>
    </message>
    <message>
        <source>The lots in the unit thawed (« décongelé »).</source>
        <translation>Les lots de l&apos;unité froide ont décongelé : ils sont déclarés « décongelés ».</translation>
    </message>
    <message>
        <source>--%1 needs an amount in dollars.</source>
        <translation>--%1 attend un montant en dollars.</translation>
    </message>
    <message>
        <source>--%1 needs a temperature in degrees Celsius.</source>
        <translation>--%1 attend une température en degrés Celsius.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>La date de --to est antérieure à celle de --from.</translation>
    </message>
    <message>
        <source>Name the location: glaneur-cli location thermometer CODE --id THERMOMETER</source>
        <translation>Indiquez l&apos;emplacement : glaneur-cli location thermometer CODE --id THERMOMETER</translation>
    </message>
    <message>
        <source>The thermometer of %1 is now %2.</source>
        <translation>Le thermomètre de l&apos;emplacement %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>The number of the thermometer in it (cold units).</source>
        <translation>Le numéro du thermomètre qui s&apos;y trouve (unités froides).</translation>
    </message>
    <message>
        <source>Set the thermometer of a cold unit (its daily readings name it).</source>
        <translation>Définir le thermomètre d&apos;une unité froide (ses relevés quotidiens l&apos;indiquent).</translation>
    </message>
    <message>
        <source>The thermometer&apos;s number.</source>
        <translation>Le numéro du thermomètre.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n emballage</numerusform>
            <numerusform>%n emballages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 left at %3.</source>
        <translation>Il reste %1 du lot %2 à l&apos;emplacement %3.</translation>
    </message>
    <message>
        <source>%1 of %2 moved from %3 to %4 (movement #%5).</source>
        <translation>Déplacement de %1 du lot %2 de %3 vers %4 (mouvement #%5).</translation>
    </message>
    <message>
        <source>%1 of %2 destroyed at %3: %4 (movement #%5).</source>
        <translation>Destruction de %1 du lot %2 à l&apos;emplacement %3 : %4 (mouvement #%5).</translation>
    </message>
    <message>
        <source>%1 of %2 lost at %3: %4 (movement #%5).</source>
        <translation>Perte de %1 du lot %2 à l&apos;emplacement %3 : %4 (mouvement #%5).</translation>
    </message>
    <message>
        <source>%1 of %2 returned by %3 to %4 (movement #%5).</source>
        <translation>Retour de %1 du lot %2 par %3 vers %4 (mouvement #%5).</translation>
    </message>
    <message>
        <source>Name the movement: glaneur-cli reverse MOVEMENT_ID --reason &quot;…&quot;</source>
        <translation>Indiquez le mouvement : glaneur-cli reverse MOVEMENT_ID --reason &quot;…&quot;</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Movement #%1 reversed by movement #%2: %3 of %4 back %5.</source>
        <translation>Mouvement #%1 annulé par le mouvement #%2 : %3 du lot %4, %5.</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>retrait du stock</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>retour à %1</translation>
    </message>
    <message>
        <source>« movements » needs --lot or --location (see « glaneur-cli help movements »).</source>
        <translation>« movements » exige --lot ou --location (consultez « glaneur-cli help movements »).</translation>
    </message>
    <message>
        <source>of #%1</source>
        <translation>de #%1</translation>
    </message>
    <message>
        <source>(reversed)</source>
        <translation>(mouvement annulé)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>--expiring-days cannot be negative.</source>
        <translation>La valeur de --expiring-days ne peut pas être négative.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>thawed</source>
        <translation>décongelé</translation>
    </message>
    <message>
        <source>past best-before</source>
        <translation>meilleur avant dépassé</translation>
    </message>
    <message>
        <source>No stock on hand matches.</source>
        <translation>Aucun stock ne correspond aux critères.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Total: %1, %2.</source>
        <translation>Total : %1, %2.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be picked in the kitchen; %3 missing.</source>
        <translation>On ne peut prélever que %1 de %2 dans la cuisine; il en manque %3.</translation>
    </message>
    <message>
        <source>--lot « %1 »: write the lot and the packs counted, e.g. P-261122-HS-01:12.</source>
        <translation>--lot « %1 » : écrivez le lot et le nombre d&apos;emballages comptés, p. ex. P-261122-HS-01:12.</translation>
    </message>
    <message>
        <source>Count #%1 of %2 recorded.</source>
        <translation>Décompte #%1 de l&apos;emplacement %2 enregistré.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Sold: %1.</source>
        <translation>Ventes : %1.</translation>
    </message>
    <message>
        <source>Expected: %1; collected: %2; difference: %3.</source>
        <translation>Attendu : %1; perçu : %2; écart : %3.</translation>
    </message>
    <message>
        <source>Give one --packs for each --lot, in the same order.</source>
        <translation>Indiquez un --packs pour chaque --lot, dans le même ordre.</translation>
    </message>
    <message>
        <source>Give one --from for each --lot, in the same order, or none.</source>
        <translation>Indiquez un --from pour chaque --lot, dans le même ordre, ou aucun.</translation>
    </message>
    <message>
        <source>Nothing was shipped. Add --confirm-outside-quebec to ship anyway.</source>
        <translation>Rien n&apos;a été expédié. Ajoutez --confirm-outside-quebec pour expédier quand même.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Name the shipment: glaneur-cli shipment show NUMBER</source>
        <translation>Indiquez l&apos;expédition : glaneur-cli shipment show NUMBER</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Partner freezer: %1</source>
        <translation>Congélateur partenaire : %1</translation>
    </message>
    <message>
        <source>Price tier: %1</source>
        <translation>Palier de prix : %1</translation>
    </message>
    <message>
        <source>Shipped: %1 from %2, by %3</source>
        <translation>Expédié le %1 depuis la cuisine %2, par %3</translation>
    </message>
    <message>
        <source>Outside Quebec: shipped after the warning was confirmed.</source>
        <translation>Hors Québec : expédié après confirmation de l&apos;avertissement.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Total: %1, %2, %3.</source>
        <translation>Total : %1, %2, %3.</translation>
    </message>
    <message>
        <source>Name the shipment: glaneur-cli shipment slip NUMBER --out FILE.pdf</source>
        <translation>Indiquez l&apos;expédition : glaneur-cli shipment slip NUMBER --out FILE.pdf</translation>
    </message>
    <message>
        <source>Say where to write the slip with --out FILE.pdf.</source>
        <translation>Indiquez où enregistrer le document avec --out FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 of %2 written to %3.</source>
        <translation>%1 de l&apos;expédition %2 enregistré dans %3.</translation>
    </message>
    <message>
        <source>Price tier %1 added.</source>
        <translation>Palier de prix %1 ajouté.</translation>
    </message>
    <message>
        <source>Name the tier: glaneur-cli tier edit CODE --name-fr … --name-en …</source>
        <translation>Indiquez le palier : glaneur-cli tier edit CODE --name-fr … --name-en …</translation>
    </message>
    <message>
        <source>Price tier %1 updated.</source>
        <translation>Palier de prix %1 mis à jour.</translation>
    </message>
    <message>
        <source>Name the tier: glaneur-cli tier %1 CODE</source>
        <translation>Indiquez le palier : glaneur-cli tier %1 CODE</translation>
    </message>
    <message>
        <source>Price tier %1 is active.</source>
        <translation>Le palier de prix %1 est actif.</translation>
    </message>
    <message>
        <source>Price tier %1 is deactivated.</source>
        <translation>Le palier de prix %1 est désactivé.</translation>
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
        <source>A pack of %1 costs %2 in the tier %3.</source>
        <translation>Un emballage de %1 coûte %2 au palier %3.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Price per pack</source>
        <translation>Prix par emballage</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation>Moment de l&apos;opération (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>The finished lot (code or scanned label).</source>
        <translation>Le lot de produit fini (code ou étiquette scannée).</translation>
    </message>
    <message>
        <source>Move packs between two locations (to a partner freezer: a restock).</source>
        <translation>Déplacer des emballages entre deux emplacements (vers un congélateur partenaire : un réapprovisionnement).</translation>
    </message>
    <message>
        <source>Where the packs are.</source>
        <translation>L&apos;emplacement où se trouvent les emballages.</translation>
    </message>
    <message>
        <source>Where they go.</source>
        <translation>L&apos;emplacement de destination.</translation>
    </message>
    <message>
        <source>Why (kept in the history).</source>
        <translation>Motif (conservé dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Ship packs to a partner (sale, donation or restock); prints the shipment number.</source>
        <translation>Expédier des emballages à un partenaire (vente, don ou réapprovisionnement); affiche le numéro d&apos;expédition.</translation>
    </message>
    <message>
        <source>The partner who receives it (name or #id).</source>
        <translation>Le partenaire destinataire (nom ou #id).</translation>
    </message>
    <message>
        <source>A finished lot; repeat --lot, --packs and --from for several lines.</source>
        <translation>Un lot de produit fini; répétez --lot, --packs et --from pour plusieurs lignes.</translation>
    </message>
    <message>
        <source>Packs of that lot.</source>
        <translation>Nombre d&apos;emballages de ce lot.</translation>
    </message>
    <message>
        <source>Where that lot is taken (default: where it is in the kitchen).</source>
        <translation>L&apos;emplacement d&apos;où ce lot est pris (par défaut : là où il se trouve dans la cuisine).</translation>
    </message>
    <message>
        <source>%1 (default: sale).</source>
        <translation>%1 (par défaut : sale, une vente).</translation>
    </message>
    <message>
        <source>Price tier of a sale (default: the partner&apos;s).</source>
        <translation>Palier de prix d&apos;une vente (par défaut : celui du partenaire).</translation>
    </message>
    <message>
        <source>The partner freezer a restock fills.</source>
        <translation>Le congélateur partenaire à remplir lors d&apos;un réapprovisionnement.</translation>
    </message>
    <message>
        <source>The kitchen it leaves from (default: the default kitchen).</source>
        <translation>La cuisine d&apos;où part l&apos;expédition (par défaut : la cuisine par défaut).</translation>
    </message>
    <message>
        <source>A note on the delivery slip.</source>
        <translation>Une note à inscrire sur le bon de livraison.</translation>
    </message>
    <message>
        <source>The partner is outside Quebec and the kitchen may ship there (TR-10).</source>
        <translation>Le partenaire est hors Québec et la cuisine est autorisée à y expédier (TR-10).</translation>
    </message>
    <message>
        <source>List the shipments, newest first.</source>
        <translation>Lister les expéditions, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Only this partner&apos;s shipments.</source>
        <translation>Seulement les expéditions de ce partenaire.</translation>
    </message>
    <message>
        <source>Number or partner contains.</source>
        <translation>Texte contenu dans le numéro ou le nom du partenaire.</translation>
    </message>
    <message>
        <source>Show a shipment and its lines.</source>
        <translation>Afficher une expédition et ses lignes.</translation>
    </message>
    <message>
        <source>Write the bilingual delivery slip (or donation receipt) of a shipment as a PDF.</source>
        <translation>Produire en PDF le bon de livraison bilingue (ou le reçu de don) d&apos;une expédition.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à créer.</translation>
    </message>
    <message>
        <source>Packs on hand per lot and location, earliest best-before first.</source>
        <translation>Emballages en stock par lot et par emplacement, meilleur avant le plus proche d&apos;abord.</translation>
    </message>
    <message>
        <source>Only this location.</source>
        <translation>Seulement cet emplacement.</translation>
    </message>
    <message>
        <source>Only this lot.</source>
        <translation>Seulement ce lot.</translation>
    </message>
    <message>
        <source>Only this kitchen.</source>
        <translation>Seulement cette cuisine.</translation>
    </message>
    <message>
        <source>Only the freezers at partners.</source>
        <translation>Seulement les congélateurs partenaires.</translation>
    </message>
    <message>
        <source>Only lots whose best-before is within D days.</source>
        <translation>Seulement les lots dont la date « meilleur avant » tombe d&apos;ici D jours.</translation>
    </message>
    <message>
        <source>The stock ledger of a lot or a location, in the order it was written.</source>
        <translation>Le registre des mouvements d&apos;un lot ou d&apos;un emplacement, dans l&apos;ordre d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Movements from or to this location.</source>
        <translation>Mouvements en provenance ou à destination de cet emplacement.</translation>
    </message>
    <message>
        <source>Undo a stock movement with a reversing movement.</source>
        <translation>Annuler un mouvement de stock par un contre-mouvement.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Motif (obligatoire).</translation>
    </message>
    <message>
        <source>Record packs spoiled, broken or lost, or destroyed with --destroy.</source>
        <translation>Enregistrer des emballages détériorés, brisés ou perdus, ou détruits avec --destroy.</translation>
    </message>
    <message>
        <source>Where the packs were.</source>
        <translation>L&apos;emplacement où se trouvaient les emballages.</translation>
    </message>
    <message>
        <source>What happened (required).</source>
        <translation>Ce qui s&apos;est passé (obligatoire).</translation>
    </message>
    <message>
        <source>The packs were destroyed (e.g. a held lot).</source>
        <translation>Les emballages ont été détruits (p. ex. un lot retenu).</translation>
    </message>
    <message>
        <source>Packs a partner brings back.</source>
        <translation>Enregistrer un retour : des emballages qu&apos;un partenaire rapporte.</translation>
    </message>
    <message>
        <source>Who brings them back.</source>
        <translation>Qui les rapporte.</translation>
    </message>
    <message>
        <source>Where they go: a kitchen location or quarantine.</source>
        <translation>Où ils vont : un emplacement de la cuisine ou la quarantaine.</translation>
    </message>
    <message>
        <source>Count a location; at a partner freezer the packs gone are sales, reconciled with the cash.</source>
        <translation>Faire le décompte d&apos;un emplacement; dans un congélateur partenaire, les emballages manquants sont comptés comme des ventes et rapprochés de l&apos;argent en caisse.</translation>
    </message>
    <message>
        <source>The location counted.</source>
        <translation>L&apos;emplacement compté.</translation>
    </message>
    <message>
        <source>A lot and the packs found, e.g. P-261122-HS-01:12; repeat it.</source>
        <translation>Un lot et le nombre d&apos;emballages trouvés, p. ex. P-261122-HS-01:12; répétez l&apos;option pour chaque lot.</translation>
    </message>
    <message>
        <source>Money found in a partner freezer&apos;s cash box.</source>
        <translation>L&apos;argent trouvé dans la caisse d&apos;un congélateur partenaire.</translation>
    </message>
    <message>
        <source>Why a kitchen count differs, or cash is missing.</source>
        <translation>Pourquoi le décompte d&apos;un emplacement de la cuisine présente un écart, ou pourquoi il manque de l&apos;argent.</translation>
    </message>
    <message>
        <source>Which packs to take for an order: earliest best-before first.</source>
        <translation>Quels emballages prendre pour une commande : meilleur avant le plus proche d&apos;abord.</translation>
    </message>
    <message>
        <source>The finished product.</source>
        <translation>Le produit fini.</translation>
    </message>
    <message>
        <source>Add a price tier.</source>
        <translation>Ajouter un palier de prix.</translation>
    </message>
    <message>
        <source>Lowercase code, e.g. solidarity.</source>
        <translation>Code en minuscules, p. ex. solidarity.</translation>
    </message>
    <message>
        <source>Rename a price tier.</source>
        <translation>Renommer un palier de prix.</translation>
    </message>
    <message>
        <source>Deactivate a price tier (past sales keep it).</source>
        <translation>Désactiver un palier de prix (les ventes passées le conservent).</translation>
    </message>
    <message>
        <source>Reactivate a price tier.</source>
        <translation>Réactiver un palier de prix.</translation>
    </message>
    <message>
        <source>List the price tiers.</source>
        <translation>Lister les paliers de prix.</translation>
    </message>
    <message>
        <source>Include deactivated tiers.</source>
        <translation>Inclure les paliers désactivés.</translation>
    </message>
    <message>
        <source>Set the price of one pack of a product in a tier (from now on).</source>
        <translation>Fixer le prix d&apos;un emballage d&apos;un produit dans un palier (à compter de maintenant).</translation>
    </message>
    <message>
        <source>The price tier.</source>
        <translation>Le palier de prix.</translation>
    </message>
    <message>
        <source>Price of one pack, e.g. 4.25.</source>
        <translation>Prix d&apos;un emballage, p. ex. 4,25.</translation>
    </message>
    <message>
        <source>Current prices per tier.</source>
        <translation>Prix en vigueur par palier.</translation>
    </message>
    <message>
        <source>Only this product (default: every finished product).</source>
        <translation>Seulement ce produit (par défaut : tous les produits finis).</translation>
    </message>
    <message>
        <source>The label of %1 cannot be printed; missing:</source>
        <translation>Impossible d&apos;imprimer l&apos;étiquette du lot %1; il manque :</translation>
    </message>
    <message>
        <source>The label of %1 is frozen since its first print; reprints are identical.</source>
        <translation>L&apos;étiquette du lot %1 est figée depuis sa première impression; les réimpressions sont identiques.</translation>
    </message>
    <message>
        <source>The label of %1 is complete; its first print will freeze it.</source>
        <translation>L&apos;étiquette du lot %1 est complète; sa première impression la figera.</translation>
    </message>
    <message>
        <source>  Printed %1: %2 × %3 (%4) by %5</source>
        <translation>  Imprimée le %1 : %2 × %3 (%4) par %5</translation>
    </message>
    <message>
        <source>Say where to write the labels with --out FILE.pdf, FILE.png or FILE.zpl.</source>
        <translation>Indiquez où enregistrer les étiquettes avec --out FILE.pdf, FILE.png ou FILE.zpl.</translation>
    </message>
    <message>
        <source>--dpi is 203 or 300 (the Zebra printer&apos;s head).</source>
        <translation>La valeur de --dpi doit être 203 ou 300 (selon la tête d&apos;impression de l&apos;imprimante Zebra).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n étiquette du lot %1 enregistrée dans %2.</numerusform>
            <numerusform>%n étiquettes du lot %1 enregistrées dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No food of the Canadian Nutrient File matches.</source>
        <translation>Aucun aliment du Fichier canadien sur les éléments nutritifs ne correspond.</translation>
    </message>
    <message>
        <source>Name the food: glaneur-cli nutrient show ID</source>
        <translation>Indiquez l&apos;aliment : glaneur-cli nutrient show ID</translation>
    </message>
    <message>
        <source>The Canadian Nutrient File has no food %1.</source>
        <translation>Le Fichier canadien sur les éléments nutritifs ne contient aucun aliment %1.</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Élément nutritif</translation>
    </message>
    <message>
        <source>Per 100 g</source>
        <translation>Pour 100 g</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>La valeur de --%1 doit être yes ou no (ou oui, non).</translation>
    </message>
    <message>
        <source>--%1: « %2 » is not a number with at most %3 decimal(s).</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre d&apos;au plus %3 décimale(s).</translation>
    </message>
    <message>
        <source>--zero: unknown nutrient « %1 »; expected e.g. trans, saturated, sugars, cholesterol.</source>
        <translation>--zero : élément nutritif inconnu « %1 »; valeurs attendues, par exemple : trans, saturated, sugars, cholesterol.</translation>
    </message>
    <message>
        <source>--allergen is CODE, or CODE:FRENCH NAME:ENGLISH NAME for tree nuts, fish, crustaceans and molluscs (e.g. tree-nut:Noix de Grenoble:Walnuts).</source>
        <translation>--allergen s&apos;écrit CODE, ou CODE:NOM FRANÇAIS:NOM ANGLAIS pour les noix, les poissons, les crustacés et les mollusques (p. ex. tree-nut:Noix de Grenoble:Walnuts).</translation>
    </message>
    <message>
        <source>Canadian Nutrient File food</source>
        <translation>Aliment du Fichier canadien sur les éléments nutritifs</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Quantité de référence</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Portion</translation>
    </message>
    <message>
        <source>Cooked yield</source>
        <translation>Rendement à la cuisson</translation>
    </message>
    <message>
        <source>Nutrition Facts exemption</source>
        <translation>Exemption du tableau de la valeur nutritive</translation>
    </message>
    <message>
        <source>Confirmed 0 where unknown</source>
        <translation>Valeurs inconnues confirmées à 0</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Low-acid</source>
        <translation>Peu acide</translation>
    </message>
    <message>
        <source>Cook before eating</source>
        <translation>Cuire avant de consommer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Name the product: glaneur-cli product labelling CODE [options]</source>
        <translation>Indiquez le produit : glaneur-cli product labelling CODE [options]</translation>
    </message>
    <message>
        <source>Show or set what a product&apos;s label needs (serving, allergens, exemption, GTIN…).</source>
        <translation>Afficher ou modifier ce dont l&apos;étiquette d&apos;un produit a besoin (portion, allergènes, exemption, GTIN…).</translation>
    </message>
    <message>
        <source>Reference amount in grams (85 for vegetables).</source>
        <translation>Quantité de référence en grammes (85 pour les légumes).</translation>
    </message>
    <message>
        <source>Serving size in grams, e.g. 85 or 8,5.</source>
        <translation>Taille de la portion en grammes, p. ex. 85 ou 8,5.</translation>
    </message>
    <message>
        <source>Household measure in French, e.g. « 2/3 tasse ».</source>
        <translation>Mesure domestique en français, p. ex. « 2/3 tasse ».</translation>
    </message>
    <message>
        <source>Household measure in English, e.g. &quot;2/3 cup&quot;.</source>
        <translation>Mesure domestique en anglais, p. ex. &quot;2/3 cup&quot;.</translation>
    </message>
    <message>
        <source>Finished weight as a % of the ingredients&apos; weight (cooking).</source>
        <translation>Poids fini, en % du poids des ingrédients (rendement à la cuisson).</translation>
    </message>
    <message>
        <source>No Nutrition Facts table: fresh-produce, ingredient-or-institution, small-package or all-zero.</source>
        <translation>Pas de tableau de la valeur nutritive : fresh-produce (fruits et légumes frais), ingredient-or-institution (ingrédient ou vente à des établissements), small-package (petit emballage) ou all-zero (tout à 0).</translation>
    </message>
    <message>
        <source>Why the exemption applies.</source>
        <translation>Pourquoi l&apos;exemption s&apos;applique.</translation>
    </message>
    <message>
        <source>Print the Nutrition Facts table again.</source>
        <translation>Imprimer de nouveau le tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>Nutrients confirmed 0 where the nutrient file has no value, e.g. trans.</source>
        <translation>Éléments nutritifs confirmés à 0 là où le fichier des éléments nutritifs n&apos;a pas de valeur, p. ex. trans.</translation>
    </message>
    <message>
        <source>GTIN allocated by GS1 Canada (empty to remove).</source>
        <translation>GTIN attribué par GS1 Canada (vide pour le retirer).</translation>
    </message>
    <message>
        <source>Low-acid food (pH &gt; 4.6).</source>
        <translation>Aliment peu acide (pH &gt; 4,6).</translation>
    </message>
    <message>
        <source>Print « Cuire avant de consommer / Cook before eating ».</source>
        <translation>Imprimer « Cuire avant de consommer / Cook before eating ».</translation>
    </message>
    <message>
        <source>An allergen (repeat); species names for nuts, fish, shellfish.</source>
        <translation>Un allergène (option répétable); noms d&apos;espèce pour les noix, les poissons, les crustacés et les mollusques.</translation>
    </message>
    <message>
        <source>Remove the allergens before adding those given.</source>
        <translation>Retirer les allergènes existants avant d&apos;ajouter ceux indiqués.</translation>
    </message>
    <message>
        <source>Find foods of the Canadian Nutrient File (French or English words, or an id).</source>
        <translation>Rechercher des aliments dans le Fichier canadien sur les éléments nutritifs (mots français ou anglais, ou identifiant).</translation>
    </message>
    <message>
        <source>Show a Canadian Nutrient File food&apos;s values per 100 g.</source>
        <translation>Afficher les valeurs par 100 g d&apos;un aliment du Fichier canadien sur les éléments nutritifs.</translation>
    </message>
    <message>
        <source>Render a lot&apos;s labels: a finished lot&apos;s product label (PDF, PNG or ZPL), or a reception lot&apos;s label (PDF or PNG). The first print of a finished lot freezes its label.</source>
        <translation>Produire les étiquettes d&apos;un lot : l&apos;étiquette de produit d&apos;un lot de produit fini (PDF, PNG ou ZPL), ou l&apos;étiquette d&apos;un lot de réception (PDF ou PNG). La première impression d&apos;un lot de produit fini fige son étiquette.</translation>
    </message>
    <message>
        <source>FILE.pdf, FILE.png or FILE.zpl (ZPL: finished lots).</source>
        <translation>FILE.pdf, FILE.png ou FILE.zpl (ZPL : lots de produit fini seulement).</translation>
    </message>
    <message>
        <source>Label template (default roll-4x6 for finished lots, reception-4x3 for reception lots).</source>
        <translation>Modèle d&apos;étiquette (par défaut : roll-4x6 pour les lots de produit fini, reception-4x3 pour les lots de réception).</translation>
    </message>
    <message>
        <source>ZPL: the Zebra printer&apos;s resolution (203 by default).</source>
        <translation>ZPL : la résolution de l&apos;imprimante Zebra (203 par défaut).</translation>
    </message>
    <message>
        <source>Finished lots: say what the label misses, or what it says.</source>
        <translation>Lots de produit fini : indiquer ce qui manque à l&apos;étiquette, ou ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>--check is for the product label of a finished lot; %1 is a reception lot.</source>
        <translation>--check s&apos;applique à l&apos;étiquette de produit d&apos;un lot fini; %1 est un lot de réception.</translation>
    </message>
    <message>
        <source>QR codes of product labels</source>
        <translation>Codes QR des étiquettes de produits</translation>
    </message>
    <message>
        <source>GS1 Digital Link through %1 for products with a GTIN</source>
        <translation>GS1 Digital Link par %1 pour les produits qui ont un GTIN</translation>
    </message>
    <message>
        <source>plain address of the lot</source>
        <translation>adresse simple du lot</translation>
    </message>
    <message>
        <source>--qr-mode is plain or gs1.</source>
        <translation>--qr-mode vaut plain ou gs1.</translation>
    </message>
    <message>
        <source>QR codes of product labels: the lot&apos;s plain address, or a GS1 Digital Link for products with a GTIN.</source>
        <translation>Codes QR des étiquettes de produits : l&apos;adresse simple du lot (plain) ou un lien GS1 Digital Link pour les produits qui ont un GTIN (gs1).</translation>
    </message>
    <message>
        <source>Domain of the GS1 Digital Links (id.gs1.org by default).</source>
        <translation>Domaine des liens GS1 Digital Link (id.gs1.org par défaut).</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <source>partner freezer</source>
        <translation>congélateur partenaire</translation>
    </message>
    <message>
        <source>sold to the public</source>
        <translation>vendu au public</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>mass balance</comment>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Used</source>
        <comment>mass balance</comment>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>mass balance</comment>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>mass balance</comment>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>mass balance</comment>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <comment>mass balance</comment>
        <translation>Inexpliqué</translation>
    </message>
    <message numerus="yes">
        <source>Recall of %1: %n finished lot(s) affected.</source>
        <translation>
            <numerusform>Rappel de %1 : %n lot de produit fini touché.</numerusform>
            <numerusform>Rappel de %1 : %n lots de produit fini touchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en retenue</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenue</translation>
    </message>
    <message numerus="yes">
        <source>Still on hand: %n pack(s).</source>
        <translation>
            <numerusform>Encore en stock : %n emballage.</numerusform>
            <numerusform>Encore en stock : %n emballages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recipients to reach: %n line(s).</source>
        <translation>
            <numerusform>Destinataires à joindre : %n ligne.</numerusform>
            <numerusform>Destinataires à joindre : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mass balance of %1 (used: consumed by batches; in stock: not yet processed):</source>
        <translation>Bilan massique de %1 (utilisé : consommé par les lots de transformation; en stock : pas encore transformé) :</translation>
    </message>
    <message>
        <source>Mass balance of %1:</source>
        <translation>Bilan massique de %1 :</translation>
    </message>
    <message>
        <source>Mass balance of the affected finished lots (received: packed):</source>
        <translation>Bilan massique des lots de produit fini touchés (reçu : emballé) :</translation>
    </message>
    <message>
        <source>Every affected lot was already on hold.</source>
        <translation>Tous les lots touchés étaient déjà en retenue.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) put on hold: %1.</source>
        <translation>
            <numerusform>%n lot mis en retenue : %1.</numerusform>
            <numerusform>%n lots mis en retenue : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason goes with --hold.</source>
        <translation>--reason s&apos;utilise seulement avec --hold.</translation>
    </message>
    <message>
        <source>The recall record is written as FILE.csv.</source>
        <translation>Le registre du rappel s&apos;enregistre dans un fichier FILE.csv.</translation>
    </message>
    <message>
        <source>Recall record of %1 written to %2.</source>
        <translation>Registre du rappel de %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>What a recall of the lot must reach: affected finished lots, stock on hand per location, recipients with their contacts, mass balance.</source>
        <translation>Ce que le rappel du lot doit joindre : lots de produit fini touchés, stock par emplacement, destinataires avec leurs personnes-ressources, bilan massique.</translation>
    </message>
    <message>
        <source>Put the lot and every affected lot on hold first.</source>
        <translation>Mettre d&apos;abord en retenue le lot et tous les lots touchés.</translation>
    </message>
    <message>
        <source>Why they are held (with --hold).</source>
        <translation>Motif de la retenue (avec --hold).</translation>
    </message>
    <message>
        <source>Also write the report as a CSV file, for the recall record.</source>
        <translation>Enregistrer aussi le rapport dans un fichier CSV, pour le registre du rappel.</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucune donnée)</translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2, every kitchen:</source>
        <translation>Indicateurs d&apos;impact du %1 au %2, toutes les cuisines :</translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2, kitchen %3:</source>
        <translation>Indicateurs d&apos;impact du %1 au %2, cuisine %3 :</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupéré</translation>
    </message>
    <message numerus="yes">
        <source>%n reception lot(s)</source>
        <translation>
            <numerusform>%n lot de réception</numerusform>
            <numerusform>%n lots de réception</numerusform>
        </translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Transformé</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) started</source>
        <translation>
            <numerusform>%n lot de transformation commencé</numerusform>
            <numerusform>%n lots de transformation commencés</numerusform>
        </translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>%1 pack(s)</source>
        <translation>%1 emballage(s)</translation>
    </message>
    <message>
        <source>Composted</source>
        <translation>Composté</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>batches, stock losses and destructions</source>
        <translation>lots de transformation, pertes en stock et destructions</translation>
    </message>
    <message>
        <source>Shipped to partners</source>
        <translation>Expédié aux partenaires</translation>
    </message>
    <message>
        <source>Sold at sales points</source>
        <translation>Vendu aux points de vente</translation>
    </message>
    <message>
        <source>Organisations supplied</source>
        <translation>Organismes approvisionnés</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Heures des participant·es</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Recovered per kind of supplier:</source>
        <translation>Récupéré par type de fournisseur :</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Recovered per acquisition:</source>
        <translation>Récupéré par mode d&apos;acquisition :</translation>
    </message>
    <message>
        <source>Recovered per farm (or supplier when the farm is unknown):</source>
        <translation>Récupéré par ferme (ou par fournisseur quand la ferme est inconnue) :</translation>
    </message>
    <message>
        <source>Processed per ingredient:</source>
        <translation>Transformé par ingrédient :</translation>
    </message>
    <message>
        <source>From traced lots</source>
        <translation>Issu de lots tracés</translation>
    </message>
    <message>
        <source>Produced per product:</source>
        <translation>Production par produit :</translation>
    </message>
    <message>
        <source>Distributed per channel and price tier:</source>
        <translation>Distribué par canal et palier de prix :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sold or given per price tier (restocks excluded):</source>
        <translation>Vendu ou donné par palier de prix (réapprovisionnements exclus) :</translation>
    </message>
    <message>
        <source>Organisations supplied:</source>
        <translation>Organismes approvisionnés :</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Participant hours per program (rejected tasks do not count):</source>
        <translation>Heures des participant·es par programme (les tâches refusées ne comptent pas) :</translation>
    </message>
    <message>
        <source>Validated (h)</source>
        <translation>Validées (h)</translation>
    </message>
    <message>
        <source>Total (h)</source>
        <translation>Total (h)</translation>
    </message>
    <message>
        <source>report indicators takes no argument: use --from, --to, --site and --out.</source>
        <translation>report indicators ne prend aucun argument : utilisez --from, --to, --site et --out.</translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2 written to %3.</source>
        <translation>Indicateurs d&apos;impact du %1 au %2 enregistrés dans %3.</translation>
    </message>
    <message>
        <source>Impact indicators of a period: kg recovered, processed, produced, lost and distributed, organisations supplied, participant hours.</source>
        <translation>Indicateurs d&apos;impact d&apos;une période : kg récupérés, transformés, produits, perdus et distribués, organismes approvisionnés, heures des participant·es.</translation>
    </message>
    <message>
        <source>First day (default: the first of the last day&apos;s month).</source>
        <translation>Premier jour (par défaut : le premier jour du mois du dernier jour).</translation>
    </message>
    <message>
        <source>Last day, included (default: today).</source>
        <translation>Dernier jour, inclus (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Only this kitchen (default: every kitchen).</source>
        <translation>Seulement cette cuisine (par défaut : toutes les cuisines).</translation>
    </message>
    <message>
        <source>Write FILE.csv or FILE.xlsx instead of printing.</source>
        <translation>Écrire dans FILE.csv ou FILE.xlsx au lieu d&apos;afficher le résultat.</translation>
    </message>
    <message>
        <source>%1&apos;s lots from %2 to %3 (%4)</source>
        <translation>les lots de %1 du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>mock</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Rappelé</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>No mock recall in the last 12 months: run one (SFCR 84(2)).</source>
        <translation>Aucune simulation de rappel depuis 12 mois : faites-en une (RSAC 84(2)).</translation>
    </message>
    <message>
        <source>A mock recall was run in the last 12 months.</source>
        <translation>Une simulation de rappel a été faite dans les 12 derniers mois.</translation>
    </message>
    <message>
        <source>Name the lot, or the supplier and the period: glaneur-cli recall LOT | recall --supplier NAME --from DATE --to DATE [--hold --reason TEXT]</source>
        <translation>Indiquez le lot, ou le fournisseur et la période : glaneur-cli recall LOT | recall --supplier NAME --from DATE --to DATE [--hold --reason TEXT]</translation>
    </message>
    <message>
        <source>A supplier&apos;s recall needs --from and --to.</source>
        <translation>Le rappel d&apos;un fournisseur demande --from et --to.</translation>
    </message>
    <message>
        <source>Instead of a lot: every lot this supplier or farm brought in.</source>
        <translation>Au lieu d&apos;un lot : tous les lots livrés par ce fournisseur ou cette ferme.</translation>
    </message>
    <message>
        <source>With --supplier: the first day of the deliveries.</source>
        <translation>Avec --supplier : le premier jour des livraisons.</translation>
    </message>
    <message>
        <source>With --supplier: the last day of the deliveries.</source>
        <translation>Avec --supplier : le dernier jour des livraisons.</translation>
    </message>
    <message>
        <source>A mock recall: timed from start to report and kept (every 12 months, SFCR 84(2)).</source>
        <translation>Une simulation de rappel : chronométrée du début au rapport et conservée (tous les 12 mois, RSAC 84(2)).</translation>
    </message>
    <message>
        <source>List the recalls and mock recalls on record, and say if one is due.</source>
        <translation>Lister les rappels et les simulations consignés, et dire si une simulation est due.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD), included.</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ), inclus.</translation>
    </message>
    <message>
        <source>The CSV file to write (UTF-8, RFC 4180).</source>
        <translation>Le fichier CSV à écrire (UTF-8, RFC 4180).</translation>
    </message>
    <message>
        <source>Traceability records for CFIA (SFCR s. 90): every movement of a lot&apos;s genealogy or of a period, as one CSV file.</source>
        <translation>Registres de traçabilité pour l&apos;ACIA (RSAC art. 90) : chaque mouvement de la généalogie d&apos;un lot ou d&apos;une période, dans un seul fichier CSV.</translation>
    </message>
    <message>
        <source>Every movement of this lot&apos;s whole genealogy.</source>
        <translation>Chaque mouvement de toute la généalogie de ce lot.</translation>
    </message>
    <message>
        <source>The MAPAQ sales and deliveries register (2.2.6) of a period, as one CSV file.</source>
        <translation>Le registre des ventes et livraisons du MAPAQ (2.2.6) d&apos;une période, dans un seul fichier CSV.</translation>
    </message>
    <message>
        <source>A mock recall holds nothing: leave out --hold.</source>
        <translation>Une simulation de rappel ne met rien en retenue : retirez --hold.</translation>
    </message>
    <message>
        <source>--years and --sites take a whole number.</source>
        <translation>--years et --sites attendent un nombre entier.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>--scale takes a number, for example 0.01.</source>
        <translation>--scale attend un nombre, par exemple 0.01.</translation>
    </message>
    <message>
        <source>%1: %2 receptions, %3 batches, %4 finished lots, %5 shipment lines, %6 stock movements, %7 tasks (%8 elapsed)</source>
        <translation>%1 : %2 réceptions, %3 lots de transformation, %4 lots de produit fini, %5 lignes d&apos;expédition, %6 mouvements de stock, %7 tâches (temps écoulé : %8)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>History from %1 to %2 written to %3: %4 MB in %5.</source>
        <translation>Historique du %1 au %2 écrit dans %3 : %4 Mo en %5.</translation>
    </message>
    <message>
        <source>Fill a new, empty database with a synthetic history of a collective (for benchmarks).</source>
        <translation>Remplir une nouvelle base de données vide avec l&apos;historique synthétique d&apos;un collectif (pour les tests de performance).</translation>
    </message>
    <message>
        <source>Years of history, ending on 31 December 2025 (default: 10).</source>
        <translation>Années d&apos;historique, jusqu&apos;au 31 décembre 2025 (par défaut : 10).</translation>
    </message>
    <message>
        <source>Kitchens of the collective (default: 5).</source>
        <translation>Cuisines du collectif (par défaut : 5).</translation>
    </message>
    <message>
        <source>Seed of the random choices: the same seed gives the same database (default: 1).</source>
        <translation>Graine des choix aléatoires : la même graine donne la même base de données (par défaut : 1).</translation>
    </message>
    <message>
        <source>Multiplies the daily volumes; 0.01 gives a small database of the same shape (default: 1).</source>
        <translation>Multiplie les volumes quotidiens; 0.01 donne une petite base de données aux mêmes proportions (par défaut : 1).</translation>
    </message>
    <message>
        <source>--notes goes with --mock or --record.</source>
        <translation>--notes s&apos;utilise seulement avec --mock ou --record.</translation>
    </message>
    <message>
        <source>Choose --mock (an exercise) or --record (a real recall), not both.</source>
        <translation>Choisissez --mock (un exercice) ou --record (un rappel réel), pas les deux.</translation>
    </message>
    <message>
        <source>Mock recall recorded as #%1: %2 s from start to report.</source>
        <translation>Simulation de rappel consignée sous le #%1 : %2 s du début au rapport.</translation>
    </message>
    <message>
        <source>Recall recorded as #%1. Add each contact with « glaneur-cli recall contact %1 --recipient NAME … »; print the record with « glaneur-cli recall record %1 --out FILE.pdf ».</source>
        <translation>Rappel consigné sous le #%1. Ajoutez chaque contact avec « glaneur-cli recall contact %1 --recipient NAME … »; imprimez le dossier avec « glaneur-cli recall record %1 --out FILE.pdf ».</translation>
    </message>
    <message>
        <source>Name the recall record: glaneur-cli recall contact ID --recipient NAME [--method phone|email|visit|other] [--not-reached] [--returned N] [--destroyed N] [--on-sale N]</source>
        <translation>Indiquez le dossier de rappel : glaneur-cli recall contact ID --recipient NAME [--method phone|email|visit|other] [--not-reached] [--returned N] [--destroyed N] [--on-sale N]</translation>
    </message>
    <message>
        <source>recall record</source>
        <translation>dossier de rappel</translation>
    </message>
    <message>
        <source>Contact with %1 recorded (%2): %3 returned, %4 destroyed, %5 still on sale.</source>
        <translation>Contact avec %1 enregistré (%2) : %3 retournés, %4 détruits, %5 encore en vente.</translation>
    </message>
    <message>
        <source>Attempt to reach %1 recorded (%2): nobody reached yet.</source>
        <translation>Tentative de joindre %1 enregistrée (%2) : personne n&apos;a encore été joint.</translation>
    </message>
    <message>
        <source>Name the recall record: glaneur-cli recall record ID [--out FILE.pdf|FILE.csv]; « glaneur-cli recall --exercises » lists them.</source>
        <translation>Indiquez le dossier de rappel : glaneur-cli recall record ID [--out FILE.pdf|FILE.csv]; « glaneur-cli recall --exercises » en donne la liste.</translation>
    </message>
    <message>
        <source>The recall record is written as FILE.pdf or FILE.csv.</source>
        <translation>Le dossier de rappel s&apos;enregistre dans un fichier FILE.pdf ou FILE.csv.</translation>
    </message>
    <message>
        <source>Mock recall #%1 of %2, recorded %3 by %4.</source>
        <translation>Simulation de rappel #%1 (%2), consignée le %3 par %4.</translation>
    </message>
    <message>
        <source>Recall #%1 of %2, recorded %3 by %4.</source>
        <translation>Rappel #%1 (%2), consigné le %3 par %4.</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>pas encore contacté</translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation>Aucun emballage touché n&apos;est sorti des cuisines : personne à joindre.</translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation>Emballages reçus</translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruits</translation>
    </message>
    <message>
        <source>Still on sale</source>
        <translation>Encore en vente</translation>
    </message>
    <message>
        <source>%1 of %2 recipients reached.</source>
        <translation>%1 destinataires joints sur %2.</translation>
    </message>
    <message>
        <source>Recall record written to %1.</source>
        <translation>Dossier de rappel enregistré dans %1.</translation>
    </message>
    <message>
        <source>A real recall: keep this report as its recall record, for its contacts.</source>
        <translation>Un rappel réel : consigner ce rapport comme dossier de rappel, pour en suivre les contacts.</translation>
    </message>
    <message>
        <source>With --mock or --record: gaps found and corrective actions.</source>
        <translation>Avec --mock ou --record : lacunes constatées et mesures correctives.</translation>
    </message>
    <message>
        <source>Add a line to a recall&apos;s contact checklist: who was called, and what they returned or destroyed.</source>
        <translation>Ajouter une ligne à la liste de suivi des contacts d&apos;un rappel : qui a été appelé, et ce que le destinataire a retourné ou détruit.</translation>
    </message>
    <message>
        <source>The recipient, as the recall lists it.</source>
        <translation>Le destinataire, tel qu&apos;il figure dans le rappel.</translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation>Moment du contact (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>phone (default), email, visit or other.</source>
        <translation>phone (téléphone, par défaut), email (courriel), visit (visite) ou other (autre).</translation>
    </message>
    <message>
        <source>Nobody answered: a message was left.</source>
        <translation>Personne n&apos;a répondu : un message a été laissé.</translation>
    </message>
    <message>
        <source>The person reached.</source>
        <translation>La personne jointe.</translation>
    </message>
    <message>
        <source>Packs the recipient has returned so far.</source>
        <translation>Emballages que le destinataire a retournés jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Packs the recipient has destroyed so far.</source>
        <translation>Emballages que le destinataire a détruits jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Packs still on sale or in its freezer.</source>
        <translation>Emballages encore en vente ou dans son congélateur.</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Toute autre information utile à conserver.</translation>
    </message>
    <message>
        <source>A kept recall or mock recall with its contact checklist; as PDF or CSV with --out.</source>
        <translation>Le dossier d&apos;un rappel ou d&apos;une simulation de rappel, avec sa liste de suivi des contacts; en PDF ou en CSV avec --out.</translation>
    </message>
    <message>
        <source>Write the recall record to this file.</source>
        <translation>Enregistrer le dossier de rappel dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>glaneur::documents::DeliverySlip</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::documents::RecallRecordDocument</name>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <source>partner freezer</source>
        <translation>congélateur partenaire</translation>
    </message>
    <message>
        <source>sold to the public</source>
        <translation>vendu au public</translation>
    </message>
    <message>
        <source>Mock recall record — %1</source>
        <translation>Dossier de simulation de rappel — %1</translation>
    </message>
    <message>
        <source>Recall record — %1</source>
        <translation>Dossier de rappel — %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mock recall (exercise, SFCR 84(2))</source>
        <translation>Simulation de rappel (exercice, RSAC 84(2))</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Objet du rappel</translation>
    </message>
    <message>
        <source>%1&apos;s deliveries from %2 to %3: %4</source>
        <translation>Livraisons de %1 du %2 au %3 : %4</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré le</translation>
    </message>
    <message>
        <source>Report recorded</source>
        <translation>Rapport consigné le</translation>
    </message>
    <message>
        <source>Duration to the report</source>
        <translation>Délai jusqu&apos;au rapport</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Affected finished lots</source>
        <translation>Lots de produit fini touchés</translation>
    </message>
    <message>
        <source>Packs still on hand</source>
        <translation>Emballages encore en stock</translation>
    </message>
    <message>
        <source>Recipients reached</source>
        <translation>Destinataires joints</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Lots on hold when recorded</source>
        <translation>Lots en retenue au moment de la consignation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en retenue</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé le</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Still on hand when the report was recorded</source>
        <translation>Encore en stock au moment du rapport</translation>
    </message>
    <message>
        <source>No pack left in any freezer.</source>
        <translation>Il ne reste aucun emballage dans les congélateurs.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>pas encore contacté</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>reached: %1</source>
        <translation>joint : %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non joint</translation>
    </message>
    <message>
        <source>Contact checklist</source>
        <translation>Liste de suivi des contacts</translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation>Aucun emballage des lots touchés n&apos;a quitté les cuisines : personne à joindre.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation>Emballages reçus</translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruits</translation>
    </message>
    <message>
        <source>Still on sale</source>
        <translation>Encore en vente</translation>
    </message>
    <message>
        <source>Effectiveness: %1 of %2 recipients reached; %3 of %4 packs received returned or destroyed; %5 still on sale.</source>
        <translation>Efficacité : %1 des %2 destinataires joints; %3 des %4 emballages reçus retournés ou détruits; %5 encore en vente.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>oui : %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Every contact, in order</source>
        <translation>Tous les contacts, par ordre chronologique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What each recipient received</source>
        <translation>Ce que chaque destinataire a reçu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Supplier&apos;s lots</source>
        <translation>Lots du fournisseur</translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation>Lot rappelé</translation>
    </message>
    <message>
        <source>Finished lot</source>
        <translation>Lot fini</translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation>Lots finis</translation>
    </message>
    <message>
        <source>Received, or packed</source>
        <translation>Reçu, ou emballé</translation>
    </message>
    <message>
        <source>Used by batches</source>
        <translation>Utilisé par les lots de transformation</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Shipped or sold</source>
        <translation>Expédié ou vendu</translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation>Perdu ou détruit</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Inexpliqué</translation>
    </message>
    <message>
        <source>Mass balance</source>
        <translation>Bilan massique</translation>
    </message>
    <message>
        <source>Every gram is accounted for: the balance closes.</source>
        <translation>Chaque gramme est justifié : le bilan est équilibré.</translation>
    </message>
    <message>
        <source>Part of the quantity is unexplained: see the notes for what was found.</source>
        <translation>Une partie de la quantité est inexpliquée : voir les notes pour ce qui a été constaté.</translation>
    </message>
    <message>
        <source>DRAFT — to complete and have approved before it is published.</source>
        <translation>PROJET — à compléter et à faire approuver avant sa publication.</translation>
    </message>
    <message>
        <source>%1 recalls the following product(s), because [reason to write].</source>
        <translation>%1 rappelle le ou les produits suivants, car [motif à préciser].</translation>
    </message>
    <message>
        <source>The kitchen</source>
        <translation>La cuisine</translation>
    </message>
    <message>
        <source>• %1, packs of %2; lot(s) %3; best before %4.</source>
        <translation>• %1, en emballages de %2; lot(s) %3; meilleur avant %4.</translation>
    </message>
    <message>
        <source>The product had not left the kitchens.</source>
        <translation>Le produit n&apos;avait pas quitté les cuisines.</translation>
    </message>
    <message>
        <source>It was sold or given from %1 to %2 at: %3.</source>
        <translation>Le produit a été vendu ou donné du %1 au %2 aux endroits suivants : %3.</translation>
    </message>
    <message>
        <source>The label shows the product name, « Garder congelé / Keep Frozen » and the lot code next to the QR code.</source>
        <translation>L&apos;étiquette indique le nom du produit, la mention « Garder congelé / Keep Frozen » et le code de lot à côté du code QR.</translation>
    </message>
    <message>
        <source>Do not eat this product. Bring it back where you got it or throw it away. Questions: %1.</source>
        <translation>Les personnes qui possèdent ce produit ne doivent pas le consommer. Elles doivent le rapporter à l&apos;établissement où elles l&apos;ont obtenu ou le jeter. Pour toute question : %1.</translation>
    </message>
    <message>
        <source>the kitchen</source>
        <translation>la cuisine</translation>
    </message>
    <message>
        <source>Printed %1 by Glaneur; kept at least 2 years (SFCR 84(2), 85).</source>
        <translation>Imprimé le %1 par Glaneur; à conserver au moins 2 ans (RSAC 84(2), 85).</translation>
    </message>
    <message>
        <source>Findings, gaps and corrective actions</source>
        <translation>Constats, lacunes et mesures correctives</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(aucun constat consigné)</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Recall coordinator: ______________________________  Date: ______________</source>
        <translation>Responsable du rappel : ______________________________  Date : ______________</translation>
    </message>
    <message>
        <source>Manager: ______________________________  Date: ______________</source>
        <translation>Gestionnaire : ______________________________  Date : ______________</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1.</translation>
    </message>
    <message>
        <source>Draft public notice</source>
        <translation>Projet d&apos;avis public</translation>
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
    <message>
        <source>Letter sheet, 4 labels 4.25 × 5.5 in</source>
        <translation>Feuille format Lettre, 4 étiquettes de 4,25 × 5,5 po</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ProductLabel</name>
    <message>
        <source>The label of lot %1 has no QR code address.</source>
        <translation>L&apos;étiquette du lot %1 n&apos;a pas d&apos;adresse pour le code QR.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1; %2 was asked for.</source>
        <translation>Le nombre d&apos;exemplaires doit être compris entre 1 et %1 (demandé : %2).</translation>
    </message>
    <message>
        <source>The label template « %1 » is too small for the complete label of a product; choose %2.</source>
        <translation>Le modèle d&apos;étiquette « %1 » est trop petit pour l&apos;étiquette complète d&apos;un produit; choisissez %2.</translation>
    </message>
    <message>
        <source>The text of the label of lot %1 does not fit the template « %2 » at a legible size; shorten the names or the ingredient list, or choose %3.</source>
        <translation>Le texte de l&apos;étiquette du lot %1 n&apos;entre pas dans le modèle « %2 » à une taille lisible; raccourcissez les noms ou la liste d&apos;ingrédients, ou choisissez %3.</translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ProductLabelZpl</name>
    <message>
        <source>ZPL labels are written for printers of 8 dots/mm (203 dpi) or 12 dots/mm (300 dpi), not %1 dots/mm.</source>
        <translation>Les étiquettes ZPL sont produites pour des imprimantes de 8 points/mm (203 ppp) ou de 12 points/mm (300 ppp), et non de %1 points/mm.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1.</source>
        <translation>Le nombre d&apos;exemplaires doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The label template « %1 » cannot be used for a Zebra printer: the product label needs a roll of single labels of at least 4 × 5 in.</source>
        <translation>Le modèle d&apos;étiquette « %1 » ne peut pas servir pour une imprimante Zebra : l&apos;étiquette de produit exige un rouleau d&apos;étiquettes individuelles d&apos;au moins 4 × 5 po.</translation>
    </message>
    <message>
        <source>The QR code of this lot is too large for the label template « %1 ».</source>
        <translation>Le code QR de ce lot est trop grand pour le modèle d&apos;étiquette « %1 ».</translation>
    </message>
    <message>
        <source>The product label does not fit on the label template « %1 »; choose a larger label.</source>
        <translation>L&apos;étiquette de produit n&apos;entre pas dans le modèle d&apos;étiquette « %1 »; choisissez une étiquette plus grande.</translation>
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
    <name>glaneur::ui::BatchDetailPanel</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>« %1 » is not a weight in kg.</source>
        <translation>« %1 » n&apos;est pas un poids en kg.</translation>
    </message>
    <message>
        <source>corrects #%1: %2</source>
        <translation>corrige le nº %1 : %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Close the batch…</source>
        <translation>Clôturer le lot…</translation>
    </message>
    <message>
        <source>A closed batch can no longer be changed; mistakes are then fixed by corrections.</source>
        <translation>Un lot clôturé ne peut plus être modifié; les erreurs sont alors rectifiées par des corrections.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Intrants</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation>Lots finis</translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation>Mesure corrective…</translation>
    </message>
    <message>
        <source>Record what was done about the selected reading outside its limit.</source>
        <translation>Consigner ce qui a été fait pour le relevé hors limite sélectionné.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Record a correction of the selected line, with its reason. The original line stays in the history.</source>
        <translation>Enregistrer une correction de la ligne sélectionnée, avec sa raison. La ligne d&apos;origine reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <source>Scan the crate&apos;s label or type the lot code</source>
        <translation>Scannez l&apos;étiquette du bac ou tapez le code de lot</translation>
    </message>
    <message>
        <source>Add the lot</source>
        <translation>Ajouter le lot</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste : %1</translation>
    </message>
    <message>
        <source>Ingredient without lot (water, salt…):</source>
        <translation>Ingrédient sans lot (eau, sel…) :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Start of the step</source>
        <translation>Début de l&apos;étape</translation>
    </message>
    <message>
        <source>End of the step</source>
        <translation>Fin de l&apos;étape</translation>
    </message>
    <message>
        <source>kg in</source>
        <translation>kg entrés</translation>
    </message>
    <message>
        <source>kg out</source>
        <translation>kg sortis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(no particular step)</source>
        <translation>(aucune étape en particulier)</translation>
    </message>
    <message>
        <source>Record the loss</source>
        <translation>Enregistrer la perte</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Corrective action, if outside the limit</source>
        <translation>Mesure corrective, si hors limite</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Packed on</source>
        <translation>Emballé le</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source> packs</source>
        <translation> emballages</translation>
    </message>
    <message>
        <source>packed on</source>
        <translation>emballés le</translation>
    </message>
    <message>
        <source>stored in</source>
        <translation>entreposés dans</translation>
    </message>
    <message>
        <source>Create the finished lot</source>
        <translation>Créer le lot fini</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite : %1</translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation>Aucun lot sélectionné</translation>
    </message>
    <message>
        <source>Choose a batch in the list, or start a new one.</source>
        <translation>Choisissez un lot dans la liste, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>Kitchen %1</source>
        <translation>Cuisine %1</translation>
    </message>
    <message>
        <source>started %1 by %2</source>
        <translation>commencé le %1 par %2</translation>
    </message>
    <message>
        <source>composition v%1: %2</source>
        <translation>composition v%1 : %2</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>clôturé le %1 par %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Consumed &lt;b&gt;%1&lt;/b&gt; = packed &lt;b&gt;%2&lt;/b&gt; + lost &lt;b&gt;%3&lt;/b&gt; + unexplained &lt;b&gt;%4&lt;/b&gt; (%5 %)</source>
        <translation>Consommé &lt;b&gt;%1&lt;/b&gt; = emballé &lt;b&gt;%2&lt;/b&gt; + perdu &lt;b&gt;%3&lt;/b&gt; + inexpliqué &lt;b&gt;%4&lt;/b&gt; (%5 %)</translation>
    </message>
    <message>
        <source> — in progress</source>
        <translation> — en cours</translation>
    </message>
    <message>
        <source>over the %1 % threshold: check the weights</source>
        <translation>au-dessus du seuil de %1 % : vérifiez les poids</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>(sans lot)</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>OUTSIDE LIMIT</source>
        <translation>HORS LIMITE</translation>
    </message>
    <message>
        <source> — corrective action needed</source>
        <translation> — mesure corrective requise</translation>
    </message>
    <message>
        <source> — action: %1</source>
        <translation> — mesure : %1</translation>
    </message>
    <message>
        <source> (replaced by a correction)</source>
        <translation> (remplacé par une correction)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Enter the kilograms taken from the lot.</source>
        <translation>Entrez les kilogrammes prélevés dans le lot.</translation>
    </message>
    <message>
        <source>%1 of %2 added.</source>
        <translation>%2 : ajout de %1 enregistré.</translation>
    </message>
    <message>
        <source>Enter the kilograms of the ingredient.</source>
        <translation>Entrez les kilogrammes de l&apos;ingrédient.</translation>
    </message>
    <message>
        <source>Step « %1 » recorded.</source>
        <translation>Étape « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Enter the kilograms lost.</source>
        <translation>Entrez les kilogrammes perdus.</translation>
    </message>
    <message>
        <source>Loss of %1 recorded.</source>
        <translation>Perte de %1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is outside its limit (%2): record the corrective action before closing the batch.</source>
        <translation>%1 est hors limite (%2) : enregistrez la mesure corrective avant de clôturer le lot.</translation>
    </message>
    <message>
        <source>Reading recorded.</source>
        <translation>Relevé enregistré.</translation>
    </message>
    <message>
        <source>Finished lot %1 created: %2 packs of %3 g.</source>
        <translation>Lot fini %1 créé : %2 emballages de %3 g.</translation>
    </message>
    <message>
        <source>Close the batch %1? It can no longer be changed afterwards; mistakes are then fixed by corrections.</source>
        <translation>Clôturer le lot %1? Il ne pourra plus être modifié ensuite; les erreurs seront alors rectifiées par des corrections.</translation>
    </message>
    <message>
        <source>A reading is outside its limit without a corrective action: record the action first.</source>
        <translation>Un relevé est hors limite sans mesure corrective : enregistrez d&apos;abord la mesure.</translation>
    </message>
    <message>
        <source>Warning: %1 of what was consumed is unexplained (over the %2 % threshold). Check the weights, the losses and the packs.</source>
        <translation>Attention : %1 de ce qui a été consommé reste inexpliqué (au-dessus du seuil de %2 %). Vérifiez les poids, les pertes et les emballages.</translation>
    </message>
    <message>
        <source>This batch made no finished lot.</source>
        <translation>Ce lot de transformation n&apos;a produit aucun lot de produit fini.</translation>
    </message>
    <message>
        <source>Close the batch</source>
        <translation>Clôturer le lot</translation>
    </message>
    <message>
        <source>Batch %1 closed.</source>
        <translation>Lot %1 clôturé.</translation>
    </message>
    <message>
        <source>Select the line to correct.</source>
        <translation>Sélectionnez la ligne à corriger.</translation>
    </message>
    <message>
        <source>Correct a reading</source>
        <translation>Corriger un relevé</translation>
    </message>
    <message>
        <source>Right value of « %1 » (%2):</source>
        <translation>Valeur exacte de « %1 » (%2) :</translation>
    </message>
    <message>
        <source>Reason of the correction:</source>
        <translation>Raison de la correction :</translation>
    </message>
    <message>
        <source>A correction needs its reason: nothing was changed.</source>
        <translation>Une correction doit être motivée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Correct a weight</source>
        <translation>Corriger un poids</translation>
    </message>
    <message>
        <source>Right total weight for line #%1, in kg (0 to cancel it):</source>
        <translation>Poids total exact de la ligne nº %1, en kg (0 pour l&apos;annuler) :</translation>
    </message>
    <message>
        <source>Select the reading outside its limit.</source>
        <translation>Sélectionnez le relevé hors limite.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <source>What was done (e.g. blanched again 2 min at 95 °C):</source>
        <translation>Ce qui a été fait (p. ex. blanchi de nouveau 2 min à 95 °C) :</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimer les étiquettes…</translation>
    </message>
    <message>
        <source>The product labels of the selected finished lot: preview, print, PDF, PNG or ZPL.</source>
        <translation>Les étiquettes de produit du lot fini sélectionné : aperçu, impression, PDF, PNG ou ZPL.</translation>
    </message>
    <message>
        <source>Select the finished lot whose labels to print.</source>
        <translation>Sélectionnez le lot fini dont vous voulez imprimer les étiquettes.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ColdActionDialog</name>
    <message>
        <source>Corrective action</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <source>%1 — %2: %3 read on %4 (limit %5), thermometer %6, by %7.</source>
        <translation>%1 — %2 : relevé de %3 le %4 (limite %5), thermomètre %6, par %7.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation>Aucun lot ne se trouvait dans l&apos;unité froide.</translation>
    </message>
    <message>
        <source>Lots in the unit then:</source>
        <translation>Lots présents dans l&apos;unité à ce moment :</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Earlier action:</source>
        <translation>Mesure précédente :</translation>
    </message>
    <message>
        <source>What was done, e.g. door closed, bags moved to freezer 2, −19 °C two hours later</source>
        <translation>Ce qui a été fait, p. ex. porte fermée, sacs déplacés dans le congélateur 2, −19 °C deux heures plus tard</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait :</translation>
    </message>
    <message>
        <source>Product thawed</source>
        <translation>Produit décongelé</translation>
    </message>
    <message>
        <source>Check it when the bags had softened: the lots above are then flagged « thawed » in the stock.</source>
        <translation>Cochez cette case si les sacs avaient ramolli : les lots ci-dessus sont alors marqués « décongelé » dans le stock.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ColdChainPage</name>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Enter a reading…</source>
        <translation>Saisir un relevé…</translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation>Mesure corrective…</translation>
    </message>
    <message>
        <source>Cold units today</source>
        <translation>Unités froides aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>Thermomètre</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore de relevé</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>The thermometer reading of the selected unit.</source>
        <translation>Le relevé de température de l&apos;unité sélectionnée.</translation>
    </message>
    <message>
        <source>Set the thermometer…</source>
        <translation>Définir le thermomètre…</translation>
    </message>
    <message>
        <source>The number of the thermometer that stays in the selected unit; readings take it by default.</source>
        <translation>Le numéro du thermomètre qui reste dans l&apos;unité sélectionnée; les relevés l&apos;utilisent par défaut.</translation>
    </message>
    <message>
        <source>Cold-chain events</source>
        <translation>Événements de la chaîne du froid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Mesure requise</translation>
    </message>
    <message>
        <source>Action taken, thawed</source>
        <translation>Mesure prise, décongelé</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Show closed events too</source>
        <translation>Afficher aussi les événements fermés</translation>
    </message>
    <message>
        <source>Record what was done about the selected event, and whether the product thawed.</source>
        <translation>Consigner ce qui a été fait pour l&apos;événement sélectionné, et si le produit a décongelé.</translation>
    </message>
    <message>
        <source>Lot in the unit</source>
        <translation>Lot dans l&apos;unité</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Relevés</translation>
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
        <source>Out of limit only</source>
        <translation>Hors limite seulement</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Out of limit</source>
        <translation>Hors limite</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>No temperature reading yet today for %n cold unit(s): %1.</source>
        <translation>
            <numerusform>Pas encore de relevé de température aujourd&apos;hui pour %n unité froide : %1.</numerusform>
            <numerusform>Pas encore de relevé de température aujourd&apos;hui pour %n unités froides : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All cold units</source>
        <translation>Toutes les unités froides</translation>
    </message>
    <message>
        <source>%1 at %2 on %3</source>
        <translation>%1 à %2 le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cold-chain event(s) need a corrective action: %1.</source>
        <translation>
            <numerusform>%n événement de la chaîne du froid exige une mesure corrective : %1.</numerusform>
            <numerusform>%n événements de la chaîne du froid exigent une mesure corrective : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cold-chain event.</source>
        <translation>Aucun événement de la chaîne du froid.</translation>
    </message>
    <message>
        <source>No open cold-chain event.</source>
        <translation>Aucun événement ouvert de la chaîne du froid.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 on %4 (limit %5), thermometer %6, read by %7.</source>
        <translation>%1 — %2 : %3 le %4 (limite %5), thermomètre %6, relevé par %7.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Action by %1 on %2: %3</source>
        <translation>Mesure prise par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>product thawed</source>
        <translation>produit décongelé</translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation>Aucun lot ne se trouvait dans l&apos;unité froide.</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>Relevé de %1 enregistré pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is above its limit (%3). A cold-chain event was opened with the %n lot(s) that were in the unit.</source>
        <translation>
            <numerusform>%1 dans %2 dépasse la limite (%3). Un événement de la chaîne du froid a été ouvert pour %n lot présent dans l&apos;unité.</numerusform>
            <numerusform>%1 dans %2 dépasse la limite (%3). Un événement de la chaîne du froid a été ouvert pour les %n lots présents dans l&apos;unité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the corrective action now?</source>
        <translation>Enregistrer la mesure corrective maintenant?</translation>
    </message>
    <message>
        <source>Select the event.</source>
        <translation>Sélectionnez l&apos;événement.</translation>
    </message>
    <message>
        <source>Corrective action recorded for %1; its lots are flagged « thawed ».</source>
        <translation>Mesure corrective enregistrée pour %1; ses lots sont marqués « décongelé ».</translation>
    </message>
    <message>
        <source>Corrective action recorded for %1.</source>
        <translation>Mesure corrective enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Select the cold unit whose thermometer you set.</source>
        <translation>Sélectionnez l&apos;unité froide dont vous voulez définir le thermomètre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Number of the thermometer in %1 — %2 (now: %3):</source>
        <translation>Numéro du thermomètre de %1 — %2 (actuel : %3) :</translation>
    </message>
    <message>
        <source>The thermometer of %1 is now %2.</source>
        <translation>Le thermomètre de %1 est maintenant %2.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::CountDialog</name>
    <message>
        <source>Count a location</source>
        <translation>Décompte d&apos;un emplacement</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>money found in the cash box, e.g. 42,50</source>
        <translation>argent trouvé dans la caisse, p. ex. 42,50</translation>
    </message>
    <message>
        <source>&amp;Money collected:</source>
        <translation>Montant &amp;perçu :</translation>
    </message>
    <message>
        <source>required when the count differs from the stock</source>
        <translation>obligatoire si le décompte diffère du stock</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Sales point of %1, price tier « %2 »: the packs gone are recorded as sold.</source>
        <translation>Point de vente de %1, palier de prix « %2 » : les emballages manquants sont enregistrés comme vendus.</translation>
    </message>
    <message>
        <source>A difference with the stock is recorded as an inventory adjustment.</source>
        <translation>Un écart avec le stock est enregistré comme ajustement d&apos;inventaire.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>Nothing is in stock here.</source>
        <translation>Rien n&apos;est en stock ici.</translation>
    </message>
    <message>
        <source>The count matches the stock.</source>
        <translation>Le décompte correspond au stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) differ from the stock.</source>
        <translation>
            <numerusform>%n lot présente un écart avec le stock.</numerusform>
            <numerusform>%n lots présentent un écart avec le stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n pack(s), expected %1.</source>
        <translation>
            <numerusform>Vendu : %n emballage, montant attendu : %1.</numerusform>
            <numerusform>Vendus : %n emballages, montant attendu : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected: %1, difference %2.</source>
        <translation>Perçu : %1, écart : %2.</translation>
    </message>
    <message>
        <source>A product has no price in this tier: set it in Settings first.</source>
        <translation>Un produit n&apos;a pas de prix dans ce palier : fixez-le d&apos;abord dans les Paramètres.</translation>
    </message>
    <message>
        <source>« %1 » is not an amount of money.</source>
        <translation>« %1 » n&apos;est pas un montant d&apos;argent.</translation>
    </message>
    <message>
        <source>Count of %1 saved.</source>
        <translation>Décompte de %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Packs sold: %n</source>
        <translation>
            <numerusform>Emballages vendus : %n</numerusform>
            <numerusform>Emballages vendus : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Money expected: %1</source>
        <translation>Montant attendu : %1</translation>
    </message>
    <message>
        <source>Money collected: %1</source>
        <translation>Montant perçu : %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Écart : %1</translation>
    </message>
    <message>
        <source>Adjusted (packs): %1</source>
        <translation>Ajustements (emballages) : %1</translation>
    </message>
    <message>
        <source>The count matched the stock.</source>
        <translation>Le décompte correspondait au stock.</translation>
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
    <name>glaneur::ui::LocationDialog</name>
    <message>
        <source>New location</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <source>e.g. HS-CONG3</source>
        <translation>p. ex. HS-CONG3</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>e.g. Chest freezer by the door</source>
        <translation>p. ex. Congélateur coffre près de la porte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>K&amp;itchen:</source>
        <translation>C&amp;uisine :</translation>
    </message>
    <message>
        <source>Type or pick the partner</source>
        <translation>Tapez ou choisissez le partenaire</translation>
    </message>
    <message>
        <source>Host &amp;partner:</source>
        <translation>&amp;Partenaire hôte :</translation>
    </message>
    <message>
        <source>e.g. T-103</source>
        <translation>p. ex. T-103</translation>
    </message>
    <message>
        <source>&amp;Thermometer:</source>
        <translation>T&amp;hermomètre :</translation>
    </message>
    <message>
        <source>(no kitchen yet)</source>
        <translation>(aucune cuisine pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Optional. With a thermometer, the quarantine gets a daily reading like a freezer (at most %1).</source>
        <translation>Facultatif. Avec un thermomètre, la quarantaine reçoit un relevé quotidien comme un congélateur (au plus %1).</translation>
    </message>
    <message>
        <source>The number written on the unit&apos;s thermometer: each day&apos;s reading must be at most %1.</source>
        <translation>Le numéro inscrit sur le thermomètre de l&apos;unité : le relevé de chaque jour doit être d&apos;au plus %1.</translation>
    </message>
    <message>
        <source>Letters, digits and dashes. The code cannot be changed once the location is created.</source>
        <translation>Lettres, chiffres et traits d&apos;union. Le code ne peut plus être modifié une fois l&apos;emplacement créé.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LocationPanel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kitchen or host partner</source>
        <translation>Cuisine ou partenaire hôte</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>Thermomètre</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Edit &amp;thermometer…</source>
        <translation>Modifier le &amp;thermomètre…</translation>
    </message>
    <message>
        <source>A location&apos;s code, kind and place are fixed once it is created. A location that still holds packs cannot be deactivated: move its stock first (Stock page).</source>
        <translation>Le code, le type et le lieu d&apos;un emplacement sont fixés à sa création. Un emplacement qui contient encore des emballages ne peut pas être désactivé : déplacez d&apos;abord son stock (page Stock).</translation>
    </message>
    <message>
        <source>%1 is a place of the kind « %2 »: it gets no temperature readings, so it has no thermometer.</source>
        <translation>%1 est un emplacement de type « %2 » : il ne reçoit pas de relevés de température, donc pas de thermomètre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Number of the thermometer in %1 — %2 (now: %3):</source>
        <translation>Numéro du thermomètre de %1 — %2 (actuellement : %3) :</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate the location %1 — %2? It will no longer be offered for stock; its history is kept.</source>
        <translation>Désactiver l&apos;emplacement %1 — %2? Il ne sera plus proposé pour le stock; son historique est conservé.</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Non désactivé</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Non réactivé</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LossDialog</name>
    <message>
        <source>Loss or destruction</source>
        <translation>Perte ou destruction</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>required, e.g. bags torn, freezer breakdown, recall</source>
        <translation>obligatoire, p. ex. sacs déchirés, panne de congélateur, rappel</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>No pack of %1 is in stock here: check the lot code.</source>
        <translation>Aucun emballage du lot %1 n&apos;est en stock ici : vérifiez le code de lot.</translation>
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
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
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
    <message>
        <source>Participants&apos; tasks</source>
        <translation>Tâches des participant·es</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::MoveDialog</name>
    <message>
        <source>Move packs</source>
        <translation>Déplacer des emballages</translation>
    </message>
    <message>
        <source>choose where the packs go</source>
        <translation>choisissez où vont les emballages</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>This lot is held: it can only go to quarantine (or be destroyed).</source>
        <translation>Ce lot est retenu : il ne peut aller qu&apos;en quarantaine (ou être détruit).</translation>
    </message>
    <message>
        <source>optional, e.g. freezer 1 defrost</source>
        <translation>facultatif, p. ex. dégivrage du congélateur 1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>No pack of %1 is in stock here: check the lot code.</source>
        <translation>Aucun emballage du lot %1 n&apos;est en stock ici : vérifiez le code de lot.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::NumericKeypad</name>
    <message>
        <source>Decimal mark</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ParticipantDialog</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant·e %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ajouter un·e participant·e</translation>
    </message>
    <message>
        <source>Keep only a code and a first name or nickname here: no surname, birth date or contact details (Law 25).</source>
        <translation>Inscrivez seulement un code et un prénom ou un surnom : pas de nom de famille, de date de naissance ni de coordonnées (Loi 25).</translation>
    </message>
    <message>
        <source>e.g. P07</source>
        <translation>p. ex. P07</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Shown on the task screen, e.g. Amélie</source>
        <translation>Affiché à l&apos;écran des tâches, p. ex. Amélie</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Start of the program:</source>
        <translation>&amp;Début du programme :</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
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
    <message>
        <source>(none: full price)</source>
        <translation>(aucun : plein tarif)</translation>
    </message>
    <message>
        <source>The social price tier of this partner&apos;s purchases; see Settings &gt; Price tiers.</source>
        <translation>Le palier de prix social appliqué aux achats de ce partenaire; voir Paramètres &gt; Paliers de prix.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PriceTierDialog</name>
    <message>
        <source>Price tier: %1</source>
        <translation>Palier de prix : %1</translation>
    </message>
    <message>
        <source>New price tier</source>
        <translation>Nouveau palier de prix</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>p. ex. school</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;. Partners and shipments refer to it; it cannot change later.</source>
        <translation>Lettres minuscules, chiffres et « - ». Les partenaires et les expéditions y font référence; il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>e.g. Écoles</source>
        <translation>p. ex. Écoles</translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation>Nom fra&amp;nçais :</translation>
    </message>
    <message>
        <source>e.g. Schools</source>
        <translation>p. ex. Schools</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Nom &amp;anglais :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PriceTierPanel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate the tier « %1 »? It will no longer be offered for new shipments; past shipments and prices are kept.</source>
        <translation>Désactiver le palier « %1 »? Il ne sera plus proposé pour les nouvelles expéditions; les expéditions et les prix passés sont conservés.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Price per pack of a product</source>
        <translation>Prix par emballage d&apos;un produit</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Price per pack ($)</source>
        <translation>Prix par emballage ($)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Fixé par</translation>
    </message>
    <message>
        <source>Double-click a price to change it (for example 4,25). The new price applies to shipments from now on; past shipments keep theirs.</source>
        <translation>Double-cliquez sur un prix pour le modifier (par exemple 4,25). Le nouveau prix s&apos;applique aux expéditions à compter de maintenant; les expéditions passées conservent le leur.</translation>
    </message>
    <message>
        <source>No price yet: a sale of this product in this tier is refused.</source>
        <translation>Aucun prix pour l&apos;instant : toute vente de ce produit dans ce palier est refusée.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>A price cannot be removed: enter the new price instead (0 for free).</source>
        <translation>Un prix ne peut pas être supprimé : entrez plutôt le nouveau prix (0 pour gratuit).</translation>
    </message>
    <message>
        <source>« %1 » is not an amount in dollars, e.g. 4,25.</source>
        <translation>« %1 » n&apos;est pas un montant en dollars, p. ex. 4,25.</translation>
    </message>
    <message>
        <source>New price of %1 in the tier « %2 »: %3.</source>
        <translation>Nouveau prix de %1 dans le palier « %2 » : %3.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProcessingPage</name>
    <message>
        <source>Batches</source>
        <translation>Lots de transformation</translation>
    </message>
    <message>
        <source>New batch of:</source>
        <translation>Nouveau lot de :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Participants&apos; task screen</source>
        <translation>Écran des tâches des participant·es</translation>
    </message>
    <message>
        <source>Opens the full-screen, touch-friendly screen where participants record their tasks.</source>
        <translation>Ouvre l&apos;écran tactile plein écran où les participant·es enregistrent leurs tâches.</translation>
    </message>
    <message>
        <source>Search a batch or a product</source>
        <translation>Rechercher un lot ou un produit</translation>
    </message>
    <message>
        <source>Open batches</source>
        <translation>Lots ouverts</translation>
    </message>
    <message>
        <source>Closed batches</source>
        <translation>Lots clôturés</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation>Lots finis</translation>
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
        <source>One ingredient per line, CODE:PERCENT, adding up to 100, e.g.
CAROTTE:55
EAU:30
OIGNON:12
HUILE-CANOLA:2
SEL:1</source>
        <translation>Un ingrédient par ligne, CODE:POURCENTAGE, pour un total de 100, p. ex.
CAROTTE:55
EAU:30
OIGNON:12
HUILE-CANOLA:2
SEL:1</translation>
    </message>
    <message>
        <source>The composition of a finished product, by weight. Each change makes a new version; batches keep the version they used.</source>
        <translation>La composition d&apos;un produit fini, en poids. Chaque modification crée une nouvelle version; les lots de transformation conservent la version qu&apos;ils ont utilisée.</translation>
    </message>
    <message>
        <source>Com&amp;position:</source>
        <translation>Com&amp;position :</translation>
    </message>
    <message>
        <source>The product is saved, but not its composition: %1</source>
        <translation>Le produit est enregistré, mais pas sa composition : %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>The product is saved, but not its label: %1</source>
        <translation>Le produit est enregistré, mais pas son étiquette : %1</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductLabelDialog</name>
    <message>
        <source>Labels of lot %1</source>
        <translation>Étiquettes du lot %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n pack(s) of %3 g, best before %4</source>
        <translation>
            <numerusform>%1 / %2 — %n emballage de %3 g, meilleur avant le %4</numerusform>
            <numerusform>%1 / %2 — %n emballages de %3 g, meilleur avant le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Label stock:</source>
        <translation>Modèle d&apos;étiquette :</translation>
    </message>
    <message>
        <source>One label per pack of the lot by default.</source>
        <translation>Par défaut, une étiquette par emballage du lot.</translation>
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
        <source>Every page as it will print; printing from the preview is recorded.</source>
        <translation>Chaque page telle qu&apos;elle sera imprimée; une impression lancée à partir de l&apos;aperçu est enregistrée.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Choose the printer and print the labels.</source>
        <translation>Choisir l&apos;imprimante et imprimer les étiquettes.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>One PDF file with every label, to print later or elsewhere.</source>
        <translation>Un seul fichier PDF avec toutes les étiquettes, à imprimer plus tard ou ailleurs.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>One image per page, at 300 dpi.</source>
        <translation>Une image par page, à 300 ppp.</translation>
    </message>
    <message>
        <source>Save as ZPL…</source>
        <translation>Enregistrer en ZPL…</translation>
    </message>
    <message>
        <source>A file for a Zebra thermal printer (203 dpi), on a roll of at least 4 × 5 in.</source>
        <translation>Un fichier pour imprimante thermique Zebra (203 ppp), sur un rouleau d&apos;étiquettes d&apos;au moins 4 × 5 po.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Modèle d&apos;étiquette</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Label frozen at its first print, %1 by %2: reprints are identical, whatever changed since in the catalogue.</source>
        <translation>Étiquette figée à sa première impression, le %1 par %2 : les réimpressions sont identiques, peu importe ce qui a changé depuis dans le catalogue.</translation>
    </message>
    <message>
        <source>The label&apos;s content will be frozen at its first print.</source>
        <translation>Le contenu de l&apos;étiquette sera figé à sa première impression.</translation>
    </message>
    <message>
        <source>No label stock is large enough for a product label.</source>
        <translation>Aucun modèle d&apos;étiquette n&apos;est assez grand pour une étiquette de produit.</translation>
    </message>
    <message>
        <source>No preview: the label cannot be printed yet (see why on the right).</source>
        <translation>Aucun aperçu : l&apos;étiquette ne peut pas encore être imprimée (voir la raison à droite).</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Prints of this lot: none yet</source>
        <translation>Impressions de ce lot : aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Prints of this lot</source>
        <translation>Impressions de ce lot</translation>
    </message>
    <message>
        <source>Label preview: %1</source>
        <translation>Aperçu des étiquettes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n étiquette envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n étiquettes envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the labels of %1</source>
        <translation>Imprimer les étiquettes du lot %1</translation>
    </message>
    <message>
        <source>The printer refused the labels.</source>
        <translation>L&apos;imprimante a refusé les étiquettes.</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved in %1.</source>
        <translation>
            <numerusform>%n étiquette enregistrée dans %1.</numerusform>
            <numerusform>%n étiquettes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as PNG</source>
        <translation>Enregistrer les étiquettes en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) saved, the first in %1.</source>
        <translation>
            <numerusform>%n image enregistrée dans %1.</numerusform>
            <numerusform>%n images enregistrées, la première dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as ZPL</source>
        <translation>Enregistrer les étiquettes en ZPL</translation>
    </message>
    <message>
        <source>ZPL for Zebra printers (*.zpl)</source>
        <translation>ZPL pour imprimantes Zebra (*.zpl)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductLabellingEditor</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>Lipides</translation>
    </message>
    <message>
        <source>Saturated fat</source>
        <translation>Lipides saturés</translation>
    </message>
    <message>
        <source>Trans fat</source>
        <translation>Lipides trans</translation>
    </message>
    <message>
        <source>Carbohydrate</source>
        <translation>Glucides</translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation>Fibres</translation>
    </message>
    <message>
        <source>Sugars</source>
        <translation>Sucres</translation>
    </message>
    <message>
        <source>Protein</source>
        <translation>Protéines</translation>
    </message>
    <message>
        <source>Cholesterol</source>
        <translation>Cholestérol</translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation>Sodium</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Fer</translation>
    </message>
    <message>
        <source>Canadian Nutrient File food</source>
        <translation>Aliment du Fichier canadien sur les éléments nutritifs (FCÉN)</translation>
    </message>
    <message>
        <source>Search: carotte congelée, frozen carrot, 2383…</source>
        <translation>Rechercher : carotte congelée, frozen carrot, 2383…</translation>
    </message>
    <message>
        <source>N&amp;o food</source>
        <translation>&amp;Aucun aliment</translation>
    </message>
    <message>
        <source>Remove the food: the label then needs an exemption from the Nutrition Facts table.</source>
        <translation>Retirer l&apos;aliment : l&apos;étiquette nécessitera alors une exemption du tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Élément nutritif</translation>
    </message>
    <message>
        <source>Per 100 g</source>
        <translation>Par 100 g</translation>
    </message>
    <message>
        <source>Confirm 0</source>
        <translation>Confirmer 0</translation>
    </message>
    <message>
        <source>Confirm 0 for an unknown value, only where you know the food has none (no trans fat in a vegetable).</source>
        <translation>Confirmer 0 pour une valeur inconnue, seulement si vous savez que l&apos;aliment n&apos;en contient pas (pas de lipides trans dans un légume).</translation>
    </message>
    <message>
        <source>An unknown value (« unknown ») stops the Nutrition Facts table. Tick « 0 » only where you know the food has none, such as trans fat in a plant food.</source>
        <translation>Une valeur inconnue (« inconnu ») bloque le tableau de la valeur nutritive. Cochez « 0 » seulement si vous savez que l&apos;aliment n&apos;en contient pas, comme les lipides trans dans un aliment végétal.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Portion</translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation>p. ex. 85</translation>
    </message>
    <message>
        <source>Ser&amp;ving:</source>
        <translation>&amp;Portion :</translation>
    </message>
    <message>
        <source>Household measure, &amp;French:</source>
        <translation>Mesure domestique, &amp;français :</translation>
    </message>
    <message>
        <source>Household measure, &amp;English:</source>
        <translation>Mesure domestique, an&amp;glais :</translation>
    </message>
    <message>
        <source>Reference &amp;amount:</source>
        <translation>&amp;Quantité de référence :</translation>
    </message>
    <message>
        <source>85 g for vegetables, 140 g for fruit, 250 mL for soups.</source>
        <translation>85 g pour les légumes, 140 g pour les fruits, 250 mL pour les soupes.</translation>
    </message>
    <message>
        <source>Cooked &amp;yield:</source>
        <translation>&amp;Rendement à la cuisson :</translation>
    </message>
    <message>
        <source>Weight after cooking ÷ weight of the ingredients: 90 % for a soup that loses a tenth of its water; 100 % when cooking changes nothing.</source>
        <translation>Poids après cuisson ÷ poids des ingrédients : 90 % pour une soupe qui perd le dixième de son eau; 100 % si la cuisson ne change rien.</translation>
    </message>
    <message>
        <source>Nutrition Facts table</source>
        <translation>Tableau de la valeur nutritive</translation>
    </message>
    <message>
        <source>None (table printed)</source>
        <translation>Aucune (tableau imprimé)</translation>
    </message>
    <message>
        <source>E&amp;xemption:</source>
        <translation>E&amp;xemption :</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Allergens, gluten and sulphites (« Contains »)</source>
        <translation>Allergènes, sources de gluten et sulfites (« Contient »)</translation>
    </message>
    <message>
        <source>Named by their species, in French and in English:</source>
        <translation>Désignés par leur nom précis (espèce), en français et en anglais :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>&amp;Low-acid food (pH above 4.6, water activity above 0.85)</source>
        <translation>Aliment pe&amp;u acide (pH supérieur à 4,6, activité de l&apos;eau supérieure à 0,85)</translation>
    </message>
    <message>
        <source>A frozen low-acid food in a vacuum pack must say « Keep frozen ».</source>
        <translation>Un aliment peu acide congelé dans un emballage sous vide doit porter la mention « Garder congelé ».</translation>
    </message>
    <message>
        <source>« &amp;Cook before eating » (blanched, not ready to eat)</source>
        <translation>« &amp;Cuire avant de consommer » (blanchi, non prêt à manger)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>GT&amp;IN:</source>
        <translation>GT&amp;IN :</translation>
    </message>
    <message>
        <source>Allocated by GS1 Canada; never invented. Without one, the QR code is the plain address of the lot.</source>
        <translation>Attribué par GS1 Canada; ne jamais en inventer un. Sans GTIN, le code QR est l&apos;adresse simple du lot.</translation>
    </message>
    <message>
        <source>The serving « %1 » is not a weight in grams (for example 85 or 42,5).</source>
        <translation>La portion « %1 » n&apos;est pas un poids en grammes (par exemple 85 ou 42,5).</translation>
    </message>
    <message>
        <source>The cooked yield « %1 » is not a percentage (for example 90).</source>
        <translation>Le rendement à la cuisson « %1 » n&apos;est pas un pourcentage (par exemple 90).</translation>
    </message>
    <message>
        <source>No food chosen: the label needs an exemption from the Nutrition Facts table.</source>
        <translation>Aucun aliment choisi : l&apos;étiquette nécessite une exemption du tableau de la valeur nutritive.</translation>
    </message>
    <message>
        <source>Food %1 is not in the Canadian Nutrient File shipped with Glaneur.</source>
        <translation>L&apos;aliment %1 ne figure pas dans le Fichier canadien sur les éléments nutritifs fourni avec Glaneur.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Required: why this product needs no table</source>
        <translation>Obligatoire : pourquoi ce produit n&apos;a pas besoin de tableau</translation>
    </message>
    <message>
        <source>Only for an exemption</source>
        <translation>Seulement en cas d&apos;exemption</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallContactDialog</name>
    <message>
        <source>Contact with a recipient</source>
        <translation>Contact avec un destinataire</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Someone was reached (uncheck for no answer, message left)</source>
        <translation>Une personne a été jointe (décochez en cas de non-réponse ou de message laissé)</translation>
    </message>
    <message>
        <source>the person reached</source>
        <translation>nom de la personne jointe</translation>
    </message>
    <message>
        <source>&amp;Spoke with:</source>
        <translation>&amp;Personne jointe :</translation>
    </message>
    <message>
        <source> pack(s)</source>
        <translation> emballage(s)</translation>
    </message>
    <message>
        <source>Returned so &amp;far:</source>
        <translation>&amp;Retournés à ce jour :</translation>
    </message>
    <message>
        <source>&amp;Destroyed so far:</source>
        <translation>Dé&amp;truits à ce jour :</translation>
    </message>
    <message>
        <source>Still &amp;on sale:</source>
        <translation>&amp;Encore en vente :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message numerus="yes">
        <source>Received %n pack(s) of the affected lots.</source>
        <translation>
            <numerusform>A reçu %n emballage des lots touchés.</numerusform>
            <numerusform>A reçu %n emballages des lots touchés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallDialog</name>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Partner freezer</source>
        <translation>Congélateur partenaire</translation>
    </message>
    <message>
        <source>Sold to the public</source>
        <translation>Vendu au public</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Affected finished lots</source>
        <translation>Lots de produit fini touchés</translation>
    </message>
    <message>
        <source>Still on hand</source>
        <translation>Encore en stock</translation>
    </message>
    <message>
        <source>Recipients to reach</source>
        <translation>Destinataires à joindre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Mass balance</source>
        <translation>Bilan massique</translation>
    </message>
    <message>
        <source>Put everything on &amp;hold…</source>
        <translation>&amp;Tout mettre en retenue…</translation>
    </message>
    <message>
        <source>The recalled lot and every affected lot, in one step: no shipping, moving or labelling until each is released or destroyed.</source>
        <translation>Le lot rappelé et tous les lots touchés, en une seule étape : aucune expédition, aucun déplacement ni aucun étiquetage tant que chacun n&apos;est pas libéré ou détruit.</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>The whole report in one file for the recall record, opened by any spreadsheet.</source>
        <translation>Le rapport complet en un seul fichier pour le registre du rappel, lisible par n&apos;importe quel tableur.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Recall of %1</source>
        <translation>Rappel de %1</translation>
    </message>
    <message>
        <source>Recall of the lot %1</source>
        <translation>Rappel du lot %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n finished lot(s)&lt;/b&gt; affected</source>
        <translation>
            <numerusform>&lt;b&gt;%n lot de produit fini&lt;/b&gt; touché</numerusform>
            <numerusform>&lt;b&gt;%n lots de produit fini&lt;/b&gt; touchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n pack(s)&lt;/b&gt; still on hand</source>
        <translation>
            <numerusform>&lt;b&gt;%n emballage&lt;/b&gt; encore en stock</numerusform>
            <numerusform>&lt;b&gt;%n emballages&lt;/b&gt; encore en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n delivery(ies)&lt;/b&gt; to follow up</source>
        <translation>
            <numerusform>&lt;b&gt;%n livraison&lt;/b&gt; nécessitant un suivi</numerusform>
            <numerusform>&lt;b&gt;%n livraisons&lt;/b&gt; nécessitant un suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>everything is on hold</source>
        <translation>tout est en retenue</translation>
    </message>
    <message>
        <source>%1 of %2 affected lots on hold</source>
        <translation>%1 des %2 lots touchés en retenue</translation>
    </message>
    <message>
        <source>Computed %1.</source>
        <translation>Calculé le %1.</translation>
    </message>
    <message>
        <source>Save the recall as CSV</source>
        <translation>Enregistrer le rappel en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Recall saved in %1.</source>
        <translation>Rappel enregistré dans %1.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En retenue</translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation>Lot rappelé</translation>
    </message>
    <message>
        <source>Finished lot</source>
        <translation>Lot fini</translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation>Lots finis</translation>
    </message>
    <message>
        <source>Received, or packed</source>
        <translation>Reçu, ou emballé</translation>
    </message>
    <message>
        <source>Used by batches</source>
        <translation>Utilisé par les lots de transformation</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Shipped or sold</source>
        <translation>Expédié ou vendu</translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation>Perdu ou détruit</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Inexpliqué</translation>
    </message>
    <message>
        <source>Every gram is accounted for: the balance closes.</source>
        <translation>Chaque gramme est justifié : le bilan est équilibré.</translation>
    </message>
    <message>
        <source>Part of the quantity is unexplained: counts found a difference, or a movement was not recorded. Check the stock ledger of the affected lots.</source>
        <translation>Une partie de la quantité est inexpliquée : un décompte a révélé un écart, ou un mouvement n&apos;a pas été enregistré. Vérifiez le registre des mouvements des lots touchés.</translation>
    </message>
    <message>
        <source>For the reception lot, « in stock » is what batches have not consumed yet; for the finished lots, « received » is what was packed.</source>
        <translation>Pour le lot de réception, « en stock » correspond à ce que les lots de transformation n&apos;ont pas encore consommé; pour les lots finis, « reçu » correspond à ce qui a été emballé.</translation>
    </message>
    <message>
        <source>Put everything on hold</source>
        <translation>Tout mettre en retenue</translation>
    </message>
    <message numerus="yes">
        <source>Why are %1 and its %n affected lot(s) held? (kept in each lot&apos;s history)</source>
        <translation>
            <numerusform>Pourquoi mettre en retenue %1 et %n lot touché? (motif conservé dans l&apos;historique de chaque lot)</numerusform>
            <numerusform>Pourquoi mettre en retenue %1 et ses %n lots touchés? (motif conservé dans l&apos;historique de chaque lot)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lot was already on hold.</source>
        <translation>Tous les lots étaient déjà en retenue.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) put on hold: %1.</source>
        <translation>
            <numerusform>%n lot mis en retenue : %1.</numerusform>
            <numerusform>%n lots mis en retenue : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record as a &amp;mock recall…</source>
        <translation>Consigner comme si&amp;mulation de rappel…</translation>
    </message>
    <message>
        <source>Keeps this exercise, timed from the moment the report appeared, with what it showed: required at least every 12 months (SFCR 84(2)).</source>
        <translation>Conserve cet exercice, chronométré depuis l&apos;apparition du rapport, avec ce qu&apos;il a montré : exigé au moins tous les 12 mois (RSAC 84(2)).</translation>
    </message>
    <message>
        <source>Show the &amp;recall</source>
        <translation>Afficher le &amp;rappel</translation>
    </message>
    <message>
        <source>&amp;Supplier or farm:</source>
        <translation>&amp;Fournisseur ou ferme :</translation>
    </message>
    <message>
        <source>deliveries &amp;from</source>
        <translation>livraisons &amp;du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Recall of a supplier&apos;s deliveries</source>
        <translation>Rappel des livraisons d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Choose the supplier or farm and the days of its deliveries.</source>
        <translation>Choisissez le fournisseur ou la ferme et les jours de ses livraisons.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>Recall of the deliveries of %1</source>
        <translation>Rappel des livraisons de %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n reception lot(s)&lt;/b&gt; delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%n lot de réception&lt;/b&gt; livré</numerusform>
            <numerusform>&lt;b&gt;%n lots de réception&lt;/b&gt; livrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Record as a mock recall</source>
        <translation>Consigner comme simulation de rappel</translation>
    </message>
    <message>
        <source>What did the exercise show? Gaps found, corrective actions, who does what by when:</source>
        <translation>Qu&apos;a montré l&apos;exercice? Lacunes constatées, mesures correctives, qui fait quoi et pour quand :</translation>
    </message>
    <message numerus="yes">
        <source>Mock recall recorded: %n minute(s) from the first report to now.</source>
        <translation>
            <numerusform>Simulation de rappel consignée : %n minute depuis le premier rapport.</numerusform>
            <numerusform>Simulation de rappel consignée : %n minutes depuis le premier rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplier&apos;s lots</source>
        <translation>Lots du fournisseur</translation>
    </message>
    <message>
        <source>Why is %1 held? (kept in the lot&apos;s history)</source>
        <translation>Pourquoi mettre %1 en retenue? (motif conservé dans l&apos;historique du lot)</translation>
    </message>
    <message>
        <source>Record the recall to keep it, with its contact checklist: who was reached when, and the packs each recipient returned or destroyed.</source>
        <translation>Consignez le rappel pour le conserver, avec sa liste de suivi des contacts : qui a été joint et quand, et les emballages que chaque destinataire a retournés ou détruits.</translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruits</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation>Consigner un co&amp;ntact…</translation>
    </message>
    <message>
        <source>Recall record (&amp;PDF)…</source>
        <translation>Dossier de rappel (&amp;PDF)…</translation>
    </message>
    <message>
        <source>The whole record to print, sign and keep 2 years: lots, stock, checklist, mass balance, findings and a draft public notice.</source>
        <translation>Le dossier complet à imprimer, à signer et à conserver 2 ans : lots, stock, liste de suivi des contacts, bilan massique, constats et projet d&apos;avis public.</translation>
    </message>
    <message>
        <source>Contact checklist</source>
        <translation>Liste de suivi des contacts</translation>
    </message>
    <message>
        <source>&amp;Keep as a recall…</source>
        <translation>Consi&amp;gner comme rappel…</translation>
    </message>
    <message>
        <source>A real recall: keeps this report as its record, kept 2 years, and opens its contact checklist.</source>
        <translation>Un rappel réel : conserve ce rapport comme dossier de rappel pendant 2 ans et ouvre sa liste de suivi des contacts.</translation>
    </message>
    <message>
        <source>Recall record</source>
        <translation>Dossier de rappel</translation>
    </message>
    <message>
        <source>Mock recall record #%1</source>
        <translation>Dossier de simulation de rappel #%1</translation>
    </message>
    <message>
        <source>Recall record #%1</source>
        <translation>Dossier de rappel #%1</translation>
    </message>
    <message>
        <source>As recorded %1 by %2; holds and stock as they were then.</source>
        <translation>Tel que consigné le %1 par %2; retenues et stock tels qu&apos;ils étaient à ce moment.</translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation>Aucun emballage des lots touchés n&apos;a quitté les cuisines : personne à joindre.</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>pas encore contacté</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Tried %1: nobody reached yet.</source>
        <translation>Tentative le %1 : personne n&apos;a encore été joint.</translation>
    </message>
    <message>
        <source>Keep as a recall</source>
        <translation>Consigner comme rappel</translation>
    </message>
    <message>
        <source>What triggered this recall? (a supplier&apos;s call, a complaint, a test result; kept in the record)</source>
        <translation>Qu&apos;est-ce qui a déclenché ce rappel? (appel d&apos;un fournisseur, plainte, résultat d&apos;analyse; conservé dans le dossier)</translation>
    </message>
    <message>
        <source>Recall recorded as #%1. Record each contact with a recipient as you make it; the PDF record gathers them.</source>
        <translation>Rappel #%1 consigné. Consignez chaque contact avec un destinataire au fur et à mesure; le dossier PDF les rassemble.</translation>
    </message>
    <message>
        <source>Save the recall record</source>
        <translation>Enregistrer le dossier de rappel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recall record saved in %1.</source>
        <translation>Dossier de rappel enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallRecordsDialog</name>
    <message>
        <source>Recall records</source>
        <translation>Dossiers de rappel</translation>
    </message>
    <message>
        <source>Every recall and mock recall kept, latest first. Kept at least 2 years (SFCR 84(2)).</source>
        <translation>Tous les rappels et simulations de rappel conservés, du plus récent au plus ancien. Conservés au moins 2 ans (RSAC 84(2)).</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Rappelé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Mock recall</source>
        <translation>Simulation de rappel</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
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
    <message numerus="yes">
        <source>The %n most recent lot(s) are shown; scroll down for more.</source>
        <translation>
            <numerusform>Le lot le plus récent est affiché ; faites défiler pour en voir plus.</numerusform>
            <numerusform>Les %n lots les plus récents sont affichés ; faites défiler pour en voir plus.</numerusform>
        </translation>
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
    <name>glaneur::ui::ReportsPage</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Rapport d&apos;impact</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Kitchen:</source>
        <translation>Cu&amp;isine :</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>A workbook with one sheet per table, for LibreOffice Calc or Excel.</source>
        <translation>Un classeur avec une feuille par tableau, pour LibreOffice Calc ou Excel.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tableau :</translation>
    </message>
    <message>
        <source>Every kitchen</source>
        <translation>Toutes les cuisines</translation>
    </message>
    <message numerus="yes">
        <source>recovered from %n reception lot(s)</source>
        <translation>
            <numerusform>récupérés en %n lot de réception</numerusform>
            <numerusform>récupérés en %n lots de réception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>processed in %n batch(es)</source>
        <translation>
            <numerusform>transformés dans %n lot de transformation</numerusform>
            <numerusform>transformés dans %n lots de transformation</numerusform>
        </translation>
    </message>
    <message>
        <source>bags produced (%1)</source>
        <translation>sacs produits (%1)</translation>
    </message>
    <message numerus="yes">
        <source>to partners in %n bag(s)</source>
        <translation>
            <numerusform>distribués aux partenaires en %n sac</numerusform>
            <numerusform>distribués aux partenaires en %n sacs</numerusform>
        </translation>
    </message>
    <message>
        <source>organisations supplied</source>
        <translation>organismes approvisionnés</translation>
    </message>
    <message>
        <source>participant hours</source>
        <translation>heures des participant·es</translation>
    </message>
    <message>
        <source>composted</source>
        <translation>compostés</translation>
    </message>
    <message>
        <source>Recovered, the %1 biggest sources (kg)</source>
        <translation>Récupéré : les %1 principales provenances (kg)</translation>
    </message>
    <message>
        <source>Recovered per source (kg)</source>
        <translation>Récupéré par provenance (kg)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Bags produced per product</source>
        <translation>Sacs produits par produit</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>sacs</translation>
    </message>
    <message>
        <source>Distributed per channel (kg)</source>
        <translation>Distribué par canal (kg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>Indicators saved in %1.</source>
        <translation>Indicateurs enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReturnDialog</name>
    <message>
        <source>Return from a partner</source>
        <translation>Retour d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Scan the bag&apos;s label or type the lot code</source>
        <translation>Scannez l&apos;étiquette du sac ou tapez le code de lot</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation>&amp;Rapporté par :</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Emballages :</translation>
    </message>
    <message>
        <source>&amp;Put in:</source>
        <translation>&amp;Placer dans :</translation>
    </message>
    <message>
        <source>required, e.g. unsold at the end of the school year</source>
        <translation>obligatoire, p. ex. invendus à la fin de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>%1, best before %2</source>
        <translation>%1, meilleur avant le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pack(s) received)</source>
        <translation>
            <numerusform>%1 (%n emballage reçu)</numerusform>
            <numerusform>%1 (%n emballages reçus)</numerusform>
        </translation>
    </message>
    <message>
        <source>no partner holds packs of this lot shipped by us.</source>
        <translation>aucun partenaire ne détient d&apos;emballages de ce lot expédiés par nous.</translation>
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
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>A batch is flagged when the weight nobody can explain (neither packed nor recorded as a loss) passes this share of what it consumed.</source>
        <translation>Un lot de transformation est signalé quand le poids que personne ne peut expliquer (ni emballé ni enregistré comme perte) dépasse cette part de ce qu&apos;il a consommé.</translation>
    </message>
    <message>
        <source>&amp;Unexplained loss threshold:</source>
        <translation>Seuil de perte &amp;inexpliquée :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>Paliers de prix</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Plain address (https://domain/l/lot)</source>
        <translation>Adresse simple (https://domaine/l/lot)</translation>
    </message>
    <message>
        <source>GS1 Digital Link for the products that have a GTIN</source>
        <translation>GS1 Digital Link pour les produits qui ont un GTIN</translation>
    </message>
    <message>
        <source>In GS1 mode, a product with a GTIN allocated by GS1 Canada gets a GS1 Digital Link (https://&lt;resolver&gt;/01/&lt;GTIN&gt;/10/&lt;lot&gt;); the others keep the plain address.</source>
        <translation>En mode GS1, un produit dont le GTIN a été attribué par GS1 Canada reçoit un lien GS1 Digital Link (https://&lt;résolveur&gt;/01/&lt;GTIN&gt;/10/&lt;lot&gt;); les autres conservent l&apos;adresse simple.</translation>
    </message>
    <message>
        <source>&amp;QR codes:</source>
        <translation>Codes &amp;QR :</translation>
    </message>
    <message>
        <source>GS1 resol&amp;ver:</source>
        <translation>&amp;Résolveur GS1 :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentDraftModel</name>
    <message>
        <source>%1 (thawed)</source>
        <translation>%1 (décongelé)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>Enter a number of packs (at least 1) for %1, or remove the line.</source>
        <translation>Entrez un nombre d&apos;emballages (au moins 1) pour %1, ou retirez la ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 at %2.</source>
        <translation>
            <numerusform>Il n&apos;y a que %n emballage de %1 dans %2.</numerusform>
            <numerusform>Il n&apos;y a que %n emballages de %1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentEditor</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Type or pick the partner</source>
        <translation>Tapez ou choisissez le partenaire</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Partner &amp;freezer:</source>
        <translation>&amp;Congélateur partenaire :</translation>
    </message>
    <message>
        <source>Price &amp;tier:</source>
        <translation>Palier de pri&amp;x :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Optional: delivery instructions, order number…</source>
        <translation>Facultatif : instructions de livraison, numéro de commande…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add a p&amp;roduct:</source>
        <translation>Ajouter un p&amp;roduit :</translation>
    </message>
    <message>
        <source>Type or pick a finished product</source>
        <translation>Tapez ou choisissez un produit fini</translation>
    </message>
    <message>
        <source>Add, &amp;earliest best-before first</source>
        <translation>Ajouter, &amp;meilleur avant le plus proche d&apos;abord</translation>
    </message>
    <message>
        <source>Takes the packs from the lots that expire first (FEFO), in the kitchen&apos;s locations. Held and thawed lots are never proposed.</source>
        <translation>Prend les emballages des lots dont la date « meilleur avant » est la plus proche (premier périmé, premier sorti), dans les emplacements de la cuisine. Les lots retenus et décongelés ne sont jamais proposés.</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>emballages</translation>
    </message>
    <message>
        <source>or scan a &amp;lot:</source>
        <translation>ou scanner un &amp;lot :</translation>
    </message>
    <message>
        <source>Scan the label or type the lot code</source>
        <translation>Scannez l&apos;étiquette ou tapez le code de lot</translation>
    </message>
    <message>
        <source>&amp;Add the lot</source>
        <translation>&amp;Ajouter le lot</translation>
    </message>
    <message>
        <source>Double-click the packs of a line to change them; Delete removes the line.</source>
        <translation>Double-cliquez sur le nombre d&apos;emballages d&apos;une ligne pour le modifier; la touche Suppr retire la ligne.</translation>
    </message>
    <message>
        <source>Re&amp;move the line</source>
        <translation>Ret&amp;irer la ligne</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Rec&amp;ommencer</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Expédier</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Remove every line of this shipment? Nothing is written.</source>
        <translation>Retirer toutes les lignes de cette expédition? Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Its address and price tier show here once it is chosen.</source>
        <translation>Son adresse et son palier de prix s&apos;afficheront ici une fois le partenaire choisi.</translation>
    </message>
    <message>
        <source>%1 — no price tier (full price)</source>
        <translation>%1 — aucun palier de prix (plein tarif)</translation>
    </message>
    <message>
        <source>%1 — price tier: %2</source>
        <translation>%1 — palier de prix : %2</translation>
    </message>
    <message>
        <source>A donation is always free.</source>
        <translation>Un don est toujours gratuit.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n emballage</numerusform>
            <numerusform>%n emballages</numerusform>
        </translation>
    </message>
    <message>
        <source>donation, free</source>
        <translation>don, gratuit</translation>
    </message>
    <message>
        <source>paid when the freezer is counted</source>
        <translation>payé au décompte du congélateur</translation>
    </message>
    <message>
        <source>Choose the product to add.</source>
        <translation>Choisissez le produit à ajouter.</translation>
    </message>
    <message>
        <source>« %1 » is not a finished product of the catalogue.</source>
        <translation>« %1 » n&apos;est pas un produit fini du catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) on hold</source>
        <translation>
            <numerusform>%n emballage en retenue</numerusform>
            <numerusform>%n emballages en retenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thawed pack(s)</source>
        <translation>
            <numerusform>%n emballage décongelé</numerusform>
            <numerusform>%n emballages décongelés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not proposed: %1.</source>
        <translation>Non proposés : %1.</translation>
    </message>
    <message>
        <source>No pack of « %1 » can be shipped from the kitchen.</source>
        <translation>Aucun emballage de « %1 » ne peut être expédié depuis la cuisine.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of « %1 » can be shipped from the kitchen: nothing added; ask for fewer.</source>
        <translation>
            <numerusform>On ne peut expédier que %n emballage de « %1 » depuis la cuisine : rien n&apos;a été ajouté; demandez-en moins.</numerusform>
            <numerusform>On ne peut expédier que %n emballages de « %1 » depuis la cuisine : rien n&apos;a été ajouté; demandez-en moins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pack(s))</source>
        <translation>
            <numerusform>%1 (%n emballage)</numerusform>
            <numerusform>%1 (%n emballages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ajouté : %1.</translation>
    </message>
    <message>
        <source>Scan or type a lot code.</source>
        <translation>Scannez ou tapez un code de lot.</translation>
    </message>
    <message>
        <source>« %1 » is not a lot code.</source>
        <translation>« %1 » n&apos;est pas un code de lot.</translation>
    </message>
    <message>
        <source>The packs of %1 are in quarantine: they are not shipped.</source>
        <translation>Les emballages du lot %1 sont en quarantaine : ils ne peuvent pas être expédiés.</translation>
    </message>
    <message>
        <source>There is no finished lot « %1 ».</source>
        <translation>Le lot de produit fini « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No pack of %1 is left in the kitchen.</source>
        <translation>Il ne reste aucun emballage du lot %1 dans la cuisine.</translation>
    </message>
    <message>
        <source>Lot %1 is on hold: it cannot be shipped until it is released.</source>
        <translation>Le lot %1 est en retenue : il ne peut pas être expédié avant d&apos;être libéré.</translation>
    </message>
    <message>
        <source>Lot %1 is on hold (%2): it cannot be shipped until it is released.</source>
        <translation>Le lot %1 est en retenue (%2) : il ne peut pas être expédié avant d&apos;être libéré.</translation>
    </message>
    <message>
        <source>Thawed lot</source>
        <translation>Lot décongelé</translation>
    </message>
    <message>
        <source>Lot %1 was declared thawed (« décongelé »). Thawed food must not be refrozen and is used quickly; the slip will say so.

Ship it anyway?</source>
        <translation>Le lot %1 a été déclaré « décongelé ». Un aliment décongelé ne doit pas être recongelé et doit être utilisé rapidement; le bon de livraison ou le reçu de don l&apos;indiquera.

L&apos;expédier quand même?</translation>
    </message>
    <message>
        <source>Lot %1 not added: it was declared thawed.</source>
        <translation>Lot %1 non ajouté : il a été déclaré décongelé.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n more pack(s) of %1 in the kitchen.</source>
        <translation>
            <numerusform>Il ne reste que %n emballage du lot %1 dans la cuisine.</numerusform>
            <numerusform>Il ne reste que %n emballages du lot %1 dans la cuisine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added: %1 (%n pack(s)).</source>
        <translation>
            <numerusform>Ajouté : %1 (%n emballage).</numerusform>
            <numerusform>Ajouté : %1 (%n emballages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation>Sélectionnez la ligne à retirer.</translation>
    </message>
    <message>
        <source>Choose the partner who receives the shipment.</source>
        <translation>Choisissez le partenaire qui reçoit l&apos;expédition.</translation>
    </message>
    <message>
        <source>« %1 » is not in the partner list. Pick a partner from the list, or add it in Settings &gt; Partners.</source>
        <translation>« %1 » ne figure pas dans la liste des partenaires. Choisissez un partenaire dans la liste, ou ajoutez-le dans Paramètres &gt; Partenaires.</translation>
    </message>
    <message>
        <source>Add at least one line: a product (earliest best-before first) or a scanned lot.</source>
        <translation>Ajoutez au moins une ligne : un produit (meilleur avant le plus proche d&apos;abord) ou un lot scanné.</translation>
    </message>
    <message>
        <source>Shipping outside Quebec</source>
        <translation>Expédition hors Québec</translation>
    </message>
    <message>
        <source>Ship anyway?</source>
        <translation>Expédier quand même?</translation>
    </message>
    <message>
        <source>Not shipped.</source>
        <translation>Non expédié.</translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1 recorded: %n pack(s) to %2.</source>
        <translation>
            <numerusform>Expédition %1 enregistrée : %n emballage à destination de %2.</numerusform>
            <numerusform>Expédition %1 enregistrée : %n emballages à destination de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no address: enter it in Settings › Partners</source>
        <translation>aucune adresse : entrez-la dans Paramètres › Partenaires</translation>
    </message>
    <message>
        <source>(no freezer at this partner: add it in Settings › Locations)</source>
        <translation>(aucun congélateur chez ce partenaire : ajoutez-le dans Paramètres › Emplacements)</translation>
    </message>
    <message>
        <source>%1 hosts no partner freezer: add it in Settings › Locations first.</source>
        <translation>%1 n&apos;héberge aucun congélateur partenaire : ajoutez-le d&apos;abord dans Paramètres › Emplacements.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentHistoryPanel</name>
    <message>
        <source>Search: shipment number or partner</source>
        <translation>Rechercher : numéro d&apos;expédition ou partenaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>%1 (thawed)</source>
        <translation>%1 (décongelé)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Slip &amp;preview</source>
        <translation>&amp;Aperçu du document</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n expédition</numerusform>
            <numerusform>%n expéditions</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a shipment to see its lines.</source>
        <translation>Sélectionnez une expédition pour voir ses lignes.</translation>
    </message>
    <message>
        <source>to the freezer %1</source>
        <translation>vers le congélateur %1</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>palier : %1</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Shipped outside Quebec after the warning was confirmed.</source>
        <translation>Expédié hors Québec après confirmation de l&apos;avertissement.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShippingPage</name>
    <message>
        <source>No slip</source>
        <translation>Document non produit</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Nouvelle expédition</translation>
    </message>
    <message>
        <source>Shipment history</source>
        <translation>Historique des expéditions</translation>
    </message>
    <message>
        <source>donation receipt</source>
        <translation>reçu de don</translation>
    </message>
    <message>
        <source>delivery slip</source>
        <translation>bon de livraison</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Expédition %1</translation>
    </message>
    <message>
        <source>Shipment %1 is recorded. Print its %2 now?</source>
        <translation>L&apos;expédition %1 est enregistrée. Imprimer son %2 maintenant?</translation>
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
<context>
    <name>glaneur::ui::SlipPrinting</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>The printer refused %1. Check that it is on, or save the slip as PDF.</source>
        <translation>L&apos;imprimante a refusé %1. Vérifiez qu&apos;elle est allumée, ou enregistrez le document en PDF.</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Slip not saved</source>
        <translation>Document non enregistré</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::StockPage</name>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>Chaîne du froid</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Move packs to another freezer, to a partner freezer or to quarantine.</source>
        <translation>Déplacer des emballages vers un autre congélateur, vers un congélateur partenaire ou en quarantaine.</translation>
    </message>
    <message>
        <source>Loss or destruction…</source>
        <translation>Perte ou destruction…</translation>
    </message>
    <message>
        <source>Packs spoiled, broken, lost or destroyed, with the reason.</source>
        <translation>Emballages détériorés, brisés, perdus ou détruits, avec le motif.</translation>
    </message>
    <message>
        <source>Return from a partner…</source>
        <translation>Retour d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>Packs a partner brings back into one of our places.</source>
        <translation>Emballages qu&apos;un partenaire rapporte dans l&apos;un de nos emplacements.</translation>
    </message>
    <message>
        <source>Count a location…</source>
        <translation>Décompte d&apos;un emplacement…</translation>
    </message>
    <message>
        <source>Count what a freezer holds; at a partner freezer, also the money collected.</source>
        <translation>Compter ce que contient un congélateur; dans un congélateur partenaire, compter aussi l&apos;argent perçu.</translation>
    </message>
    <message>
        <source>Hold the lot…</source>
        <translation>Mettre le lot en retenue…</translation>
    </message>
    <message>
        <source>A held lot cannot be shipped, moved (except to quarantine) or labelled until it is released.</source>
        <translation>Un lot retenu ne peut pas être expédié, déplacé (sauf en quarantaine) ni étiqueté avant d&apos;être libéré.</translation>
    </message>
    <message>
        <source>Search a product or a lot code, or scan a label</source>
        <translation>Cherchez un produit ou un code de lot, ou scannez une étiquette</translation>
    </message>
    <message>
        <source>Any best-before date</source>
        <translation>Toutes les dates « meilleur avant »</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Meilleur avant d&apos;ici %n jour</numerusform>
            <numerusform>Meilleur avant d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Date dépassée</translation>
    </message>
    <message>
        <source>Lots by location</source>
        <translation>Lots par emplacement</translation>
    </message>
    <message>
        <source>Totals by product</source>
        <translation>Totaux par produit</translation>
    </message>
    <message>
        <source>Totals by location</source>
        <translation>Totaux par emplacement</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Meilleur avant</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Emballages</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Earliest best-before</source>
        <translation>Meilleur avant le plus proche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <source>Best-before within %n day(s)</source>
        <translation>
            <numerusform>Meilleur avant d&apos;ici %n jour</numerusform>
            <numerusform>Meilleur avant d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its best-before date</source>
        <translation>Date « meilleur avant » dépassée</translation>
    </message>
    <message>
        <source>All places of this lot</source>
        <translation>Tous les emplacements de ce lot</translation>
    </message>
    <message>
        <source>Reverse this movement…</source>
        <translation>Annuler ce mouvement…</translation>
    </message>
    <message>
        <source>Undo a mistake with a new movement that puts the packs back; the original stays in the ledger.</source>
        <translation>Corriger une erreur par un nouveau mouvement (contre-mouvement) qui remet les emballages en place; le mouvement d&apos;origine reste dans le registre des mouvements.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reversal of #%1</source>
        <translation>Annulation du nº %1</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Thawed</source>
        <translation>Décongelé</translation>
    </message>
    <message>
        <source>Best before today</source>
        <translation>Meilleur avant aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All kitchen places</source>
        <translation>Tous les emplacements de la cuisine</translation>
    </message>
    <message>
        <source>All partner freezers</source>
        <translation>Tous les congélateurs partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s)</source>
        <translation>
            <numerusform>%Ln emballage</numerusform>
            <numerusform>%Ln emballages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) held</source>
        <translation>
            <numerusform>%Ln lot retenu</numerusform>
            <numerusform>%Ln lots retenus</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see its movements.</source>
        <translation>Sélectionnez une ligne pour voir ses mouvements.</translation>
    </message>
    <message>
        <source>Double-click a line to see its lots.</source>
        <translation>Double-cliquez sur une ligne pour voir ses lots.</translation>
    </message>
    <message>
        <source>Movements of %1, all places</source>
        <translation>Mouvements de %1, tous les emplacements</translation>
    </message>
    <message>
        <source>Movements of %1 at %2</source>
        <translation>Mouvements de %1 à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>Release the lot…</source>
        <translation>Libérer le lot…</translation>
    </message>
    <message numerus="yes">
        <source>Cold chain (%n to do)</source>
        <translation>
            <numerusform>Chaîne du froid (%n à faire)</numerusform>
            <numerusform>Chaîne du froid (%n à faire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of %1 moved from %2 to %3.</source>
        <translation>
            <numerusform>%n emballage de %1 déplacé de %2 vers %3.</numerusform>
            <numerusform>%n emballages de %1 déplacés de %2 vers %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pack(s) of %2 taken out of %3.</source>
        <translation>
            <numerusform>%1 : %n emballage de %2 retiré de %3.</numerusform>
            <numerusform>%1 : %n emballages de %2 retirés de %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of %1 returned by %2 into %3.</source>
        <translation>
            <numerusform>%n emballage de %1 retourné par %2 dans %3.</numerusform>
            <numerusform>%n emballages de %1 retournés par %2 dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count saved</source>
        <translation>Décompte enregistré</translation>
    </message>
    <message>
        <source>Select the lot to hold or release.</source>
        <translation>Sélectionnez le lot à mettre en retenue ou à libérer.</translation>
    </message>
    <message>
        <source>Release the lot</source>
        <translation>Libérer le lot</translation>
    </message>
    <message>
        <source>Why is %1 released (e.g. test results good)?</source>
        <translation>Pourquoi le lot %1 est-il libéré (p. ex. résultats d&apos;analyse satisfaisants)?</translation>
    </message>
    <message>
        <source>Lot %1 released.</source>
        <translation>Lot %1 libéré.</translation>
    </message>
    <message>
        <source>Hold the lot</source>
        <translation>Mettre le lot en retenue</translation>
    </message>
    <message>
        <source>Why is %1 held? Until it is released it cannot be shipped, moved (except to quarantine) or labelled.</source>
        <translation>Pourquoi le lot %1 est-il mis en retenue? Tant qu&apos;il n&apos;est pas libéré, il ne peut pas être expédié, déplacé (sauf en quarantaine) ni étiqueté.</translation>
    </message>
    <message>
        <source>Lot %1 held.</source>
        <translation>Lot %1 mis en retenue.</translation>
    </message>
    <message>
        <source>Select the movement to reverse.</source>
        <translation>Sélectionnez le mouvement à annuler.</translation>
    </message>
    <message>
        <source>Movement #%1 is itself a reversal: record the movement again instead.</source>
        <translation>Le mouvement nº %1 est lui-même une annulation : enregistrez plutôt le mouvement de nouveau.</translation>
    </message>
    <message>
        <source>Movement #%1 was already reversed.</source>
        <translation>Le mouvement nº %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>Reverse a movement</source>
        <translation>Annuler un mouvement</translation>
    </message>
    <message numerus="yes">
        <source>Reverse #%1 (%2, %n pack(s) of %3)? Reason:</source>
        <translation>
            <numerusform>Annuler le mouvement nº %1 (%2, %n emballage de %3)? Motif :</numerusform>
            <numerusform>Annuler le mouvement nº %1 (%2, %n emballages de %3)? Motif :</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement #%1 reversed by #%2.</source>
        <translation>Mouvement nº %1 annulé par le nº %2.</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimer les étiquettes…</translation>
    </message>
    <message>
        <source>The product labels of the selected lot: preview, print, PDF, PNG or ZPL.</source>
        <translation>Les étiquettes de produit du lot sélectionné : aperçu, impression, PDF, PNG ou ZPL.</translation>
    </message>
    <message>
        <source>Select the lot whose labels to print.</source>
        <translation>Sélectionnez le lot dont vous voulez imprimer les étiquettes.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::StockSourceFields</name>
    <message>
        <source>Scan the bag&apos;s label or type the lot code</source>
        <translation>Scannez l&apos;étiquette du sac ou tapez le code de lot</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Provenance :</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Emballages :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n pack(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n emballage)</numerusform>
            <numerusform>%1 — %2 (%n emballages)</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack of %1 is in stock.</source>
        <translation>Aucun emballage du lot %1 n&apos;est en stock.</translation>
    </message>
    <message>
        <source>%1, best before %2</source>
        <translation>%1, meilleur avant le %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>thawed</source>
        <translation>décongelé</translation>
    </message>
    <message numerus="yes">
        <source>of %n pack(s) here</source>
        <translation>
            <numerusform>sur %n emballage ici</numerusform>
            <numerusform>sur %n emballages ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskEntryDialog</name>
    <message>
        <source>Enter a task</source>
        <translation>Saisir une tâche</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant·e :</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Commencée le :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>None, or pick or type the batch code</source>
        <translation>Aucun, ou choisissez ou tapez le code du lot</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>optional, e.g. 12,5</source>
        <translation>facultatif, p. ex. 12,5</translation>
    </message>
    <message>
        <source>&amp;Kilograms handled:</source>
        <translation>&amp;Kilogrammes manipulés :</translation>
    </message>
    <message>
        <source>Kilograms handled</source>
        <translation>Kilogrammes manipulés</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskReviewPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>To validate only</source>
        <translation>À valider seulement</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate the selected tasks (several with Ctrl or Shift).</source>
        <translation>Valider les tâches sélectionnées (plusieurs avec Ctrl ou Maj).</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <source>End a task whose stop was forgotten, at the time it really ended.</source>
        <translation>Terminer une tâche qu&apos;on a oublié d&apos;arrêter, à l&apos;heure où elle a réellement pris fin.</translation>
    </message>
    <message>
        <source>&amp;Enter a task…</source>
        <translation>&amp;Saisir une tâche…</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Batch / lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to validate</source>
        <translation>à valider</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Program / participant</source>
        <translation>Programme / participant·e</translation>
    </message>
    <message>
        <source>Validated (h:mm)</source>
        <translation>Validées (h:mm)</translation>
    </message>
    <message>
        <source>To validate (h:mm)</source>
        <translation>À valider (h:mm)</translation>
    </message>
    <message>
        <source>Total (h:mm)</source>
        <translation>Total (h:mm)</translation>
    </message>
    <message>
        <source>Only the part of each task inside the period counts; rejected tasks never count.</source>
        <translation>Seule la partie de chaque tâche comprise dans la période est comptée; les tâches refusées ne comptent jamais.</translation>
    </message>
    <message>
        <source>%1 tasks, %2 to validate</source>
        <translation>%1 tâches, %2 à valider</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n participant(s))</source>
        <translation>
            <numerusform>%1 (%n participant·e)</numerusform>
            <numerusform>%1 (%n participant·es)</numerusform>
        </translation>
    </message>
    <message>
        <source>No hours in this period.</source>
        <translation>Aucune heure dans cette période.</translation>
    </message>
    <message numerus="yes">
        <source>All programs: %1 validated, %2 to validate, %3 in all (%n participant(s)).</source>
        <translation>
            <numerusform>Tous les programmes : %1 validées, %2 à valider, %3 au total (%n participant·e).</numerusform>
            <numerusform>Tous les programmes : %1 validées, %2 à valider, %3 au total (%n participant·es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tasks to reject first.</source>
        <translation>Sélectionnez d&apos;abord les tâches à refuser.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Why are these tasks rejected?</source>
        <translation>Pourquoi ces tâches sont-elles refusées?</translation>
    </message>
    <message>
        <source>Select the tasks to validate first.</source>
        <translation>Sélectionnez d&apos;abord les tâches à valider.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) validated.</source>
        <translation>
            <numerusform>%n tâche validée.</numerusform>
            <numerusform>%n tâches validées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) rejected.</source>
        <translation>
            <numerusform>%n tâche refusée.</numerusform>
            <numerusform>%n tâches refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non traitées : %1</translation>
    </message>
    <message>
        <source>Select one running task to end.</source>
        <translation>Sélectionnez une seule tâche en cours à terminer.</translation>
    </message>
    <message>
        <source>End the task</source>
        <translation>Terminer la tâche</translation>
    </message>
    <message>
        <source>When did %1&apos;s task « %2 » end? (HH:MM on the day it started, or YYYY-MM-DD HH:MM)</source>
        <translation>À quelle heure la tâche « %2 » de %1 a-t-elle pris fin? (HH:MM le jour où elle a commencé, ou AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>« %1 » is not a time such as 14:30 or 2026-11-22 14:30.</source>
        <translation>« %1 » n&apos;est pas une heure comme 14:30 ou 2026-11-22 14:30.</translation>
    </message>
    <message>
        <source>%1&apos;s task « %2 » ended at %3.</source>
        <translation>La tâche « %2 » de %1 a pris fin le %3.</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskScreen</name>
    <message>
        <source>Glaneur — tasks</source>
        <translation>Glaneur — tâches</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No participant yet.
A supervisor adds them in Settings › Participants.</source>
        <translation>Aucune personne inscrite pour l&apos;instant.
Un·e superviseur·e ajoute les personnes dans Paramètres › Participant·es.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Scan the label of the crate or of the batch</source>
        <translation>Scannez l&apos;étiquette du bac ou du lot</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>Scannez ici</translation>
    </message>
    <message>
        <source>Other (cleaning…)</source>
        <translation>Autre (nettoyage…)</translation>
    </message>
    <message>
        <source>No batch</source>
        <translation>Sans lot</translation>
    </message>
    <message>
        <source>Or touch the batch:</source>
        <translation>Ou touchez le lot :</translation>
    </message>
    <message>
        <source>No batch is open right now.</source>
        <translation>Aucun lot n&apos;est ouvert en ce moment.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>I have already finished: enter the time</source>
        <translation>J&apos;ai déjà fini : entrer la durée</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>The weight of what you handled, if you weighed it. Otherwise touch « Skip ».</source>
        <translation>Le poids de ce que vous avez manipulé, si vous l&apos;avez pesé. Sinon, touchez « Passer ».</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>no batch</source>
        <translation>sans lot</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous?</translation>
    </message>
    <message>
        <source>Touch your name.</source>
        <translation>Touchez votre nom.</translation>
    </message>
    <message>
        <source>Your task in progress</source>
        <translation>Votre tâche en cours</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Sur quoi travaillez-vous?</translation>
    </message>
    <message>
        <source>Which task?</source>
        <translation>Quelle tâche?</translation>
    </message>
    <message>
        <source>Start now, or already done?</source>
        <translation>Commencer, ou déjà fini?</translation>
    </message>
    <message>
        <source>How many minutes did you work?</source>
        <translation>Combien de minutes avez-vous travaillé?</translation>
    </message>
    <message>
        <source>How many kilograms? (optional)</source>
        <translation>Combien de kilos? (facultatif)</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en cours : %1</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Off you go, %1! « %2 » started at %3. Come back here when you finish.</source>
        <translation>C&apos;est parti, %1! « %2 » a commencé à %3. Revenez ici quand vous aurez fini.</translation>
    </message>
    <message>
        <source>Type the number of minutes, or touch a duration.</source>
        <translation>Tapez le nombre de minutes, ou touchez une durée.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Ask your supervisor.</source>
        <translation>Demandez à votre superviseur·e.</translation>
    </message>
    <message>
        <source>Thank you, %1! « %2 » recorded: %3.</source>
        <translation>Merci, %1! « %2 » est enregistré : %3.</translation>
    </message>
    <message>
        <source>Thank you, %1! « %2 » recorded: %3, %4.</source>
        <translation>Merci, %1! « %2 » est enregistré : %3, %4.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation>= %1 h %2 min</translation>
    </message>
    <message>
        <source>Or touch a duration:</source>
        <translation>Ou touchez une durée :</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TemperatureDialog</name>
    <message>
        <source>Temperature reading</source>
        <translation>Relevé de température</translation>
    </message>
    <message>
        <source>&amp;Cold unit:</source>
        <translation>&amp;Unité froide :</translation>
    </message>
    <message>
        <source>the number on the thermometer</source>
        <translation>le numéro inscrit sur le thermomètre</translation>
    </message>
    <message>
        <source>&amp;Thermometer:</source>
        <translation>&amp;Thermomètre :</translation>
    </message>
    <message>
        <source>e.g. -19,5</source>
        <translation>p. ex. -19,5</translation>
    </message>
    <message>
        <source>T&amp;emperature (°C):</source>
        <translation>T&amp;empérature (°C) :</translation>
    </message>
    <message>
        <source>Read &amp;at:</source>
        <translation>&amp;Relevé le :</translation>
    </message>
    <message>
        <source>optional, e.g. door found ajar</source>
        <translation>facultatif, p. ex. porte trouvée entrouverte</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>No cold unit is set up: add the freezers and cold rooms in Settings.</source>
        <translation>Aucune unité froide n&apos;est configurée : ajoutez les congélateurs et les chambres froides dans les Paramètres.</translation>
    </message>
    <message>
        <source>Above the limit of %1: saving opens a cold-chain event that needs a corrective action.</source>
        <translation>Au-dessus de la limite de %1 : l&apos;enregistrement ouvrira un événement hors limite de la chaîne du froid, qui exige une mesure corrective.</translation>
    </message>
    <message>
        <source>Limit: %1 or colder.</source>
        <translation>Limite : %1 ou plus froid.</translation>
    </message>
    <message>
        <source>Enter the temperature read, in °C.</source>
        <translation>Entrez la température relevée, en °C.</translation>
    </message>
    <message>
        <source>« %1 » is not a temperature in °C (one decimal at most).</source>
        <translation>« %1 » n&apos;est pas une température en °C (une décimale au plus).</translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TracePage</name>
    <message>
        <source>Trace a lot</source>
        <translation>Tracer un lot</translation>
    </message>
    <message>
        <source>Scan a label or type a lot code (reception or finished)</source>
        <translation>Scannez une étiquette ou tapez un code de lot (de réception ou de produit fini)</translation>
    </message>
    <message>
        <source>Backward and forward</source>
        <translation>En amont et en aval</translation>
    </message>
    <message>
        <source>Backward: where it comes from</source>
        <translation>En amont : d&apos;où il vient</translation>
    </message>
    <message>
        <source>Forward: what it became</source>
        <translation>En aval : ce qu&apos;il est devenu</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1, from the farm %2</source>
        <translation>%1 (ferme d&apos;origine : %2)</translation>
    </message>
    <message>
        <source>received %1 from %2, %3 received</source>
        <translation>reçu le %1 de %2, %3 reçus</translation>
    </message>
    <message>
        <source>%1 packs, packed %2, best before %3</source>
        <translation>%1 emballages, emballés le %2, meilleur avant le %3</translation>
    </message>
    <message>
        <source>, in %1</source>
        <translation>, dans %1</translation>
    </message>
    <message>
        <source>batch of %1, kitchen %2, started %3</source>
        <translation>lot de transformation de %1, cuisine %2, commencé le %3</translation>
    </message>
    <message>
        <source>; also %1 (no lot)</source>
        <translation>; aussi %1 (sans lot)</translation>
    </message>
    <message>
        <source> — still open</source>
        <translation> — toujours ouvert</translation>
    </message>
    <message>
        <source>%1 made</source>
        <translation>%1 obtenus</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>received directly from the supplier</source>
        <translation>reçu directement du fournisseur</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>not processed yet</source>
        <translation>pas encore transformé</translation>
    </message>
    <message numerus="yes">
        <source>%n reception lot(s) from %1, </source>
        <translation>
            <numerusform>%n lot de réception provenant de %1, </numerusform>
            <numerusform>%n lots de réception provenant de %1, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), </source>
        <translation>
            <numerusform>%n lot de transformation, </numerusform>
            <numerusform>%n lots de transformation, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished lot(s).</source>
        <translation>
            <numerusform>%n lot de produit fini.</numerusform>
            <numerusform>%n lots de produit fini.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Rappel…</translation>
    </message>
    <message>
        <source>What a recall of this lot must reach: affected lots, stock on hand, recipients, mass balance; and the hold of everything in one click.</source>
        <translation>Ce que le rappel de ce lot doit joindre : lots touchés, emballages encore en stock, destinataires, bilan massique; et tout mettre en retenue en un seul clic.</translation>
    </message>
    <message>
        <source>Recall a &amp;supplier…</source>
        <translation>Rappel d&apos;un &amp;fournisseur…</translation>
    </message>
    <message>
        <source>When a farm or a supplier recalls a field or a delivery: every lot it brought in a period, and what they became.</source>
        <translation>Quand une ferme ou un fournisseur rappelle un champ ou une livraison : tous les lots qu&apos;il a livrés pendant une période, et ce qu&apos;ils sont devenus.</translation>
    </message>
    <message>
        <source>The last mock recall was on %1, more than 12 months ago: run one now (trace a lot, « Recall… », then « Record as a mock recall… »).</source>
        <translation>La dernière simulation de rappel date du %1, il y a plus de 12 mois : faites-en une maintenant (tracez un lot, « Rappel… », puis « Consigner comme simulation de rappel… »).</translation>
    </message>
    <message>
        <source>No mock recall on record: run one at least every 12 months (trace a lot, « Recall… », then « Record as a mock recall… »).</source>
        <translation>Aucune simulation de rappel consignée : faites-en une au moins tous les 12 mois (tracez un lot, « Rappel… », puis « Consigner comme simulation de rappel… »).</translation>
    </message>
    <message>
        <source>Last mock recall: %1; the next one is due by %2.</source>
        <translation>Dernière simulation de rappel : %1; la prochaine est due au plus tard le %2.</translation>
    </message>
    <message>
        <source>In stock at %1</source>
        <translation>En stock à %1</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>Chez %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s), %1</source>
        <translation>
            <numerusform>%n emballage, %1</numerusform>
            <numerusform>%n emballages, %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — on hold</source>
        <translation> — en retenue</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendu</translation>
    </message>
    <message>
        <source>donated</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>put in their freezer</source>
        <translation>placé dans leur congélateur</translation>
    </message>
    <message>
        <source>sold to the public from their freezer</source>
        <translation>vendu au public depuis leur congélateur</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>no pack left and none shipped</source>
        <translation>plus aucun emballage en stock et rien d&apos;expédié</translation>
    </message>
    <message>
        <source>Stock and shipments unavailable: %1</source>
        <translation>Stock et expéditions indisponibles : %1</translation>
    </message>
    <message>
        <source>Recall recor&amp;ds…</source>
        <translation>&amp;Dossiers de rappel…</translation>
    </message>
    <message>
        <source>The recalls and mock recalls kept: their reports, contact checklists and PDF records.</source>
        <translation>Les rappels et simulations de rappel conservés : leurs rapports, leurs listes de suivi des contacts et leurs dossiers PDF.</translation>
    </message>
</context>
</TS>
