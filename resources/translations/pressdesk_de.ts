<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AddCategoryCommand</name>
        <message>
            <source>Add category “%1”</source>
            <translation>Kategorie „%1“ hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>AddContactCommand</name>
        <message>
            <source>Add contact “%1”</source>
            <translation>Kontakt „%1“ anlegen</translation>
        </message>
    </context>
    <context>
        <name>AddKitCommand</name>
        <message>
            <source>Create press kit “%1”</source>
            <translation>Pressemappe „%1“ anlegen</translation>
        </message>
    </context>
    <context>
        <name>AddMilestoneCommand</name>
        <message>
            <source>Add “%1”</source>
            <translation>„%1“ hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationCommand</name>
        <message>
            <source>Add organisation “%1”</source>
            <translation>Organisation „%1“ anlegen</translation>
        </message>
    </context>
    <context>
        <name>AddQuoteCommand</name>
        <message>
            <source>Add quote “%1”</source>
            <translation>Zitat „%1“ hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>AddressListEditor</name>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straße und Hausnummer</translation>
        </message>
        <message>
            <source>Address addition</source>
            <translation>Adresszusatz</translation>
        </message>
        <message>
            <source>Addition, e.g. c/o, room</source>
            <translation>Zusatz, z. B. c/o, Raum</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Bundesland/Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Kind of address</source>
            <translation>Art der Anschrift</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Öffentlich</translation>
        </message>
        <message>
            <source>A public address is printed in press releases and kits</source>
            <translation>Eine öffentliche Anschrift wird in Pressemitteilungen und -mappen gedruckt</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Bevorzugt</translation>
        </message>
        <message>
            <source>The address used first, e.g. for the press kit's envelope</source>
            <translation>Die Anschrift, die zuerst gilt, z. B. für den Umschlag der Pressemappe</translation>
        </message>
        <message>
            <source>Address shown</source>
            <translation>Angezeigte Anschrift</translation>
        </message>
        <message>
            <source>Add Address</source>
            <translation>Weitere Anschrift</translation>
        </message>
        <message>
            <source>Add another postal address</source>
            <translation>Eine weitere Postanschrift hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Remove the address shown</source>
            <translation>Die angezeigte Anschrift entfernen</translation>
        </message>
    </context>
    <context>
        <name>Asset</name>
        <message>
            <source>An asset needs a file name.</source>
            <translation>Eine Datei braucht einen Dateinamen.</translation>
        </message>
        <message>
            <source>The asset “%1” has no content.</source>
            <translation>Die Datei „%1“ ist leer.</translation>
        </message>
        <message>
            <source>A photo needs a credit line.</source>
            <translation>Ein Foto braucht eine Bildquelle (Credit).</translation>
        </message>
    </context>
    <context>
        <name>AssetRepository</name>
        <message>
            <source>The file no longer exists.</source>
            <translation>Die Datei existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>A category needs a name.</source>
            <translation>Eine Kategorie braucht einen Namen.</translation>
        </message>
        <message>
            <source>The category colour must look like #1f77b4.</source>
            <translation>Die Farbe der Kategorie muss wie #1f77b4 aussehen.</translation>
        </message>
    </context>
    <context>
        <name>CategoryEditor</name>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Farbe:</translation>
        </message>
        <message>
            <source>#1f77b4</source>
            <translation>#1f77b4</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen …</translation>
        </message>
    </context>
    <context>
        <name>CategoryRepository</name>
        <message>
            <source>The category no longer exists.</source>
            <translation>Die Kategorie existiert nicht mehr.</translation>
        </message>
        <message>
            <source>There is no category “%1”.</source>
            <translation>Es gibt keine Kategorie „%1“.</translation>
        </message>
    </context>
    <context>
        <name>ChangeQuoteStateCommand</name>
        <message>
            <source>Change authorisation</source>
            <translation>Freigabe ändern</translation>
        </message>
        <message>
            <source>Request authorisation of “%1”</source>
            <translation>Freigabe von „%1“ anfragen</translation>
        </message>
        <message>
            <source>Mark “%1” as authorised</source>
            <translation>„%1“ als autorisiert markieren</translation>
        </message>
        <message>
            <source>Withdraw “%1”</source>
            <translation>„%1“ zurückziehen</translation>
        </message>
        <message>
            <source>Take “%1” back to draft</source>
            <translation>„%1“ in den Entwurf zurückholen</translation>
        </message>
        <message>
            <source>The quote changed its authorisation in the meantime.</source>
            <translation>Die Freigabe des Zitats hat sich inzwischen geändert.</translation>
        </message>
        <message>
            <source>The quote is no longer “%1” (it is “%2” now), so this step cannot be undone.</source>
            <translation>Das Zitat ist nicht mehr „%1“ (es ist jetzt „%2“), daher lässt sich dieser Schritt nicht rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>ChronicleAssembler</name>
        <message>
            <source>There is no such category.</source>
            <translation>Diese Kategorie gibt es nicht.</translation>
        </message>
        <message>
            <source>No approved milestone matches: the chronicle would be empty.</source>
            <translation>Kein freigegebener Meilenstein passt: Die Chronik wäre leer.</translation>
        </message>
    </context>
    <context>
        <name>ChronicleHandout</name>
        <message>
            <source>The chronicle could not be drawn: %1</source>
            <translation>Die Chronik ließ sich nicht zeichnen: %1</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Create the Bochum demo database in a new file.</source>
            <translation>Die Bochum-Demodatenbank in einer neuen Datei anlegen.</translation>
        </message>
        <message>
            <source>Show the schema version and the number of rows per table.</source>
            <translation>Schemaversion und Zahl der Zeilen je Tabelle anzeigen.</translation>
        </message>
        <message>
            <source>Usage: pressdesk [FILE] | pressdesk --demo | pressdesk COMMAND --db FILE

Commands:
</source>
            <translation>Aufruf: pressdesk [DATEI] | pressdesk --demo | pressdesk BEFEHL --db DATEI

Befehle:
</translation>
        </message>
        <message>
            <source>
Run 'pressdesk COMMAND --help' for the options of a command.
</source>
            <translation>
'pressdesk BEFEHL --help' zeigt die Optionen eines Befehls.
</translation>
        </message>
        <message>
            <source>The PressDesk database file.</source>
            <translation>Die PressDesk-Datenbankdatei.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Unerwartetes Argument: %1</translation>
        </message>
        <message>
            <source>Missing --db FILE.</source>
            <translation>--db DATEI fehlt.</translation>
        </message>
        <message>
            <source>Created the demo database %1.</source>
            <translation>Demodatenbank %1 angelegt.</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schemaversion: %1</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Unbekannter Befehl „%1“.</translation>
        </message>
        <message>
            <source>Missing %1.</source>
            <translation>%1 fehlt.</translation>
        </message>
        <message>
            <source>The timeline can be exported as .json (TimelineJS) or .csv, not as “%1”.</source>
            <translation>Die Zeitleiste lässt sich als .json (TimelineJS) oder .csv exportieren, nicht als „%1“.</translation>
        </message>
        <message>
            <source>Also export milestones that are not approved yet (left out by default).</source>
            <translation>Auch noch nicht freigegebene Meilensteine exportieren (sonst ausgelassen).</translation>
        </message>
        <message>
            <source>The CSV field separator: ',' (default) or ';' (German Excel).</source>
            <translation>Das CSV-Trennzeichen: ',' (Standard) oder ';' (deutsches Excel).</translation>
        </message>
        <message>
            <source>CHAR</source>
            <translation>ZEICHEN</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
        </message>
        <message>
            <source>The separator must be ',' or ';', not “%1”.</source>
            <translation>Das Trennzeichen muss ',' oder ';' sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>Missing -o FILE.</source>
            <translation>-o DATEI fehlt.</translation>
        </message>
        <message>
            <source>Unknown export “%1”; known: %2.</source>
            <translation>Unbekannter Export „%1“; bekannt: %2.</translation>
        </message>
        <message>
            <source>(duplicate)</source>
            <translation>(schon vorhanden)</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>„%1“: %2</translation>
        </message>
        <message>
            <source>Kinds:</source>
            <translation>Arten:</translation>
        </message>
        <message>
            <source>Show what would be imported; write nothing.</source>
            <translation>Zeigen, was übernommen würde; nichts schreiben.</translation>
        </message>
        <message>
            <source>Unknown kind of import “%1”. Known kinds: %2.</source>
            <translation>Unbekannte Importart „%1“. Bekannte Arten: %2.</translation>
        </message>
        <message>
            <source>Search contacts: search contacts QUERY --db DB.</source>
            <translation>Kontakte suchen: search contacts SUCHE --db DB.</translation>
        </message>
        <message>
            <source>Contacts: also export internal channels and notes (public ones only by default).</source>
            <translation>Kontakte: auch interne Kontaktwege und Notizen exportieren (sonst nur öffentliche).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No contact could be read from %1: line %2: %3</source>
            <translation>Aus %1 konnte kein Kontakt gelesen werden: Zeile %2: %3</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Es wurde nichts importiert: %1</translation>
        </message>
        <message>
            <source>Added %1, merged %2, skipped %3, errors %4.</source>
            <translation>Hinzugefügt %1, zusammengeführt %2, übersprungen %3, Fehler %4.</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>%1: no column with a name was found in the first line (%2).</source>
            <translation>%1: In der ersten Zeile wurde keine Spalte mit einem Namen gefunden (%2).</translation>
        </message>
        <message>
            <source>%1 holds no contacts.</source>
            <translation>%1 enthält keine Kontakte.</translation>
        </message>
        <message>
            <source>contacts from a vCard file (.vcf: vCard 2.1, 3.0 or 4.0)</source>
            <translation>Kontakte aus einer vCard-Datei (.vcf: vCard 2.1, 3.0 oder 4.0)</translation>
        </message>
        <message>
            <source>contacts from a spreadsheet (.csv: comma or semicolon, UTF-8 or Windows-1252; columns recognised by their header)</source>
            <translation>Kontakte aus einer Tabelle (.csv: Komma oder Semikolon, UTF-8 oder Windows-1252; Spalten nach ihrer Überschrift erkannt)</translation>
        </message>
        <message>
            <source>No contacts found.</source>
            <translation>Keine Kontakte gefunden.</translation>
        </message>
        <message>
            <source>Every word is matched as the beginning of a word in the name, role, organisation, press topics or e-mail address; all words must match. Umlauts may be typed as ä or ae.</source>
            <translation>Jedes Wort wird als Wortanfang in Name, Funktion, Organisation, Pressethemen oder E-Mail-Adresse gesucht; alle Wörter müssen passen. Umlaute dürfen als ä oder ae geschrieben werden.</translation>
        </message>
        <message>
            <source>Show at most N contacts (default 50; 0: all).</source>
            <translation>Höchstens N Kontakte zeigen (Standard 50; 0: alle).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>QUERY</source>
            <translation>SUCHE</translation>
        </message>
        <message>
            <source>The limit must be a number of contacts, not “%1”.</source>
            <translation>Die Grenze muss eine Zahl von Kontakten sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>Unknown kind of search “%1”. Known kinds: %2.</source>
            <translation>Unbekannte Suchart „%1“. Bekannte Arten: %2.</translation>
        </message>
        <message>
            <source>Contacts can be exported as .vcf (vCard 4.0) or .csv, not as “%1”.</source>
            <translation>Kontakte lassen sich als .vcf (vCard 4.0) oder .csv exportieren, nicht als „%1“.</translation>
        </message>
        <message>
            <source>Import: import timeline-text|vcard|csv FILE --db DB [--dry-run].</source>
            <translation>Importieren: import timeline-text|vcard|csv DATEI --db DB [--dry-run].</translation>
        </message>
        <message>
            <source>Milestones already in the timeline are skipped; contacts already there are merged.</source>
            <translation>Meilensteine, die schon in der Zeitleiste stehen, werden übersprungen; vorhandene Kontakte werden zusammengeführt.</translation>
        </message>
        <message>
            <source>milestones from a press release (UTF-8 or UTF-16 text, or a web page)</source>
            <translation>Meilensteine aus einer Pressemitteilung (Text in UTF-8 oder UTF-16 oder eine Webseite)</translation>
        </message>
        <message>
            <source>Schema version: %1 (would be updated to %2 when PressDesk writes to it)</source>
            <translation>Schemaversion: %1 (würde auf %2 aktualisiert, sobald PressDesk in die Datei schreibt)</translation>
        </message>
        <message>
            <source>The file is damaged:</source>
            <translation>Die Datei ist beschädigt:</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n milestone(s) to %1.</source>
            <translation>
                <numerusform>%n Meilenstein nach %1 exportiert.</numerusform>
                <numerusform>%n Meilensteine nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1.</source>
            <translation>
                <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
                <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run: would import %n milestone(s), skip %1; nothing was written.</source>
            <translation>
                <numerusform>Probelauf: %n Meilenstein würde übernommen, %1 übersprungen; nichts wurde geschrieben.</numerusform>
                <numerusform>Probelauf: %n Meilensteine würden übernommen, %1 übersprungen; nichts wurde geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n Dublette</numerusform>
                <numerusform>%n Dubletten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n milestone(s), skipped %1.</source>
            <translation>
                <numerusform>%n Meilenstein übernommen, %1 übersprungen.</numerusform>
                <numerusform>%n Meilensteine übernommen, %1 übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing contacts: %1%</source>
            <translation>Kontakte werden importiert: %1 %</translation>
        </message>
        <message numerus="yes">
            <source>Looking for duplicates among %n record(s)…</source>
            <translation>
                <numerusform>Dubletten werden unter %n Datensatz gesucht …</numerusform>
                <numerusform>Dubletten werden unter %n Datensätzen gesucht …</numerusform>
            </translation>
        </message>
        <message>
            <source>Show a press release as plain text: show release ID --db DB [--language de|en].</source>
            <translation>Eine Pressemitteilung als Text zeigen: show release ID --db DB [--language de|en].</translation>
        </message>
        <message>
            <source>No press releases.</source>
            <translation>Keine Pressemitteilungen.</translation>
        </message>
        <message>
            <source>“%1” is not the number of a press release; “pressdesk list releases” shows them.</source>
            <translation>„%1“ ist keine Nummer einer Pressemitteilung; „pressdesk list releases“ zeigt sie.</translation>
        </message>
        <message>
            <source>Unknown kind of list “%1”. Known kinds: %2.</source>
            <translation>Unbekannte Art von Liste „%1“. Bekannt: %2.</translation>
        </message>
        <message>
            <source>The language of the document's labels and dates: de (default) or en.</source>
            <translation>Die Sprache der Beschriftungen und Daten im Dokument: de (Standard) oder en.</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>SPRACHE</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Unknown kind “%1”. Known kinds: %2.</source>
            <translation>Unbekannte Art „%1“. Bekannt: %2.</translation>
        </message>
        <message>
            <source>Unknown document language “%1”; PressDesk writes de or en.</source>
            <translation>Unbekannte Dokumentsprache „%1“; PressDesk schreibt de oder en.</translation>
        </message>
        <message>
            <source>release</source>
            <translation>Mitteilung</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>Vorspann</translation>
        </message>
        <message>
            <source>Characters with spaces</source>
            <translation>Zeichen mit Leerzeichen</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Wörter</translation>
        </message>
        <message>
            <source>Lines of 60 characters</source>
            <translation>Zeilen à 60 Zeichen</translation>
        </message>
        <message>
            <source>Reading time (min:s)</source>
            <translation>Lesezeit (min:s)</translation>
        </message>
        <message>
            <source>Flesch-Amstad (100 easy)</source>
            <translation>Flesch-Amstad (100 leicht)</translation>
        </message>
        <message>
            <source>Wiener Sachtextformel (grade)</source>
            <translation>Wiener Sachtextformel (Klasse)</translation>
        </message>
        <message>
            <source>Print the counts a press officer checks after the text: characters, words, lines of 60 characters, reading time, readability.</source>
            <translation>Nach dem Text die Zahlen zeigen, die eine Pressestelle prüft: Zeichen, Wörter, Zeilen à 60 Zeichen, Lesezeit, Lesbarkeit.</translation>
        </message>
        <message>
            <source>A release can be exported as %1, not as “%2”.</source>
            <translation>Eine Mitteilung lässt sich als %1 exportieren, nicht als „%2“.</translation>
        </message>
        <message>
            <source>Exported press release %1 to %2.</source>
            <translation>Pressemitteilung %1 nach %2 exportiert.</translation>
        </message>
        <message>
            <source>Release as PDF: also PDF/A-2a for archiving (always PDF/UA, tagged and accessible).</source>
            <translation>Mitteilung als PDF: zusätzlich PDF/A-2a für die Archivierung (immer PDF/UA, getaggt und barrierefrei).</translation>
        </message>
        <message>
            <source>List press releases or kits: list releases|kits --db DB.</source>
            <translation>Pressemitteilungen oder Pressemappen auflisten: list releases|kits --db DB.</translation>
        </message>
        <message>
            <source>“%1” is not the number of a press kit; “pressdesk list kits” shows them.</source>
            <translation>„%1“ ist keine Nummer einer Pressemappe; „pressdesk list kits“ zeigt sie.</translation>
        </message>
        <message>
            <source>Exported press kit %1 to %2.</source>
            <translation>Pressemappe %1 nach %2 exportiert.</translation>
        </message>
        <message>
            <source>No press kits.</source>
            <translation>Keine Pressemappen.</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s)</source>
            <translation>
                <numerusform>%n Teil</numerusform>
                <numerusform>%n Teile</numerusform>
            </translation>
        </message>
        <message>
            <source>A press kit can be exported as .pdf or .zip, not as “%1”.</source>
            <translation>Eine Pressemappe lässt sich als .pdf oder .zip exportieren, nicht als „%1“.</translation>
        </message>
        <message>
            <source>The file to write; its extension chooses the format (timeline: .json, .csv; contacts: .vcf, .csv; release: .pdf, .odt, .html, .md, .txt; kit: .pdf, .zip).</source>
            <translation>Die zu schreibende Datei; ihre Endung bestimmt das Format (Zeitleiste: .json, .csv; Kontakte: .vcf, .csv; Mitteilung: .pdf, .odt, .html, .md, .txt; Mappe: .pdf, .zip).</translation>
        </message>
        <message>
            <source>Unknown handout “%1”; known: chronicle.</source>
            <translation>Unbekannter Handzettel „%1“; bekannt: chronicle.</translation>
        </message>
        <message>
            <source>A handout can be exported as .pdf, not as “%1”.</source>
            <translation>Ein Handzettel lässt sich als .pdf exportieren, nicht als „%1“.</translation>
        </message>
        <message>
            <source>The paper must be a4 or a3, not “%1”.</source>
            <translation>Das Papier muss a4 oder a3 sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>--from and --to take years such as 2016.</source>
            <translation>--from und --to erwarten Jahre wie 2016.</translation>
        </message>
        <message>
            <source>There is no category “%1”.</source>
            <translation>Es gibt keine Kategorie „%1“.</translation>
        </message>
        <message>
            <source>Exported the chronicle handout to %1.</source>
            <translation>Die Chronik wurde nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Handout chronicle: only this category's milestones.</source>
            <translation>Chronik: nur die Meilensteine dieser Kategorie.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Handout chronicle: from this year.</source>
            <translation>Chronik: ab diesem Jahr.</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>JAHR</translation>
        </message>
        <message>
            <source>Handout chronicle: to this year.</source>
            <translation>Chronik: bis zu diesem Jahr.</translation>
        </message>
        <message>
            <source>Handout chronicle: a4 (default) or a3, landscape.</source>
            <translation>Chronik: a4 (Vorgabe) oder a3, quer.</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>GRÖSSE</translation>
        </message>
        <message>
            <source>HANDOUT</source>
            <translation>HANDZETTEL</translation>
        </message>
        <message>
            <source>Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o FILE (.pdf, .zip); export handout chronicle --db DB -o FILE.pdf [--category NAME] [--from YEAR --to YEAR] [--paper a4|a3].</source>
            <translation>Exportieren: export timeline|contacts --db DB -o DATEI (.json, .csv, .vcf); export release ID --db DB -o DATEI (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o DATEI (.pdf, .zip); export handout chronicle --db DB -o DATEI.pdf [--category NAME] [--from JAHR --to JAHR] [--paper a4|a3].</translation>
        </message>
        <message>
            <source>Check before handing out: %1</source>
            <translation>Vor der Herausgabe prüfen: %1</translation>
        </message>
        <message>
            <source>dateline: %1, %2 (the text's own date, not imported)</source>
            <translation>Ortszeile: %1, %2 (Datum des Textes, nicht übernommen)</translation>
        </message>
        <message>
            <source>Read as: %1</source>
            <translation>Gelesen als: %1</translation>
        </message>
        <message>
            <source>Contacts as .vcf: '4.0' (default) or '3.0' (for Outlook and older programs).</source>
            <translation>Kontakte als .vcf: „4.0“ (Vorgabe) oder „3.0“ (für Outlook und ältere Programme).</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>The vCard version must be 4.0 or 3.0, not “%1”.</source>
            <translation>Die vCard-Version muss 4.0 oder 3.0 sein, nicht „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Contact</name>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation>Ein Kontakt braucht einen Namen.</translation>
        </message>
        <message>
            <source>A contact channel has no value.</source>
            <translation>Ein Kontaktweg ist leer.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>„%1“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>“%1” is not a phone number.</source>
            <translation>„%1“ ist keine Telefonnummer.</translation>
        </message>
        <message>
            <source>The consent date lies in the future.</source>
            <translation>Das Datum der Einwilligung liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>Homepage</source>
            <translation>Homepage</translation>
        </message>
        <message>
            <source>Main number</source>
            <translation>Hauptnummer</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Dienstlich</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax privat</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax dienstlich</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistenz</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Schule</translation>
        </message>
    </context>
    <context>
        <name>ContactCsv</name>
        <message>
            <source>Honorific</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Press topics</source>
            <translation>Pressethemen</translation>
        </message>
        <message>
            <source>Available for press enquiries</source>
            <translation>Für Presseanfragen ansprechbar</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation>„%1“ kann keine CSV-Felder trennen.</translation>
        </message>
        <message>
            <source>column %1 (“%2”) has the same name as column %3 and is not read</source>
            <translation>Spalte %1 („%2“) heißt wie Spalte %3 und wird nicht gelesen</translation>
        </message>
        <message>
            <source>Google Contacts</source>
            <translation>Google Kontakte</translation>
        </message>
        <message>
            <source>Google Contacts (old CSV format)</source>
            <translation>Google Kontakte (altes CSV-Format)</translation>
        </message>
        <message>
            <source>Thunderbird</source>
            <translation>Thunderbird</translation>
        </message>
        <message>
            <source>Outlook (English)</source>
            <translation>Outlook (englisch)</translation>
        </message>
        <message>
            <source>Outlook (German)</source>
            <translation>Outlook (deutsch)</translation>
        </message>
        <message>
            <source>PressDesk</source>
            <translation>PressDesk</translation>
        </message>
        <message>
            <source>Additional names</source>
            <translation>Weitere Vornamen</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Namenszusatz</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Spitzname</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Address addition</source>
            <translation>Adresszusatz</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Bundesland/Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>type or label</source>
            <translation>Art oder Bezeichnung</translation>
        </message>
        <message>
            <source>display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>whole address (where the parts are empty)</source>
            <translation>ganze Anschrift (wo die Teile leer sind)</translation>
        </message>
        <message>
            <source>Groups (as press topics)</source>
            <translation>Gruppen (als Pressethemen)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <source>Month of birth</source>
            <translation>Geburtsmonat</translation>
        </message>
        <message>
            <source>Day of birth</source>
            <translation>Tag der Geburt</translation>
        </message>
        <message>
            <source>kept in the internal note</source>
            <translation>in der internen Notiz behalten</translation>
        </message>
        <message>
            <source>not needed (the other columns say it)</source>
            <translation>nicht nötig (steht in den anderen Spalten)</translation>
        </message>
        <message>
            <source>The row has no name and nothing to reach anyone by; it is left out.</source>
            <translation>Die Zeile hat keinen Namen und keine Möglichkeit, jemanden zu erreichen; sie wird ausgelassen.</translation>
        </message>
        <message>
            <source>The row has no name; it is named “%1”.</source>
            <translation>Die Zeile hat keinen Namen; sie heißt „%1“.</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>“%1” is not a valid %2; kept as a text channel of %3</source>
            <translation>„%1“ ist keine gültige %2; als Text bei %3 aufbewahrt</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>work</source>
            <translation>dienstlich</translation>
        </message>
        <message>
            <source>home</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>preferred</source>
            <translation>bevorzugt</translation>
        </message>
        <message>
            <source>Thunderbird (German)</source>
            <translation>Thunderbird (deutsch)</translation>
        </message>
    </context>
    <context>
        <name>ContactDirectory</name>
        <message>
            <source>read the contacts</source>
            <translation>Lesen der Kontakte</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>Honorific and title, e.g. Frau, Herr, Dr.</source>
            <translation>Anrede und Titel, z. B. Frau, Herr, Dr.</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>e.g. Pressesprecherin, Oberbürgermeister</source>
            <translation>z. B. Pressesprecherin, Oberbürgermeister</translation>
        </message>
        <message>
            <source>Organisa&amp;tion:</source>
            <translation>Organisa&amp;tion:</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten …</translation>
        </message>
        <message>
            <source>Edit this organisation: name, website, boilerplate</source>
            <translation>Diese Organisation bearbeiten: Name, Website, Boilerplate</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Neu …</translation>
        </message>
        <message>
            <source>Create an organisation and assign it to this contact</source>
            <translation>Eine Organisation anlegen und diesem Kontakt zuordnen</translation>
        </message>
        <message>
            <source>C&amp;hannels:</source>
            <translation>Kontakt&amp;wege:</translation>
        </message>
        <message>
            <source>Add Channel</source>
            <translation>Kontaktweg hinzufügen</translation>
        </message>
        <message>
            <source>Remove Channel</source>
            <translation>Kontaktweg entfernen</translation>
        </message>
        <message>
            <source>Only channels ticked “Public” reach press releases and exports.</source>
            <translation>Nur Kontaktwege mit Häkchen bei „Öffentlich“ erscheinen in Pressemitteilungen und Exporten.</translation>
        </message>
        <message>
            <source>Press to&amp;pics:</source>
            <translation>&amp;Pressethemen:</translation>
        </message>
        <message>
            <source>comma-separated, e.g. Stadtentwicklung, Haushalt</source>
            <translation>durch Kommas getrennt, z. B. Stadtentwicklung, Haushalt</translation>
        </message>
        <message>
            <source>A&amp;vailable for press enquiries</source>
            <translation>Ansprech&amp;bar für Presseanfragen</translation>
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation>&amp;Einwilligung (DSGVO):</translation>
        </message>
        <message>
            <source>The day the contact agreed to be stored and named</source>
            <translation>Der Tag, an dem der Kontakt der Speicherung und Nennung zugestimmt hat</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Consent given today</source>
            <translation>Einwilligung heute erteilt</translation>
        </message>
        <message>
            <source>No Consent</source>
            <translation>Keine Einwilligung</translation>
        </message>
        <message>
            <source>Remove the consent date</source>
            <translation>Das Datum der Einwilligung entfernen</translation>
        </message>
        <message>
            <source>Consent not&amp;e:</source>
            <translation>&amp;Hinweis:</translation>
        </message>
        <message>
            <source>How and for what it was given, e.g. in writing, for naming in releases</source>
            <translation>Wie und wofür sie erteilt wurde, z. B. schriftlich, für die Nennung in Pressemitteilungen</translation>
        </message>
        <message>
            <source>Intern&amp;al note:</source>
            <translation>Interne Noti&amp;z:</translation>
        </message>
        <message>
            <source>Only for the press office; never exported</source>
            <translation>Nur für die Pressestelle; wird nie exportiert</translation>
        </message>
        <message>
            <source>Discard Changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Phone numbers, e-mail and web addresses</source>
            <translation>Telefonnummern, E-Mail- und Webadressen</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Additional names</source>
            <translation>Weitere Vornamen</translation>
        </message>
        <message>
            <source>Suffix</source>
            <translation>Namenszusatz</translation>
        </message>
        <message>
            <source>Suffix, e.g. MdB</source>
            <translation>Namenszusatz, z. B. MdB</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Spitzname</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Anzeigename:</translation>
        </message>
        <message>
            <source>The name as it is shown and printed; empty: the name parts joined</source>
            <translation>Der Name, wie er angezeigt und gedruckt wird; leer: die Namensteile zusammengesetzt</translation>
        </message>
        <message>
            <source>De&amp;partment:</source>
            <translation>Abte&amp;ilung:</translation>
        </message>
        <message>
            <source>e.g. Presse- und Informationsamt</source>
            <translation>z. B. Presse- und Informationsamt</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Ansch&amp;rift:</translation>
        </message>
    </context>
    <context>
        <name>ContactExportDialog</name>
        <message>
            <source>Export Contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>&amp;All contacts</source>
            <translation>&amp;Alle Kontakte</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>&amp;CSV spreadsheet (.csv) – for Excel and mail merge</source>
            <translation>&amp;CSV-Tabelle (.csv) – für Excel und Serienbriefe</translation>
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>Include &amp;internal channels and notes</source>
            <translation>&amp;Interne Kontaktwege und Notizen einschließen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;vCard (.vcf) – for Outlook, Thunderbird, Apple and Android address books</source>
            <translation>&amp;vCard (.vcf) – für die Adressbücher von Outlook, Thunderbird, Apple und Android</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
    </context>
    <context>
        <name>ContactImportDialog</name>
        <message>
            <source>Import Contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Keine Datei gewählt.</translation>
        </message>
        <message>
            <source>&amp;Choose File…</source>
            <translation>Datei &amp;wählen …</translation>
        </message>
        <message>
            <source>Choose a vCard file (.vcf) from Outlook, Thunderbird, Apple Contacts or Android, or a spreadsheet saved as CSV (.csv), for example from Excel.

You will see every contact before anything is saved: new contacts are added, duplicates of contacts you already have can be merged or skipped. Nothing is written until you click Import.</source>
            <translation>Wählen Sie eine vCard-Datei (.vcf) aus Outlook, Thunderbird, Apple Kontakte oder Android oder eine als CSV (.csv) gespeicherte Tabelle, etwa aus Excel.

Sie sehen jeden Kontakt, bevor etwas gespeichert wird: Neue Kontakte werden hinzugefügt, Dubletten vorhandener Kontakte können zusammengeführt oder übersprungen werden. Erst mit „Importieren“ wird etwas geschrieben.</translation>
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Zeichensatz:</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “(ignore)” are not imported; a name column is needed.</source>
            <translation>Legen Sie fest, was jede Spalte der Datei enthält. Spalten mit „(ignorieren)“ werden nicht importiert; eine Namensspalte ist nötig.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Spalten der Datei</translation>
        </message>
        <message>
            <source>All &amp;duplicates:</source>
            <translation>Alle &amp;Dubletten:</translation>
        </message>
        <message>
            <source>Double-click an action to change it, or right-click selected rows to change several at once.</source>
            <translation>Doppelklicken Sie auf eine Aktion, um sie zu ändern, oder klicken Sie mit der rechten Maustaste auf markierte Zeilen, um mehrere auf einmal zu ändern.</translation>
        </message>
        <message>
            <source>Contacts found</source>
            <translation>Gefundene Kontakte</translation>
        </message>
        <message>
            <source>Records that cannot be imported</source>
            <translation>Datensätze, die nicht importiert werden können</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Contact &amp;groups become press topics</source>
            <translation>Kontakt&amp;gruppen werden Pressethemen</translation>
        </message>
        <message>
            <source>&amp;Map the columns myself</source>
            <translation>Spalten selbst &amp;zuordnen</translation>
        </message>
    </context>
    <context>
        <name>ContactImporter</name>
        <message>
            <source>same e-mail as %1</source>
            <translation>gleiche E-Mail-Adresse wie %1</translation>
        </message>
        <message>
            <source>same name and organisation as %1</source>
            <translation>gleicher Name und gleiche Organisation wie %1</translation>
        </message>
        <message>
            <source>same e-mail as %1 on line %2</source>
            <translation>gleiche E-Mail-Adresse wie %1 in Zeile %2</translation>
        </message>
        <message>
            <source>same name and organisation as %1 on line %2</source>
            <translation>gleicher Name und gleiche Organisation wie %1 in Zeile %2</translation>
        </message>
        <message>
            <source>line %1 (%2): %3</source>
            <translation>Zeile %1 (%2): %3</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>%1: “%2” (new)</source>
            <translation>%1: „%2“ (neu)</translation>
        </message>
        <message>
            <source>%1: “%2” → “%3”</source>
            <translation>%1: „%2“ → „%3“</translation>
        </message>
        <message>
            <source>Honorific</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Additional names</source>
            <translation>Weitere Vornamen</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Suffix</source>
            <translation>Namenszusatz</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Spitzname</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Address-book id</source>
            <translation>Adressbuch-ID</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation>Notiz zur Einwilligung</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>Organisation: set</source>
            <translation>Organisation: gesetzt</translation>
        </message>
        <message>
            <source>Consent date: %1</source>
            <translation>Einwilligung am: %1</translation>
        </message>
        <message>
            <source>Available for press: yes</source>
            <translation>Für die Presse erreichbar: ja</translation>
        </message>
        <message>
            <source>Photo: added</source>
            <translation>Foto: hinzugefügt</translation>
        </message>
        <message>
            <source>Photo: replaced</source>
            <translation>Foto: ersetzt</translation>
        </message>
        <message>
            <source>Topic: “%1” (new)</source>
            <translation>Thema: „%1“ (neu)</translation>
        </message>
        <message>
            <source>Address: “%1” (new)</source>
            <translation>Anschrift: „%1“ (neu)</translation>
        </message>
        <message>
            <source>Other vCard properties kept: %1 (new)</source>
            <translation>Weitere vCard-Angaben aufbewahrt: %1 (neu)</translation>
        </message>
        <message>
            <source>same address-book id as %1</source>
            <translation>dieselbe Adressbuch-ID wie %1</translation>
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <source>This PressDesk was built with another SQLite library than its database driver uses; it cannot import many contacts at once.</source>
            <translation>Dieses PressDesk wurde mit einer anderen SQLite-Bibliothek gebaut, als sein Datenbanktreiber verwendet; es kann nicht viele Kontakte auf einmal importieren.</translation>
        </message>
        <message>
            <source>read the contacts</source>
            <translation>Lesen der Kontakte</translation>
        </message>
        <message>
            <source>save to the database</source>
            <translation>Speichern in der Datenbank</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>Der Kontakt existiert nicht mehr.</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>Der Import wurde abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is the speaker of %n quote(s); delete those quotes or give them another speaker first.</source>
            <translation>
                <numerusform>%1 ist als Urheber von %n Zitat eingetragen; löschen Sie das Zitat zuerst oder ordnen Sie es einer anderen Person zu.</numerusform>
                <numerusform>%1 ist als Urheber von %n Zitaten eingetragen; löschen Sie die Zitate zuerst oder ordnen Sie sie einer anderen Person zu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>&amp;New Contact</source>
            <translation>&amp;Neuer Kontakt</translation>
        </message>
        <message>
            <source>Create a press contact</source>
            <translation>Einen Pressekontakt anlegen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected contacts; Undo brings them back</source>
            <translation>Die markierten Kontakte löschen; „Rückgängig“ holt sie zurück</translation>
        </message>
        <message>
            <source>&amp;Organisation…</source>
            <translation>&amp;Organisation …</translation>
        </message>
        <message>
            <source>Edit the organisation of the contact shown: name, website, boilerplate</source>
            <translation>Die Organisation des angezeigten Kontakts bearbeiten: Name, Website, Boilerplate</translation>
        </message>
        <message>
            <source>New Or&amp;ganisation…</source>
            <translation>Neue Or&amp;ganisation …</translation>
        </message>
        <message>
            <source>Create an organisation</source>
            <translation>Eine Organisation anlegen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <source>Import contacts from vCard or CSV files</source>
            <translation>Kontakte aus vCard- oder CSV-Dateien importieren</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren …</translation>
        </message>
        <message>
            <source>Export the selected contacts (or all) as vCard or CSV</source>
            <translation>Die markierten (oder alle) Kontakte als vCard oder CSV exportieren</translation>
        </message>
        <message>
            <source>Search name, organisation, topic, e-mail…</source>
            <translation>Name, Organisation, Thema, E-Mail suchen …</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte suchen</translation>
        </message>
        <message>
            <source>Organisation filter</source>
            <translation>Filter nach Organisation</translation>
        </message>
        <message>
            <source>Press topic filter</source>
            <translation>Filter nach Pressethema</translation>
        </message>
        <message>
            <source>Available for press enquiries</source>
            <translation>Ansprechbar</translation>
        </message>
        <message>
            <source>Show only contacts who take press enquiries</source>
            <translation>Nur Kontakte zeigen, die für Presseanfragen ansprechbar sind</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Einwilligung liegt vor</translation>
        </message>
        <message>
            <source>Show only contacts with a recorded GDPR consent</source>
            <translation>Nur Kontakte mit erfasster Einwilligung (DSGVO) zeigen</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see and edit the details, or create one with “New Contact”.</source>
            <translation>Wählen Sie einen Kontakt in der Liste, um ihn anzusehen und zu bearbeiten, oder legen Sie mit „Neuer Kontakt“ einen an.</translation>
        </message>
        <message>
            <source>Public without consent</source>
            <translation>Öffentlich ohne Einwilligung</translation>
        </message>
        <message>
            <source>Show only contacts with a public channel but no recorded consent: check them before a release goes out</source>
            <translation>Nur Kontakte mit öffentlichem Kanal, aber ohne erfasste Einwilligung: vor der nächsten Mitteilung prüfen</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
        </message>
        <message>
            <source>The record has %1 fields; the header has %2.</source>
            <translation>Der Datensatz hat %1 Felder, die Kopfzeile %2.</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>Die CSV-Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The CSV file is empty.</source>
            <translation>Die CSV-Datei ist leer.</translation>
        </message>
        <message>
            <source>This is not a CSV file (it holds binary data).</source>
            <translation>Das ist keine CSV-Datei (sie enthält Binärdaten).</translation>
        </message>
        <message>
            <source>The CSV file holds no records.</source>
            <translation>Die CSV-Datei enthält keine Datensätze.</translation>
        </message>
        <message>
            <source>not valid UTF-8; its odd bytes were read as Windows-1252</source>
            <translation>kein gültiges UTF-8; die abweichenden Bytes wurden als Windows-1252 gelesen</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation>„%1“ kann keine CSV-Felder trennen.</translation>
        </message>
        <message>
            <source>The CSV output is not open for writing.</source>
            <translation>Die CSV-Ausgabe ist nicht zum Schreiben geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>“%1” is empty; it is not a PressDesk database.</source>
            <translation>„%1“ ist leer und keine PressDesk-Datenbank.</translation>
        </message>
        <message>
            <source>“%1” is not a PressDesk database (it is not an SQLite file).</source>
            <translation>„%1“ ist keine PressDesk-Datenbank (keine SQLite-Datei).</translation>
        </message>
        <message>
            <source>“%1” is damaged: the file is truncated.</source>
            <translation>„%1“ ist beschädigt: Die Datei ist unvollständig.</translation>
        </message>
        <message>
            <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
            <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 von %3 Bytes).</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened (%2).</source>
            <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2).</translation>
        </message>
        <message>
            <source>Could not back up “%1” before updating it: %2</source>
            <translation>„%1“ konnte vor der Aktualisierung nicht gesichert werden: %2</translation>
        </message>
        <message>
            <source>Updating the database to version %1 failed: %2</source>
            <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>record the schema version</source>
            <translation>Speichern der Schemaversion</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>„%1“ existiert nicht.</translation>
        </message>
        <message>
            <source>“%1” already exists; PressDesk does not overwrite it.</source>
            <translation>„%1“ existiert bereits; PressDesk überschreibt die Datei nicht.</translation>
        </message>
        <message>
            <source>“%1” is not a file.</source>
            <translation>„%1“ ist keine Datei.</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database of another program, not a PressDesk file.</source>
            <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine PressDesk-Datei.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer PressDesk (file version %2; this PressDesk reads up to version %3). Please update PressDesk to open it.</source>
            <translation>„%1“ wurde mit einem neueren PressDesk gespeichert (Dateiversion %2; dieses PressDesk liest bis Version %3). Bitte aktualisieren Sie PressDesk, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>“%1” is read-only. PressDesk saves every change at once, so it needs a writable file: copy it to a writable folder or change its permissions.</source>
            <translation>„%1“ ist schreibgeschützt. PressDesk speichert jede Änderung sofort und braucht daher eine beschreibbare Datei: Kopieren Sie sie in einen beschreibbaren Ordner oder ändern Sie die Berechtigungen.</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>Der Ordner „%1“ existiert nicht.</translation>
        </message>
        <message>
            <source>The folder “%1” is read-only; PressDesk needs to write its journal beside the file.</source>
            <translation>Der Ordner „%1“ ist schreibgeschützt; PressDesk muss neben der Datei ein Journal anlegen.</translation>
        </message>
        <message>
            <source>open “%1”</source>
            <translation>Öffnen von „%1“</translation>
        </message>
        <message>
            <source>prepare “%1”</source>
            <translation>Vorbereiten von „%1“</translation>
        </message>
        <message>
            <source>A copy cannot replace the open file itself.</source>
            <translation>Eine Kopie kann nicht die geöffnete Datei selbst ersetzen.</translation>
        </message>
        <message>
            <source>save a copy</source>
            <translation>Speichern der Kopie</translation>
        </message>
        <message>
            <source>Could not save a copy to “%1”: %2</source>
            <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Could not replace “%1”; it may be read-only.</source>
            <translation>„%1“ konnte nicht ersetzt werden; die Datei ist womöglich schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not save a copy to “%1”.</source>
            <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden.</translation>
        </message>
        <message>
            <source>start a change</source>
            <translation>Beginn der Änderung</translation>
        </message>
        <message>
            <source>save the change</source>
            <translation>Speichern der Änderung</translation>
        </message>
        <message>
            <source>Could not create “%1”.</source>
            <translation>„%1“ konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Table %1 cannot be read: %2</source>
            <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be written to (%2); PressDesk needs to write its journal beside the file. Copy the file to a writable folder.</source>
            <translation>In den Ordner „%1“ kann nicht geschrieben werden (%2); PressDesk muss sein Journal neben der Datei anlegen. Kopieren Sie die Datei in einen beschreibbaren Ordner.</translation>
        </message>
        <message>
            <source>“%1” is a symbolic link that leads round in a loop; it points to no file.</source>
            <translation>„%1“ ist eine symbolische Verknüpfung, die im Kreis führt; sie zeigt auf keine Datei.</translation>
        </message>
        <message>
            <source>“%1” is a symbolic link to “%2”, which does not exist.</source>
            <translation>„%1“ ist eine symbolische Verknüpfung auf „%2“, das es nicht gibt.</translation>
        </message>
        <message>
            <source>“%1” carries PressDesk's mark, but its tables are not those of a PressDesk file (version %2). PressDesk does not open or change it.</source>
            <translation>„%1“ trägt die Kennung von PressDesk, aber seine Tabellen sind nicht die einer PressDesk-Datei (Version %2). PressDesk öffnet und verändert sie nicht.</translation>
        </message>
        <message>
            <source>read the schema version</source>
            <translation>die Schemaversion lesen</translation>
        </message>
        <message>
            <source>“%1-wal” beside “%1” belongs to another database and would change the file into something else. Move “%1-wal” away (keep it), then open the file again.</source>
            <translation>„%1-wal“ neben „%1“ gehört zu einer anderen Datenbank und würde die Datei in etwas anderes verwandeln. Verschieben Sie „%1-wal“ an einen anderen Ort (nicht löschen) und öffnen Sie die Datei dann erneut.</translation>
        </message>
        <message>
            <source>read the file</source>
            <translation>Lesen der Datei</translation>
        </message>
        <message>
            <source>read the list of tables</source>
            <translation>Lesen der Tabellenliste</translation>
        </message>
    </context>
    <context>
        <name>DeleteCategoryCommand</name>
        <message>
            <source>Delete category</source>
            <translation>Kategorie löschen</translation>
        </message>
        <message>
            <source>Delete category “%1”</source>
            <translation>Kategorie „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>DeleteContactCommand</name>
        <message numerus="yes">
            <source>Delete %n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt löschen</numerusform>
                <numerusform>%n Kontakte löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact “%1”</source>
            <translation>Kontakt „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>DeleteKitCommand</name>
        <message>
            <source>Delete press kit “%1”</source>
            <translation>Pressemappe „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>DeleteMilestonesCommand</name>
        <message numerus="yes">
            <source>Delete %n milestone(s)</source>
            <translation>
                <numerusform>%n Meilenstein löschen</numerusform>
                <numerusform>%n Meilensteine löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>DeleteQuotesCommand</name>
        <message numerus="yes">
            <source>Delete %n quote(s)</source>
            <translation>
                <numerusform>%n Zitat löschen</numerusform>
                <numerusform>%n Zitate löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete quote “%1”</source>
            <translation>Zitat „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>DemoDatabase</name>
        <message>
            <source>Demo file %1 cannot be read: %2</source>
            <translation>Demo-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Demo file %1 is not valid JSON at offset %2: %3</source>
            <translation>Demo-Datei %1 ist an Position %2 kein gültiges JSON: %3</translation>
        </message>
        <message>
            <source>Demo file %1 must hold a list.</source>
            <translation>Demo-Datei %1 muss eine Liste enthalten.</translation>
        </message>
        <message>
            <source>Demo file %1, record “%2”: %3</source>
            <translation>Demo-Datei %1, Eintrag „%2“: %3</translation>
        </message>
        <message>
            <source>refers to “%1”, which does not exist.</source>
            <translation>verweist auf „%1“, das es nicht gibt.</translation>
        </message>
        <message>
            <source>the status must be “draft” or “approved”.</source>
            <translation>der Status muss „draft“ oder „approved“ sein.</translation>
        </message>
        <message>
            <source>unknown channel kind “%1”.</source>
            <translation>unbekannter Kontaktweg „%1“.</translation>
        </message>
        <message>
            <source>unknown authorisation state.</source>
            <translation>unbekannter Freigabestatus.</translation>
        </message>
        <message>
            <source>unknown release state.</source>
            <translation>unbekannter Stand der Pressemitteilung.</translation>
        </message>
        <message>
            <source>“%1” already exists; PressDesk does not overwrite it.</source>
            <translation>„%1“ existiert bereits; PressDesk überschreibt die Datei nicht.</translation>
        </message>
        <message>
            <source>a block of unknown kind.</source>
            <translation>ein Block unbekannter Art.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>EditCategoryCommand</name>
        <message>
            <source>Edit category “%1”</source>
            <translation>Kategorie „%1“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EditContactCommand</name>
        <message>
            <source>Edit contact “%1”</source>
            <translation>Kontakt „%1“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EditMilestoneCommand</name>
        <message>
            <source>Move “%1”</source>
            <translation>„%1“ verschieben</translation>
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation>Kategorie von „%1“ ändern</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>„%1“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EditOrganisationCommand</name>
        <message>
            <source>Edit organisation “%1”</source>
            <translation>Organisation „%1“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EditQuoteCommand</name>
        <message>
            <source>Edit quote “%1”</source>
            <translation>Zitat „%1“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>ExportFile</name>
        <message>
            <source>No file name was given for the export.</source>
            <translation>Für den Export wurde kein Dateiname angegeben.</translation>
        </message>
        <message>
            <source>“%1” is a loop of symbolic links; nothing was written.</source>
            <translation>„%1“ ist ein Kreis symbolischer Verknüpfungen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a folder, a device or a pipe); PressDesk writes exports only to regular files. Nothing was written.</source>
            <translation>„%1“ ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät oder eine Pipe); PressDesk schreibt Exporte nur in gewöhnliche Dateien. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the folder “%2” does not exist. Nothing was written.</source>
            <translation>„%1“ kann nicht geschrieben werden: Den Ordner „%2“ gibt es nicht. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>“%1” is the open PressDesk file (or a file SQLite keeps beside it); an export must not replace it. Choose another file name. Nothing was written.</source>
            <translation>„%1“ ist die geöffnete PressDesk-Datei (oder eine Datei, die SQLite daneben führt); ein Export darf sie nicht ersetzen. Wählen Sie einen anderen Dateinamen. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>“%1” cannot be written: %2. Nothing was written.</source>
            <translation>„%1“ kann nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>FontCheck</name>
        <message>
            <source>Nothing was exported: neither the house style's font “%1” nor its fallback “%2” is installed with regular and bold faces and the letters German needs (install the package fonts-liberation2 or name another font in the house style).</source>
            <translation>Es wurde nichts exportiert: Weder die Hausschrift „%1“ noch ihr Ersatz „%2“ ist mit normalem und fettem Schnitt und allen deutschen Zeichen installiert (Paket fonts-liberation2 installieren oder im Hausstil eine andere Schrift nennen).</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>PressDesk Help</source>
            <translation>PressDesk-Hilfe</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Hilfetext</translation>
        </message>
    </context>
    <context>
        <name>HouseStyle</name>
        <message>
            <source>The accent colour “%1” is not a colour such as #1f4e79.</source>
            <translation>Die Akzentfarbe „%1“ ist keine Farbe wie #1f4e79.</translation>
        </message>
        <message>
            <source>The house style names no font.</source>
            <translation>Der Hausstil nennt keine Schrift.</translation>
        </message>
        <message>
            <source>The house style in this file cannot be read: %1</source>
            <translation>Der Hausstil in dieser Datei lässt sich nicht lesen: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportContactsCommand</name>
        <message numerus="yes">
            <source>Import %n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt importieren</numerusform>
                <numerusform>%n Kontakte importieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMilestonesCommand</name>
        <message numerus="yes">
            <source>Import %n milestone(s)</source>
            <translation>
                <numerusform>%n Meilenstein übernehmen</numerusform>
                <numerusform>%n Meilensteine übernehmen</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>„%1“: %2</translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>“%1” is a symbolic link to “%2”, which does not exist.</source>
            <translation>„%1“ ist eine symbolische Verknüpfung auf „%2“, das es nicht gibt.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>„%1“ existiert nicht.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation>„%1“ ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (a device, a pipe or a socket); PressDesk imports only from files.</source>
            <translation>„%1“ ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket); PressDesk übernimmt nur aus Dateien.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2; PressDesk does not import it.</source>
            <translation>„%1“ ist größer als %2; PressDesk übernimmt sie nicht.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>KitAssembler</name>
        <message>
            <source>There is no press kit with the number %1.</source>
            <translation>Es gibt keine Pressemappe mit der Nummer %1.</translation>
        </message>
        <message>
            <source>The kit's press release: %1</source>
            <translation>Die Pressemitteilung der Mappe: %1</translation>
        </message>
    </context>
    <context>
        <name>KitChecks</name>
        <message>
            <source>The press release “%1” is not approved yet.</source>
            <translation>Die Pressemitteilung „%1“ ist noch nicht freigegeben.</translation>
        </message>
        <message>
            <source>Press release: %1</source>
            <translation>Pressemitteilung: %1</translation>
        </message>
        <message>
            <source>A quote chosen for the statements was deleted since.</source>
            <translation>Ein für die Zitate ausgewähltes Zitat wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>“%1” is not authorised: it stays out of the kit.</source>
            <translation>„%1“ ist nicht autorisiert und bleibt draußen.</translation>
        </message>
        <message>
            <source>%1 has no public channel: journalists cannot reach them.</source>
            <translation>%1 hat keinen öffentlichen Kontaktweg: Journalisten erreichen sie nicht.</translation>
        </message>
        <message>
            <source>The photos part holds no photo yet.</source>
            <translation>Der Teil „Bilder“ enthält noch kein Bild.</translation>
        </message>
        <message>
            <source>A photo chosen for the kit was deleted since.</source>
            <translation>Ein für die Mappe ausgewähltes Bild wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>“%1” has no credit: it stays out of the kit.</source>
            <translation>„%1“ hat keinen Bildnachweis und bleibt draußen.</translation>
        </message>
    </context>
    <context>
        <name>KitsPage</name>
        <message>
            <source>Press kits</source>
            <translation>Pressemappen</translation>
        </message>
        <message>
            <source>&amp;New Kit</source>
            <translation>&amp;Neue Mappe</translation>
        </message>
        <message>
            <source>A new press kit for the newest press release</source>
            <translation>Eine neue Pressemappe zur neuesten Pressemitteilung</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;atum:</translation>
        </message>
        <message>
            <source>&amp;Release:</source>
            <translation>&amp;Mitteilung:</translation>
        </message>
        <message>
            <source>&amp;Cover photo:</source>
            <translation>&amp;Titelbild:</translation>
        </message>
        <message>
            <source>&amp;Parts, in the order of the kit (drag to reorder):</source>
            <translation>&amp;Teile in der Reihenfolge der Mappe (zum Umordnen ziehen):</translation>
        </message>
        <message>
            <source>Parts of the kit</source>
            <translation>Teile der Mappe</translation>
        </message>
        <message>
            <source>&amp;Add Part</source>
            <translation>Teil &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>The press release is the kit's release, as it reads now.</source>
            <translation>Die Pressemitteilung ist die der Mappe, so wie sie jetzt lautet.</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Kate&amp;gorie:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Jahre:</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Ab Jahr</translation>
        </message>
        <message>
            <source>from the first</source>
            <translation>vom ersten</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>Bis Jahr</translation>
        </message>
        <message>
            <source>to the last</source>
            <translation>bis zum letzten</translation>
        </message>
        <message>
            <source>Chosen items</source>
            <translation>Ausgewählte Einträge</translation>
        </message>
        <message>
            <source>&amp;Heading:</source>
            <translation>Über&amp;schrift:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Als &amp;PDF exportieren …</translation>
        </message>
        <message>
            <source>Export as &amp;ZIP…</source>
            <translation>Als &amp;ZIP exportieren …</translation>
        </message>
        <message>
            <source>&amp;Chronicle Handout</source>
            <translation>&amp;Chronik-Handzettel</translation>
        </message>
        <message>
            <source>The timeline of the fact sheet on one landscape page, to print or for the print shop</source>
            <translation>Die Zeitleiste des Faktenblatts auf einer Seite im Querformat, zum Drucken oder für die Druckerei</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Druck&amp;vorschau …</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken …</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PressDesk</source>
            <translation>PressDesk</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Create a new, empty press office file</source>
            <translation>Eine neue, leere Pressestellen-Datei anlegen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open a press office file</source>
            <translation>Eine Pressestellen-Datei öffnen</translation>
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <source>Open &amp;Demo</source>
            <translation>&amp;Demo öffnen</translation>
        </message>
        <message>
            <source>Open a fresh copy of the Bochum 2014–2020 demo material</source>
            <translation>Eine frische Kopie des Demo-Materials Bochum 2014–2020 öffnen</translation>
        </message>
        <message>
            <source>Save a &amp;Copy…</source>
            <translation>&amp;Kopie speichern …</translation>
        </message>
        <message>
            <source>Save a complete copy of the open file, e.g. as a backup</source>
            <translation>Eine vollständige Kopie der geöffneten Datei speichern, etwa als Sicherung</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About PressDesk</source>
            <translation>Über &amp;PressDesk</translation>
        </message>
        <message>
            <source>&amp;New File…</source>
            <translation>&amp;Neue Datei …</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>PressDesk &amp;Help</source>
            <translation>PressDesk-&amp;Hilfe</translation>
        </message>
        <message>
            <source>The areas, how saving and undo work, and the keyboard shortcuts</source>
            <translation>Die Bereiche, wie Speichern und Rückgängig funktionieren, und die Tastenkürzel</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
    </context>
    <context>
        <name>Milestone</name>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>Ein Meilenstein braucht einen Titel.</translation>
        </message>
        <message>
            <source>A milestone needs a date: a year, a month or a day.</source>
            <translation>Ein Meilenstein braucht ein Datum: ein Jahr, einen Monat oder einen Tag.</translation>
        </message>
        <message>
            <source>The end (%1) lies before the start (%2).</source>
            <translation>Das Ende (%1) liegt vor dem Beginn (%2).</translation>
        </message>
        <message>
            <source>The source link is not a web address (it should start with https://).</source>
            <translation>Der Quellenlink ist keine Webadresse (er sollte mit https:// beginnen).</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
    </context>
    <context>
        <name>MilestoneEditor</name>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>2016, Dezember 2014 or 5.12.2014</source>
            <translation>2016, Dezember 2014 oder 5.12.2014</translation>
        </message>
        <message>
            <source>How exactly the date is known</source>
            <translation>Wie genau das Datum bekannt ist</translation>
        </message>
        <message>
            <source>Runs &amp;until:</source>
            <translation>Läuft &amp;bis:</translation>
        </message>
        <message>
            <source>for a programme or a period, e.g. 2020</source>
            <translation>für ein Programm oder einen Zeitraum, z. B. 2020</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Source link:</source>
            <translation>&amp;Quellenlink:</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Internal &amp;note:</source>
            <translation>Interne &amp;Notiz:</translation>
        </message>
        <message>
            <source>Only for the press office; never exported</source>
            <translation>Nur für die Pressestelle; wird nie exportiert</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Di&amp;scard Changes</source>
            <translation>Änderungen &amp;verwerfen</translation>
        </message>
        <message>
            <source>Show the milestone as it was saved</source>
            <translation>Den Meilenstein wieder so zeigen, wie er gespeichert ist</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the changes as one undo step (Ctrl+S, or Return in a field)</source>
            <translation>Die Änderungen als einen rückgängig zu machenden Schritt speichern (Strg+S oder Eingabetaste in einem Feld)</translation>
        </message>
        <message>
            <source>✕</source>
            <translation>✕</translation>
        </message>
        <message>
            <source>Close the form; changes are saved first (Esc)</source>
            <translation>Formular schließen; Änderungen werden vorher gespeichert (Esc)</translation>
        </message>
        <message>
            <source>Close the milestone form</source>
            <translation>Meilensteinformular schließen</translation>
        </message>
    </context>
    <context>
        <name>MilestoneRepository</name>
        <message>
            <source>The milestone no longer exists.</source>
            <translation>Der Meilenstein existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>OfficeDictionary</name>
        <message>
            <source>“%1” cannot be added to the office dictionary: it must be one word of at most 100 characters.</source>
            <translation>„%1“ kann nicht ins Wörterbuch der Pressestelle: Es muss ein Wort mit höchstens 100 Zeichen sein.</translation>
        </message>
    </context>
    <context>
        <name>Organisation</name>
        <message>
            <source>An organisation needs a name.</source>
            <translation>Eine Organisation braucht einen Namen.</translation>
        </message>
        <message>
            <source>The website is not a web address (it should start with https://).</source>
            <translation>Die Website ist keine Webadresse (sie sollte mit https:// beginnen).</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Stadt Bochum</source>
            <translation>z. B. Stadt Bochum</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>What sort of organisation it is, e.g. a city department or a company</source>
            <translation>Um welche Art von Organisation es sich handelt, z. B. ein Amt der Stadt oder ein Unternehmen</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>&amp;Boilerplate:</source>
            <translation>&amp;Boilerplate:</translation>
        </message>
        <message>
            <source>About the organisation: the paragraph that ends a press release</source>
            <translation>Über die Organisation: der Absatz am Ende einer Pressemitteilung</translation>
        </message>
        <message>
            <source>Ends every press release of this organisation, under a heading such as “About Stadt Bochum”.</source>
            <translation>Steht am Ende jeder Pressemitteilung dieser Organisation, unter einer Überschrift wie „Über die Stadt Bochum“.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Ansch&amp;rift:</translation>
        </message>
    </context>
    <context>
        <name>OrganisationRepository</name>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Die Organisation existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>No date given. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).</source>
            <translation>Kein Datum angegeben. Möglich sind ein Jahr (2016), ein Monat (Dezember 2014) oder ein Tag (5.12.2014).</translation>
        </message>
        <message>
            <source>“%1” is not a date. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).</source>
            <translation>„%1“ ist kein Datum. Möglich sind ein Jahr (2016), ein Monat (Dezember 2014) oder ein Tag (5.12.2014).</translation>
        </message>
        <message>
            <source>“%1” has no four-digit year. Write the year in full, e.g. 2014.</source>
            <translation>„%1“ hat keine vierstellige Jahreszahl. Bitte das Jahr ausschreiben, z. B. 2014.</translation>
        </message>
        <message>
            <source>“%1” is not a valid date: the year must be between %2 and %3.</source>
            <translation>„%1“ ist kein gültiges Datum: Das Jahr muss zwischen %2 und %3 liegen.</translation>
        </message>
        <message>
            <source>“%1” is not a valid date: there is no month %2.</source>
            <translation>„%1“ ist kein gültiges Datum: Es gibt keinen Monat %2.</translation>
        </message>
        <message>
            <source>“%1” is not a valid date: there is no day %2.</source>
            <translation>„%1“ ist kein gültiges Datum: Es gibt keinen Tag %2.</translation>
        </message>
        <message>
            <source>“%1” is not a valid date: %2 %3 has only %4 days.</source>
            <translation>„%1“ ist kein gültiges Datum: Der %2 %3 hat nur %4 Tage.</translation>
        </message>
        <message>
            <source>“%1” is not a date: “%2” is not a month name.</source>
            <translation>„%1“ ist kein Datum: „%2“ ist kein Monatsname.</translation>
        </message>
    </context>
    <context>
        <name>PdfFinisher</name>
        <message>
            <source>The PDF has no structure tree to finish.</source>
            <translation>Das PDF hat keinen Strukturbaum zum Abschließen.</translation>
        </message>
        <message>
            <source>The PDF could not be finished: %1</source>
            <translation>Das PDF ließ sich nicht abschließen: %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoDialog</name>
        <message>
            <source>Insert Photo</source>
            <translation>Foto einfügen</translation>
        </message>
        <message>
            <source>Image file</source>
            <translation>Bilddatei</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen …</translation>
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation>Bild&amp;unterschrift</translation>
        </message>
        <message>
            <source>What the photo shows</source>
            <translation>Was das Foto zeigt</translation>
        </message>
        <message>
            <source>C&amp;redit</source>
            <translation>&amp;Bildnachweis</translation>
        </message>
        <message>
            <source>Who took it: “Stadt Bochum, Lutz Leitmann”</source>
            <translation>Wer es gemacht hat: „Stadt Bochum, Lutz Leitmann“</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Lizenz</translation>
        </message>
        <message>
            <source>e.g. CC BY 4.0, or free for reporting on this release</source>
            <translation>z. B. CC BY 4.0 oder „frei zur Berichterstattung“</translation>
        </message>
    </context>
    <context>
        <name>PostalAddress</name>
        <message>
            <source>PO Box %1</source>
            <translation>Postfach %1</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Dienstlich</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>PressKit</name>
        <message>
            <source>A press kit needs a title.</source>
            <translation>Eine Pressemappe braucht einen Titel.</translation>
        </message>
        <message>
            <source>A press kit needs at least one part.</source>
            <translation>Eine Pressemappe braucht mindestens einen Teil.</translation>
        </message>
        <message>
            <source>The kit holds its release, but no release is chosen.</source>
            <translation>Die Mappe enthält ihre Pressemitteilung, aber es ist keine ausgewählt.</translation>
        </message>
        <message>
            <source>An extra page needs a heading.</source>
            <translation>Eine zusätzliche Seite braucht eine Überschrift.</translation>
        </message>
        <message>
            <source>The fact sheet's years run backwards.</source>
            <translation>Die Jahre des Faktenblatts laufen rückwärts.</translation>
        </message>
        <message>
            <source>The kit's parts cannot be read.</source>
            <translation>Die Teile der Mappe lassen sich nicht lesen.</translation>
        </message>
        <message>
            <source>The kit has a part of an unknown kind (“%1”), perhaps from a newer PressDesk.</source>
            <translation>Die Mappe hat einen Teil unbekannter Art („%1“), vielleicht aus einer neueren PressDesk-Version.</translation>
        </message>
    </context>
    <context>
        <name>PressKitRepository</name>
        <message>
            <source>Press kit “%1”: %2</source>
            <translation>Pressemappe „%1“: %2</translation>
        </message>
        <message>
            <source>The press kit no longer exists.</source>
            <translation>Die Pressemappe gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>PressRelease</name>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>A press release needs a headline.</source>
            <translation>Eine Pressemitteilung braucht eine Überschrift.</translation>
        </message>
        <message>
            <source>The embargo ends after the release date.</source>
            <translation>Die Sperrfrist endet nach dem Erscheinungsdatum.</translation>
        </message>
        <message>
            <source>In Review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <source>A correction number cannot be negative.</source>
            <translation>Eine Korrekturnummer kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>This saved version of the release is damaged and cannot be read.</source>
            <translation>Diese gespeicherte Fassung der Pressemitteilung ist beschädigt und kann nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Quote</name>
        <message>
            <source>Requested</source>
            <translation>Angefragt</translation>
        </message>
        <message>
            <source>Authorised</source>
            <translation>Autorisiert</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>A quote needs its wording.</source>
            <translation>Ein Zitat braucht seinen Wortlaut.</translation>
        </message>
        <message>
            <source>A quote needs a speaker.</source>
            <translation>Ein Zitat braucht eine Sprecherin oder einen Sprecher.</translation>
        </message>
        <message>
            <source>Say whom the authorisation was requested from.</source>
            <translation>Geben Sie an, bei wem die Freigabe angefragt wurde.</translation>
        </message>
        <message>
            <source>Say who authorised the quote.</source>
            <translation>Geben Sie an, wer das Zitat freigegeben hat.</translation>
        </message>
        <message>
            <source>The quote is already in the state “%1”.</source>
            <translation>Das Zitat ist bereits im Zustand „%1“.</translation>
        </message>
        <message>
            <source>A draft must be sent for authorisation before it can be marked as authorised.</source>
            <translation>Ein Entwurf muss erst zur Freigabe geschickt werden, bevor er als autorisiert gelten kann.</translation>
        </message>
        <message>
            <source>Only an authorised quote can be withdrawn; a draft can simply be deleted.</source>
            <translation>Nur ein autorisiertes Zitat kann zurückgezogen werden; einen Entwurf können Sie einfach löschen.</translation>
        </message>
        <message>
            <source>Only an authorised quote can be withdrawn; take the request back to draft instead.</source>
            <translation>Nur ein autorisiertes Zitat kann zurückgezogen werden; holen Sie die Anfrage stattdessen in den Entwurf zurück.</translation>
        </message>
        <message>
            <source>An authorised quote keeps its state; use “Revise Wording” to start a new draft, or withdraw it.</source>
            <translation>Ein autorisiertes Zitat behält seinen Zustand; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf, oder ziehen Sie es zurück.</translation>
        </message>
        <message>
            <source>A withdrawn quote stays withdrawn; use “Revise Wording” to start a new draft.</source>
            <translation>Ein zurückgezogenes Zitat bleibt zurückgezogen; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf.</translation>
        </message>
        <message>
            <source>A quote cannot go from “%1” to “%2”.</source>
            <translation>Ein Zitat kann nicht von „%1“ zu „%2“ wechseln.</translation>
        </message>
        <message>
            <source>The wording was sent for authorisation and is locked; take the request back to draft to change it.</source>
            <translation>Der Wortlaut ist zur Freigabe verschickt und gesperrt; holen Sie die Anfrage in den Entwurf zurück, um ihn zu ändern.</translation>
        </message>
        <message>
            <source>Authorised wording is locked; “Revise Wording” starts a new draft and keeps the authorised quote.</source>
            <translation>Autorisierter Wortlaut ist gesperrt; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf und behält das autorisierte Zitat.</translation>
        </message>
        <message>
            <source>A withdrawn quote is kept as it was; “Revise Wording” starts a new draft.</source>
            <translation>Ein zurückgezogenes Zitat bleibt, wie es war; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf.</translation>
        </message>
    </context>
    <context>
        <name>QuoteEditor</name>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Di&amp;scard Changes</source>
            <translation>Änderungen &amp;verwerfen</translation>
        </message>
        <message>
            <source>Show the quote as it was saved</source>
            <translation>Das Zitat so zeigen, wie es gespeichert ist</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the changes as one undo step (Ctrl+S)</source>
            <translation>Die Änderungen als einen Rückgängig-Schritt speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Authorisation</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>&amp;Request Authorisation…</source>
            <translation>&amp;Freigabe anfragen …</translation>
        </message>
        <message>
            <source>Record from whom the speaker's approval of the wording was requested</source>
            <translation>Festhalten, bei wem die Freigabe des Wortlauts angefragt wurde</translation>
        </message>
        <message>
            <source>Mark as &amp;Authorised…</source>
            <translation>Als &amp;autorisiert markieren …</translation>
        </message>
        <message>
            <source>Record who approved the wording</source>
            <translation>Festhalten, wer den Wortlaut freigegeben hat</translation>
        </message>
        <message>
            <source>Back to &amp;Draft</source>
            <translation>Zurück in den &amp;Entwurf</translation>
        </message>
        <message>
            <source>Take the request back to change the wording</source>
            <translation>Die Anfrage zurückholen, um den Wortlaut zu ändern</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Zurückziehen</translation>
        </message>
        <message>
            <source>The approval was taken back: the quote must no longer be used</source>
            <translation>Die Freigabe wurde zurückgenommen: Das Zitat darf nicht mehr verwendet werden</translation>
        </message>
        <message>
            <source>Re&amp;vise Wording</source>
            <translation>Wortlaut &amp;überarbeiten</translation>
        </message>
        <message>
            <source>Start a new draft from this quote; the quote itself stays as it is</source>
            <translation>Einen neuen Entwurf aus diesem Zitat beginnen; das Zitat selbst bleibt, wie es ist</translation>
        </message>
        <message>
            <source>&amp;Wording:</source>
            <translation>&amp;Wortlaut:</translation>
        </message>
        <message>
            <source>What was said, word for word</source>
            <translation>Was gesagt wurde, Wort für Wort</translation>
        </message>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;Sprecher/in:</translation>
        </message>
        <message>
            <source>Type a name to find the contact</source>
            <translation>Namen tippen, um den Kontakt zu finden</translation>
        </message>
        <message>
            <source>&amp;Role at the time:</source>
            <translation>&amp;Funktion damals:</translation>
        </message>
        <message>
            <source>e.g. Oberbürgermeister</source>
            <translation>z. B. Oberbürgermeister</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>2016, März 2016 or 12.03.2016</source>
            <translation>2016, März 2016 oder 12.03.2016</translation>
        </message>
        <message>
            <source>&amp;Occasion:</source>
            <translation>&amp;Anlass:</translation>
        </message>
        <message>
            <source>Where or why it was said</source>
            <translation>Wo oder warum es gesagt wurde</translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <source>Release, interview, minutes …</source>
            <translation>Pressemitteilung, Interview, Protokoll …</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>&amp;Themen:</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. Strukturwandel, Wirtschaft</source>
            <translation>Durch Kommas getrennt, z. B. Strukturwandel, Wirtschaft</translation>
        </message>
        <message>
            <source>Used in Releases</source>
            <translation>Verwendet in Pressemitteilungen</translation>
        </message>
        <message>
            <source>Not used in any release yet.</source>
            <translation>Noch in keiner Pressemitteilung verwendet.</translation>
        </message>
        <message>
            <source>Linked Milestones</source>
            <translation>Verknüpfte Meilensteine</translation>
        </message>
        <message>
            <source>Filter milestones</source>
            <translation>Meilensteine filtern</translation>
        </message>
        <message>
            <source>Used in releases</source>
            <translation>Verwendet in Pressemitteilungen</translation>
        </message>
        <message>
            <source>Linked milestones</source>
            <translation>Verknüpfte Meilensteine</translation>
        </message>
    </context>
    <context>
        <name>QuotePickerDialog</name>
        <message>
            <source>Insert Quote</source>
            <translation>Zitat einfügen</translation>
        </message>
        <message>
            <source>Search wording, speaker, occasion…</source>
            <translation>Wortlaut, Person, Anlass suchen …</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>Authorised quotes come first. A withdrawn quote cannot be inserted.</source>
            <translation>Autorisierte Zitate stehen oben. Ein zurückgezogenes Zitat lässt sich nicht einfügen.</translation>
        </message>
    </context>
    <context>
        <name>QuoteRepository</name>
        <message>
            <source>The quote no longer exists.</source>
            <translation>Das Zitat existiert nicht mehr.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>The quote is used in the press release %1; remove it from there first.</source>
            <translation>Das Zitat steht in der Pressemitteilung %1; nehmen Sie es zuerst dort heraus.</translation>
        </message>
        <message>
            <source>The quote is used in the press releases %1; remove it from there first.</source>
            <translation>Das Zitat steht in den Pressemitteilungen %1; nehmen Sie es zuerst dort heraus.</translation>
        </message>
    </context>
    <context>
        <name>QuotesPage</name>
        <message>
            <source>Quotes</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>&amp;New Quote</source>
            <translation>&amp;Neues Zitat</translation>
        </message>
        <message>
            <source>Start a new quote in the editor</source>
            <translation>Ein neues Zitat im Editor beginnen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected quotes (Del); Undo brings them back</source>
            <translation>Die ausgewählten Zitate löschen (Entf); Rückgängig holt sie zurück</translation>
        </message>
        <message>
            <source>Search wording, occasion and source</source>
            <translation>Wortlaut, Anlass und Quelle durchsuchen</translation>
        </message>
        <message>
            <source>Only the quotes of one speaker</source>
            <translation>Nur die Zitate einer Person</translation>
        </message>
        <message>
            <source>Only quotes in one authorisation state</source>
            <translation>Nur Zitate in einem Freigabe-Zustand</translation>
        </message>
        <message>
            <source>Only quotes on one topic</source>
            <translation>Nur Zitate zu einem Thema</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle Zustände</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Angefragt</translation>
        </message>
        <message>
            <source>Authorised</source>
            <translation>Autorisiert</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
    </context>
    <context>
        <name>ReleaseAssembler</name>
        <message>
            <source>There is no press release with the number %1.</source>
            <translation>Es gibt keine Pressemitteilung mit der Nummer %1.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseBodyDocument</name>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
    </context>
    <context>
        <name>ReleaseChecks</name>
        <message>
            <source>The release has no headline.</source>
            <translation>Die Pressemitteilung hat keine Überschrift.</translation>
        </message>
        <message>
            <source>The release has no lead: the first paragraph that says what happened.</source>
            <translation>Die Pressemitteilung hat keinen Vorspann: den ersten Absatz, der sagt, was geschehen ist.</translation>
        </message>
        <message>
            <source>The embargo (%1) has already passed; remove it or set a new one.</source>
            <translation>Die Sperrfrist (%1) ist schon abgelaufen; entfernen Sie sie oder setzen Sie eine neue.</translation>
        </message>
        <message>
            <source>Block %1: the quote is no longer in the register.</source>
            <translation>Block %1: Das Zitat ist nicht mehr in der Zitatsammlung.</translation>
        </message>
        <message>
            <source>Block %1: the quote “%2…” was withdrawn and must not be used.</source>
            <translation>Block %1: Das Zitat „%2…“ wurde zurückgezogen und darf nicht verwendet werden.</translation>
        </message>
        <message>
            <source>Block %1: the quote “%2…” is not authorised yet.</source>
            <translation>Block %1: Das Zitat „%2…“ ist noch nicht autorisiert.</translation>
        </message>
        <message>
            <source>Block %1: the quote “%2…” has been revised in the register since; use the new wording?</source>
            <translation>Block %1: Das Zitat „%2…“ wurde inzwischen in der Zitatsammlung überarbeitet; den neuen Wortlaut übernehmen?</translation>
        </message>
        <message>
            <source>Block %1: the photo “%2” has no credit.</source>
            <translation>Block %1: Das Foto „%2“ hat keinen Bildnachweis.</translation>
        </message>
        <message>
            <source>Block %1: the milestone “%2” is still a draft.</source>
            <translation>Block %1: Der Meilenstein „%2“ ist noch ein Entwurf.</translation>
        </message>
        <message>
            <source>%1 is in the Pressekontakt but has no public phone number or e-mail address.</source>
            <translation>%1 steht im Pressekontakt, hat aber keine öffentliche Telefonnummer oder E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Block %1: a milestone of the timeline was deleted from the timeline since; the release no longer shows it.</source>
            <translation>Block %1: Ein Meilenstein dieser Zeitleiste wurde inzwischen aus der Zeitleiste gelöscht; die Pressemitteilung zeigt ihn nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseChoices</name>
        <message>
            <source>No boilerplate</source>
            <translation>Ohne Boilerplate</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>ReleaseContent</name>
        <message>
            <source>The text of the release is damaged: %1.</source>
            <translation>Der Text der Pressemitteilung ist beschädigt: %1.</translation>
        </message>
        <message>
            <source>The text of the release was written by a newer PressDesk (format %1); this one reads format %2.</source>
            <translation>Der Text der Pressemitteilung wurde von einem neueren PressDesk geschrieben (Format %1); dieses liest Format %2.</translation>
        </message>
        <message>
            <source>The text of the release is damaged: it has no blocks.</source>
            <translation>Der Text der Pressemitteilung ist beschädigt: Er hat keine Blöcke.</translation>
        </message>
        <message>
            <source>The text of the release is damaged. %1</source>
            <translation>Der Text der Pressemitteilung ist beschädigt. %1</translation>
        </message>
        <message>
            <source>Block %1: a line break inside a paragraph; make it two paragraphs.</source>
            <translation>Block %1: ein Zeilenumbruch in einem Absatz; machen Sie zwei Absätze daraus.</translation>
        </message>
        <message>
            <source>Block %1: “%2” is not a web or e-mail address.</source>
            <translation>Block %1: „%2“ ist keine Web- oder E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Block %1: a subheading without text.</source>
            <translation>Block %1: eine Zwischenüberschrift ohne Text.</translation>
        </message>
        <message>
            <source>Block %1: a list without items.</source>
            <translation>Block %1: eine Liste ohne Punkte.</translation>
        </message>
        <message>
            <source>Block %1: the quote block names no quote.</source>
            <translation>Block %1: Der Zitatblock nennt kein Zitat.</translation>
        </message>
        <message>
            <source>Block %1: the photo block names no image.</source>
            <translation>Block %1: Der Fotoblock nennt kein Bild.</translation>
        </message>
        <message>
            <source>Block %1: the timeline names a milestone that does not exist.</source>
            <translation>Block %1: Die Zeitleiste nennt einen Meilenstein, den es nicht gibt.</translation>
        </message>
        <message>
            <source>Block %1: the timeline ends (%2) before it starts (%3).</source>
            <translation>Block %1: Die Zeitleiste endet (%2), bevor sie beginnt (%3).</translation>
        </message>
        <message>
            <source>Block %1: the text is not a list of runs.</source>
            <translation>Block %1: Der Text ist keine Folge von Textstücken.</translation>
        </message>
        <message>
            <source>Block %1: a run of text has no text.</source>
            <translation>Block %1: Ein Textstück hat keinen Text.</translation>
        </message>
        <message>
            <source>Block %1: “%2” is not a record number.</source>
            <translation>Block %1: „%2“ ist keine Datensatznummer.</translation>
        </message>
        <message>
            <source>Block %1: “%2” is not a list of record numbers.</source>
            <translation>Block %1: „%2“ ist keine Liste von Datensatznummern.</translation>
        </message>
        <message>
            <source>Block %1: “%2” is not a date.</source>
            <translation>Block %1: „%2“ ist kein Datum.</translation>
        </message>
        <message>
            <source>Block %1 is not a block.</source>
            <translation>Block %1 ist kein Block.</translation>
        </message>
        <message>
            <source>Block %1: unknown kind of block “%2”.</source>
            <translation>Block %1: unbekannte Art von Block „%2“.</translation>
        </message>
        <message>
            <source>Block %1: the list has no items.</source>
            <translation>Block %1: Die Liste hat keine Punkte.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDefaults</name>
        <message>
            <source>The release defaults in this file cannot be read: %1</source>
            <translation>Die Vorgaben für Pressemitteilungen in dieser Datei können nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ReleaseEditor</name>
        <message>
            <source>&amp;Headline</source>
            <translation>&amp;Überschrift</translation>
        </message>
        <message>
            <source>What happened, in one line</source>
            <translation>Was passiert ist, in einer Zeile</translation>
        </message>
        <message>
            <source>S&amp;ubheadline</source>
            <translation>U&amp;nterzeile</translation>
        </message>
        <message>
            <source>&amp;Dateline</source>
            <translation>&amp;Spitzmarke</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>The place of the dateline (Spitzmarke): “Bochum, 7. Dezember 2020 –”</source>
            <translation>Der Ort der Spitzmarke: „Bochum, 7. Dezember 2020 –“</translation>
        </message>
        <message>
            <source>The release date printed in the dateline</source>
            <translation>Das Datum der Mitteilung in der Spitzmarke</translation>
        </message>
        <message>
            <source>&amp;Embargo until</source>
            <translation>&amp;Sperrfrist bis</translation>
        </message>
        <message>
            <source>Not to be published before this time (German time)</source>
            <translation>Nicht vor diesem Zeitpunkt veröffentlichen (deutsche Zeit)</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Vorspann</translation>
        </message>
        <message>
            <source>Who, what, when, where: the first paragraph, after the dateline</source>
            <translation>Wer, was, wann, wo: der erste Absatz, nach der Spitzmarke</translation>
        </message>
        <message>
            <source>B</source>
            <translation>F</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Fett (Strg+B)</translation>
        </message>
        <message>
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <source>I</source>
            <translation>K</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Kursiv (Strg+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Link …</translation>
        </message>
        <message>
            <source>Link the selected words to a web or e-mail address</source>
            <translation>Die markierten Wörter mit einer Web- oder E-Mail-Adresse verknüpfen</translation>
        </message>
        <message>
            <source>Subheading</source>
            <translation>Zwischentitel</translation>
        </message>
        <message>
            <source>Make the paragraph a subheading</source>
            <translation>Den Absatz zum Zwischentitel machen</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Make the paragraph a bullet list item</source>
            <translation>Den Absatz zum Listenpunkt machen</translation>
        </message>
        <message>
            <source>Quote…</source>
            <translation>Zitat …</translation>
        </message>
        <message>
            <source>Insert a quote from the register after this paragraph</source>
            <translation>Ein Zitat aus dem Register nach diesem Absatz einfügen</translation>
        </message>
        <message>
            <source>Timeline…</source>
            <translation>Zeitleiste …</translation>
        </message>
        <message>
            <source>Insert a year list of milestones after this paragraph</source>
            <translation>Eine Jahresliste von Meilensteinen nach diesem Absatz einfügen</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Foto …</translation>
        </message>
        <message>
            <source>Insert a photo with caption and credit after this paragraph</source>
            <translation>Ein Foto mit Bildunterschrift und Bildnachweis nach diesem Absatz einfügen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Move the block at the cursor up</source>
            <translation>Den Block an der Schreibmarke nach oben schieben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move the block at the cursor down</source>
            <translation>Den Block an der Schreibmarke nach unten schieben</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the block at the cursor</source>
            <translation>Den Block an der Schreibmarke entfernen</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>&amp;Boilerplate</source>
            <translation>&amp;Boilerplate</translation>
        </message>
        <message>
            <source>The organisation whose “About …” text closes the release</source>
            <translation>Die Organisation, deren „Über …“-Text die Mitteilung abschließt</translation>
        </message>
        <message>
            <source>Press &amp;contact</source>
            <translation>Presse&amp;kontakt</translation>
        </message>
        <message>
            <source>Printed under “Pressekontakt”, with public channels only</source>
            <translation>Unter „Pressekontakt“ gedruckt, nur mit öffentlichen Kanälen</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>The body: write here, paste from anywhere, or insert quotes, year lists and photos with the buttons above.</source>
            <translation>Der Text: hier schreiben, von überall einfügen, oder mit den Knöpfen oben Zitate, Jahreslisten und Fotos einsetzen.</translation>
        </message>
        <message>
            <source>Release date</source>
            <translation>Datum der Pressemitteilung</translation>
        </message>
        <message>
            <source>Press contacts of this release</source>
            <translation>Pressekontakt dieser Pressemitteilung</translation>
        </message>
        <message>
            <source>Use as Place and Date</source>
            <translation>Als Ort und Datum übernehmen</translation>
        </message>
        <message>
            <source>Keep the dateline in the text</source>
            <translation>Die Ortszeile im Text lassen</translation>
        </message>
        <message>
            <source>Keep in the Text</source>
            <translation>Im Text lassen</translation>
        </message>
    </context>
    <context>
        <name>ReleaseOutput</name>
        <message>
            <source>Unknown export format.</source>
            <translation>Unbekanntes Exportformat.</translation>
        </message>
    </context>
    <context>
        <name>ReleasePages</name>
        <message>
            <source>The PDF could not be drawn: %1</source>
            <translation>Das PDF ließ sich nicht zeichnen: %1</translation>
        </message>
    </context>
    <context>
        <name>ReleaseRepository</name>
        <message>
            <source>Press release “%1”: %2</source>
            <translation>Pressemitteilung „%1“: %2</translation>
        </message>
        <message>
            <source>The press release no longer exists.</source>
            <translation>Die Pressemitteilung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>“%1” is published and therefore locked; start a correction to change it.</source>
            <translation>„%1“ ist veröffentlicht und deshalb gesperrt; beginnen Sie eine Korrektur, um sie zu ändern.</translation>
        </message>
        <message>
            <source>A release cannot go from “%1” to “%2”.</source>
            <translation>Eine Pressemitteilung kann nicht von „%1“ zu „%2“ wechseln.</translation>
        </message>
        <message>
            <source>Only starting a correction changes a release's correction number.</source>
            <translation>Nur das Beginnen einer Korrektur ändert die Korrekturnummer einer Pressemitteilung.</translation>
        </message>
        <message>
            <source>Only a published release is corrected; “%1” can be edited as it is.</source>
            <translation>Korrigiert wird nur eine veröffentlichte Pressemitteilung; „%1“ kann direkt bearbeitet werden.</translation>
        </message>
        <message>
            <source>The release was changed elsewhere in the meantime. Reload it and start the correction again.</source>
            <translation>Die Pressemitteilung wurde inzwischen an anderer Stelle geändert. Laden Sie sie neu und beginnen Sie die Korrektur noch einmal.</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>unbekannte Person</translation>
        </message>
    </context>
    <context>
        <name>ReleaseVersionsDialog</name>
        <message>
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <source>Every save that changed how the release reads kept a version.</source>
            <translation>Jedes Speichern, das den Wortlaut der Mitteilung geändert hat, hat eine Version behalten.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleiche</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>&amp;Restore Selected Version</source>
            <translation>Gewählte Version &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Unterschiede</translation>
        </message>
    </context>
    <context>
        <name>ReleasesPage</name>
        <message>
            <source>Press Releases</source>
            <translation>Pressemitteilungen</translation>
        </message>
        <message>
            <source>Filter press releases…</source>
            <translation>Pressemitteilungen filtern …</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle Stände</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>Released from</source>
            <translation>Erschienen ab</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Released until</source>
            <translation>Erschienen bis</translation>
        </message>
        <message>
            <source>&amp;New Release</source>
            <translation>&amp;Neue Mitteilung</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Back to &amp;Draft</source>
            <translation>Zurück in den &amp;Entwurf</translation>
        </message>
        <message>
            <source>Take the release back to draft</source>
            <translation>Die Mitteilung zurück in den Entwurf nehmen</translation>
        </message>
        <message>
            <source>Submit for &amp;Review</source>
            <translation>Zur &amp;Prüfung geben</translation>
        </message>
        <message>
            <source>Ask a colleague to review the release</source>
            <translation>Eine Kollegin oder einen Kollegen die Mitteilung prüfen lassen</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>&amp;Freigeben …</translation>
        </message>
        <message>
            <source>Approve the release for publication</source>
            <translation>Die Mitteilung zur Veröffentlichung freigeben</translation>
        </message>
        <message>
            <source>P&amp;ublish…</source>
            <translation>&amp;Veröffentlichen …</translation>
        </message>
        <message>
            <source>Mark the release as sent out; it is locked from then on</source>
            <translation>Die Mitteilung als versandt kennzeichnen; danach ist sie gesperrt</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Korrigieren …</translation>
        </message>
        <message>
            <source>Start a correction of the published release</source>
            <translation>Eine Korrektur der veröffentlichten Mitteilung beginnen</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>&amp;Versionen …</translation>
        </message>
        <message>
            <source>Earlier versions of the release: compare and restore</source>
            <translation>Frühere Versionen der Mitteilung: vergleichen und wiederherstellen</translation>
        </message>
        <message>
            <source>Release (headline to end of body)</source>
            <translation>Mitteilung (Überschrift bis Textende)</translation>
        </message>
        <message>
            <source>Characters with spaces</source>
            <translation>Zeichen mit Leerzeichen</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Wörter</translation>
        </message>
        <message>
            <source>Lines of 60 characters</source>
            <translation>Normzeilen zu 60 Zeichen</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Lesezeit</translation>
        </message>
        <message>
            <source>Flesch-Amstad (0 hard – 100 easy)</source>
            <translation>Flesch-Amstad (0 schwer – 100 leicht)</translation>
        </message>
        <message>
            <source>Wiener Sachtextformel (school year)</source>
            <translation>Wiener Sachtextformel (Schuljahr)</translation>
        </message>
        <message>
            <source>Lead with dateline</source>
            <translation>Vorspann mit Spitzmarke</translation>
        </message>
        <message>
            <source>Checks before approval</source>
            <translation>Prüfungen vor der Freigabe</translation>
        </message>
        <message>
            <source>Double-click a check to go to the block it concerns</source>
            <translation>Doppelklick führt zu dem Block, den die Prüfung betrifft</translation>
        </message>
        <message>
            <source>Use the &amp;New Wording</source>
            <translation>&amp;Neuen Wortlaut übernehmen</translation>
        </message>
        <message>
            <source>Replace the revised quote with its newest wording in the register</source>
            <translation>Das überarbeitete Zitat durch seinen neuesten Wortlaut im Register ersetzen</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Page Preview</source>
            <translation>Seitenvorschau</translation>
        </message>
        <message>
            <source>&amp;Export and Print</source>
            <translation>&amp;Exportieren und Drucken</translation>
        </message>
        <message>
            <source>Export the release as PDF, ODT, HTML, Markdown or text, or print it</source>
            <translation>Die Mitteilung als PDF, ODT, HTML, Markdown oder Text exportieren oder drucken</translation>
        </message>
    </context>
    <context>
        <name>ReorderCategoriesCommand</name>
        <message>
            <source>Reorder categories</source>
            <translation>Kategorien umsortieren</translation>
        </message>
    </context>
    <context>
        <name>Repository</name>
        <message>
            <source>The record was deleted in the meantime.</source>
            <translation>Der Eintrag wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>The record was changed elsewhere in the meantime (revision %1, you edited revision %2). Reload it and apply your change again.</source>
            <translation>Der Eintrag wurde inzwischen an anderer Stelle geändert (Stand %1, Sie haben Stand %2 bearbeitet). Bitte neu laden und die Änderung erneut vornehmen.</translation>
        </message>
    </context>
    <context>
        <name>RestoreReleaseVersionCommand</name>
        <message>
            <source>Restore version %1</source>
            <translation>Fassung %1 wiederherstellen</translation>
        </message>
        <message>
            <source>Version %1 of “%2” does not exist.</source>
            <translation>Fassung %1 von „%2“ gibt es nicht.</translation>
        </message>
        <message>
            <source>Restore version %1 of “%2”</source>
            <translation>Fassung %1 von „%2“ wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>ReviseQuoteCommand</name>
        <message>
            <source>Revise quote</source>
            <translation>Zitat überarbeiten</translation>
        </message>
        <message>
            <source>Only an authorised or withdrawn quote is revised as a new draft; this one is “%1” and can be edited itself.</source>
            <translation>Nur ein autorisiertes oder zurückgezogenes Zitat wird als neuer Entwurf überarbeitet; dieses ist „%1“ und kann selbst bearbeitet werden.</translation>
        </message>
        <message>
            <source>Revise “%1”</source>
            <translation>„%1“ überarbeiten</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>The organisation, house style and release defaults belong to the office: they are stored in the open file, so every colleague who opens it exports the same pages.</source>
            <translation>Organisation, Hausstil und Vorgaben für Pressemitteilungen gehören dem Amt: Sie werden in der geöffneten Datei gespeichert, damit alle, die sie öffnen, dieselben Seiten exportieren.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>Stadt Bochum</source>
            <translation>Stadt Bochum</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>&amp;Abteilung</translation>
        </message>
        <message>
            <source>Presse- und Informationsamt</source>
            <translation>Presse- und Informationsamt</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>A&amp;nschrift</translation>
        </message>
        <message>
            <source>Willy-Brandt-Platz 2–6 · 44777 Bochum</source>
            <translation>Willy-Brandt-Platz 2–6 · 44777 Bochum</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>www.bochum.de</source>
            <translation>www.bochum.de</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Logo</translation>
        </message>
        <message>
            <source>Logo preview</source>
            <translation>Logovorschau</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen …</translation>
        </message>
        <message>
            <source>An SVG or PNG file: the letterhead of every release and kit</source>
            <translation>Eine SVG- oder PNG-Datei: der Briefkopf jeder Pressemitteilung und Pressemappe</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>House Style</source>
            <translation>Hausstil</translation>
        </message>
        <message>
            <source>Accent &amp;colour</source>
            <translation>Akzent&amp;farbe</translation>
        </message>
        <message>
            <source>#1f4e79</source>
            <translation>#1f4e79</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Choose the accent colour</source>
            <translation>Akzentfarbe wählen</translation>
        </message>
        <message>
            <source>&amp;Font</source>
            <translation>&amp;Schrift</translation>
        </message>
        <message>
            <source>Fall&amp;back font</source>
            <translation>Ersat&amp;zschrift</translation>
        </message>
        <message>
            <source>Fonts found</source>
            <translation>Gefundene Schrift</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>Fließtext</translation>
        </message>
        <message>
            <source>&amp;Ragged right</source>
            <translation>&amp;Flattersatz</translation>
        </message>
        <message>
            <source>&amp;Justified</source>
            <translation>&amp;Blocksatz</translation>
        </message>
        <message>
            <source>Document &amp;language</source>
            <translation>Dokument&amp;sprache</translation>
        </message>
        <message>
            <source>The language of labels and dates in exported documents (“Seite 1 von 3”), whatever the language of this window</source>
            <translation>Die Sprache von Beschriftungen und Daten in exportierten Dokumenten („Seite 1 von 3“), unabhängig von der Sprache dieses Fensters</translation>
        </message>
        <message>
            <source>New Releases</source>
            <translation>Neue Pressemitteilungen</translation>
        </message>
        <message>
            <source>What a new press release starts with. Without defaults it takes the newest release’s place, boilerplate and press contacts.</source>
            <translation>Womit eine neue Pressemitteilung beginnt. Ohne Vorgaben übernimmt sie Ort, Boilerplate und Pressekontakt der neuesten Pressemitteilung.</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>Bochum</source>
            <translation>Bochum</translation>
        </message>
        <message>
            <source>&amp;Boilerplate</source>
            <translation>&amp;Boilerplate</translation>
        </message>
        <message>
            <source>Press &amp;contact</source>
            <translation>Presse&amp;kontakt</translation>
        </message>
        <message>
            <source>Contact to add</source>
            <translation>Hinzuzufügender Kontakt</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Default press contacts</source>
            <translation>Vorgegebener Pressekontakt</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export PDFs as PDF/&amp;A for the archive</source>
            <translation>PDFs als PDF/&amp;A für das Archiv exportieren</translation>
        </message>
        <message>
            <source>This Computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>These choices are yours, on this computer. They do not change the file.</source>
            <translation>Diese Einstellungen gelten für Sie auf diesem Computer. Sie ändern die Datei nicht.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Export folder</source>
            <translation>&amp;Exportordner</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Durch&amp;suchen …</translation>
        </message>
    </context>
    <context>
        <name>SpellChecker</name>
        <message>
            <source>The German dictionary for the spell checker is not installed (Debian package hunspell-de-de). Releases can be written, but spelling is not checked.</source>
            <translation>Das deutsche Wörterbuch der Rechtschreibprüfung ist nicht installiert (Debian-Paket hunspell-de-de). Mitteilungen lassen sich schreiben, die Rechtschreibung wird aber nicht geprüft.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Could not %1: the file is read-only.</source>
            <translation>%1 fehlgeschlagen: Die Datei ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not %1: the disk is full. Nothing was changed.</source>
            <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Could not %1: it is still used elsewhere (%2).</source>
            <translation>%1 fehlgeschlagen: Der Eintrag wird noch an anderer Stelle verwendet (%2).</translation>
        </message>
        <message>
            <source>Could not %1: %2.</source>
            <translation>%1 fehlgeschlagen: %2.</translation>
        </message>
        <message>
            <source>Could not %1: the database file is damaged (%2).</source>
            <translation>%1 fehlgeschlagen: Die Datenbankdatei ist beschädigt (%2).</translation>
        </message>
        <message>
            <source>Could not %1: the database is busy in another program. Try again.</source>
            <translation>%1 fehlgeschlagen: Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte erneut versuchen.</translation>
        </message>
        <message>
            <source>Could not %1: the disk could not be read or written (%2).</source>
            <translation>%1 fehlgeschlagen: Der Datenträger konnte nicht gelesen oder beschrieben werden (%2).</translation>
        </message>
        <message>
            <source>Could not %1: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>prepare a database statement</source>
            <translation>Vorbereiten einer Datenbankabfrage</translation>
        </message>
        <message>
            <source>save to the database</source>
            <translation>Speichern in der Datenbank</translation>
        </message>
        <message>
            <source>Could not prepare the search index: %1</source>
            <translation>Der Suchindex konnte nicht vorbereitet werden: %1</translation>
        </message>
        <message>
            <source>Could not prepare a database statement: no SQLite connection.</source>
            <translation>Eine Datenbankabfrage konnte nicht vorbereitet werden: keine SQLite-Verbindung.</translation>
        </message>
    </context>
    <context>
        <name>TimelineCsv</name>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation>„%1“ kann keine CSV-Felder trennen.</translation>
        </message>
        <message>
            <source>The milestone “%1” has no date.</source>
            <translation>Der Meilenstein „%1“ hat kein Datum.</translation>
        </message>
    </context>
    <context>
        <name>TimelineImportDialog</name>
        <message>
            <source>Import from Text</source>
            <translation>Aus Text übernehmen</translation>
        </message>
        <message>
            <source>&amp;Open Text File…</source>
            <translation>Textdatei ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Release text</source>
            <translation>Pressetext</translation>
        </message>
        <message>
            <source>&amp;Category of the ticked rows:</source>
            <translation>&amp;Kategorie der angehakten Zeilen:</translation>
        </message>
        <message>
            <source>Milestones found</source>
            <translation>Gefundene Meilensteine</translation>
        </message>
        <message>
            <source>Imported milestones are drafts; the import is one step to undo.</source>
            <translation>Übernommene Meilensteine sind Entwürfe; die Übernahme lässt sich in einem Schritt rückgängig machen.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Quotations in the text, for the quote register as drafts:</source>
            <translation>Zitate im Text, als Entwurf für das Zitatregister:</translation>
        </message>
        <message>
            <source>Quotations found</source>
            <translation>Gefundene Zitate</translation>
        </message>
        <message>
            <source>Paste the text of a press release or a chronicle, or open a text file. Year lists (“2016: …”), list and table lines that start with a date, and dates in sentences (“Am 5.12.2014 …”) become milestones; vague dates are marked for a check.</source>
            <translation>Fügen Sie den Text einer Pressemitteilung oder Chronik ein oder öffnen Sie eine Textdatei. Jahreslisten („2016: …“), Listen- und Tabellenzeilen, die mit einem Datum beginnen, und Daten in Sätzen („Am 5.12.2014 …“) werden zu Meilensteinen; ungefähre Daten sind zur Prüfung markiert.</translation>
        </message>
    </context>
    <context>
        <name>TimelineJson</name>
        <message>
            <source>%1 is not a date object.</source>
            <translation>%1 ist kein Datumsobjekt.</translation>
        </message>
        <message>
            <source>the year of %1 is not a whole number.</source>
            <translation>das Jahr von %1 ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>%1 has no year.</source>
            <translation>%1 hat kein Jahr.</translation>
        </message>
        <message>
            <source>the month of %1 is not a whole number.</source>
            <translation>der Monat von %1 ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>the day of %1 is not a whole number.</source>
            <translation>der Tag von %1 ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>the year %1 of %2 is not between 1 and 9999.</source>
            <translation>das Jahr %1 von %2 liegt nicht zwischen 1 und 9999.</translation>
        </message>
        <message>
            <source>%1 has month %2; there is no such month.</source>
            <translation>%1 hat den Monat %2; diesen Monat gibt es nicht.</translation>
        </message>
        <message>
            <source>%1 has a day but no month.</source>
            <translation>%1 hat einen Tag, aber keinen Monat.</translation>
        </message>
        <message>
            <source>%1 has day %2; %3-%4 has no such day.</source>
            <translation>%1 hat den Tag %2; %3-%4 hat diesen Tag nicht.</translation>
        </message>
        <message>
            <source>%1 (“%2”)</source>
            <translation>%1 („%2“)</translation>
        </message>
        <message>
            <source>The timeline output is not open for writing.</source>
            <translation>Die Ausgabe der Zeitleiste ist nicht zum Schreiben geöffnet.</translation>
        </message>
        <message>
            <source>The milestone “%1” has no date.</source>
            <translation>Der Meilenstein „%1“ hat kein Datum.</translation>
        </message>
        <message>
            <source>The timeline input is not open for reading.</source>
            <translation>Die Eingabe der Zeitleiste ist nicht zum Lesen geöffnet.</translation>
        </message>
        <message>
            <source>The timeline is not valid JSON (at byte %1: %2).</source>
            <translation>Die Zeitleiste ist kein gültiges JSON (bei Byte %1: %2).</translation>
        </message>
        <message>
            <source>The file is not a TimelineJS timeline: it holds no JSON object.</source>
            <translation>Die Datei ist keine TimelineJS-Zeitleiste: Sie enthält kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The file is not a TimelineJS timeline: it has no list of events.</source>
            <translation>Die Datei ist keine TimelineJS-Zeitleiste: Ihr fehlt die Liste der Ereignisse.</translation>
        </message>
        <message>
            <source>The eras of the timeline are not a list.</source>
            <translation>Die Epochen der Zeitleiste sind keine Liste.</translation>
        </message>
        <message>
            <source>Event %1</source>
            <translation>Ereignis %1</translation>
        </message>
        <message>
            <source>%1 is not a JSON object.</source>
            <translation>%1 ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the end_date lies before the start_date.</source>
            <translation>%1: end_date liegt vor start_date.</translation>
        </message>
        <message>
            <source>%1 has no headline.</source>
            <translation>%1 hat keine Überschrift.</translation>
        </message>
        <message>
            <source>Era %1</source>
            <translation>Epoche %1</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>&amp;New Milestone</source>
            <translation>&amp;Neuer Meilenstein</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Import Text…</source>
            <translation>Text &amp;übernehmen …</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Filter milestones…</source>
            <translation>Meilensteine filtern …</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Verkleinern (-)</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Vergrößern (+)</translation>
        </message>
        <message>
            <source>&amp;Fit All</source>
            <translation>&amp;Alles einpassen</translation>
        </message>
        <message>
            <source>Show the whole timeline (0)</source>
            <translation>Die ganze Zeitleiste zeigen (0)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Add a category</source>
            <translation>Eine Kategorie hinzufügen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Rename or recolour the category</source>
            <translation>Kategorie umbenennen oder umfärben</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Remove the category; its milestones stay, without a category</source>
            <translation>Kategorie entfernen; ihre Meilensteine bleiben, ohne Kategorie</translation>
        </message>
        <message>
            <source>↑</source>
            <translation>↑</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>↓</source>
            <translation>↓</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>TimelineJS (JSON)…</source>
            <translation>TimelineJS (JSON) …</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)…</source>
            <translation>Tabelle (CSV) …</translation>
        </message>
        <message>
            <source>Include Drafts</source>
            <translation>Entwürfe einbeziehen</translation>
        </message>
        <message>
            <source>Drafts are left out of exports unless this is ticked.</source>
            <translation>Entwürfe werden nur exportiert, wenn dies angehakt ist.</translation>
        </message>
        <message>
            <source>Visible Timeline as Image (PNG, SVG)…</source>
            <translation>Sichtbare Zeitleiste als Bild (PNG, SVG) …</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;arbeiten</translation>
        </message>
        <message>
            <source>Open the chosen milestone in the form (Return or double click)</source>
            <translation>Den gewählten Meilenstein im Formular öffnen (Eingabetaste oder Doppelklick)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
    </context>
    <context>
        <name>TimelinePickerDialog</name>
        <message>
            <source>Insert Timeline</source>
            <translation>Zeitleiste einfügen</translation>
        </message>
        <message>
            <source>&amp;Choose milestones</source>
            <translation>Meilensteine &amp;auswählen</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>All approved milestones in a &amp;range</source>
            <translation>Alle freigegebenen Meilensteine eines &amp;Zeitraums</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Ab Jahr</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Preview, as the release will print it:</source>
            <translation>Vorschau, wie die Mitteilung sie druckt:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source> · draft</source>
            <translation> · Entwurf</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) in view, drawn as a density chart: zoom in to see them one by one.</source>
            <translation>
                <numerusform>%n Meilenstein im Blick, als Dichte gezeichnet: vergrößern, um sie einzeln zu sehen.</numerusform>
                <numerusform>%n Meilensteine im Blick, als Dichte gezeichnet: vergrößern, um sie einzeln zu sehen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTextParser</name>
        <message>
            <source>“%1” is empty.</source>
            <translation>„%1“ ist leer.</translation>
        </message>
        <message>
            <source>“%1” is not a text file.</source>
            <translation>„%1“ ist keine Textdatei.</translation>
        </message>
        <message>
            <source>“%1” is not UTF-8 text. Save it as UTF-8 and try again.</source>
            <translation>„%1“ ist kein UTF-8-Text. Bitte als UTF-8 speichern und erneut versuchen.</translation>
        </message>
        <message>
            <source>the year %1 lies outside %2–%3; check that it is meant as a year</source>
            <translation>das Jahr %1 liegt außerhalb von %2–%3; bitte prüfen, ob es als Jahr gemeint ist</translation>
        </message>
    </context>
    <context>
        <name>VCard</name>
        <message>
            <source>Home</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>no file was given</source>
            <translation>es wurde keine Datei angegeben</translation>
        </message>
        <message>
            <source>This is not a vCard file: it holds binary data.</source>
            <translation>Das ist keine vCard-Datei: Sie enthält Binärdaten.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
            <translation>Das ist keine vCard-Datei: Ihr fehlt die Zeile BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>record starting on line %1 has no END:VCARD</source>
            <translation>dem Eintrag ab Zeile %1 fehlt END:VCARD</translation>
        </message>
        <message>
            <source>END:VCARD without BEGIN:VCARD</source>
            <translation>END:VCARD ohne BEGIN:VCARD</translation>
        </message>
        <message>
            <source>text outside a vCard record is ignored</source>
            <translation>Text außerhalb eines vCard-Eintrags wird übergangen</translation>
        </message>
        <message>
            <source>line %1 is not a vCard property (it has no “NAME:” at its start)</source>
            <translation>Zeile %1 ist keine vCard-Eigenschaft (sie beginnt nicht mit „NAME:“)</translation>
        </message>
        <message>
            <source>vCard version “%1” is unknown; the record is read as version 4.0</source>
            <translation>vCard-Version „%1“ ist unbekannt; der Eintrag wird als Version 4.0 gelesen</translation>
        </message>
        <message>
            <source>“%1” is not a valid %2; kept as a text channel of %3</source>
            <translation>„%1“ ist keine gültige %2; als Text bei %3 aufbewahrt</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>The vCard has no name; it is named “%1”.</source>
            <translation>Die vCard hat keinen Namen; sie heißt nun „%1“.</translation>
        </message>
        <message>
            <source>The vCard has no name and nothing to reach anyone by; it is left out.</source>
            <translation>Die vCard hat weder einen Namen noch eine Möglichkeit, jemanden zu erreichen; sie wird ausgelassen.</translation>
        </message>
        <message>
            <source>“%1” is not a vCard property; left out</source>
            <translation>„%1“ ist keine vCard-Eigenschaft; ausgelassen</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to PressDesk</source>
            <translation>Willkommen bei PressDesk</translation>
        </message>
        <message>
            <source>The timeline, quotes, contacts and press releases of your press office, in one file.</source>
            <translation>Zeitleiste, Zitate, Kontakte und Pressemitteilungen Ihrer Pressestelle, in einer Datei.</translation>
        </message>
        <message>
            <source>Create a &amp;New Office File…</source>
            <translation>&amp;Neue Pressestellendatei anlegen …</translation>
        </message>
        <message>
            <source>Start with an empty file for your press office</source>
            <translation>Mit einer leeren Datei für Ihre Pressestelle beginnen</translation>
        </message>
        <message>
            <source>&amp;Open a File…</source>
            <translation>Datei ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open the press office file a colleague shares, or a copy</source>
            <translation>Die Pressestellendatei öffnen, die Sie mit Kolleginnen und Kollegen teilen, oder eine Kopie</translation>
        </message>
        <message>
            <source>Try the &amp;Demo (Bochum 2014–2020)</source>
            <translation>&amp;Demo ausprobieren (Bochum 2014–2020)</translation>
        </message>
        <message>
            <source>A fresh copy of the demo material: change anything, nothing of yours is touched</source>
            <translation>Eine frische Kopie des Demomaterials: Ändern Sie, was Sie wollen, an Ihren Dateien ändert sich nichts</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Zuletzt geöffnete Dateien</translation>
        </message>
    </context>
    <context>
        <name>ZipArchive</name>
        <message>
            <source>The ZIP file could not be put together: %1</source>
            <translation>Die ZIP-Datei ließ sich nicht zusammenstellen: %1</translation>
        </message>
        <message>
            <source>the output cannot be written out of order</source>
            <translation>die Ausgabe lässt sich nicht in beliebiger Reihenfolge schreiben</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>PressDesk: timeline, quotes, contacts and press releases of a press office.

Commands (headless): %1. Run 'pressdesk COMMAND --help' for details.</source>
            <translation>PressDesk: Zeitleiste, Zitate, Kontakte und Pressemitteilungen einer Pressestelle.

Befehle (ohne Oberfläche): %1. 'pressdesk BEFEHL --help' zeigt Einzelheiten.</translation>
        </message>
        <message>
            <source>Open a fresh copy of the Bochum demo database.</source>
            <translation>Eine frische Kopie der Bochum-Demodatenbank öffnen.</translation>
        </message>
        <message>
            <source>Open this file.</source>
            <translation>Diese Datei öffnen.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>A .pressdesk file to open.</source>
            <translation>Eine .pressdesk-Datei, die geöffnet werden soll.</translation>
        </message>
        <message>
            <source>Only one file can be opened at a time.</source>
            <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
        </message>
        <message>
            <source>Unknown command “%1”. Commands: %2.</source>
            <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>„%1“ existiert nicht.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::AddressListEditor</name>
        <message>
            <source>Work</source>
            <translation>Dienstlich</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Neue Anschrift</translation>
        </message>
        <message>
            <source>Address %1 of %2 — %3</source>
            <translation>Anschrift %1 von %2 – %3</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::BodyEdit</name>
        <message>
            <source>No suggestions</source>
            <translation>Keine Vorschläge</translation>
        </message>
        <message>
            <source>Add “%1” to the Office Dictionary</source>
            <translation>„%1“ ins Wörterbuch der Pressestelle aufnehmen</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::CategoryEditor</name>
        <message>
            <source>Category Colour</source>
            <translation>Farbe der Kategorie</translation>
        </message>
        <message>
            <source>New Category</source>
            <translation>Neue Kategorie</translation>
        </message>
        <message>
            <source>Edit Category</source>
            <translation>Kategorie bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::CategoryListModel</name>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <source>Untick to hide these milestones from the timeline and the list.</source>
            <translation>Haken entfernen, um diese Meilensteine in Zeitleiste und Liste auszublenden.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactChannelModel</name>
        <message>
            <source>E-mail address, e.g. presse@example.org</source>
            <translation>E-Mail-Adresse, z. B. presse@example.org</translation>
        </message>
        <message>
            <source>Public: may appear in releases and exports</source>
            <translation>Öffentlich: darf in Pressemitteilungen und Exporten erscheinen</translation>
        </message>
        <message>
            <source>Internal: never leaves PressDesk unless asked for</source>
            <translation>Intern: verlässt PressDesk nur auf ausdrücklichen Wunsch</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Number or address</source>
            <translation>Nummer oder Adresse</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Öffentlich</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactEditor</name>
        <message>
            <source>no consent recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>No organisation</source>
            <translation>Keine Organisation</translation>
        </message>
        <message>
            <source>Organisation %1</source>
            <translation>Organisation %1</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>New contact: %1</source>
            <translation>Neuer Kontakt: %1</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Last changed %1</source>
            <translation>Zuletzt geändert am %1</translation>
        </message>
        <message>
            <source>No Consent Recorded</source>
            <translation>Keine Einwilligung erfasst</translation>
        </message>
        <message>
            <source>this contact</source>
            <translation>diesen Kontakt</translation>
        </message>
        <message>
            <source>Make Public</source>
            <translation>Öffentlich machen</translation>
        </message>
        <message>
            <source>Keep Internal</source>
            <translation>Intern lassen</translation>
        </message>
        <message>
            <source>Photo from the address book</source>
            <translation>Foto aus dem Adressbuch</translation>
        </message>
        <message>
            <source>No consent is recorded for %1. A public channel or postal address is printed in releases and press kits and goes into exports; under the GDPR that needs the person's consent.

Record the date of the consent below, or make it public anyway if it is an official, published address.</source>
            <translation>Für %1 ist keine Einwilligung erfasst. Ein öffentlicher Kontaktweg oder eine öffentliche Anschrift erscheint in Pressemitteilungen und Pressemappen und geht in Exporte; nach der DSGVO braucht das die Einwilligung der Person.

Tragen Sie unten das Datum der Einwilligung ein, oder machen Sie es trotzdem öffentlich, wenn es eine amtliche, veröffentlichte Adresse ist.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactExportDialog</name>
        <message>
            <source>Semicolon ( ; ) – German Excel</source>
            <translation>Semikolon ( ; ) – deutsches Excel</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <source>Only the &amp;selected contacts (none selected)</source>
            <translation>Nur die &amp;markierten Kontakte (keine markiert)</translation>
        </message>
        <message numerus="yes">
            <source>Only the &amp;selected contacts (%n)</source>
            <translation>
                <numerusform>Nur der &amp;markierte Kontakt (%n)</numerusform>
                <numerusform>Nur die &amp;markierten Kontakte (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Internal numbers, addresses and the internal note leave the press office with this file. Share it only inside the office.</source>
            <translation>Mit dieser Datei verlassen interne Nummern, Adressen und die interne Notiz die Pressestelle. Geben Sie sie nur intern weiter.</translation>
        </message>
        <message>
            <source>Only the e-mail addresses, numbers and web addresses marked public are exported.</source>
            <translation>Exportiert werden nur die als öffentlich markierten E-Mail-Adressen, Nummern und Webadressen.</translation>
        </message>
        <message>
            <source>Press contacts</source>
            <translation>Pressekontakte</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;vCard files (*.vcf)</source>
            <translation>CSV-Dateien (*.csv);;vCard-Dateien (*.vcf)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf);;CSV files (*.csv)</source>
            <translation>vCard-Dateien (*.vcf);;CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The contacts could not be exported to %1: %2</source>
            <translation>Die Kontakte konnten nicht nach %1 exportiert werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1.</source>
            <translation>
                <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
                <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n contact(s)…</source>
            <translation>
                <numerusform>%n Kontakt wird exportiert …</numerusform>
                <numerusform>%n Kontakte werden exportiert …</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>4.0 – Thunderbird, Apple, Google, Android</source>
            <translation>4.0 – Thunderbird, Apple, Google, Android</translation>
        </message>
        <message>
            <source>3.0 – Outlook and older programs</source>
            <translation>3.0 – Outlook und ältere Programme</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactImportDialog</name>
        <message>
            <source>semicolon-separated</source>
            <translation>durch Semikolon getrennt</translation>
        </message>
        <message>
            <source>tab-separated</source>
            <translation>durch Tabulator getrennt</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>durch Komma getrennt</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation>UTF-8 mit Byte-Order-Mark</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <source>Windows-1252</source>
            <translation>Windows-1252</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Semikolon ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Windows-1252 (older Excel)</source>
            <translation>Windows-1252 (älteres Excel)</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Erste Werte</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Merge each into its duplicate</source>
            <translation>Jeweils mit dem vorhandenen Kontakt zusammenführen</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Add them as new contacts</source>
            <translation>Als neue Kontakte hinzufügen</translation>
        </message>
        <message>
            <source>The whole import is one step to undo.</source>
            <translation>Der ganze Import lässt sich in einem Schritt rückgängig machen.</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;All files (*)</source>
            <translation>Kontakte (*.vcf *.vcard *.csv);;vCard-Dateien (*.vcf *.vcard);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>This file cannot be imported. %1</source>
            <translation>Diese Datei kann nicht importiert werden. %1</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>Import “%1” as</source>
            <translation>„%1“ importieren als</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(ignorieren)</translation>
        </message>
        <message>
            <source>Detected: %1, %2.</source>
            <translation>Erkannt: %1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n Datensatz</numerusform>
                <numerusform>%n Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be read</source>
            <translation>
                <numerusform>%n Datensatz kann nicht gelesen werden</numerusform>
                <numerusform>%n Datensätze können nicht gelesen werden</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has a header row but no records below it.</source>
            <translation>Die Datei hat eine Kopfzeile, aber keine Datensätze darunter.</translation>
        </message>
        <message>
            <source>Choose the column with the name: “Given name”, “Family name” or “Full name”.</source>
            <translation>Wählen Sie die Spalte mit dem Namen: „Vorname“, „Nachname“ oder „Vollständiger Name“.</translation>
        </message>
        <message>
            <source>The contacts already stored cannot be read: %1</source>
            <translation>Die vorhandenen Kontakte können nicht gelesen werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be imported and will be left out:</source>
            <translation>
                <numerusform>%n Datensatz kann nicht importiert werden und wird ausgelassen:</numerusform>
                <numerusform>%n Datensätze können nicht importiert werden und werden ausgelassen:</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact could be read from the file. First problem: line %1: %2</source>
            <translation>Aus der Datei konnte kein Kontakt gelesen werden. Erstes Problem: Zeile %1: %2</translation>
        </message>
        <message>
            <source>The file holds no contacts.</source>
            <translation>Die Datei enthält keine Kontakte.</translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n neuer Kontakt</numerusform>
                <numerusform>%n neue Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n Dublette</numerusform>
                <numerusform>%n Dubletten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to add, %2 to merge, %3 to skip.</source>
            <translation>%1 hinzufügen, %2 zusammenführen, %3 überspringen.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt importieren</numerusform>
                <numerusform>%n Kontakte importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Add as New Contact</source>
            <translation>Als neuen Kontakt hinzufügen</translation>
        </message>
        <message>
            <source>Merge into Existing Contact</source>
            <translation>Mit vorhandenem Kontakt zusammenführen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>“%1” for All Duplicates</source>
            <translation>„%1“ für alle Dubletten</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Es wurde nichts importiert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be imported and will be left out; the lines after them were read, but are worth a look:</source>
            <translation>
                <numerusform>%n Datensatz kann nicht übernommen werden und wird ausgelassen; die Zeilen danach wurden gelesen, sind aber einen Blick wert:</numerusform>
                <numerusform>%n Datensätze können nicht übernommen werden und werden ausgelassen; die Zeilen danach wurden gelesen, sind aber einen Blick wert:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) were read, but are worth a look:</source>
            <translation>
                <numerusform>%n Zeile wurde gelesen, ist aber einen Blick wert:</numerusform>
                <numerusform>%n Zeilen wurden gelesen, sind aber einen Blick wert:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n contact(s)…</source>
            <translation>
                <numerusform>%n Kontakt wird importiert …</numerusform>
                <numerusform>%n Kontakte werden importiert …</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Reading the address book…</source>
            <translation>Das Adressbuch wird gelesen …</translation>
        </message>
        <message>
            <source>Reading the file was cancelled; nothing was imported.</source>
            <translation>Das Lesen der Datei wurde abgebrochen; es wurde nichts übernommen.</translation>
        </message>
        <message>
            <source>Recognised: %1. Every column is read the way %1 writes it; what PressDesk has no field for is kept in the internal note.</source>
            <translation>Erkannt: %1. Jede Spalte wird so gelesen, wie %1 sie schreibt; wofür PressDesk kein Feld hat, bleibt in der internen Notiz erhalten.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactImportModel</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>%1 (line %2)</source>
            <translation>%1 (Zeile %2)</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>Zusammenführen mit „%1“</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Duplicate because</source>
            <translation>Doppelt, weil</translation>
        </message>
        <message>
            <source>Add as new contact</source>
            <translation>Als neuen Kontakt hinzufügen</translation>
        </message>
        <message>
            <source>%1 — nothing to change</source>
            <translation>%1 — nichts zu ändern</translation>
        </message>
        <message>
            <source>%1 — would change %2</source>
            <translation>%1 — würde ändern: %2</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactTableModel</name>
        <message>
            <source>Available for press enquiries</source>
            <translation>Ansprechbar für Presseanfragen</translation>
        </message>
        <message>
            <source>Not available for press enquiries</source>
            <translation>Nicht ansprechbar für Presseanfragen</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Ansprechbar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Press topics</source>
            <translation>Pressethemen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Press enquiries</source>
            <translation>Presseanfragen</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactsPage</name>
        <message>
            <source>All organisations</source>
            <translation>Alle Organisationen</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Alle Themen</translation>
        </message>
        <message>
            <source>Cannot show the contacts</source>
            <translation>Kontakte können nicht angezeigt werden</translation>
        </message>
        <message>
            <source>Cannot change the contacts</source>
            <translation>Kontakte können nicht geändert werden</translation>
        </message>
        <message>
            <source>The contact was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation>Der Kontakt wurde nicht gespeichert: Beheben Sie das im Formular angezeigte Problem oder verwerfen Sie die Änderungen.</translation>
        </message>
        <message>
            <source>Cannot save the contact</source>
            <translation>Kontakt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 hinzugefügt.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Cannot show the contact</source>
            <translation>Kontakt kann nicht angezeigt werden</translation>
        </message>
        <message>
            <source>Cannot delete the contact</source>
            <translation>Kontakt kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Cannot delete the contacts</source>
            <translation>Kontakte können nicht gelöscht werden</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n contact(s). Undo brings them back.</source>
            <translation>
                <numerusform>%n Kontakt gelöscht. „Rückgängig“ holt ihn zurück.</numerusform>
                <numerusform>%n Kontakte gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot edit the organisation</source>
            <translation>Organisation kann nicht bearbeitet werden</translation>
        </message>
        <message>
            <source>Cannot save the organisation</source>
            <translation>Organisation kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved the organisation %1.</source>
            <translation>Organisation %1 gespeichert.</translation>
        </message>
        <message>
            <source>Cannot create the organisation</source>
            <translation>Organisation kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Created the organisation %1.</source>
            <translation>Organisation %1 angelegt.</translation>
        </message>
        <message>
            <source>Cannot read the organisations</source>
            <translation>Organisationen können nicht gelesen werden</translation>
        </message>
        <message>
            <source>No contacts yet. Add one with “New Contact” or import vCard or CSV files.</source>
            <translation>Noch keine Kontakte. Legen Sie mit „Neuer Kontakt“ einen an oder importieren Sie vCard- oder CSV-Dateien.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 von %Ln Kontakt</numerusform>
                <numerusform>%1 von %Ln Kontakten</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved contact</source>
            <translation>Nicht gespeicherter Kontakt</translation>
        </message>
        <message>
            <source>The contact in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?</source>
            <translation>Der Kontakt im Formular kann so nicht gespeichert werden; was fehlt, ist im Formular markiert. Änderungen verwerfen oder abbrechen und korrigieren?</translation>
        </message>
        <message>
            <source>New &amp;Contact</source>
            <translation>Neuer &amp;Kontakt</translation>
        </message>
        <message>
            <source>No contact matches the filters.</source>
            <translation>Kein Kontakt passt zu den Filtern.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::EmptyListHint</name>
        <message>
            <source>No hits for “%1”</source>
            <translation>Keine Treffer für „%1“</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::HelpDialog</name>
        <message>
            <source>Delete the selected milestones, quotes or contacts (Undo brings them back)</source>
            <translation>Markierte Meilensteine, Zitate oder Kontakte löschen (Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>Working with PressDesk</source>
            <translation>Arbeiten mit PressDesk</translation>
        </message>
        <message>
            <source>The areas on the left hold the material of the press office; each keeps what it shows in the open file.</source>
            <translation>Die Bereiche links enthalten das Material der Pressestelle; jeder hält, was er zeigt, in der geöffneten Datei.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Quotes&lt;/b&gt;: who said what, when and in which role, and whether the quote is authorised. Only authorised quotes go into releases and press kits.</source>
            <translation>&lt;b&gt;Zitate&lt;/b&gt;: wer was wann in welcher Funktion gesagt hat und ob das Zitat autorisiert ist. Nur autorisierte Zitate kommen in Pressemitteilungen und Pressemappen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contacts&lt;/b&gt;: people and organisations. Only channels ticked &lt;i&gt;Public&lt;/i&gt; appear in releases and exports; make a channel public only with the person's consent.</source>
            <translation>&lt;b&gt;Kontakte&lt;/b&gt;: Personen und Organisationen. Nur Kontaktwege mit Häkchen bei &lt;i&gt;Öffentlich&lt;/i&gt; erscheinen in Pressemitteilungen und Exporten; machen Sie einen Kontaktweg nur mit Einwilligung der Person öffentlich.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Releases&lt;/b&gt;: press releases written from that material, checked before they go out, exported as PDF, ODT, HTML or text.</source>
            <translation>&lt;b&gt;Pressemitteilungen&lt;/b&gt;: aus diesem Material geschrieben, vor der Herausgabe geprüft, als PDF, ODT, HTML oder Text exportiert.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Press Kits&lt;/b&gt;: a release with fact sheet, statements, contacts and photos, as one PDF or a ZIP, and the chronicle handout.</source>
            <translation>&lt;b&gt;Pressemappen&lt;/b&gt;: eine Pressemitteilung mit Daten und Fakten, Stimmen, Ansprechpartnern und Bildern, als ein PDF oder ZIP, und der Chronik-Handzettel.</translation>
        </message>
        <message>
            <source>Saving and undo</source>
            <translation>Speichern und Rückgängig</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Save the milestone, quote or contact form</source>
            <translation>Das Meilenstein-, Zitat- oder Kontaktformular speichern</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt;: the milestones of a story, with exact dates or only a year or month, in categories. Drag a card to move it; double-click or Return opens it in the form below the graphic.</source>
            <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;: die Meilensteine einer Geschichte, mit genauem Datum oder nur Jahr oder Monat, in Kategorien. Eine Karte zum Verschieben ziehen; Doppelklick oder Eingabetaste öffnet sie im Formular unter der Grafik.</translation>
        </message>
        <message>
            <source>Every change is saved in the file at once; a form is saved when you leave it. Undo takes back one step at a time, and the status bar says what was undone.</source>
            <translation>Jede Änderung wird sofort in der Datei gespeichert; ein Formular beim Verlassen. Rückgängig nimmt einen Schritt nach dem anderen zurück, und die Statusleiste sagt, was rückgängig gemacht wurde.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken …</translation>
        </message>
        <message>
            <source>(the press release or press kit shown)</source>
            <translation>(die gezeigte Pressemitteilung oder Pressemappe)</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ImportPreviewModel</name>
        <message>
            <source>Import</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Already in the timeline</source>
            <translation>Schon in der Zeitleiste</translation>
        </message>
        <message>
            <source>Repeated in this text</source>
            <translation>Im Text wiederholt</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <source>Check the date: “%1” names no year; the year is the one the text mentioned before.</source>
            <translation>Datum prüfen: „%1“ nennt kein Jahr; es gilt das Jahr, das der Text zuvor genannt hat.</translation>
        </message>
        <message>
            <source>Check the date: “%1” has no end; the milestone starts then.</source>
            <translation>Datum prüfen: „%1“ hat kein Ende; der Meilenstein beginnt dann.</translation>
        </message>
        <message>
            <source>Check the date: “%1” is approximate.</source>
            <translation>Datum prüfen: „%1“ ist eine ungefähre Angabe.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::KitListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::KitPartsModel</name>
        <message>
            <source>Press release</source>
            <translation>Pressemitteilung</translation>
        </message>
        <message>
            <source>Fact sheet (%1–%2)</source>
            <translation>Daten und Fakten (%1–%2)</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Daten und Fakten</translation>
        </message>
        <message>
            <source>Statements (the release's)</source>
            <translation>Stimmen und Zitate (die der Mitteilung)</translation>
        </message>
        <message numerus="yes">
            <source>Statements (%n chosen)</source>
            <translation>
                <numerusform>Stimmen und Zitate (%n ausgewählt)</numerusform>
                <numerusform>Stimmen und Zitate (%n ausgewählt)</numerusform>
            </translation>
        </message>
        <message>
            <source>Press contacts (the release's)</source>
            <translation>Ansprechpartner (die der Mitteilung)</translation>
        </message>
        <message numerus="yes">
            <source>Press contacts (%n chosen)</source>
            <translation>
                <numerusform>Ansprechpartner (%n ausgewählt)</numerusform>
                <numerusform>Ansprechpartner (%n ausgewählt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Photos (%n chosen)</source>
            <translation>
                <numerusform>Bilder (%n ausgewählt)</numerusform>
                <numerusform>Bilder (%n ausgewählt)</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra page: %1</source>
            <translation>Zusätzliche Seite: %1</translation>
        </message>
        <message>
            <source>(no heading)</source>
            <translation>(ohne Überschrift)</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::KitsPage</name>
        <message>
            <source>Press Kits</source>
            <translation>Pressemappen</translation>
        </message>
        <message>
            <source>Rename press kit to “%1”</source>
            <translation>Pressemappe in „%1“ umbenennen</translation>
        </message>
        <message>
            <source>Change the date of “%1”</source>
            <translation>Datum von „%1“ ändern</translation>
        </message>
        <message>
            <source>Choose the release of “%1”</source>
            <translation>Mitteilung von „%1“ wählen</translation>
        </message>
        <message>
            <source>Choose the cover photo of “%1”</source>
            <translation>Titelbild von „%1“ wählen</translation>
        </message>
        <message>
            <source>&amp;Press Release</source>
            <translation>&amp;Pressemitteilung</translation>
        </message>
        <message>
            <source>&amp;Fact Sheet</source>
            <translation>&amp;Daten und Fakten</translation>
        </message>
        <message>
            <source>&amp;Statements</source>
            <translation>&amp;Stimmen und Zitate</translation>
        </message>
        <message>
            <source>Press &amp;Contacts</source>
            <translation>&amp;Ansprechpartner</translation>
        </message>
        <message>
            <source>P&amp;hotos</source>
            <translation>&amp;Bilder</translation>
        </message>
        <message>
            <source>&amp;Extra Page</source>
            <translation>&amp;Zusätzliche Seite</translation>
        </message>
        <message>
            <source>Choose the fact sheet's category</source>
            <translation>Kategorie des Faktenblatts wählen</translation>
        </message>
        <message>
            <source>Choose the fact sheet's years</source>
            <translation>Jahre des Faktenblatts wählen</translation>
        </message>
        <message>
            <source>Add “%1” to the kit</source>
            <translation>„%1“ in die Mappe aufnehmen</translation>
        </message>
        <message>
            <source>Take “%1” out of the kit</source>
            <translation>„%1“ aus der Mappe nehmen</translation>
        </message>
        <message>
            <source>Rename the extra page to “%1”</source>
            <translation>Zusätzliche Seite in „%1“ umbenennen</translation>
        </message>
        <message>
            <source>Edit the text of “%1”</source>
            <translation>Text von „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(no cover photo)</source>
            <translation>(kein Titelbild)</translation>
        </message>
        <message>
            <source>Add the parts the journalists are to get.</source>
            <translation>Fügen Sie die Teile hinzu, die die Journalisten bekommen sollen.</translation>
        </message>
        <message>
            <source>Choose the kit's release above.</source>
            <translation>Wählen Sie oben die Pressemitteilung der Mappe.</translation>
        </message>
        <message>
            <source>The press release is the kit's release, as it reads now.</source>
            <translation>Die Pressemitteilung ist die der Mappe, so wie sie jetzt lautet.</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Authorised quotes for the statements sheet. None ticked: the release's own authorised quotes.</source>
            <translation>Autorisierte Zitate für das Zitateblatt. Keins angehakt: die autorisierten Zitate der Mitteilung.</translation>
        </message>
        <message>
            <source>Contacts for the press contacts sheet, with their public channels only. None ticked: the release's Pressekontakt.</source>
            <translation>Kontakte für das Blatt der Ansprechpartner, nur mit öffentlichen Kontaktwegen. Keiner angehakt: der Pressekontakt der Mitteilung.</translation>
        </message>
        <message>
            <source>Photos with a credit (a photo without one is never handed out). Add photos to the file in a release's body first.</source>
            <translation>Bilder mit Bildnachweis (ein Bild ohne wird nie herausgegeben). Bilder kommen über den Text einer Mitteilung in die Datei.</translation>
        </message>
        <message>
            <source>Before handing it out:</source>
            <translation>Vor der Herausgabe prüfen:</translation>
        </message>
        <message>
            <source>Press kit</source>
            <translation>Pressemappe</translation>
        </message>
        <message>
            <source>Created the press kit “%1”.</source>
            <translation>Pressemappe „%1“ angelegt.</translation>
        </message>
        <message>
            <source>Deleted the press kit “%1”. Undo brings it back.</source>
            <translation>Pressemappe „%1“ gelöscht. Rückgängig holt sie zurück.</translation>
        </message>
        <message>
            <source>Further information</source>
            <translation>Weitere Informationen</translation>
        </message>
        <message>
            <source>Move “%1” in the kit</source>
            <translation>„%1“ in der Mappe verschieben</translation>
        </message>
        <message>
            <source>Export Press Kit</source>
            <translation>Pressemappe exportieren</translation>
        </message>
        <message>
            <source>Before the kit is handed out, look at this:

• %1

Export it anyway?</source>
            <translation>Bevor die Mappe herausgeht, sehen Sie sich das an:

• %1

Trotzdem exportieren?</translation>
        </message>
        <message>
            <source>Export Anyway</source>
            <translation>Trotzdem exportieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>ZIP of files to reuse (*.zip)</source>
            <translation>ZIP mit Dateien zur Weiterverwendung (*.zip)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Exported the press kit to %1.</source>
            <translation>Die Pressemappe wurde nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Print Preview, A&amp;4 Landscape…</source>
            <translation>Druckvorschau, A&amp;4 quer …</translation>
        </message>
        <message>
            <source>Print Preview, A&amp;3 Landscape…</source>
            <translation>Druckvorschau, A&amp;3 quer …</translation>
        </message>
        <message>
            <source>PDF for the Print Shop, A4…</source>
            <translation>PDF für die Druckerei, A4 …</translation>
        </message>
        <message>
            <source>PDF for the Print Shop, A3…</source>
            <translation>PDF für die Druckerei, A3 …</translation>
        </message>
        <message>
            <source>Print Press Kit</source>
            <translation>Pressemappe drucken</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>Chronicle Handout</source>
            <translation>Chronik-Handzettel</translation>
        </message>
        <message>
            <source>Chronicle Handout for the Print Shop</source>
            <translation>Chronik-Handzettel für die Druckerei</translation>
        </message>
        <message>
            <source>Exported the chronicle handout to %1.</source>
            <translation>Die Chronik wurde nach %1 exportiert.</translation>
        </message>
        <message>
            <source>New &amp;Press Kit</source>
            <translation>Neue &amp;Pressemappe</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Packing the press kit…</source>
            <translation>Die Pressemappe wird gepackt …</translation>
        </message>
        <message>
            <source>Setting the press kit’s pages…</source>
            <translation>Die Seiten der Pressemappe werden gesetzt …</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Drawing the chronicle handout…</source>
            <translation>Die Chronik wird gezeichnet …</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::MainWindow</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Releases</source>
            <translation>Pressemitteilungen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>PressDesk files (*.pressdesk);;All files (*)</source>
            <translation>PressDesk-Dateien (*.pressdesk);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The file was updated to the current version; the previous version was saved as %1.</source>
            <translation>Die Datei wurde auf die aktuelle Version gebracht; die vorherige Fassung wurde als %1 gesichert.</translation>
        </message>
        <message>
            <source>Bochum demo %1.pressdesk</source>
            <translation>Bochum-Demo %1.pressdesk</translation>
        </message>
        <message>
            <source>Bochum demo %1 (%2).pressdesk</source>
            <translation>Bochum-Demo %1 (%2).pressdesk</translation>
        </message>
        <message>
            <source>Cannot create the demo</source>
            <translation>Demo kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>%1 – PressDesk</source>
            <translation>%1 – PressDesk</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>New Press Office File</source>
            <translation>Neue Pressestellen-Datei</translation>
        </message>
        <message>
            <source>Press office.pressdesk</source>
            <translation>Pressestelle.pressdesk</translation>
        </message>
        <message>
            <source>Open Press Office File</source>
            <translation>Pressestellen-Datei öffnen</translation>
        </message>
        <message>
            <source>%1 (copy %2).pressdesk</source>
            <translation>%1 (Kopie %2).pressdesk</translation>
        </message>
        <message>
            <source>Save a Copy</source>
            <translation>Kopie speichern</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>Kopie kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved a copy as %1.</source>
            <translation>Kopie gespeichert als %1.</translation>
        </message>
        <message>
            <source>About PressDesk</source>
            <translation>Über PressDesk</translation>
        </message>
        <message>
            <source>Contacts imported: %1 added, %2 merged, %3 skipped.</source>
            <translation>Kontakte übernommen: %1 neu, %2 zusammengeführt, %3 übersprungen.</translation>
        </message>
        <message>
            <source>The file is damaged</source>
            <translation>Die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>“%1” is damaged (%2).

PressDesk keeps it open so that you can read and copy what you need, but changes to its damaged parts cannot be saved. Restore the file from a backup.</source>
            <translation>„%1“ ist beschädigt (%2).

PressDesk lässt die Datei geöffnet, damit Sie lesen und kopieren können, was Sie brauchen; Änderungen an den beschädigten Teilen lassen sich aber nicht speichern. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The file was changed by another PressDesk; the lists show its current state.</source>
            <translation>Die Datei wurde von einem anderen PressDesk geändert; die Listen zeigen ihren aktuellen Stand.</translation>
        </message>
        <message>
            <source>Press Kits</source>
            <translation>Pressemappen</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Rückgängig: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Wiederholt: %1</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Ein&amp;stellungen …</translation>
        </message>
        <message>
            <source>The new language applies from the next start.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Timeline, quote register, press contacts and press releases for a city's press office.&lt;/p&gt;&lt;p&gt;Every change is saved at once.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %2 · SQLite %3 · %4&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Zeitleiste, Zitatregister, Pressekontakte und Pressemitteilungen für die Pressestelle einer Stadt.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %2 · SQLite %3 · %4&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The file of the last session, “%1”, is no longer there. It may have been moved or renamed; open it where it is now.</source>
            <translation>Die Datei der letzten Sitzung, „%1“, ist nicht mehr da. Vielleicht wurde sie verschoben oder umbenannt; öffnen Sie sie dort, wo sie jetzt liegt.</translation>
        </message>
        <message>
            <source>Checking the whole file in the background…</source>
            <translation>Die ganze Datei wird im Hintergrund geprüft …</translation>
        </message>
        <message>
            <source>The whole file was checked: it is sound.</source>
            <translation>Die ganze Datei wurde geprüft: Sie ist in Ordnung.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::MilestoneEditor</name>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <source>New Milestone</source>
            <translation>Neuer Meilenstein</translation>
        </message>
        <message>
            <source>Understood as %1</source>
            <translation>Verstanden als %1</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::MilestoneListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::OrganisationEditor</name>
        <message>
            <source>New Organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>Organisation “%1”</source>
            <translation>Organisation „%1“</translation>
        </message>
        <message>
            <source>No contact belongs to this organisation yet.</source>
            <translation>Zu dieser Organisation gehört noch kein Kontakt.</translation>
        </message>
        <message numerus="yes">
            <source>This organisation has %Ln contact(s).</source>
            <translation>
                <numerusform>Zu dieser Organisation gehört %Ln Kontakt.</numerusform>
                <numerusform>Zu dieser Organisation gehören %Ln Kontakte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pressdesk::PhotoDialog</name>
        <message>
            <source>Choose Photo</source>
            <translation>Foto auswählen</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>“%1” is larger than 25 MB. Use a smaller copy of the photo for the release.</source>
            <translation>„%1“ ist größer als 25 MB. Bitte eine kleinere Fassung des Fotos verwenden.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>“%1” is not an image PressDesk can read.</source>
            <translation>„%1“ ist kein Bild, das PressDesk lesen kann.</translation>
        </message>
        <message>
            <source>Choose an image and give its caption and credit.</source>
            <translation>Bitte ein Bild auswählen und Bildunterschrift und Bildnachweis angeben.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::QuoteEditor</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No quote selected</source>
            <translation>Kein Zitat ausgewählt</translation>
        </message>
        <message>
            <source>New Quote</source>
            <translation>Neues Zitat</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Choose the speaker from the suggestions, so that the quote is linked to the contact.</source>
            <translation>Wählen Sie die Sprecherin oder den Sprecher aus den Vorschlägen, damit das Zitat mit dem Kontakt verknüpft ist.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Date not known</source>
            <translation>Datum unbekannt</translation>
        </message>
        <message>
            <source>Understood as %1</source>
            <translation>Verstanden als %1</translation>
        </message>
        <message>
            <source>Not a date</source>
            <translation>Kein Datum</translation>
        </message>
        <message>
            <source>Linked Milestones (%1)</source>
            <translation>Verknüpfte Meilensteine (%1)</translation>
        </message>
        <message>
            <source>Save the quote before asking for its authorisation.</source>
            <translation>Speichern Sie das Zitat, bevor Sie die Freigabe anfragen.</translation>
        </message>
        <message>
            <source>Requested %1 from %2</source>
            <translation>Angefragt am %1 bei %2</translation>
        </message>
        <message>
            <source>Authorised by %1 on %2</source>
            <translation>Autorisiert von %1 am %2</translation>
        </message>
        <message>
            <source>Not yet sent for authorisation.</source>
            <translation>Noch nicht zur Freigabe verschickt.</translation>
        </message>
        <message>
            <source>Withdrawn: the quote must no longer be used.</source>
            <translation>Zurückgezogen: Das Zitat darf nicht mehr verwendet werden.</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Revised by a newer draft.</source>
            <translation>Von einem neueren Entwurf überarbeitet.</translation>
        </message>
        <message>
            <source>Revised by a newer quote (%1).</source>
            <translation>Von einem neueren Zitat überarbeitet (%1).</translation>
        </message>
        <message>
            <source>Show it</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Revises the authorised quote of %1.</source>
            <translation>Überarbeitet das autorisierte Zitat vom %1.</translation>
        </message>
        <message>
            <source>Show the original</source>
            <translation>Original anzeigen</translation>
        </message>
        <message>
            <source>A new quote is not used anywhere yet.</source>
            <translation>Ein neues Zitat wird noch nirgends verwendet.</translation>
        </message>
        <message>
            <source>Not used in any release yet.</source>
            <translation>Noch in keiner Pressemitteilung verwendet.</translation>
        </message>
        <message>
            <source>Revises the withdrawn quote of %1.</source>
            <translation>Überarbeitet das zurückgezogene Zitat vom %1.</translation>
        </message>
        <message>
            <source>Revises the quote of %1 that awaits authorisation.</source>
            <translation>Überarbeitet das Zitat vom %1, dessen Autorisierung angefragt ist.</translation>
        </message>
        <message>
            <source>Revises the draft quote of %1.</source>
            <translation>Überarbeitet den Zitat-Entwurf vom %1.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::QuoteListModel</name>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher/in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Authorisation</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Authorised by %1</source>
            <translation>Autorisiert von %1</translation>
        </message>
        <message>
            <source>Requested from %1</source>
            <translation>Angefragt bei %1</translation>
        </message>
        <message>
            <source>%1 · replaced</source>
            <translation>%1 · ersetzt</translation>
        </message>
        <message>
            <source>%1 · being revised</source>
            <translation>%1 · wird überarbeitet</translation>
        </message>
        <message>
            <source>Replaced by an authorised revision of its wording</source>
            <translation>Durch eine autorisierte Überarbeitung des Wortlauts ersetzt</translation>
        </message>
        <message>
            <source>A revision of its wording is under way; until it is authorised this wording stands</source>
            <translation>Eine Überarbeitung des Wortlauts läuft; bis sie autorisiert ist, gilt dieser Wortlaut</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::QuotePickerDialog</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>„%1“
%2 · %3 · %4</source>
            <translation>„%1“
%2 · %3 · %4</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::QuotesPage</name>
        <message>
            <source>Cannot change the quote</source>
            <translation>Das Zitat kann nicht geändert werden</translation>
        </message>
        <message>
            <source>All speakers</source>
            <translation>Alle Sprecher/innen</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Alle Themen</translation>
        </message>
        <message>
            <source>No quotes yet. Start one with “New Quote”.</source>
            <translation>Noch keine Zitate. Beginnen Sie eines mit „Neues Zitat“.</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n Zitat</numerusform>
                <numerusform>%n Zitate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n quote(s) shown</source>
            <translation>
                <numerusform>%1 von %n Zitat angezeigt</numerusform>
                <numerusform>%1 von %n Zitaten angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the quote “%1”.</source>
            <translation>Zitat „%1“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Saved the quote “%1”.</source>
            <translation>Zitat „%1“ gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n quote(s). Undo brings them back.</source>
            <translation>
                <numerusform>%n Zitat gelöscht. Rückgängig holt es zurück.</numerusform>
                <numerusform>%n Zitate gelöscht. Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot change the authorisation</source>
            <translation>Die Freigabe kann nicht geändert werden</translation>
        </message>
        <message>
            <source>Request Authorisation</source>
            <translation>Freigabe anfragen</translation>
        </message>
        <message>
            <source>Authorisation of the wording requested from:</source>
            <translation>Freigabe des Wortlauts angefragt bei:</translation>
        </message>
        <message>
            <source>Mark as Authorised</source>
            <translation>Als autorisiert markieren</translation>
        </message>
        <message>
            <source>Wording authorised by:</source>
            <translation>Wortlaut autorisiert von:</translation>
        </message>
        <message>
            <source>The quote is now “%1”.</source>
            <translation>Das Zitat ist jetzt „%1“.</translation>
        </message>
        <message>
            <source>This quote already has a newer draft; it is shown now.</source>
            <translation>Zu diesem Zitat gibt es schon einen neueren Entwurf; er wird jetzt angezeigt.</translation>
        </message>
        <message>
            <source>A new draft revises the quote; the authorised wording stays as it was.</source>
            <translation>Ein neuer Entwurf überarbeitet das Zitat; der autorisierte Wortlaut bleibt, wie er war.</translation>
        </message>
        <message>
            <source>Unsaved quote</source>
            <translation>Nicht gespeichertes Zitat</translation>
        </message>
        <message>
            <source>The quote in the form cannot be saved as it is. Discard its changes, or cancel and correct them?</source>
            <translation>Das Zitat im Formular kann so nicht gespeichert werden. Änderungen verwerfen oder abbrechen und korrigieren?</translation>
        </message>
        <message>
            <source>New &amp;Quote</source>
            <translation>Neues &amp;Zitat</translation>
        </message>
        <message>
            <source>The quote was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation>Das Zitat wurde nicht gespeichert: Beheben Sie das im Formular angezeigte Problem oder verwerfen Sie die Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseEditor</name>
        <message>
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>Change boilerplate</source>
            <translation>Boilerplate ändern</translation>
        </message>
        <message>
            <source>Add %1 to the press contact</source>
            <translation>%1 zum Pressekontakt hinzufügen</translation>
        </message>
        <message>
            <source>Remove %1 from the press contact</source>
            <translation>%1 aus dem Pressekontakt entfernen</translation>
        </message>
        <message>
            <source>Contact %1 (deleted)</source>
            <translation>Kontakt %1 (gelöscht)</translation>
        </message>
        <message>
            <source>This quote was deleted from the register.</source>
            <translation>Dieses Zitat wurde aus dem Register gelöscht.</translation>
        </message>
        <message>
            <source>No approved milestone matches this selection.</source>
            <translation>Kein freigegebener Meilenstein passt zu dieser Auswahl.</translation>
        </message>
        <message>
            <source>The photo is missing from the file.</source>
            <translation>Das Foto fehlt in der Datei.</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Web or e-mail address (empty to remove the link):</source>
            <translation>Web- oder E-Mail-Adresse (leer, um den Link zu entfernen):</translation>
        </message>
        <message>
            <source>“%1” is not a web address (https://…) or an e-mail address.</source>
            <translation>„%1“ ist keine Webadresse (https://…) und keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>The pasted text opens with the dateline “%1”. Use it as this release's place and date, and take it out of the text?</source>
            <translation>Der eingefügte Text beginnt mit der Ortszeile „%1“. Als Ort und Datum dieser Pressemitteilung übernehmen und aus dem Text nehmen?</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Sperrfrist bis</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ReleasePreview</name>
        <message>
            <source>Page preview</source>
            <translation>Seitenvorschau</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseVersionsDialog</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Version %1 (%2)</source>
            <translation>Version %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ReleasesPage</name>
        <message>
            <source>Press Releases</source>
            <translation>Pressemitteilungen</translation>
        </message>
        <message>
            <source>Office Dictionary</source>
            <translation>Wörterbuch der Pressestelle</translation>
        </message>
        <message>
            <source>“%1” is in the office dictionary now, for everyone who opens this file.</source>
            <translation>„%1“ steht jetzt im Wörterbuch der Pressestelle, für alle, die diese Datei öffnen.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The headline is empty. Everything else is saved; the release keeps its last headline until you type a new one.</source>
            <translation>Die Überschrift ist leer. Alles andere ist gespeichert; die Mitteilung behält ihre letzte Überschrift, bis Sie eine neue eingeben.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>Gespeichert um %1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Your text could not be saved: %1 It stays in the editor; PressDesk tries again with your next change.</source>
            <translation>Ihr Text ließ sich nicht speichern: %1 Er bleibt im Editor; PressDesk versucht es mit Ihrer nächsten Änderung erneut.</translation>
        </message>
        <message>
            <source>Changed Elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
        <message>
            <source>“%1” was changed in another window or by a colleague while you were writing.

Keep yours: your text is saved on top as a new version; theirs stays in the versions.
Reload theirs: the editor shows their text; what you typed since your last save is dropped.</source>
            <translation>„%1“ wurde in einem anderen Fenster oder von einer Kollegin oder einem Kollegen geändert, während Sie schrieben.

Ihre behalten: Ihr Text wird als neue Version darüber gespeichert; die andere Fassung bleibt in den Versionen.
Andere laden: Der Editor zeigt die andere Fassung; was Sie seit Ihrem letzten Speichern geschrieben haben, entfällt.</translation>
        </message>
        <message>
            <source>Keep Mine as a New Version</source>
            <translation>Meine als neue Version behalten</translation>
        </message>
        <message>
            <source>Reload Theirs</source>
            <translation>Andere laden</translation>
        </message>
        <message>
            <source>Decide Later</source>
            <translation>Später entscheiden</translation>
        </message>
        <message>
            <source>Reloaded the release as it was saved elsewhere.</source>
            <translation>Die Mitteilung wurde so geladen, wie sie anderswo gespeichert wurde.</translation>
        </message>
        <message>
            <source>Not saved: changed elsewhere</source>
            <translation>Nicht gespeichert: anderswo geändert</translation>
        </message>
        <message>
            <source>The release was published meanwhile, so it cannot be changed. Your text is saved as a new draft release instead.</source>
            <translation>Die Mitteilung wurde inzwischen veröffentlicht und kann nicht mehr geändert werden. Ihr Text wird stattdessen als neuer Entwurf gespeichert.</translation>
        </message>
        <message>
            <source>Saved as a new version</source>
            <translation>Als neue Version gespeichert</translation>
        </message>
        <message>
            <source>Release Deleted</source>
            <translation>Mitteilung gelöscht</translation>
        </message>
        <message>
            <source>“%1” was deleted elsewhere while you were writing. Save your text as a new draft release?</source>
            <translation>„%1“ wurde anderswo gelöscht, während Sie schrieben. Ihren Text als neuen Entwurf speichern?</translation>
        </message>
        <message>
            <source>Save as New Release</source>
            <translation>Als neue Mitteilung speichern</translation>
        </message>
        <message>
            <source>Discard My Text</source>
            <translation>Meinen Text verwerfen</translation>
        </message>
        <message>
            <source>New press release</source>
            <translation>Neue Pressemitteilung</translation>
        </message>
        <message>
            <source>Delete Press Release</source>
            <translation>Pressemitteilung löschen</translation>
        </message>
        <message>
            <source>Delete “%1” with all its saved versions? This cannot be undone.</source>
            <translation>„%1“ mit allen gespeicherten Versionen löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Put the cursor in a block that can move that way.</source>
            <translation>Die Schreibmarke in einen Block setzen, der sich dorthin schieben lässt.</translation>
        </message>
        <message>
            <source>Move block up</source>
            <translation>Block nach oben schieben</translation>
        </message>
        <message>
            <source>Move block down</source>
            <translation>Block nach unten schieben</translation>
        </message>
        <message>
            <source>Put the cursor in the block to remove.</source>
            <translation>Die Schreibmarke in den Block setzen, der entfernt werden soll.</translation>
        </message>
        <message>
            <source>Remove block</source>
            <translation>Block entfernen</translation>
        </message>
        <message>
            <source>Insert quote</source>
            <translation>Zitat einfügen</translation>
        </message>
        <message>
            <source>Insert timeline</source>
            <translation>Zeitleiste einfügen</translation>
        </message>
        <message>
            <source>Insert Photo</source>
            <translation>Foto einfügen</translation>
        </message>
        <message>
            <source>Insert photo “%1”</source>
            <translation>Foto „%1“ einfügen</translation>
        </message>
        <message>
            <source>A release cannot go from “%1” to “%2”.</source>
            <translation>Eine Mitteilung kann nicht von „%1“ zu „%2“ wechseln.</translation>
        </message>
        <message>
            <source>Approve with Open Checks?</source>
            <translation>Trotz offener Prüfungen freigeben?</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) are still open:

%1

Approve anyway? It is recorded that you, %2, confirmed them.</source>
            <translation>
                <numerusform>%n Prüfung ist noch offen:

%1

Trotzdem freigeben? Es wird festgehalten, dass Sie, %2, sie bestätigt haben.</numerusform>
                <numerusform>%n Prüfungen sind noch offen:

%1

Trotzdem freigeben? Es wird festgehalten, dass Sie, %2, sie bestätigt haben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve Anyway</source>
            <translation>Trotzdem freigeben</translation>
        </message>
        <message numerus="yes">
            <source>%1 confirmed %n open check(s) on approval: %2</source>
            <translation>
                <numerusform>%1 hat bei der Freigabe %n offene Prüfung bestätigt: %2</numerusform>
                <numerusform>%1 hat bei der Freigabe %n offene Prüfungen bestätigt: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation>„%1“ freigeben</translation>
        </message>
        <message>
            <source>Submit “%1” for review</source>
            <translation>„%1“ zur Prüfung geben</translation>
        </message>
        <message>
            <source>Take “%1” back to draft</source>
            <translation>„%1“ in den Entwurf zurückholen</translation>
        </message>
        <message>
            <source>Publish Press Release</source>
            <translation>Pressemitteilung veröffentlichen</translation>
        </message>
        <message>
            <source>Mark “%1” as published? It is locked from then on: a change needs a correction, which is marked as such. Publishing cannot be undone.</source>
            <translation>„%1“ als veröffentlicht kennzeichnen? Danach ist sie gesperrt: Jede Änderung braucht eine Korrektur, die als solche gekennzeichnet wird. Das Veröffentlichen lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <source>Published “%1”.</source>
            <translation>„%1“ veröffentlicht.</translation>
        </message>
        <message>
            <source>Correct Press Release</source>
            <translation>Pressemitteilung korrigieren</translation>
        </message>
        <message>
            <source>Start a correction of “%1”? It becomes a draft marked “Korrigierte Fassung”; what was published stays in its versions.</source>
            <translation>Eine Korrektur von „%1“ beginnen? Sie wird ein Entwurf mit dem Vermerk „Korrigierte Fassung“; die veröffentlichte Fassung bleibt in den Versionen.</translation>
        </message>
        <message>
            <source>Start Correction</source>
            <translation>Korrektur beginnen</translation>
        </message>
        <message>
            <source>Use the new wording of a quote</source>
            <translation>Neuen Wortlaut eines Zitats übernehmen</translation>
        </message>
        <message>
            <source>Checks before approval</source>
            <translation>Prüfungen vor der Freigabe</translation>
        </message>
        <message>
            <source>Nothing to look at: the release is ready for approval.</source>
            <translation>Nichts offen: Die Mitteilung ist bereit zur Freigabe.</translation>
        </message>
        <message numerus="yes">
            <source>Checks before approval (%n open)</source>
            <translation>
                <numerusform>Prüfungen vor der Freigabe (%n offen)</numerusform>
                <numerusform>Prüfungen vor der Freigabe (%n offen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1:%2 min</source>
            <translation>%1:%2 min</translation>
        </message>
        <message>
            <source>%1 · correction %2</source>
            <translation>%1 · Korrektur %2</translation>
        </message>
        <message>
            <source>Approved by %1 on %2</source>
            <translation>Freigegeben von %1 am %2</translation>
        </message>
        <message numerus="yes">
            <source>%n release(s)</source>
            <translation>
                <numerusform>%n Mitteilung</numerusform>
                <numerusform>%n Mitteilungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n release(s)</source>
            <translation>
                <numerusform>%1 von %n Mitteilung</numerusform>
                <numerusform>%1 von %n Mitteilungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved press release</source>
            <translation>Ungespeicherte Pressemitteilung</translation>
        </message>
        <message>
            <source>The text of the press release could not be saved. Discard what was typed since the last save, or cancel and keep it in the editor?</source>
            <translation>Der Text der Pressemitteilung ließ sich nicht speichern. Das seit dem letzten Speichern Geschriebene verwerfen, oder abbrechen und im Editor behalten?</translation>
        </message>
        <message>
            <source>The release was changed after its approval, so it is back in review and needs approving again.</source>
            <translation>Die Mitteilung wurde nach ihrer Freigabe geändert; sie ist wieder in Prüfung und muss neu freigegeben werden.</translation>
        </message>
        <message>
            <source>Export as PDF/&amp;A for the Archive…</source>
            <translation>Als PDF/&amp;A fürs Archiv exportieren …</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Druck&amp;vorschau …</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken …</translation>
        </message>
        <message>
            <source>PDF/A for the archive (*.pdf)</source>
            <translation>PDF/A fürs Archiv (*.pdf)</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md);;Plain text for e-mail (*.txt)</source>
            <translation>PDF (*.pdf);;OpenDocument-Text (*.odt);;Webseite (*.html);;Markdown (*.md);;Text für E-Mails (*.txt)</translation>
        </message>
        <message>
            <source>Export as PDF/A</source>
            <translation>Als PDF/A exportieren</translation>
        </message>
        <message>
            <source>Export Press Release</source>
            <translation>Pressemitteilung exportieren</translation>
        </message>
        <message>
            <source>A release can be exported as %1, not as “%2”.</source>
            <translation>Eine Mitteilung lässt sich als %1 exportieren, nicht als „%2“.</translation>
        </message>
        <message>
            <source>Exported the press release to %1.</source>
            <translation>Die Pressemitteilung wurde nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Print Press Release</source>
            <translation>Pressemitteilung drucken</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>&amp;Export (PDF, ODT, HTML, Markdown, Text)…</source>
            <translation>&amp;Exportieren (PDF, ODT, HTML, Markdown, Text) …</translation>
        </message>
        <message>
            <source>New &amp;Release</source>
            <translation>Neue Presse&amp;mitteilung</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Exporting the press release…</source>
            <translation>Die Pressemitteilung wird exportiert …</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::SearchFolding</name>
        <message>
            <source>learn how the search index reads text</source>
            <translation>Ermitteln, wie der Suchindex Text liest</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::SettingsDialog</name>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Export Folder</source>
            <translation>Exportordner</translation>
        </message>
        <message>
            <source>Organisation %1 (no boilerplate)</source>
            <translation>Organisation %1 (ohne Boilerplate)</translation>
        </message>
        <message>
            <source>Contact %1 (deleted)</source>
            <translation>Kontakt %1 (gelöscht)</translation>
        </message>
        <message>
            <source>Choose Logo</source>
            <translation>Logo wählen</translation>
        </message>
        <message>
            <source>Logos (*.svg *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Logos (*.svg *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>“%1” is larger than 2 MB; a logo for the letterhead needs far less.</source>
            <translation>„%1“ ist größer als 2 MB; ein Logo für den Briefkopf braucht weit weniger.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>“%1” is not an SVG, PNG or JPEG image.</source>
            <translation>„%1“ ist kein SVG-, PNG- oder JPEG-Bild.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <source>Accent Colour</source>
            <translation>Akzentfarbe</translation>
        </message>
        <message>
            <source>Exports use %1.</source>
            <translation>Exporte verwenden %1.</translation>
        </message>
        <message>
            <source>%1 is not installed with every German letter; exports use %2.</source>
            <translation>%1 ist nicht mit allen deutschen Buchstaben installiert; Exporte verwenden %2.</translation>
        </message>
        <message>
            <source>The settings were not saved: %1</source>
            <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::TimelineImportDialog</name>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <source>Open Release Text</source>
            <translation>Pressetext öffnen</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import 1 milestone</source>
            <translation>1 Meilenstein übernehmen</translation>
        </message>
        <message numerus="yes">
            <source>Import %n milestones</source>
            <translation>
                <numerusform>%n Meilenstein übernehmen</numerusform>
                <numerusform>%n Meilensteine übernehmen</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestones found.</source>
            <translation>Keine Meilensteine gefunden.</translation>
        </message>
        <message>
            <source>%1 found, %2 already in the timeline, %3 ticked.</source>
            <translation>%1 gefunden, %2 schon in der Zeitleiste, %3 angehakt.</translation>
        </message>
        <message>
            <source>Milestones already in the timeline cannot be recognised: %1</source>
            <translation>Vorhandene Meilensteine können nicht erkannt werden: %1</translation>
        </message>
        <message>
            <source>Already in the Timeline</source>
            <translation>Schon in der Zeitleiste</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked milestone(s) are already in the timeline: %1.

Importing them makes a second copy of each.</source>
            <translation>
                <numerusform>%n angehakter Meilenstein ist schon in der Zeitleiste: %1.

Das Übernehmen legt ihn ein zweites Mal an.</numerusform>
                <numerusform>%n angehakte Meilensteine sind schon in der Zeitleiste: %1.

Das Übernehmen legt jeden ein zweites Mal an.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Anyway</source>
            <translation>Trotzdem übernehmen</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Quotation</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher/in</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Already in the quote register</source>
            <translation>Schon im Zitatregister</translation>
        </message>
        <message>
            <source>The text does not say who said it</source>
            <translation>Der Text sagt nicht, wer es gesagt hat</translation>
        </message>
        <message>
            <source>“%1” is not among the contacts: add the contact first</source>
            <translation>„%1“ ist nicht unter den Kontakten: legen Sie den Kontakt zuerst an</translation>
        </message>
        <message>
            <source>Speaker taken from the quotation before</source>
            <translation>Sprecher/in aus dem Zitat davor übernommen</translation>
        </message>
        <message>
            <source>Imported from a text</source>
            <translation>Aus einem Text übernommen</translation>
        </message>
        <message>
            <source>Import %1 and %2</source>
            <translation>%1 und %2 übernehmen</translation>
        </message>
        <message>
            <source>1 milestone</source>
            <translation>1 Meilenstein</translation>
        </message>
        <message>
            <source>%1 milestones</source>
            <translation>%1 Meilensteine</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 Zitat</translation>
        </message>
        <message>
            <source>%1 quotes</source>
            <translation>%1 Zitate</translation>
        </message>
        <message>
            <source>Cannot be offered: %1</source>
            <translation>Kann nicht angeboten werden: %1</translation>
        </message>
        <message>
            <source>The text's dateline: %1, %2 (not a milestone).</source>
            <translation>Ortszeile des Textes: %1, %2 (kein Meilenstein).</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::TimelinePage</name>
        <message>
            <source>Cannot change the timeline</source>
            <translation>Zeitleiste kann nicht geändert werden</translation>
        </message>
        <message>
            <source>No milestones yet. Add one with “New Milestone” or import a release text.</source>
            <translation>Noch keine Meilensteine. Legen Sie einen mit „Neuer Meilenstein“ an oder übernehmen Sie einen Pressetext.</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n Meilenstein</numerusform>
                <numerusform>%n Meilensteine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s) shown</source>
            <translation>
                <numerusform>%1 von %n Meilenstein gezeigt</numerusform>
                <numerusform>%1 von %n Meilensteinen gezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n milestone(s). Undo brings them back.</source>
            <translation>
                <numerusform>%n Meilenstein gelöscht. Rückgängig holt ihn zurück.</numerusform>
                <numerusform>%n Meilensteine gelöscht. Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot move the milestone</source>
            <translation>Meilenstein kann nicht verschoben werden</translation>
        </message>
        <message>
            <source>Moved “%1” to %2.</source>
            <translation>„%1“ verschoben auf %2.</translation>
        </message>
        <message>
            <source>Cannot export the image</source>
            <translation>Bild kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Exported from PressDesk</source>
            <translation>Aus PressDesk exportiert</translation>
        </message>
        <message>
            <source>Exported the timeline to %1.</source>
            <translation>Zeitleiste nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Export Timeline Image</source>
            <translation>Zeitleiste als Bild exportieren</translation>
        </message>
        <message>
            <source>Timeline.png</source>
            <translation>Zeitleiste.png</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector graphic (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg)</translation>
        </message>
        <message>
            <source>Timeline.json</source>
            <translation>Zeitleiste.json</translation>
        </message>
        <message>
            <source>TimelineJS JSON (*.json)</source>
            <translation>TimelineJS-JSON (*.json)</translation>
        </message>
        <message>
            <source>Timeline.csv</source>
            <translation>Zeitleiste.csv</translation>
        </message>
        <message>
            <source>CSV spreadsheet (*.csv)</source>
            <translation>CSV-Tabelle (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n milestone(s) as drafts. One undo takes the import back.</source>
            <translation>
                <numerusform>%n Meilenstein als Entwurf übernommen. Einmal Rückgängig nimmt die Übernahme zurück.</numerusform>
                <numerusform>%n Meilensteine als Entwürfe übernommen. Einmal Rückgängig nimmt die Übernahme zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export the timeline</source>
            <translation>Zeitleiste kann nicht exportiert werden</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n milestone(s) to %1.</source>
            <translation>
                <numerusform>%n Meilenstein nach %1 exportiert.</numerusform>
                <numerusform>%n Meilensteine nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Zeitleiste exportieren</translation>
        </message>
        <message>
            <source>Added the milestone “%1”.</source>
            <translation>Meilenstein „%1“ angelegt.</translation>
        </message>
        <message>
            <source>Saved the milestone “%1”.</source>
            <translation>Meilenstein „%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Import from text</source>
            <translation>Aus Text übernehmen</translation>
        </message>
        <message>
            <source>Imported %1 and %2 as drafts. One undo takes the import back.</source>
            <translation>%1 und %2 als Entwurf übernommen. Ein Rückgängig nimmt die Übernahme zurück.</translation>
        </message>
        <message>
            <source>1 milestone</source>
            <translation>1 Meilenstein</translation>
        </message>
        <message>
            <source>%1 milestones</source>
            <translation>%1 Meilensteine</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 Zitat</translation>
        </message>
        <message>
            <source>%1 quotes</source>
            <translation>%1 Zitate</translation>
        </message>
        <message>
            <source>Cannot show the milestone</source>
            <translation>Meilenstein kann nicht angezeigt werden</translation>
        </message>
        <message>
            <source>The milestone was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation>Der Meilenstein wurde nicht gespeichert: Beheben Sie das im Formular gezeigte Problem oder verwerfen Sie die Änderungen.</translation>
        </message>
        <message>
            <source>Unsaved milestone</source>
            <translation>Nicht gespeicherter Meilenstein</translation>
        </message>
        <message>
            <source>The milestone in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?</source>
            <translation>Der Meilenstein im Formular kann so nicht gespeichert werden; die Probleme sind im Formular markiert. Änderungen verwerfen, oder abbrechen und korrigieren?</translation>
        </message>
        <message>
            <source>New &amp;Milestone</source>
            <translation>Neuer &amp;Meilenstein</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::TimelinePickerDialog</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Tick the milestones the release lists.</source>
            <translation>Die Meilensteine ankreuzen, die die Mitteilung auflistet.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>No milestones to show.</source>
            <translation>Keine Meilensteine anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::WelcomePage</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — no longer there</source>
            <translation>%1 – nicht mehr vorhanden</translation>
        </message>
    </context>
</TS>
