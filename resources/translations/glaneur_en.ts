<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>glaneur::DemoData</name>
    <message>
        <source>The demonstration data goes only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::MaintenanceService</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing record in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::OperatorRepository</name>
    <message>
        <source>The operator « %1 » already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::OperatorService</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::PartnerRepository</name>
    <message>
        <source>A partner named « %1 » already exists. If it is another one, add its town to the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partner (#%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner named « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::PartnerService</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ProductRepository</name>
    <message>
        <source>A product with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product (#%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the code « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ProductService</name>
    <message>
        <source>The French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf life must be between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack size must be between 1 g and 50 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Canadian Nutrient File food id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product code has 1 to 24 letters, digits or dashes, without accents or spaces (for example CAROTTE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ReceptionLotRepository</name>
    <message>
        <source>Unknown lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ReceptionService</name>
    <message>
        <source>Create a kitchen (site) in the settings before receiving lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several kitchens exist: choose the default one in the settings, or say which kitchen receives the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gross weight must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gross weight is over 6,000 kg: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tare cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tare must be less than the gross weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net weight is not the gross weight minus the tare: check the three numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the net weight (or the gross weight and the tare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net weight must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net weight is over 5,000 kg for one lot: check the number, or split the delivery into several lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception time is in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception date is too far in the past. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temperature must be between -30 °C and 45 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A donation or a gleaning has no price. Choose « purchase » if the produce was bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price paid for this purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is over $100,000: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier « %1 » is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a farm: the origin must be a farm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The farm « %1 » is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product « %1 » is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is a finished product: a reception is of raw produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many lots today in this kitchen: the lot code would be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::SettingsService</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAPAQ permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a web domain (for example cuisine.example.org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::SiteRepository</name>
    <message>
        <source>A kitchen with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kitchen with the code « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::SiteService</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kitchen code has 2 to 4 letters or digits (for example HS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::Storage</name>
    <message>
        <source>The file %1 is not a Glaneur database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with « glaneur-cli init ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Glaneur (schema %2; this version knows up to %3). Update Glaneur to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another work station. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or failing: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::UnitOfWork</name>
    <message>
        <source>Choose the operator (who is working) before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a Canadian province code (QC, ON, NB…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a Canadian postal code (for example J0S 1V0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: « %2 » is not a number of kilograms (for example 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a temperature in degrees Celsius (for example 4,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not an amount in dollars (for example 12,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: « %2 » is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a date and time (for example 2026-11-22T09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a date (for example 2026-11-22).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::Vocabulary</name>
    <message>
        <source>Farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrigerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase at social price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: good, ready to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: minor defects, sort needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: heavy sorting, process quickly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::app</name>
    <message>
        <source>Glaneur: traceability and labels for community transformation kitchens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glaneur cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Glaneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new and empty.

Load demonstration data (a kitchen collective of Montérégie, its farms, partners, products and three weeks of receptions)?

Answer No to start with your own organisation in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::cli::Cli</name>
    <message>
        <source>Describe every command, or one command and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in stable JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glaneur-cli: traceability of a community transformation kitchen, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: glaneur-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« glaneur-cli help COMMAND » describes the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See « glaneur-cli help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See « glaneur-cli help %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the supplier with --supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product with --product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade is A, B or C, not « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquisition is donation, purchase or gleaning, not « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli lot show LOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli label LOT --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the label with --out FILE.pdf or --out FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copies is between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a lot of produce; prints its new lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivered (name or #id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin farm, when the supplier is not the farm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net weight in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross weight in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tare in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was received (default: now), e.g. 2026-11-22T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature at reception, °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donation (default), purchase or gleaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid, in cents (purchases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s own lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving kitchen (default: the default kitchen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or search reception lots, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot code, supplier, farm or product contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supplier&apos;s lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N lots (500 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a lot; LOT may also be a scanned label (URL or GS1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a lot&apos;s label to PDF or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label template (default reception-4x3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many labels (1 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province code (QC, ON…); QC by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data added: %1 partners, %2 products, %3 receptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the backup with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the kitchen by its code: glaneur-cli site edit HS --name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the kitchen by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen %1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>farm, retailer, distributor, food-bank, community-org, school, institution or sales-point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier of a buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partner kind « %1 »; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what kind of partner it is with --kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner: glaneur-cli partner edit &quot;NAME&quot; (or #ID) --phone …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner: glaneur-cli partner show &quot;NAME&quot; (or #ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner (or #ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » deactivated; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partner kind « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw produce or finished product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen, refrigerated or ambient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net grams of one pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian Nutrient File food id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product kind « %1 »; expected raw or finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown storage « %1 »; expected frozen, refrigerated or ambient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product by its code: glaneur-cli product edit CODE --name-fr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the operator&apos;s name: glaneur-cli operator add &quot;NAME&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator « %1 » added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPAQ permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records containing this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a realistic sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit trail (latest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the history of one kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id, with --entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many lines (50 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of 2 to 4 letters or digits, e.g. HS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a kitchen&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the kitchens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner (farm, food bank…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or search the partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a partner (it is never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code, e.g. CAROTTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or search the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the work stations&apos; operator list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name (on labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPAQ permit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web domain of the QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen that receives by default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::LabelDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::LabelTemplate</name>
    <message>
        <source>Thermal roll 4 × 3 in (reception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal roll 2 × 1 in (reception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal roll 4 × 6 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sheet, 10 labels 4 × 2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label template « %1 » is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label template « %1 ». Known templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::QrCode</name>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ReceptionLabel</name>
    <message>
        <source>the web domain used in QR codes (Settings &gt; Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s name (Settings &gt; Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be printed; missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LabelPrinting</name>
    <message>
        <source>Label preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LotDialog</name>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin farm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross / tare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF or PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Use the print preview to choose one, or save the label as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::MainWindow</name>
    <message>
        <source>Glaneur — community kitchen traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Operator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working at this station: every record keeps this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Scan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a label or type a lot code (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches that turn reception lots into finished lots: sorting, washing, blanching, packing and freezing, with control readings, yields and the participants&apos; tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezers and cold rooms, partner freezers, movements, holds and the daily temperature log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries, sales at social prices and donations to partners, with bilingual delivery slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace any lot back to its farms and forward to every recipient; recalls, mock recalls and the CFIA and MAPAQ exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators for funders: kilograms recovered, bags produced and distributed, participant hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PartnerDialog</name>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductDialog</name>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CAROTTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf &amp;life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoodID of the Canadian Nutrient File, for the Nutrition Facts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNF &amp;food id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReceptionPage</name>
    <message>
        <source>New reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the supplier is not the farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;farm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Net weight (kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross − tare (kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;quisition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice paid ($):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;lot code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a label or type a lot code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sca&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: lot code, supplier, farm, product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent lots are shown; search to narrow.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not in the partner list. Pick a supplier from the list, or add it in Settings &gt; Partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a farm of the partner list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 saved: %2 of %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is saved, but its label cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReferenceListPanel</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::SettingsPage</name>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAPAQ permit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cuisine.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels&apos; QR codes point at https://&lt;domain&gt;/l/&lt;lot&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web domain for QR codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiving kitchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the only kitchen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the kitchen %1? It will no longer receive lots; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate « %1 »? It will no longer be offered in lists; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>New operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (a first name is enough):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the application:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::SiteDialog</name>
    <message>
        <source>Kitchen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 4 letters or digits, e.g. HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code goes into every lot code of this kitchen and cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
