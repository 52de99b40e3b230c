<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AreaPage</name>
        <message>
            <source>Filter…</source>
            <translation>Filtern …</translation>
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
            <translation>Sonstiges</translation>
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
            <source>open an in-memory database</source>
            <translation>Öffnen einer Datenbank im Arbeitsspeicher</translation>
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
            <source>the body file cannot be read: %1</source>
            <translation>die Textdatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>unknown release state.</source>
            <translation>unbekannter Stand der Pressemitteilung.</translation>
        </message>
        <message>
            <source>“%1” already exists; PressDesk does not overwrite it.</source>
            <translation>„%1“ existiert bereits; PressDesk überschreibt die Datei nicht.</translation>
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
            <source>&amp;New…</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <source>Create a new, empty press office file</source>
            <translation>Eine neue, leere Pressestellen-Datei anlegen</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
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
    </context>
    <context>
        <name>pressdesk::AreaPage</name>
        <message>
            <source>Filter %1…</source>
            <translation>%1 filtern …</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 von %n Eintrag</numerusform>
                <numerusform>%1 von %n Einträgen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pressdesk::AssetRepository</name>
        <message>
            <source>The file no longer exists.</source>
            <translation>Die Datei existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::CategoryRepository</name>
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
        <name>pressdesk::ContactListModel</name>
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
            <source>Press enquiries</source>
            <translation>Presseanfragen</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Ansprechbar</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Nicht ansprechbar</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::ContactRepository</name>
        <message>
            <source>The contact no longer exists.</source>
            <translation>Der Kontakt existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::MainWindow</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>No milestones yet.</source>
            <translation>Noch keine Meilensteine.</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>No quotes yet.</source>
            <translation>Noch keine Zitate.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Noch keine Kontakte.</translation>
        </message>
        <message>
            <source>Releases</source>
            <translation>Pressemitteilungen</translation>
        </message>
        <message>
            <source>No press releases yet.</source>
            <translation>Noch keine Pressemitteilungen.</translation>
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
            <source>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Timeline, quote register, press contacts and press releases for a city's press office.&lt;/p&gt;&lt;p&gt;Every change is saved at once.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Zeitleiste, Zitateregister, Pressekontakte und Pressemitteilungen für die Pressestelle einer Stadt.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert.&lt;/p&gt;</translation>
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
        <name>pressdesk::MilestoneRepository</name>
        <message>
            <source>The milestone no longer exists.</source>
            <translation>Der Meilenstein existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>pressdesk::OrganisationRepository</name>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Die Organisation existiert nicht mehr.</translation>
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
    </context>
    <context>
        <name>pressdesk::QuoteRepository</name>
        <message>
            <source>The quote no longer exists.</source>
            <translation>Das Zitat existiert nicht mehr.</translation>
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
        <name>pressdesk::ReleaseRepository</name>
        <message>
            <source>The press release no longer exists.</source>
            <translation>Die Pressemitteilung existiert nicht mehr.</translation>
        </message>
    </context>
</TS>
