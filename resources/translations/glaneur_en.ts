<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>glaneur::AllergenStatement</name>
    <message>
        <source>Unknown allergen « %1 »; known allergens are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » must be declared by its specific name in French and in English (for example « Noix de Grenoble » / &quot;Walnuts&quot;, « Saumon » / &quot;Salmon&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::BatchRepository</name>
    <message>
        <source>There is no batch « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::BatchService</name>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is too far in the past. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before the batch started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 is closed: it cannot be changed. Record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the finished product this batch makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is raw produce: a batch makes a finished product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product « %1 » is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many batches today in this kitchen: the batch code would be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight consumed must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the lot to consume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is %2, which is not in the composition of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 has only %2 left (of %3 received): %4 cannot be consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight added must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight is over 5,000 kg: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is received by lot: scan the lot it comes from, so that a trace finds its farm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the composition of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the step must be after its start, and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of a step must be between 0 and 5,000 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight lost must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The losses would be more than what the batch consumed (%1): record what went in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 has no such reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading is within its limit: no corrective action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of packs (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100,000 packs in one lot: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the net weight of one pack (the product « %1 » has no pack size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack of over 50 kg: check the weight of one pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product « %1 » has no shelf life: set it in the catalogue so the best-before date can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack date is before the batch started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New packs go to a kitchen location first, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many finished lots that day in this kitchen: the lot code would be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 cannot be closed: a reading is outside its limit without a corrective action: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected weight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 has no such input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected weight is the same as the recorded one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 has only %2 left: the correction would consume more than it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch would have consumed less than it lost (%1): correct the losses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 has no such loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The losses would be more than what the batch consumed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 has no such reading, or it was already corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the packs are stored: the kitchen %1 has no %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::BestBeforeDate</name>
    <message>
        <source>The best-before date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::CfiaExport</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ColdChainRepository</name>
    <message>
        <source>There is no cold-chain event number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ColdChainService</name>
    <message>
        <source>Say which cold unit was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cold unit: only freezers and cold rooms get temperature readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C is not a plausible reading: check the thermometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the thermometer&apos;s number (or set it on the location %1 in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ControlRule</name>
    <message>
        <source>Enter a temperature in °C, for example 92.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time in seconds (180) or minutes:seconds (3:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time in minutes (360) or hours:minutes (6:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer « pass » or « fail ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C, for example 92.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds (180) or minutes:seconds (3:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes (360) or hours:minutes (6:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass or fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::CsvWriter</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::DemoData</name>
    <message>
        <source>The demonstration data goes only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::FinishedLotRepository</name>
    <message>
        <source>There is no finished lot « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::Gtin</name>
    <message>
        <source>A GTIN without its check digit has 7, 11, 12 or 13 digits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN has digits only: « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GTIN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; « %1 » has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of GTIN « %1 » is wrong: it should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 resolver domain « %1 » is not a web domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN « %1 » is a restricted-circulation number, for in-store use only; it cannot go on a label leaving the kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot code « %1 » cannot go in a GS1 code: 1 to 20 letters, digits or GS1 punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net weight must be between 0.001 kg and 999.999 kg for a GS1 code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::HoldService</name>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is already on hold (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is on hold (%2): release it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is on hold (%2): its labels cannot be printed until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ImpactIndicators</name>
    <message>
        <source>Sale to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock of a partner freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to the public at a sales point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composted (batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded (batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moisture lost (batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs lost in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::IndicatorReport</name>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed (batches started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded (batches, stock losses and destructions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped to partners (sales, donations, restocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a file ending in .csv or .xlsx (not « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::IndicatorService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::LocationRepository</name>
    <message>
        <source>A location with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::LocationService</name>
    <message>
        <source>A location code has 1 to 20 letters, digits or dashes, without accents or spaces (for example HS-CONG1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which partner hosts this freezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a partner freezer belongs to a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 still holds packs (%2): move them before deactivating it.</source>
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
    <message>
        <source>The stock on hand differs from the ledger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::MapaqRegister</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::NutrientFile</name>
    <message>
        <source>The nutrient file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: a quote inside a field that does not start with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nutrient file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the column « %2 » is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the column « %2 » appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: %2 fields where the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is not a food number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1: the food %2 is already on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is negative; a nutrient amount cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » has more decimals than Glaneur keeps (at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient file, line %1, column « %2 »: « %3 » is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::Nutrition</name>
    <message>
        <source>The portion must weigh more than 0 g and at most 100 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ingredient&apos;s share must be 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingredients&apos; shares must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nutrient value per 100 g is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some nutrient values are unknown: confirm them (for example « 0 » for plant foods) before the Nutrition Facts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cooked yield must be between 10 % and 1000 % of the ingredients&apos; weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portion is too large to compute.</source>
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
    <name>glaneur::ParticipantRepository</name>
    <message>
        <source>There is no participant « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by a participant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ParticipantService</name>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the program is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant code has 1 to 12 letters, digits or dashes (for example P07). Do not use the person&apos;s name.</source>
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
    <name>glaneur::PriceRepository</name>
    <message>
        <source>A price tier with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no price tier « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::PriceService</name>
    <message>
        <source>The French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier code has 1 to 20 lowercase letters, digits or dashes, without accents or spaces (for example solidarity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finished products are sold: « %1 » is raw produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over $1,000 for one pack: check the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier « %1 » is the one of donations: it stays active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the tier « %1 » costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ProductLabelContent</name>
    <message>
        <source>The saved label cannot be read back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ProductLabelService</name>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trans fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbohydrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sugars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished lot has the code %1; product labels are printed for finished lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid best-before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s name (Settings › Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address of the kitchen %1 or of the organisation (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid GS1 Digital Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web domain of the QR codes (Settings › Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Canadian Nutrient File food of « %1 » (Catalogue › product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food %1 of « %2 » is not in the Canadian Nutrient File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of « %2 » (CNF %3), which the Canadian Nutrient File does not give: confirm 0 in the product&apos;s label settings if it is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Canadian Nutrient File food or a composition for « %1 » (Catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference amount of « %1 » (product&apos;s label settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the serving size and its household measure (product&apos;s label settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 cannot be printed; missing:
– %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print 1 to 10000 labels at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 was declared thawed after a cold-chain event: its label would say « Garder congelé / Keep Frozen ». Mark its packs « Décongelé » by hand, or destroy them.</source>
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
    <message>
        <source>The reference amount must be between 1 g and 2000 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serving must be between 0.1 g and 2000 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the household measure of a serving in both French and English (« 2/3 tasse » and &quot;2/3 cup&quot;), or in neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household measure has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cooked yield must be between 10 % and 1000 % of the ingredients&apos; weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the product needs no Nutrition Facts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GTIN is for restricted circulation (in-store use); use the GTIN allocated by GS1 Canada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::RecallService</name>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day of the deliveries to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brought in no lot from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (4000 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise cannot start after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recall record #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record #%1 was kept before Glaneur kept whole reports: only its summary exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not among the recipients of this recall: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs are counted from 0 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was reached: packs returned, destroyed or still on sale cannot be known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 received %n pack(s) of the affected lots: returned, destroyed and still on sale together cannot be more.</source>
        <translation>
            <numerusform>%1 received %n pack of the affected lots: returned, destroyed and still on sale together cannot be more.</numerusform>
            <numerusform>%1 received %n packs of the affected lots: returned, destroyed and still on sale together cannot be more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact cannot come before the recall started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::RecallSnapshot</name>
    <message>
        <source>The recall record&apos;s report cannot be read.</source>
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
        <source>Too many lots today in this kitchen: the lot code would be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::RecipeRepository</name>
    <message>
        <source>Unknown recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::RecipeService</name>
    <message>
        <source>Write an ingredient as CODE:PERCENT, for example CAROTTE:55 (got « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of « %1 » must be a percent above 0 and at most 100, with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is raw produce: only a finished product has a composition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A composition needs at least one ingredient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product cannot be an ingredient of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of « %1 » must be above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to %1 instead of 100 %.</source>
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
    <message>
        <source>The unexplained loss threshold must be between 0 % and 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a web domain for the GS1 resolver (for example id.gs1.org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ShipmentRepository</name>
    <message>
        <source>A shipment numbered %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shipment « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ShipmentService</name>
    <message>
        <source>%1 is outside Quebec (%2). Shipping food there is interprovincial trade: it needs a licence under the Safe Food for Canadians Regulations and a preventive control plan. Ship only if the kitchen holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which partner receives the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of %1 first: a shipment record needs the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one lot to the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 200 lines on one shipment: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price tier « %1 » is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts several freezers: say which one is restocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts no partner freezer: add it in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a freezer of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a restock goes to a partner freezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack of %1 is left in the kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in several places: say which one to take it from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship from a kitchen location, not from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs in quarantine are not shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » has no price in the tier « %2 »: set it in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 left at %2.</source>
        <translation>
            <numerusform>Only %n pack of %1 left at %2.</numerusform>
            <numerusform>Only %n packs of %1 left at %2.</numerusform>
        </translation>
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
    <message>
        <source>Create a kitchen (site) in the settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several kitchens exist: choose the default one in the settings, or say which kitchen does the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::StockService</name>
    <message>
        <source>The location %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 left at %2.</source>
        <translation>
            <numerusform>Only %n pack of %1 left at %2.</numerusform>
            <numerusform>Only %n packs of %1 left at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the packs are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the packs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs are already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss is either a loss or a destruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the packs were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which partner brings the packs back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the returned packs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned packs go to a kitchen location or to quarantine, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds only %n pack(s) of %2 shipped by us.</source>
        <translation>
            <numerusform>%1 holds only %n pack of %2 shipped by us.</numerusform>
            <numerusform>%1 holds only %n packs of %2 shipped by us.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which location was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one counted lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money collected cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » has no price in the tier « %2 »: set it in Settings before counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs from the stock: enter the reason of the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stock movement number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed: record the movement again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement %1 was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned packs of %2 since: reverse the return first.</source>
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
    <message>
        <source>There is no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::SyntheticCollective</name>
    <message>
        <source>On %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history lasts 1 to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collective has 1 to %1 kitchens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale is a number above 0 and at most 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the history is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds data (%1). A synthetic history is generated only into a new, empty database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::TaskRepository</name>
    <message>
        <source>This task is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::TaskService</name>
    <message>
        <source>« %1 » is not a lot or batch code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot or batch « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a program on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight handled must be between 0 and 5,000 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is already running for this participant (%1 since %2): stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task would last over 16 hours: enter the time it really ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be more than zero minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot last over 16 hours (%1 minutes entered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the duration or the end, not two that disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the task started and how long it lasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot last over 16 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ends in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is too far in the past. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant already has a task at that time (%1 from %2): the hours would count twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate or reject the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is still running: stop it before reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::TraceRepository</name>
    <message>
        <source>Unknown batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::TraceService</name>
    <message>
        <source>« %1 » is not a lot code or a Glaneur label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot « %1 ».</source>
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
    <message>
        <source>Enter a number of packs (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100,000 packs at once: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
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
    <message>
        <source>Kitchen freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner freezer (sales point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacuum-pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dehydrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peels and trim (compost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water loss (cooking, draining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanching water temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanching time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature after cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wash water check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacuum seal check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reach −18 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-employability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner freezer restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale at a partner freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale to an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss or spoilage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh fruit or vegetables, nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold only to manufacturers or institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display surface under 15 cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every nutrient can be declared 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::XlsxWriter</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
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
    <message>
        <source>Opens a batch, or the trace of a lot, from its code or label scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on the participants&apos; full-screen task screen (a touch station); its Quit button opens the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on that page: reception, processing, stock, cold-chain, shipping, traceability, reports or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the product labels of a finished lot, from its code or label scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the recall of a lot, from its code or label scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a kept recall record and its contact checklist.</source>
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
    <message>
        <source>« %1 » needs %2 (see « glaneur-cli help %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown value « %2 »; expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: « %2 » is not a record number (for example 12 or #12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the batch: glaneur-cli %1 BATCH …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 consumed in %3 (input #%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 added to %3 (input #%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step « %1 » recorded in %2 (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of %1 (%2) recorded in %3 (#%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 %2 is outside its limit (%3) and needs a corrective action; a batch cannot close without it: glaneur-cli batch action %4 --reading %5 --text &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading #%1 recorded in %2: %3 %4 (limit %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action recorded for reading #%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of what was consumed; threshold %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the unexplained loss of %1 is %2 of what %3 consumed, over the %4 % threshold. Check the weights and the losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 closed. Mass balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch %1 has no reading #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading #%1 corrected to %2 (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to correct with one of --input ID, --loss ID or --reading ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input #%1 corrected to %2 (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss #%1 corrected to %2 (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction of #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not traced by lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT OF LIMIT, no corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of limit, corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control readings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unexplained loss is over the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) outside the limit need a corrective action before closing.</source>
        <translation>
            <numerusform>%n reading outside the limit needs a corrective action before closing.</numerusform>
            <numerusform>%n readings outside the limit need a corrective action before closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose --open or --closed, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the participant by code: glaneur-cli participant edit P07 --name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the participant by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 deactivated; their task records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 recorded: %2, %3, %4 from %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the task by its number: glaneur-cli task validate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the task by its number: glaneur-cli task reject ID --note &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant hours from %1 to %2 (h:mm; rejected tasks do not count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli hold LOT --reason &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli release LOT --reason &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is on hold: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot %1 is released: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>farm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3 received %4 from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3 × %4 g, packed %5, best before %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1  %2, started %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packs, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: what %1 is made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: what was made of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), not traced by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing earlier: it was received as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no batch has used it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot: glaneur-cli trace LOT [--direction backward|forward|both]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction is backward, forward or both, not « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a place that holds stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code of letters, digits and dashes, e.g. HS-CONG1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner that hosts it (partner-freezer; name or #id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (default: now), e.g. 2026-11-22T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a processing batch; prints its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished product it makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen (default: the default kitchen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consume kilograms of a reception lot in a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception lot (code or scanned label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an ingredient that is not received by lot (water, oil, salt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingredient&apos;s product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a processing step, with kilograms in and out for its yield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the step started (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the step ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms that went into the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms that came out of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a loss: peels and trim to compost, rejects discarded, water lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step where it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a control reading against its critical limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading: °C (92.5), seconds or m:ss (3:00), minutes or h:mm (6:00), pass or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was taken (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, when the reading is outside its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the corrective action of a reading outside its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading&apos;s number (see batch show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output a finished lot of packs; prints its lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net grams of one pack (default: the product&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the packs are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack date (default: today); best-before follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a batch and print its mass balance; closed batches are immutable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an input, a loss or a reading with a reason (also on a closed batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input to correct (see batch show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right total in kilograms (inputs and losses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right value of the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything recorded in a batch, and its mass balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the batches, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only closed batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch code or product contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name chosen by the supervisor (e.g. a first name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day in the program (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day in the program (empty: still in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant under a pseudonymous code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous code, e.g. P07; never the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a participant (their records are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a participant&apos;s task after the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasted, in minutes (at most 16 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started (default: now minus the minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List task records, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this participant&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a task record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a task record; it no longer counts in the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant hours per participant and per program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: the first of this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required; kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a lot on hold: no processing, shipping or labelling until released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a lot from its hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genealogy of a lot, with the quantities at each hop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward, forward or both (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ingredient of a finished product by share of weight, e.g. CAROTTE:55; repeat it for each ingredient, the shares adding up to 100. Saves a new recipe version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition, version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained loss threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of what a batch consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unexplained-loss-percent needs a whole number of percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a batch&apos;s unexplained loss passes N % of what it consumed (5 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 recorded (limit %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is OUT OF LIMIT (%3). Cold-chain event #%4 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots in the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the corrective action: glaneur-cli temperature action %1 --text &quot;…&quot; [--thawed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cold unit has a reading on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading on %1 for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cold-chain event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cold-chain event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots (packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-chain event #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read %2 on %3 at %4 (limit %5), by %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lots declared thawed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the event by its number, e.g. 3 or #3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cold unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a cold unit&apos;s temperature; out of its limit, it opens an event listing the lots inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading in °C, e.g. -18.5 (or --celsius=-18.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer read (default: the unit&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was read (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the temperature readings, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this cold unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only readings out of limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cold units without a reading on a day (the daily reminder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cold-chain events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events without a corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a cold-chain event, its lots and its corrective actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the corrective action of a cold-chain event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lots in the unit thawed (« décongelé »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an amount in dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a temperature in degrees Celsius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the location: glaneur-cli location thermometer CODE --id THERMOMETER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the thermometer in it (cold units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the thermometer of a cold unit (its daily readings name it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 left at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 moved from %3 to %4 (movement #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 destroyed at %3: %4 (movement #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lost at %3: %4 (movement #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 returned by %3 to %4 (movement #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the movement: glaneur-cli reverse MOVEMENT_ID --reason &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement #%1 reversed by movement #%2: %3 of %4 back %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« movements » needs --lot or --location (see « glaneur-cli help movements »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring-days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past best-before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock on hand matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 can be picked in the kitchen; %3 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lot « %1 »: write the lot and the packs counted, e.g. P-261122-HS-01:12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count #%1 of %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1; collected: %2; difference: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one --packs for each --lot, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one --from for each --lot, in the same order, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was shipped. Add --confirm-outside-quebec to ship anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the shipment: glaneur-cli shipment show NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner freezer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped: %1 from %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Quebec: shipped after the warning was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the shipment: glaneur-cli shipment slip NUMBER --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the slip with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tier: glaneur-cli tier edit CODE --name-fr … --name-en …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tier: glaneur-cli tier %1 CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier %1 is deactivated.</source>
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
        <source>A pack of %1 costs %2 in the tier %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished lot (code or scanned label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move packs between two locations (to a partner freezer: a restock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the packs are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship packs to a partner (sale, donation or restock); prints the shipment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner who receives it (name or #id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished lot; repeat --lot, --packs and --from for several lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs of that lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where that lot is taken (default: where it is in the kitchen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier of a sale (default: the partner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner freezer a restock fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen it leaves from (default: the default kitchen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the delivery slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is outside Quebec and the kitchen may ship there (TR-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the shipments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this partner&apos;s shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or partner contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a shipment and its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bilingual delivery slip (or donation receipt) of a shipment as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs on hand per lot and location, earliest best-before first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the freezers at partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lots whose best-before is within D days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock ledger of a lot or a location, in the order it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements from or to this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a stock movement with a reversing movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record packs spoiled, broken or lost, or destroyed with --destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the packs were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs were destroyed (e.g. a held lot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs a partner brings back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they go: a kitchen location or quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a location; at a partner freezer the packs gone are sales, reconciled with the cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot and the packs found, e.g. P-261122-HS-01:12; repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money found in a partner freezer&apos;s cash box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a kitchen count differs, or cash is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which packs to take for an order: earliest best-before first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase code, e.g. solidarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a price tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a price tier (past sales keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a price tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the price tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the price of one pack of a product in a tier (from now on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one pack, e.g. 4.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current prices per tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this product (default: every finished product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 cannot be printed; missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 is frozen since its first print; reprints are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 is complete; its first print will freeze it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Printed %1: %2 × %3 (%4) by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the labels with --out FILE.pdf, FILE.png or FILE.zpl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi is 203 or 300 (the Zebra printer&apos;s head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n label of %1 written to %2.</numerusform>
            <numerusform>%n labels of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No food of the Canadian Nutrient File matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the food: glaneur-cli nutrient show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Canadian Nutrient File has no food %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 100 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: « %2 » is not a number with at most %3 decimal(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zero: unknown nutrient « %1 »; expected e.g. trans, saturated, sugars, cholesterol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allergen is CODE, or CODE:FRENCH NAME:ENGLISH NAME for tree nuts, fish, crustaceans and molluscs (e.g. tree-nut:Noix de Grenoble:Walnuts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian Nutrient File food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooked yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition Facts exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed 0 where unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-acid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook before eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product: glaneur-cli product labelling CODE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set what a product&apos;s label needs (serving, allergens, exemption, GTIN…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference amount in grams (85 for vegetables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving size in grams, e.g. 85 or 8,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household measure in French, e.g. « 2/3 tasse ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household measure in English, e.g. &quot;2/3 cup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished weight as a % of the ingredients&apos; weight (cooking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Nutrition Facts table: fresh-produce, ingredient-or-institution, small-package or all-zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the exemption applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Nutrition Facts table again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrients confirmed 0 where the nutrient file has no value, e.g. trans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN allocated by GS1 Canada (empty to remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-acid food (pH &gt; 4.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print « Cuire avant de consommer / Cook before eating ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allergen (repeat); species names for nuts, fish, shellfish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the allergens before adding those given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find foods of the Canadian Nutrient File (French or English words, or an id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Canadian Nutrient File food&apos;s values per 100 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a lot&apos;s labels: a finished lot&apos;s product label (PDF, PNG or ZPL), or a reception lot&apos;s label (PDF or PNG). The first print of a finished lot freezes its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf, FILE.png or FILE.zpl (ZPL: finished lots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label template (default roll-4x6 for finished lots, reception-4x3 for reception lots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL: the Zebra printer&apos;s resolution (203 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots: say what the label misses, or what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check is for the product label of a finished lot; %1 is a reception lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes of product labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 Digital Link through %1 for products with a GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain address of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qr-mode is plain or gs1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes of product labels: the lot&apos;s plain address, or a GS1 Digital Link for products with a GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain of the GS1 Digital Links (id.gs1.org by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained</source>
        <comment>mass balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recall of %1: %n finished lot(s) affected.</source>
        <translation>
            <numerusform>Recall of %1: %n finished lot affected.</numerusform>
            <numerusform>Recall of %1: %n finished lots affected.</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still on hand: %n pack(s).</source>
        <translation>
            <numerusform>Still on hand: %n pack.</numerusform>
            <numerusform>Still on hand: %n packs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recipients to reach: %n line(s).</source>
        <translation>
            <numerusform>Recipients to reach: %n line.</numerusform>
            <numerusform>Recipients to reach: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance of %1 (used: consumed by batches; in stock: not yet processed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance of the affected finished lots (received: packed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every affected lot was already on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) put on hold: %1.</source>
        <translation>
            <numerusform>%n lot put on hold: %1.</numerusform>
            <numerusform>%n lots put on hold: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason goes with --hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall record is written as FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a recall of the lot must reach: affected finished lots, stock on hand per location, recipients with their contacts, mass balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the lot and every affected lot on hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are held (with --hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as a CSV file, for the recall record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2, every kitchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2, kitchen %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reception lot(s)</source>
        <translation>
            <numerusform>%n reception lot</numerusform>
            <numerusform>%n reception lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) started</source>
        <translation>
            <numerusform>%n batch started</numerusform>
            <numerusform>%n batches started</numerusform>
        </translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pack(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches, stock losses and destructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold at sales points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered per kind of supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered per acquisition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered per farm (or supplier when the farm is unknown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed per ingredient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From traced lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced per product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed per channel and price tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold or given per price tier (restocks excluded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations supplied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant hours per program (rejected tasks do not count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report indicators takes no argument: use --from, --to, --site and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators from %1 to %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators of a period: kg recovered, processed, produced, lost and distributed, organisations supplied, participant hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: the first of the last day&apos;s month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kitchen (default: every kitchen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write FILE.csv or FILE.xlsx instead of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s lots from %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mock recall in the last 12 months: run one (SFCR 84(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mock recall was run in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot, or the supplier and the period: glaneur-cli recall LOT | recall --supplier NAME --from DATE --to DATE [--hold --reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s recall needs --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a lot: every lot this supplier or farm brought in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --supplier: the first day of the deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --supplier: the last day of the deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mock recall: timed from start to report and kept (every 12 months, SFCR 84(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the recalls and mock recalls on record, and say if one is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD), included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (UTF-8, RFC 4180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability records for CFIA (SFCR s. 90): every movement of a lot&apos;s genealogy or of a period, as one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every movement of this lot&apos;s whole genealogy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAPAQ sales and deliveries register (2.2.6) of a period, as one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mock recall holds nothing: leave out --hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years and --sites take a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number, for example 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 receptions, %3 batches, %4 finished lots, %5 shipment lines, %6 stock movements, %7 tasks (%8 elapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from %1 to %2 written to %3: %4 MB in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new, empty database with a synthetic history of a collective (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of history, ending on 31 December 2025 (default: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchens of the collective (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices: the same seed gives the same database (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the daily volumes; 0.01 gives a small database of the same shape (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes goes with --mock or --record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --mock (an exercise) or --record (a real recall), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall recorded as #%1: %2 s from start to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall recorded as #%1. Add each contact with « glaneur-cli recall contact %1 --recipient NAME … »; print the record with « glaneur-cli recall record %1 --out FILE.pdf ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recall record: glaneur-cli recall contact ID --recipient NAME [--method phone|email|visit|other] [--not-reached] [--returned N] [--destroyed N] [--on-sale N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with %1 recorded (%2): %3 returned, %4 destroyed, %5 still on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt to reach %1 recorded (%2): nobody reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recall record: glaneur-cli recall record ID [--out FILE.pdf|FILE.csv]; « glaneur-cli recall --exercises » lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall record is written as FILE.pdf or FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall #%1 of %2, recorded %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall #%1 of %2, recorded %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real recall: keep this report as its recall record, for its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --mock or --record: gaps found and corrective actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line to a recall&apos;s contact checklist: who was called, and what they returned or destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient, as the recall lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone (default), email, visit or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered: a message was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs the recipient has returned so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs the recipient has destroyed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs still on sale or in its freezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept recall or mock recall with its contact checklist; as PDF or CSV with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recall record to this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::documents::DeliverySlip</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::documents::RecallRecordDocument</name>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall (exercise, SFCR 84(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s deliveries from %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs still on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots on hold when recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on hand when the report was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack left in any freezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness: %1 of %2 recipients reached; %3 of %4 packs received returned or destroyed; %5 still on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each recipient received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, or packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped or sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gram is accounted for: the balance closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the quantity is unexplained: see the notes for what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — to complete and have approved before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recalls the following product(s), because [reason to write].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, packs of %2; lot(s) %3; best before %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product had not left the kitchens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sold or given from %1 to %2 at: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label shows the product name, « Garder congelé / Keep Frozen » and the lot code next to the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not eat this product. Bring it back where you got it or throw it away. Questions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by Glaneur; kept at least 2 years (SFCR 84(2), 85).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, gaps and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall coordinator: ______________________________  Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: ______________________________  Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft public notice</source>
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
    <message>
        <source>Letter sheet, 4 labels 4.25 × 5.5 in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ProductLabel</name>
    <message>
        <source>The label of lot %1 has no QR code address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label template « %1 » is too small for the complete label of a product; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the label of lot %1 does not fit the template « %2 » at a legible size; shorten the names or the ingredient list, or choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::labels::ProductLabelZpl</name>
    <message>
        <source>ZPL labels are written for printers of 8 dots/mm (203 dpi) or 12 dots/mm (300 dpi), not %1 dots/mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label template « %1 » cannot be used for a Zebra printer: the product label needs a roll of single labels of at least 4 × 5 in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code of this lot is too large for the label template « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product label does not fit on the label template « %1 »; choose a larger label.</source>
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
    <name>glaneur::ui::BatchDetailPanel</name>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed batch can no longer be changed; mistakes are then fixed by corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done about the selected reading outside its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction of the selected line, with its reason. The original line stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the crate&apos;s label or type the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredient without lot (water, salt…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no particular step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action, if outside the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the finished lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a batch in the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composition v%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed &lt;b&gt;%1&lt;/b&gt; = packed &lt;b&gt;%2&lt;/b&gt; + lost &lt;b&gt;%3&lt;/b&gt; + unexplained &lt;b&gt;%4&lt;/b&gt; (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the %1 % threshold: check the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTSIDE LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — corrective action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replaced by a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kilograms taken from the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kilograms of the ingredient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step « %1 » recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kilograms lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside its limit (%2): record the corrective action before closing the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lot %1 created: %2 packs of %3 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the batch %1? It can no longer be changed afterwards; mistakes are then fixed by corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading is outside its limit without a corrective action: record the action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 of what was consumed is unexplained (over the %2 % threshold). Check the weights, the losses and the packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch made no finished lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right value of « %1 » (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right total weight for line #%1, in kg (0 to cancel it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the reading outside its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (e.g. blanched again 2 min at 95 °C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product labels of the selected finished lot: preview, print, PDF, PNG or ZPL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the finished lot whose labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ColdActionDialog</name>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 read on %4 (limit %5), thermometer %6, by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots in the unit then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, e.g. door closed, bags moved to freezer 2, −19 °C two hours later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it when the bags had softened: the lots above are then flagged « thawed » in the stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ColdChainPage</name>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold units today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer reading of the selected unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the thermometer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the thermometer that stays in the selected unit; readings take it by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-chain events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken, thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed events too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done about the selected event, and whether the product thawed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot in the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
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
        <source>Out of limit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No temperature reading yet today for %n cold unit(s): %1.</source>
        <translation>
            <numerusform>No temperature reading yet today for %n cold unit: %1.</numerusform>
            <numerusform>No temperature reading yet today for %n cold units: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All cold units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cold-chain event(s) need a corrective action: %1.</source>
        <translation>
            <numerusform>%n cold-chain event needs a corrective action: %1.</numerusform>
            <numerusform>%n cold-chain events need a corrective action: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cold-chain event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cold-chain event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 on %4 (limit %5), thermometer %6, read by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot was in the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is above its limit (%3). A cold-chain event was opened with the %n lot(s) that were in the unit.</source>
        <translation>
            <numerusform>%1 in %2 is above its limit (%3). A cold-chain event was opened with the %n lot that were in the unit.</numerusform>
            <numerusform>%1 in %2 is above its limit (%3). A cold-chain event was opened with the %n lots that were in the unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the corrective action now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action recorded for %1; its lots are flagged « thawed ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cold unit whose thermometer you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the thermometer in %1 — %2 (now: %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thermometer of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::CountDialog</name>
    <message>
        <source>Count a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money found in the cash box, e.g. 42,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when the count differs from the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales point of %1, price tier « %2 »: the packs gone are recorded as sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference with the stock is recorded as an inventory adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is in stock here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count matches the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) differ from the stock.</source>
        <translation>
            <numerusform>%n lot differs from the stock.</numerusform>
            <numerusform>%n lots differ from the stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n pack(s), expected %1.</source>
        <translation>
            <numerusform>Sold: %n pack, expected %1.</numerusform>
            <numerusform>Sold: %n packs, expected %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected: %1, difference %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product has no price in this tier: set it in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packs sold: %n</source>
        <translation>
            <numerusform>Packs sold: %n</numerusform>
            <numerusform>Packs sold: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Money expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted (packs): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count matched the stock.</source>
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
    <name>glaneur::ui::LocationDialog</name>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HS-CONG3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chest freezer by the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;itchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T-103</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thermometer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kitchen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. With a thermometer, the quarantine gets a daily reading like a freezer (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number written on the unit&apos;s thermometer: each day&apos;s reading must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and dashes. The code cannot be changed once the location is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LocationPanel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen or host partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;thermometer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location&apos;s code, kind and place are fixed once it is created. A location that still holds packs cannot be deactivated: move its stock first (Stock page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a place of the kind « %2 »: it gets no temperature readings, so it has no thermometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the thermometer in %1 — %2 (now: %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the location %1 — %2? It will no longer be offered for stock; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::LossDialog</name>
    <message>
        <source>Loss or destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. bags torn, freezer breakdown, recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack of %1 is in stock here: check the lot code.</source>
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
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
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
    <message>
        <source>Participants&apos; tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::MoveDialog</name>
    <message>
        <source>Move packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where the packs go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot is held: it can only go to quarantine (or be destroyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. freezer 1 defrost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack of %1 is in stock here: check the lot code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::NumericKeypad</name>
    <message>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ParticipantDialog</name>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only a code and a first name or nickname here: no surname, birth date or contact details (Law 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. P07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the task screen, e.g. Amélie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
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
    <message>
        <source>(none: full price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social price tier of this partner&apos;s purchases; see Settings &gt; Price tiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PriceTierDialog</name>
    <message>
        <source>Price tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;. Partners and shipments refer to it; it cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Écoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::PriceTierPanel</name>
    <message>
        <source>Code</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the tier « %1 »? It will no longer be offered for new shipments; past shipments and prices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per pack of a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per pack ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a price to change it (for example 4,25). The new price applies to shipments from now on; past shipments keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet: a sale of this product in this tier is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be removed: enter the new price instead (0 for free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not an amount in dollars, e.g. 4,25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price of %1 in the tier « %2 »: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProcessingPage</name>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; task screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the full-screen, touch-friendly screen where participants record their tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a batch or a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots</source>
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
        <source>One ingredient per line, CODE:PERCENT, adding up to 100, e.g.
CAROTTE:55
EAU:30
OIGNON:12
HUILE-CANOLA:2
SEL:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The composition of a finished product, by weight. Each change makes a new version; batches keep the version they used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is saved, but not its composition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is saved, but not its label: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductLabelDialog</name>
    <message>
        <source>Labels of lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n pack(s) of %3 g, best before %4</source>
        <translation>
            <numerusform>%1 / %2 — %n pack of %3 g, best before %4</numerusform>
            <numerusform>%1 / %2 — %n packs of %3 g, best before %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Label stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One label per pack of the lot by default.</source>
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
        <source>Every page as it will print; printing from the preview is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer and print the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF file with every label, to print later or elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image per page, at 300 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ZPL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file for a Zebra thermal printer (203 dpi), on a roll of at least 4 × 5 in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label frozen at its first print, %1 by %2: reprints are identical, whatever changed since in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label&apos;s content will be frozen at its first print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label stock is large enough for a product label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the label cannot be printed yet (see why on the right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints of this lot: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints of this lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n label sent to the printer.</numerusform>
            <numerusform>%n labels sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved in %1.</source>
        <translation>
            <numerusform>%n label saved in %1.</numerusform>
            <numerusform>%n labels saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) saved, the first in %1.</source>
        <translation>
            <numerusform>%n image saved, the first in %1.</numerusform>
            <numerusform>%n images saved, the first in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL for Zebra printers (*.zpl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ProductLabellingEditor</name>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbohydrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sugars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian Nutrient File food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: carotte congelée, frozen carrot, 2383…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the food: the label then needs an exemption from the Nutrition Facts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 100 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm 0 for an unknown value, only where you know the food has none (no trans fat in a vegetable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown value (« unknown ») stops the Nutrition Facts table. Tick « 0 » only where you know the food has none, such as trans fat in a plant food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household measure, &amp;French:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household measure, &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>85 g for vegetables, 140 g for fruit, 250 mL for soups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooked &amp;yield:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight after cooking ÷ weight of the ingredients: 90 % for a soup that loses a tenth of its water; 100 % when cooking changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition Facts table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (table printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens, gluten and sulphites (« Contains »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by their species, in French and in English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low-acid food (pH above 4.6, water activity above 0.85)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen low-acid food in a vacuum pack must say « Keep frozen ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« &amp;Cook before eating » (blanched, not ready to eat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GT&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated by GS1 Canada; never invented. Without one, the QR code is the plain address of the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serving « %1 » is not a weight in grams (for example 85 or 42,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cooked yield « %1 » is not a percentage (for example 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No food chosen: the label needs an exemption from the Nutrition Facts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food %1 is not in the Canadian Nutrient File shipped with Glaneur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this product needs no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an exemption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallContactDialog</name>
    <message>
        <source>Contact with a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone was reached (uncheck for no answer, message left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spoke with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pack(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned so &amp;far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroyed so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still &amp;on sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %n pack(s) of the affected lots.</source>
        <translation>
            <numerusform>Received %n pack of the affected lots.</numerusform>
            <numerusform>Received %n packs of the affected lots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallDialog</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everything on &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recalled lot and every affected lot, in one step: no shipping, moving or labelling until each is released or destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole report in one file for the recall record, opened by any spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall of the lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n finished lot(s)&lt;/b&gt; affected</source>
        <translation>
            <numerusform>&lt;b&gt;%n finished lot&lt;/b&gt; affected</numerusform>
            <numerusform>&lt;b&gt;%n finished lots&lt;/b&gt; affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n pack(s)&lt;/b&gt; still on hand</source>
        <translation>
            <numerusform>&lt;b&gt;%n pack&lt;/b&gt; still on hand</numerusform>
            <numerusform>&lt;b&gt;%n packs&lt;/b&gt; still on hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n delivery(ies)&lt;/b&gt; to follow up</source>
        <translation>
            <numerusform>&lt;b&gt;%n delivery&lt;/b&gt; to follow up</numerusform>
            <numerusform>&lt;b&gt;%n deliveries&lt;/b&gt; to follow up</numerusform>
        </translation>
    </message>
    <message>
        <source>everything is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 affected lots on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recall as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, or packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped or sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gram is accounted for: the balance closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the quantity is unexplained: counts found a difference, or a movement was not recorded. Check the stock ledger of the affected lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the reception lot, « in stock » is what batches have not consumed yet; for the finished lots, « received » is what was packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everything on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are %1 and its %n affected lot(s) held? (kept in each lot&apos;s history)</source>
        <translation>
            <numerusform>Why are %1 and its %n affected lot held? (kept in each lot&apos;s history)</numerusform>
            <numerusform>Why are %1 and its %n affected lots held? (kept in each lot&apos;s history)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lot was already on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) put on hold: %1.</source>
        <translation>
            <numerusform>%n lot put on hold: %1.</numerusform>
            <numerusform>%n lots put on hold: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record as a &amp;mock recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this exercise, timed from the moment the report appeared, with what it showed: required at least every 12 months (SFCR 84(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier or farm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall of a supplier&apos;s deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier or farm and the days of its deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall of the deliveries of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n reception lot(s)&lt;/b&gt; delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%n reception lot&lt;/b&gt; delivered</numerusform>
            <numerusform>&lt;b&gt;%n reception lots&lt;/b&gt; delivered</numerusform>
        </translation>
    </message>
    <message>
        <source>Record as a mock recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the exercise show? Gaps found, corrective actions, who does what by when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mock recall recorded: %n minute(s) from the first report to now.</source>
        <translation>
            <numerusform>Mock recall recorded: %n minute from the first report to now.</numerusform>
            <numerusform>Mock recall recorded: %n minutes from the first report to now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplier&apos;s lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 held? (kept in the lot&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the recall to keep it, with its contact checklist: who was reached when, and the packs each recipient returned or destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record to print, sign and keep 2 years: lots, stock, checklist, mass balance, findings and a draft public notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as a recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real recall: keeps this report as its record, kept 2 years, and opens its contact checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall record #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded %1 by %2; holds and stock as they were then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No affected pack left the kitchens: nobody to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried %1: nobody reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What triggered this recall? (a supplier&apos;s call, a complaint, a test result; kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall recorded as #%1. Record each contact with a recipient as you make it; the PDF record gathers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recall record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall record saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::RecallRecordsDialog</name>
    <message>
        <source>Recall records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recall and mock recall kept, latest first. Kept at least 2 years (SFCR 84(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>The %n most recent lot(s) are shown; scroll down for more.</source>
        <translation>
            <numerusform>The most recent lot is shown; scroll down for more.</numerusform>
            <numerusform>The %n most recent lots are shown; scroll down for more.</numerusform>
        </translation>
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
    <name>glaneur::ui::ReportsPage</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kitchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook with one sheet per table, for LibreOffice Calc or Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>recovered from %n reception lot(s)</source>
        <translation>
            <numerusform>recovered from %n reception lot</numerusform>
            <numerusform>recovered from %n reception lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>processed in %n batch(es)</source>
        <translation>
            <numerusform>processed in %n batch</numerusform>
            <numerusform>processed in %n batches</numerusform>
        </translation>
    </message>
    <message>
        <source>bags produced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>to partners in %n bag(s)</source>
        <translation>
            <numerusform>to partners in %n bag</numerusform>
            <numerusform>to partners in %n bags</numerusform>
        </translation>
    </message>
    <message>
        <source>organisations supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered, the %1 biggest sources (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered per source (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bags produced per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed per channel (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ReturnDialog</name>
    <message>
        <source>Return from a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bag&apos;s label or type the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. unsold at the end of the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, best before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pack(s) received)</source>
        <translation>
            <numerusform>%1 (%n pack received)</numerusform>
            <numerusform>%1 (%n packs received)</numerusform>
        </translation>
    </message>
    <message>
        <source>no partner holds packs of this lot shipped by us.</source>
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
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is flagged when the weight nobody can explain (neither packed nor recorded as a loss) passes this share of what it consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unexplained loss threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain address (https://domain/l/lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 Digital Link for the products that have a GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GS1 mode, a product with a GTIN allocated by GS1 Canada gets a GS1 Digital Link (https://&lt;resolver&gt;/01/&lt;GTIN&gt;/10/&lt;lot&gt;); the others keep the plain address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 resol&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentDraftModel</name>
    <message>
        <source>%1 (thawed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of packs (at least 1) for %1, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of %1 at %2.</source>
        <translation>
            <numerusform>Only %n pack of %1 at %2.</numerusform>
            <numerusform>Only %n packs of %1 at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentEditor</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;freezer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: delivery instructions, order number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a p&amp;roduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick a finished product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, &amp;earliest best-before first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the packs from the lots that expire first (FEFO), in the kitchen&apos;s locations. Held and thawed lots are never proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or scan a &amp;lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label or type the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the packs of a line to change them; Delete removes the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line of this shipment? Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address and price tier show here once it is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no price tier (full price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — price tier: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A donation is always free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message>
        <source>donation, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid when the freezer is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a finished product of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) on hold</source>
        <translation>
            <numerusform>%n pack on hold</numerusform>
            <numerusform>%n packs on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thawed pack(s)</source>
        <translation>
            <numerusform>%n thawed pack</numerusform>
            <numerusform>%n thawed packs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not proposed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack of « %1 » can be shipped from the kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n pack(s) of « %1 » can be shipped from the kitchen: nothing added; ask for fewer.</source>
        <translation>
            <numerusform>Only %n pack of « %1 » can be shipped from the kitchen: nothing added; ask for fewer.</numerusform>
            <numerusform>Only %n packs of « %1 » can be shipped from the kitchen: nothing added; ask for fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pack(s))</source>
        <translation>
            <numerusform>%1 (%n pack)</numerusform>
            <numerusform>%1 (%n packs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a lot code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs of %1 are in quarantine: they are not shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished lot « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack of %1 is left in the kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is on hold: it cannot be shipped until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is on hold (%2): it cannot be shipped until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thawed lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was declared thawed (« décongelé »). Thawed food must not be refrozen and is used quickly; the slip will say so.

Ship it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 not added: it was declared thawed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n more pack(s) of %1 in the kitchen.</source>
        <translation>
            <numerusform>Only %n more pack of %1 in the kitchen.</numerusform>
            <numerusform>Only %n more packs of %1 in the kitchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added: %1 (%n pack(s)).</source>
        <translation>
            <numerusform>Added: %1 (%n pack).</numerusform>
            <numerusform>Added: %1 (%n packs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner who receives the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not in the partner list. Pick a partner from the list, or add it in Settings &gt; Partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line: a product (earliest best-before first) or a scanned lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping outside Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1 recorded: %n pack(s) to %2.</source>
        <translation>
            <numerusform>Shipment %1 recorded: %n pack to %2.</numerusform>
            <numerusform>Shipment %1 recorded: %n packs to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no address: enter it in Settings › Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no freezer at this partner: add it in Settings › Locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts no partner freezer: add it in Settings › Locations first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShipmentHistoryPanel</name>
    <message>
        <source>Search: shipment number or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thawed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a shipment to see its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the freezer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped outside Quebec after the warning was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::ShippingPage</name>
    <message>
        <source>No slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donation receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 is recorded. Print its %2 now?</source>
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
<context>
    <name>glaneur::ui::SlipPrinting</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused %1. Check that it is on, or save the slip as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::StockPage</name>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move packs to another freezer, to a partner freezer or to quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss or destruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs spoiled, broken, lost or destroyed, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs a partner brings back into one of our places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what a freezer holds; at a partner freezer, also the money collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held lot cannot be shipped, moved (except to quarantine) or labelled until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a product or a lot code, or scan a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any best-before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest best-before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Best-before within %n day(s)</source>
        <translation>
            <numerusform>Best-before within %n day</numerusform>
            <numerusform>Best-before within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its best-before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places of this lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse this movement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a mistake with a new movement that puts the packs back; the original stays in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kitchen places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partner freezers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s)</source>
        <translation>
            <numerusform>%Ln pack</numerusform>
            <numerusform>%Ln packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) held</source>
        <translation>
            <numerusform>%Ln lot held</numerusform>
            <numerusform>%Ln lots held</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see its movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to see its lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of %1, all places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cold chain (%n to do)</source>
        <translation>
            <numerusform>Cold chain (%n to do)</numerusform>
            <numerusform>Cold chain (%n to do)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of %1 moved from %2 to %3.</source>
        <translation>
            <numerusform>%n pack of %1 moved from %2 to %3.</numerusform>
            <numerusform>%n packs of %1 moved from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pack(s) of %2 taken out of %3.</source>
        <translation>
            <numerusform>%1: %n pack of %2 taken out of %3.</numerusform>
            <numerusform>%1: %n packs of %2 taken out of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of %1 returned by %2 into %3.</source>
        <translation>
            <numerusform>%n pack of %1 returned by %2 into %3.</numerusform>
            <numerusform>%n packs of %1 returned by %2 into %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the lot to hold or release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 released (e.g. test results good)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 held? Until it is released it cannot be shipped, moved (except to quarantine) or labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the movement to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement #%1 is itself a reversal: record the movement again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement #%1 was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reverse #%1 (%2, %n pack(s) of %3)? Reason:</source>
        <translation>
            <numerusform>Reverse #%1 (%2, %n pack of %3)? Reason:</numerusform>
            <numerusform>Reverse #%1 (%2, %n packs of %3)? Reason:</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement #%1 reversed by #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product labels of the selected lot: preview, print, PDF, PNG or ZPL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the lot whose labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::StockSourceFields</name>
    <message>
        <source>Scan the bag&apos;s label or type the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n pack(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n pack)</numerusform>
            <numerusform>%1 — %2 (%n packs)</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack of %1 is in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, best before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n pack(s) here</source>
        <translation>
            <numerusform>of %n pack here</numerusform>
            <numerusform>of %n packs here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskEntryDialog</name>
    <message>
        <source>Enter a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, or pick or type the batch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kilograms handled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskReviewPage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To validate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the selected tasks (several with Ctrl or Shift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a task whose stop was forgotten, at the time it really ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program / participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To validate (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the part of each task inside the period counts; rejected tasks never count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks, %2 to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n participant(s))</source>
        <translation>
            <numerusform>%1 (%n participant)</numerusform>
            <numerusform>%1 (%n participants)</numerusform>
        </translation>
    </message>
    <message>
        <source>No hours in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All programs: %1 validated, %2 to validate, %3 in all (%n participant(s)).</source>
        <translation>
            <numerusform>All programs: %1 validated, %2 to validate, %3 in all (%n participant).</numerusform>
            <numerusform>All programs: %1 validated, %2 to validate, %3 in all (%n participants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tasks to reject first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these tasks rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the tasks to validate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) validated.</source>
        <translation>
            <numerusform>%n task validated.</numerusform>
            <numerusform>%n tasks validated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) rejected.</source>
        <translation>
            <numerusform>%n task rejected.</numerusform>
            <numerusform>%n tasks rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one running task to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did %1&apos;s task « %2 » end? (HH:MM on the day it started, or YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a time such as 14:30 or 2026-11-22 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s task « %2 » ended at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TaskScreen</name>
    <message>
        <source>Glaneur — tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant yet.
A supervisor adds them in Settings › Participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label of the crate or of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (cleaning…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or touch the batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch is open right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have already finished: enter the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of what you handled, if you weighed it. Otherwise touch « Skip ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now, or already done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes did you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many kilograms? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off you go, %1! « %2 » started at %3. Come back here when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of minutes, or touch a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1! « %2 » recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1! « %2 » recorded: %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or touch a duration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TemperatureDialog</name>
    <message>
        <source>Temperature reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cold unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number on the thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thermometer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -19,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emperature (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. door found ajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cold unit is set up: add the freezers and cold rooms in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the limit of %1: saving opens a cold-chain event that needs a corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 or colder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the temperature read, in °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » is not a temperature in °C (one decimal at most).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glaneur::ui::TracePage</name>
    <message>
        <source>Trace a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a label or type a lot code (reception or finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward and forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: what it became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the farm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 from %2, %3 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packs, packed %2, best before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch of %1, kitchen %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; also %1 (no lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received directly from the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reception lot(s) from %1, </source>
        <translation>
            <numerusform>%n reception lot from %1, </numerusform>
            <numerusform>%n reception lots from %1, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), </source>
        <translation>
            <numerusform>%n batch, </numerusform>
            <numerusform>%n batches, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished lot(s).</source>
        <translation>
            <numerusform>%n finished lot.</numerusform>
            <numerusform>%n finished lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a recall of this lot must reach: affected lots, stock on hand, recipients, mass balance; and the hold of everything in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall a &amp;supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a farm or a supplier recalls a field or a delivery: every lot it brought in a period, and what they became.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last mock recall was on %1, more than 12 months ago: run one now (trace a lot, « Recall… », then « Record as a mock recall… »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mock recall on record: run one at least every 12 months (trace a lot, « Recall… », then « Record as a mock recall… »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last mock recall: %1; the next one is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s), %1</source>
        <translation>
            <numerusform>%n pack, %1</numerusform>
            <numerusform>%n packs, %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put in their freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold to the public from their freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pack left and none shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock and shipments unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall recor&amp;ds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recalls and mock recalls kept: their reports, contact checklists and PDF records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
