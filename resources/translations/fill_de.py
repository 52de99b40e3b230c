#!/usr/bin/env python3
"""Fills pressdesk_de.ts from the German wording below, keyed by source text (and context where the same
English word needs different German). Run after `cmake --build build --target update_translations`;
strings it does not know stay unfinished and are listed, so nothing is silently left in English."""
import sys
import xml.etree.ElementTree as ET

TS = sys.argv[1] if len(sys.argv) > 1 else __file__.replace("fill_de.py", "pressdesk_de.ts")

DE = {
    # Main window and areas
    "PressDesk": "PressDesk",
    "Areas": "Bereiche",
    "&File": "&Datei",
    "Open &Recent": "&Zuletzt geöffnet",
    "&Edit": "&Bearbeiten",
    "&Go": "&Gehe zu",
    "&Help": "&Hilfe",
    "&New…": "&Neu …",
    "Create a new, empty press office file": "Eine neue, leere Pressestellen-Datei anlegen",
    "Ctrl+N": "Ctrl+N",
    "&Open…": "Ö&ffnen …",
    "Open a press office file": "Eine Pressestellen-Datei öffnen",
    "Ctrl+O": "Ctrl+O",
    "Open &Demo": "&Demo öffnen",
    "Open a fresh copy of the Bochum 2014–2020 demo material": "Eine frische Kopie des Demo-Materials Bochum 2014–2020 öffnen",
    "Save a &Copy…": "&Kopie speichern …",
    "Save a complete copy of the open file, e.g. as a backup": "Eine vollständige Kopie der geöffneten Datei speichern, etwa als Sicherung",
    "Ctrl+Shift+S": "Ctrl+Shift+S",
    "&Quit": "&Beenden",
    "Ctrl+Q": "Ctrl+Q",
    "&About PressDesk": "Über &PressDesk",
    "Timeline": "Zeitleiste",
    "No milestones yet.": "Noch keine Meilensteine.",
    "Quotes": "Zitate",
    "No quotes yet.": "Noch keine Zitate.",
    "Contacts": "Kontakte",
    "No contacts yet.": "Noch keine Kontakte.",
    "Releases": "Pressemitteilungen",
    "No press releases yet.": "Noch keine Pressemitteilungen.",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "PressDesk files (*.pressdesk);;All files (*)": "PressDesk-Dateien (*.pressdesk);;Alle Dateien (*)",
    "Cannot open file": "Datei kann nicht geöffnet werden",
    "The file was updated to the current version; the previous version was saved as %1.":
        "Die Datei wurde auf die aktuelle Version gebracht; die vorherige Fassung wurde als %1 gesichert.",
    "Bochum demo %1.pressdesk": "Bochum-Demo %1.pressdesk",
    "Bochum demo %1 (%2).pressdesk": "Bochum-Demo %1 (%2).pressdesk",
    "Cannot create the demo": "Demo kann nicht angelegt werden",
    "%1 – PressDesk": "%1 – PressDesk",
    "Clear List": "Liste leeren",
    "New Press Office File": "Neue Pressestellen-Datei",
    "Press office.pressdesk": "Pressestelle.pressdesk",
    "Open Press Office File": "Pressestellen-Datei öffnen",
    "%1 (copy %2).pressdesk": "%1 (Kopie %2).pressdesk",
    "Save a Copy": "Kopie speichern",
    "Cannot save a copy": "Kopie kann nicht gespeichert werden",
    "Saved a copy as %1.": "Kopie gespeichert als %1.",
    "About PressDesk": "Über PressDesk",
    "<h3>PressDesk %1</h3><p>Timeline, quote register, press contacts and press releases for a city's press office.</p><p>Every change is saved at once.</p>":
        "<h3>PressDesk %1</h3><p>Zeitleiste, Zitateregister, Pressekontakte und Pressemitteilungen für die Pressestelle einer Stadt.</p><p>Jede Änderung wird sofort gespeichert.</p>",
    "Filter…": "Filtern …",
    "Filter %1…": "%1 filtern …",
    # Lists
    "Date": "Datum",
    "Title": "Titel",
    "Category": "Kategorie",
    "Status": "Status",
    "%1 – %2": "%1 – %2",
    "Name": "Name",
    "Role": "Funktion",
    "Organisation": "Organisation",
    "Press topics": "Pressethemen",
    "Press enquiries": "Presseanfragen",
    "Available": "Ansprechbar",
    "Not available": "Nicht ansprechbar",
    "Quote": "Zitat",
    "Speaker": "Sprecher/in",
    "Authorisation": "Freigabe",
    "%1, %2": "%1, %2",
    "Headline": "Überschrift",
    "State": "Stand",
    "Embargo until": "Sperrfrist bis",
    # States
    ("Milestone", "Approved"): "Freigegeben",
    ("Milestone", "Draft"): "Entwurf",
    ("PressRelease", "Approved"): "Freigegeben",
    ("PressRelease", "Published"): "Veröffentlicht",
    ("PressRelease", "Draft"): "Entwurf",
    ("Quote", "Requested"): "Angefragt",
    ("Quote", "Authorised"): "Autorisiert",
    ("Quote", "Withdrawn"): "Zurückgezogen",
    ("Quote", "Draft"): "Entwurf",
    # Channels
    "E-mail": "E-Mail",
    "Phone": "Telefon",
    "Mobile": "Mobil",
    "Web": "Web",
    "Fax": "Fax",
    "Other": "Sonstiges",
    # Validation
    "An asset needs a file name.": "Eine Datei braucht einen Dateinamen.",
    "The asset “%1” has no content.": "Die Datei „%1“ ist leer.",
    "A photo needs a credit line.": "Ein Foto braucht eine Bildquelle (Credit).",
    "A category needs a name.": "Eine Kategorie braucht einen Namen.",
    "The category colour must look like #1f77b4.": "Die Farbe der Kategorie muss wie #1f77b4 aussehen.",
    "A contact needs a name.": "Ein Kontakt braucht einen Namen.",
    "A contact channel has no value.": "Ein Kontaktweg ist leer.",
    "“%1” is not an e-mail address.": "„%1“ ist keine E-Mail-Adresse.",
    "“%1” is not a phone number.": "„%1“ ist keine Telefonnummer.",
    "The consent date lies in the future.": "Das Datum der Einwilligung liegt in der Zukunft.",
    "A milestone needs a title.": "Ein Meilenstein braucht einen Titel.",
    "A milestone needs a date: a year, a month or a day.": "Ein Meilenstein braucht ein Datum: ein Jahr, einen Monat oder einen Tag.",
    "The end (%1) lies before the start (%2).": "Das Ende (%1) liegt vor dem Beginn (%2).",
    "The source link is not a web address (it should start with https://).": "Der Quellenlink ist keine Webadresse (er sollte mit https:// beginnen).",
    "An organisation needs a name.": "Eine Organisation braucht einen Namen.",
    "The website is not a web address (it should start with https://).": "Die Website ist keine Webadresse (sie sollte mit https:// beginnen).",
    "A press release needs a headline.": "Eine Pressemitteilung braucht eine Überschrift.",
    "The embargo ends after the release date.": "Die Sperrfrist endet nach dem Erscheinungsdatum.",
    "A quote needs its wording.": "Ein Zitat braucht seinen Wortlaut.",
    "A quote needs a speaker.": "Ein Zitat braucht eine Sprecherin oder einen Sprecher.",
    "Say whom the authorisation was requested from.": "Geben Sie an, bei wem die Freigabe angefragt wurde.",
    "Say who authorised the quote.": "Geben Sie an, wer das Zitat freigegeben hat.",
    # Dates
    "No date given. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).":
        "Kein Datum angegeben. Möglich sind ein Jahr (2016), ein Monat (Dezember 2014) oder ein Tag (5.12.2014).",
    "“%1” is not a date. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).":
        "„%1“ ist kein Datum. Möglich sind ein Jahr (2016), ein Monat (Dezember 2014) oder ein Tag (5.12.2014).",
    "“%1” has no four-digit year. Write the year in full, e.g. 2014.":
        "„%1“ hat keine vierstellige Jahreszahl. Bitte das Jahr ausschreiben, z. B. 2014.",
    "“%1” is not a valid date: the year must be between %2 and %3.":
        "„%1“ ist kein gültiges Datum: Das Jahr muss zwischen %2 und %3 liegen.",
    "“%1” is not a valid date: there is no month %2.": "„%1“ ist kein gültiges Datum: Es gibt keinen Monat %2.",
    "“%1” is not a valid date: there is no day %2.": "„%1“ ist kein gültiges Datum: Es gibt keinen Tag %2.",
    "“%1” is not a valid date: %2 %3 has only %4 days.": "„%1“ ist kein gültiges Datum: Der %2 %3 hat nur %4 Tage.",
    "“%1” is not a date: “%2” is not a month name.": "„%1“ ist kein Datum: „%2“ ist kein Monatsname.",
    # Files and storage
    "“%1” cannot be read: %2": "„%1“ kann nicht gelesen werden: %2",
    "“%1” is empty; it is not a PressDesk database.": "„%1“ ist leer und keine PressDesk-Datenbank.",
    "“%1” is not a PressDesk database (it is not an SQLite file).": "„%1“ ist keine PressDesk-Datenbank (keine SQLite-Datei).",
    "“%1” is damaged: the file is truncated.": "„%1“ ist beschädigt: Die Datei ist unvollständig.",
    "“%1” is damaged: the file is truncated (%2 of %3 bytes).": "„%1“ ist beschädigt: Die Datei ist unvollständig (%2 von %3 Bytes).",
    "“%1” is damaged and cannot be opened (%2).": "„%1“ ist beschädigt und kann nicht geöffnet werden (%2).",
    "Could not back up “%1” before updating it: %2": "„%1“ konnte vor der Aktualisierung nicht gesichert werden: %2",
    "Updating the database to version %1 failed: %2": "Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2",
    "“%1” does not exist.": "„%1“ existiert nicht.",
    "“%1” already exists; PressDesk does not overwrite it.": "„%1“ existiert bereits; PressDesk überschreibt die Datei nicht.",
    "“%1” is not a file.": "„%1“ ist keine Datei.",
    "“%1” is an SQLite database of another program, not a PressDesk file.": "„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine PressDesk-Datei.",
    "“%1” was saved by a newer PressDesk (file version %2; this PressDesk reads up to version %3). Please update PressDesk to open it.":
        "„%1“ wurde mit einem neueren PressDesk gespeichert (Dateiversion %2; dieses PressDesk liest bis Version %3). Bitte aktualisieren Sie PressDesk, um die Datei zu öffnen.",
    "“%1” is read-only. PressDesk saves every change at once, so it needs a writable file: copy it to a writable folder or change its permissions.":
        "„%1“ ist schreibgeschützt. PressDesk speichert jede Änderung sofort und braucht daher eine beschreibbare Datei: Kopieren Sie sie in einen beschreibbaren Ordner oder ändern Sie die Berechtigungen.",
    "The folder “%1” does not exist.": "Der Ordner „%1“ existiert nicht.",
    "The folder “%1” is read-only; PressDesk needs to write its journal beside the file.":
        "Der Ordner „%1“ ist schreibgeschützt; PressDesk muss neben der Datei ein Journal anlegen.",
    "A copy cannot replace the open file itself.": "Eine Kopie kann nicht die geöffnete Datei selbst ersetzen.",
    "Could not save a copy to “%1”: %2": "Die Kopie konnte nicht unter „%1“ gespeichert werden: %2",
    "Could not replace “%1”; it may be read-only.": "„%1“ konnte nicht ersetzt werden; die Datei ist womöglich schreibgeschützt.",
    "Could not save a copy to “%1”.": "Die Kopie konnte nicht unter „%1“ gespeichert werden.",
    # Storage failures: "%1" is an action as a noun phrase ("Speichern der Änderung")
    "Could not %1: the file is read-only.": "%1 fehlgeschlagen: Die Datei ist schreibgeschützt.",
    "Could not %1: the disk is full. Nothing was changed.": "%1 fehlgeschlagen: Der Datenträger ist voll. Es wurde nichts geändert.",
    "Could not %1: it is still used elsewhere (%2).": "%1 fehlgeschlagen: Der Eintrag wird noch an anderer Stelle verwendet (%2).",
    "Could not %1: %2.": "%1 fehlgeschlagen: %2.",
    "Could not %1: the database file is damaged (%2).": "%1 fehlgeschlagen: Die Datenbankdatei ist beschädigt (%2).",
    "Could not %1: the database is busy in another program. Try again.": "%1 fehlgeschlagen: Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte erneut versuchen.",
    "Could not %1: the disk could not be read or written (%2).": "%1 fehlgeschlagen: Der Datenträger konnte nicht gelesen oder beschrieben werden (%2).",
    "Could not %1: %2": "%1 fehlgeschlagen: %2",
    "prepare a database statement": "Vorbereiten einer Datenbankabfrage",
    "save to the database": "Speichern in der Datenbank",
    "record the schema version": "Speichern der Schemaversion",
    "open “%1”": "Öffnen von „%1“",
    "open an in-memory database": "Öffnen einer Datenbank im Arbeitsspeicher",
    "prepare “%1”": "Vorbereiten von „%1“",
    "save a copy": "Speichern der Kopie",
    "start a change": "Beginn der Änderung",
    "save the change": "Speichern der Änderung",
    "The record was deleted in the meantime.": "Der Eintrag wurde inzwischen gelöscht.",
    "The record was changed elsewhere in the meantime (revision %1, you edited revision %2). Reload it and apply your change again.":
        "Der Eintrag wurde inzwischen an anderer Stelle geändert (Stand %1, Sie haben Stand %2 bearbeitet). Bitte neu laden und die Änderung erneut vornehmen.",
    "The file no longer exists.": "Die Datei existiert nicht mehr.",
    "The category no longer exists.": "Die Kategorie existiert nicht mehr.",
    "There is no category “%1”.": "Es gibt keine Kategorie „%1“.",
    "The contact no longer exists.": "Der Kontakt existiert nicht mehr.",
    "The milestone no longer exists.": "Der Meilenstein existiert nicht mehr.",
    "The organisation no longer exists.": "Die Organisation existiert nicht mehr.",
    "The quote no longer exists.": "Das Zitat existiert nicht mehr.",
    "The press release no longer exists.": "Die Pressemitteilung existiert nicht mehr.",
    # Demo
    "Demo file %1 cannot be read: %2": "Demo-Datei %1 kann nicht gelesen werden: %2",
    "Demo file %1 is not valid JSON at offset %2: %3": "Demo-Datei %1 ist an Position %2 kein gültiges JSON: %3",
    "Demo file %1 must hold a list.": "Demo-Datei %1 muss eine Liste enthalten.",
    "Demo file %1, record “%2”: %3": "Demo-Datei %1, Eintrag „%2“: %3",
    "refers to “%1”, which does not exist.": "verweist auf „%1“, das es nicht gibt.",
    "the status must be “draft” or “approved”.": "der Status muss „draft“ oder „approved“ sein.",
    "unknown channel kind “%1”.": "unbekannter Kontaktweg „%1“.",
    "unknown authorisation state.": "unbekannter Freigabestatus.",
    "the body file cannot be read: %1": "die Textdatei kann nicht gelesen werden: %1",
    "unknown release state.": "unbekannter Stand der Pressemitteilung.",
    # Command line
    "Create the Bochum demo database in a new file.": "Die Bochum-Demodatenbank in einer neuen Datei anlegen.",
    "Show the schema version and the number of rows per table.": "Schemaversion und Zahl der Zeilen je Tabelle anzeigen.",
    "Usage: pressdesk [FILE] | pressdesk --demo | pressdesk COMMAND --db FILE\n\nCommands:\n":
        "Aufruf: pressdesk [DATEI] | pressdesk --demo | pressdesk BEFEHL --db DATEI\n\nBefehle:\n",
    "\nRun 'pressdesk COMMAND --help' for the options of a command.\n":
        "\n'pressdesk BEFEHL --help' zeigt die Optionen eines Befehls.\n",
    "The PressDesk database file.": "Die PressDesk-Datenbankdatei.",
    "FILE": "DATEI",
    "Show this help.": "Diese Hilfe anzeigen.",
    "Unexpected argument: %1": "Unerwartetes Argument: %1",
    "Missing --db FILE.": "--db DATEI fehlt.",
    "Missing %1.": "%1 fehlt.",
    "Created the demo database %1.": "Demodatenbank %1 angelegt.",
    "File: %1": "Datei: %1",
    "Schema version: %1": "Schemaversion: %1",
    "Unknown command “%1”.": "Unbekannter Befehl „%1“.",
    "PressDesk: timeline, quotes, contacts and press releases of a press office.\n\nCommands (headless): %1. Run 'pressdesk COMMAND --help' for details.":
        "PressDesk: Zeitleiste, Zitate, Kontakte und Pressemitteilungen einer Pressestelle.\n\nBefehle (ohne Oberfläche): %1. 'pressdesk BEFEHL --help' zeigt Einzelheiten.",
    "Open a fresh copy of the Bochum demo database.": "Eine frische Kopie der Bochum-Demodatenbank öffnen.",
    "Open this file.": "Diese Datei öffnen.",
    "A .pressdesk file to open.": "Eine .pressdesk-Datei, die geöffnet werden soll.",
    "Only one file can be opened at a time.": "Es kann nur eine Datei auf einmal geöffnet werden.",
    # Timeline (issue 3)
    "Add category “%1”": "Kategorie „%1“ hinzufügen",
    "Add “%1”": "„%1“ hinzufügen",
    "&Name:": "&Name:",
    "&Colour:": "&Farbe:",
    "#1f77b4": "#1f77b4",
    "C&hoose…": "&Wählen …",
    "Import milestones from a release text: import timeline-text FILE --db DB [--dry-run].":
        "Meilensteine aus einem Pressetext übernehmen: import timeline-text DATEI --db DB [--dry-run].",
    "Export the timeline: export timeline --db DB -o FILE.json|.csv.":
        "Die Zeitleiste exportieren: export timeline --db DB -o DATEI.json|.csv.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "The timeline can be exported as .json (TimelineJS) or .csv, not as “%1”.":
        "Die Zeitleiste lässt sich als .json (TimelineJS) oder .csv exportieren, nicht als „%1“.",
    "Exported 1 milestone to %1.": "1 Meilenstein nach %1 exportiert.",
    "Exported %1 milestones to %2.": "%1 Meilensteine nach %2 exportiert.",
    "The file to write; its extension chooses the format (timeline: .json, .csv).":
        "Die zu schreibende Datei; ihre Endung bestimmt das Format (Zeitleiste: .json, .csv).",
    "Also export milestones that are not approved yet (left out by default).":
        "Auch noch nicht freigegebene Meilensteine exportieren (sonst ausgelassen).",
    "The CSV field separator: ',' (default) or ';' (German Excel).":
        "Das CSV-Trennzeichen: ',' (Standard) oder ';' (deutsches Excel).",
    "CHAR": "ZEICHEN",
    "KIND": "ART",
    "The separator must be ',' or ';', not “%1”.": "Das Trennzeichen muss ',' oder ';' sein, nicht „%1“.",
    "Missing -o FILE.": "-o DATEI fehlt.",
    "Unknown export “%1”; known: %2.": "Unbekannter Export „%1“; bekannt: %2.",
    "(duplicate)": "(schon vorhanden)",
    "Dry run: would import %1 milestones, skip %2 duplicates; nothing was written.":
        "Probelauf: %1 Meilensteine würden übernommen, %2 schon vorhandene übersprungen; nichts wurde geschrieben.",
    "“%1”: %2": "„%1“: %2",
    "Imported %1 milestones, skipped %2 duplicates.": "%1 Meilensteine übernommen, %2 schon vorhandene übersprungen.",
    "milestones from a press release (UTF-8 or UTF-16 text, or a web page)": "Meilensteine aus einer Pressemitteilung (Text in UTF-8 oder UTF-16 oder eine Webseite)",
    "Kinds:": "Arten:",
    "Milestones already in the timeline are skipped; contacts already there are merged.": "Meilensteine, die schon in der Zeitleiste stehen, werden übersprungen; vorhandene Kontakte werden zusammengeführt.",
    "Import: import timeline-text|vcard|csv FILE --db DB [--dry-run].": "Importieren: import timeline-text|vcard|csv DATEI --db DB [--dry-run].",
    "Show what would be imported; write nothing.": "Zeigen, was übernommen würde; nichts schreiben.",
    "Unknown kind of import “%1”. Known kinds: %2.": "Unbekannte Importart „%1“. Bekannte Arten: %2.",
    "“%1” cannot separate CSV fields.": "„%1“ kann keine CSV-Felder trennen.",
    "The CSV output is not open for writing.": "Die CSV-Ausgabe ist nicht zum Schreiben geöffnet.",
    "Could not create “%1”.": "„%1“ konnte nicht angelegt werden.",
    "Delete category": "Kategorie löschen",
    "Delete category “%1”": "Kategorie „%1“ löschen",
    "Delete “%1”": "„%1“ löschen",
    "Edit category “%1”": "Kategorie „%1“ bearbeiten",
    "Move “%1”": "„%1“ verschieben",
    "Change category of “%1”": "Kategorie von „%1“ ändern",
    "Edit “%1”": "„%1“ bearbeiten",
    "Milestone": "Meilenstein",
    "&Date:": "&Datum:",
    "2016, Dezember 2014 or 5.12.2014": "2016, Dezember 2014 oder 5.12.2014",
    "How exactly the date is known": "Wie genau das Datum bekannt ist",
    "Runs &until:": "Läuft &bis:",
    "for a programme or a period, e.g. 2020": "für ein Programm oder einen Zeitraum, z. B. 2020",
    "&Title:": "&Titel:",
    "D&escription:": "&Beschreibung:",
    "&Category:": "&Kategorie:",
    "&Source link:": "&Quellenlink:",
    "https://…": "https://…",
    "S&tatus:": "S&tatus:",
    "Internal &note:": "Interne &Notiz:",
    "Only for the press office; never exported": "Nur für die Pressestelle; wird nie exportiert",
    "Reorder categories": "Kategorien umsortieren",
    "The milestone “%1” has no date.": "Der Meilenstein „%1“ hat kein Datum.",
    "Import from Text": "Aus Text übernehmen",
    "Paste the text of a press release or a chronicle, or open a text file. Year lists (“2016: …”), list and table lines that start with a date, and dates in sentences (“Am 5.12.2014 …”) become milestones; vague dates are marked for a check.":
        "Fügen Sie den Text einer Pressemitteilung oder Chronik ein oder öffnen Sie eine Textdatei. Jahreslisten („2016: …“), Listen- und Tabellenzeilen, die mit einem Datum beginnen, und Daten in Sätzen („Am 5.12.2014 …“) werden zu Meilensteinen; ungefähre Daten sind zur Prüfung markiert.",
    "&Open Text File…": "Textdatei ö&ffnen …",
    "Release text": "Pressetext",
    "&Category of the ticked rows:": "&Kategorie der angehakten Zeilen:",
    "Milestones found": "Gefundene Meilensteine",
    "Imported milestones are drafts; the import is one step to undo.":
        "Übernommene Meilensteine sind Entwürfe; die Übernahme lässt sich in einem Schritt rückgängig machen.",
    "Cancel": "Abbrechen",
    "%1 is not a date object.": "%1 ist kein Datumsobjekt.",
    "the year of %1 is not a whole number.": "das Jahr von %1 ist keine ganze Zahl.",
    "%1 has no year.": "%1 hat kein Jahr.",
    "the month of %1 is not a whole number.": "der Monat von %1 ist keine ganze Zahl.",
    "the day of %1 is not a whole number.": "der Tag von %1 ist keine ganze Zahl.",
    "the year %1 of %2 is not between 1 and 9999.": "das Jahr %1 von %2 liegt nicht zwischen 1 und 9999.",
    "%1 has month %2; there is no such month.": "%1 hat den Monat %2; diesen Monat gibt es nicht.",
    "%1 has a day but no month.": "%1 hat einen Tag, aber keinen Monat.",
    "%1 has day %2; %3-%4 has no such day.": "%1 hat den Tag %2; %3-%4 hat diesen Tag nicht.",
    "%1 (“%2”)": "%1 („%2“)",
    "The timeline output is not open for writing.": "Die Ausgabe der Zeitleiste ist nicht zum Schreiben geöffnet.",
    "The timeline input is not open for reading.": "Die Eingabe der Zeitleiste ist nicht zum Lesen geöffnet.",
    "The timeline is not valid JSON (at byte %1: %2).": "Die Zeitleiste ist kein gültiges JSON (bei Byte %1: %2).",
    "The file is not a TimelineJS timeline: it holds no JSON object.": "Die Datei ist keine TimelineJS-Zeitleiste: Sie enthält kein JSON-Objekt.",
    "The file is not a TimelineJS timeline: it has no list of events.": "Die Datei ist keine TimelineJS-Zeitleiste: Ihr fehlt die Liste der Ereignisse.",
    "The eras of the timeline are not a list.": "Die Epochen der Zeitleiste sind keine Liste.",
    "Event %1": "Ereignis %1",
    "%1 is not a JSON object.": "%1 ist kein JSON-Objekt.",
    "%1: %2": "%1: %2",
    "%1: the end_date lies before the start_date.": "%1: end_date liegt vor start_date.",
    "%1 has no headline.": "%1 hat keine Überschrift.",
    "Era %1": "Epoche %1",
    "&New Milestone": "&Neuer Meilenstein",
    "&Edit…": "&Bearbeiten …",
    "&Delete": "&Löschen",
    "&Import Text…": "Text &übernehmen …",
    "E&xport": "E&xportieren",
    "Status filter": "Statusfilter",
    "Filter milestones…": "Meilensteine filtern …",
    "−": "−",
    "Zoom out (-)": "Verkleinern (-)",
    "+": "+",
    "Zoom in (+)": "Vergrößern (+)",
    "&Fit All": "&Alles einpassen",
    "Show the whole timeline (0)": "Die ganze Zeitleiste zeigen (0)",
    "Categories": "Kategorien",
    "Add": "Neu",
    "Add a category": "Eine Kategorie hinzufügen",
    "Edit": "Ändern",
    "Rename or recolour the category": "Kategorie umbenennen oder umfärben",
    "Remove": "Löschen",
    "Remove the category; its milestones stay, without a category": "Kategorie entfernen; ihre Meilensteine bleiben, ohne Kategorie",
    "↑": "↑",
    "Move up": "Nach oben",
    "↓": "↓",
    "Move down": "Nach unten",
    "Today": "Heute",
    " · draft": " · Entwurf",
    "“%1” is a folder, not a text file.": "„%1“ ist ein Ordner, keine Textdatei.",
    "“%1” is too large for a release text.": "„%1“ ist zu groß für einen Pressetext.",
    "“%1” is empty.": "„%1“ ist leer.",
    "“%1” is not a text file.": "„%1“ ist keine Textdatei.",
    "“%1” is not UTF-8 text. Save it as UTF-8 and try again.": "„%1“ ist kein UTF-8-Text. Bitte als UTF-8 speichern und erneut versuchen.",
    "Category Colour": "Farbe der Kategorie",
    "New Category": "Neue Kategorie",
    "Edit Category": "Kategorie bearbeiten",
    "No category": "Keine Kategorie",
    "Untick to hide these milestones from the timeline and the list.": "Haken entfernen, um diese Meilensteine in Zeitleiste und Liste auszublenden.",
    "Import": "Übernehmen",
    "Note": "Hinweis",
    "Already in the timeline": "Schon in der Zeitleiste",
    "Repeated in this text": "Im Text wiederholt",
    "Year": "Jahr",
    "Month": "Monat",
    "Day": "Tag",
    "New Milestone": "Neuer Meilenstein",
    "Edit Milestone": "Meilenstein bearbeiten",
    "Understood as %1": "Verstanden als %1",
    "Open Release Text": "Pressetext öffnen",
    "Text files (*.txt);;All files (*)": "Textdateien (*.txt);;Alle Dateien (*)",
    "Import 1 milestone": "1 Meilenstein übernehmen",
    "No milestones found.": "Keine Meilensteine gefunden.",
    "%1 found, %2 already in the timeline, %3 ticked.": "%1 gefunden, %2 schon in der Zeitleiste, %3 angehakt.",
    "Milestones already in the timeline cannot be recognised: %1": "Vorhandene Meilensteine können nicht erkannt werden: %1",
    "All statuses": "Alle Status",
    "Visible Timeline as Image (PNG, SVG)…": "Sichtbare Zeitleiste als Bild (PNG, SVG) …",
    "Cannot change the timeline": "Zeitleiste kann nicht geändert werden",
    "No milestones yet. Add one with “New Milestone” or import a release text.":
        "Noch keine Meilensteine. Legen Sie einen mit „Neuer Meilenstein“ an oder übernehmen Sie einen Pressetext.",
    "Cannot move the milestone": "Meilenstein kann nicht verschoben werden",
    "Moved “%1” to %2.": "„%1“ verschoben auf %2.",
    "Cannot export the image": "Bild kann nicht exportiert werden",
    "“%1” cannot be written: %2": "„%1“ kann nicht geschrieben werden: %2",
    "Exported from PressDesk": "Aus PressDesk exportiert",
    "Exported the timeline to %1.": "Zeitleiste nach %1 exportiert.",
    "Export Timeline Image": "Zeitleiste als Bild exportieren",
    "Timeline.png": "Zeitleiste.png",
    "PNG image (*.png);;SVG vector graphic (*.svg)": "PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg)",
    "TimelineJS (JSON)…": "TimelineJS (JSON) …",
    "Timeline.json": "Zeitleiste.json",
    "TimelineJS JSON (*.json)": "TimelineJS-JSON (*.json)",
    "Spreadsheet (CSV)…": "Tabelle (CSV) …",
    "Timeline.csv": "Zeitleiste.csv",
    "CSV spreadsheet (*.csv)": "CSV-Tabelle (*.csv)",
    "Include Drafts": "Entwürfe einbeziehen",
    "Drafts are left out of exports unless this is ticked.": "Entwürfe werden nur exportiert, wenn dies angehakt ist.",
    "Cannot export the timeline": "Zeitleiste kann nicht exportiert werden",
    "Export Timeline": "Zeitleiste exportieren",
    "No milestones to show.": "Keine Meilensteine anzuzeigen.",
    # Contacts (issue 4, first part)
    "Search contacts: search contacts QUERY --db DB.": "Kontakte suchen: search contacts SUCHE --db DB.",
    "Exported 1 contact to %1.": "1 Kontakt nach %1 exportiert.",
    "Exported %1 contacts to %2.": "%1 Kontakte nach %2 exportiert.",
    "Contacts can be exported as .vcf (vCard 4.0) or .csv, not as “%1”.": "Kontakte lassen sich als .vcf (vCard 4.0) oder .csv exportieren, nicht als „%1“.",
    "Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf).": "Exportieren: export timeline|contacts --db DB -o DATEI (.json, .csv, .vcf).",
    "Contacts: also export internal channels and notes (public ones only by default).":
        "Kontakte: auch interne Kontaktwege und Notizen exportieren (sonst nur öffentliche).",
    "Cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "No contact could be read from %1: line %2: %3": "Aus %1 konnte kein Kontakt gelesen werden: Zeile %2: %3",
    "Nothing was imported: %1": "Nichts wurde übernommen: %1",
    "Added %1, merged %2, skipped %3, errors %4.": "Hinzugefügt %1, zusammengeführt %2, übersprungen %3, Fehler %4.",
    "line %1: %2": "Zeile %1: %2",
    "Dry run: nothing was written.": "Probelauf: Es wurde nichts geschrieben.",
    "%1: no column with a name was found in the first line (%2).": "%1: In der ersten Zeile wurde keine Spalte mit einem Namen gefunden (%2).",
    "%1 holds no contacts.": "%1 enthält keine Kontakte.",
    "contacts from a vCard file (.vcf: vCard 2.1, 3.0 or 4.0)": "Kontakte aus einer vCard-Datei (.vcf: vCard 2.1, 3.0 oder 4.0)",
    "contacts from a spreadsheet (.csv: comma or semicolon, UTF-8 or Windows-1252; columns recognised by their header)":
        "Kontakte aus einer Tabelle (.csv: Komma oder Semikolon, UTF-8 oder Windows-1252; Spalten nach ihrer Überschrift erkannt)",
    "No contacts found.": "Keine Kontakte gefunden.",
    "Every word is matched as the beginning of a word in the name, role, organisation, press topics or e-mail address; all words must match. Umlauts may be typed as ä or ae.":
        "Jedes Wort wird als Wortanfang in Name, Funktion, Organisation, Pressethemen oder E-Mail-Adresse gesucht; alle Wörter müssen passen. Umlaute dürfen als ä oder ae geschrieben werden.",
    "Show at most N contacts (default 50; 0: all).": "Höchstens N Kontakte zeigen (Standard 50; 0: alle).",
    "N": "N",
    "QUERY": "SUCHE",
    "The limit must be a number of contacts, not “%1”.": "Die Grenze muss eine Zahl von Kontakten sein, nicht „%1“.",
    "Unknown kind of search “%1”. Known kinds: %2.": "Unbekannte Suchart „%1“. Bekannte Arten: %2.",
    "Honorific": "Anrede",
    "Given name": "Vorname",
    "Family name": "Nachname",
    "Full name": "Vollständiger Name",
    "Department": "Abteilung",
    "Available for press enquiries": "Für Presseanfragen ansprechbar",
    "Internal note": "Interne Notiz",
    "same e-mail as %1": "gleiche E-Mail-Adresse wie %1",
    "same name and organisation as %1": "gleicher Name und gleiche Organisation wie %1",
    "same e-mail as %1 on line %2": "gleiche E-Mail-Adresse wie %1 in Zeile %2",
    "same name and organisation as %1 on line %2": "gleicher Name und gleiche Organisation wie %1 in Zeile %2",
    "line %1 (%2): %3": "Zeile %1 (%2): %3",
    "A quoted field is not closed before the end of the file.": "Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.",
    "The record has %1 fields; the header has %2.": "Der Datensatz hat %1 Felder, die Kopfzeile %2.",
    "The CSV file cannot be read.": "Die CSV-Datei kann nicht gelesen werden.",
    "The CSV file is empty.": "Die CSV-Datei ist leer.",
    "This is not a CSV file (it holds binary data).": "Das ist keine CSV-Datei (sie enthält Binärdaten).",
    "The CSV file holds no records.": "Die CSV-Datei enthält keine Datensätze.",
    "“%1” is a folder, not a CSV file.": "„%1“ ist ein Ordner, keine CSV-Datei.",
    "Home": "Privat",
    "The vCard has no name (neither N nor FN).": "Die vCard hat keinen Namen (weder N noch FN).",
    "The file cannot be read: %1": "Die Datei kann nicht gelesen werden: %1",
    "no file was given": "es wurde keine Datei angegeben",
    "This is not a vCard file: it holds binary data.": "Das ist keine vCard-Datei: Sie enthält Binärdaten.",
    "The file is empty.": "Die Datei ist leer.",
    "This is not a vCard file: it has no BEGIN:VCARD line.": "Das ist keine vCard-Datei: Ihr fehlt die Zeile BEGIN:VCARD.",
    "record starting on line %1 has no END:VCARD": "dem Eintrag ab Zeile %1 fehlt END:VCARD",
    "END:VCARD without BEGIN:VCARD": "END:VCARD ohne BEGIN:VCARD",
    "text outside a vCard record is ignored": "Text außerhalb eines vCard-Eintrags wird übergangen",
    "line %1 is not a vCard property (it has no “NAME:” at its start)": "Zeile %1 ist keine vCard-Eigenschaft (sie beginnt nicht mit „NAME:“)",
}

NUMERUS = {
    "%n milestone(s)": ["%n Meilenstein", "%n Meilensteine"],
    "%1 of %n milestone(s) shown": ["%1 von %n Meilenstein gezeigt", "%1 von %n Meilensteinen gezeigt"],
    "Deleted %n milestone(s). Undo brings them back.": ["%n Meilenstein gelöscht. Rückgängig holt ihn zurück.", "%n Meilensteine gelöscht. Rückgängig holt sie zurück."],
    "Delete %n milestone(s)": ["%n Meilenstein löschen", "%n Meilensteine löschen"],
    "Import %n milestone(s)": ["%n Meilenstein übernehmen", "%n Meilensteine übernehmen"],
    "Import %n milestones": ["%n Meilenstein übernehmen", "%n Meilensteine übernehmen"],
    "Imported %n milestone(s) as drafts. One undo takes the import back.": ["%n Meilenstein als Entwurf übernommen. Einmal Rückgängig nimmt die Übernahme zurück.", "%n Meilensteine als Entwürfe übernommen. Einmal Rückgängig nimmt die Übernahme zurück."],
    "Exported %n milestone(s) to %1.": ["%n Meilenstein nach %1 exportiert.", "%n Meilensteine nach %1 exportiert."],
    "%n milestone(s) in view, drawn as a density chart: zoom in to see them one by one.": ["%n Meilenstein im Blick, als Dichte gezeichnet: vergrößern, um sie einzeln zu sehen.", "%n Meilensteine im Blick, als Dichte gezeichnet: vergrößern, um sie einzeln zu sehen."],
    "%n entries": ["%n Eintrag", "%n Einträge"],
    "%1 of %n entries": ["%1 von %n Eintrag", "%1 von %n Einträgen"],
}


def load_area_wordings():
    """Each area keeps its German wording in a file of its own, de_<area>.py beside this one, with DE and
    NUMERUS dictionaries of the same shape as above; they are merged here."""
    import glob
    import importlib.util
    import os
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "de_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        DE.update(getattr(module, "DE", {}))
        NUMERUS.update(getattr(module, "NUMERUS", {}))


def english_plurals(path):
    """pressdesk_en.ts only carries plural forms: "%n milestone(s)" becomes "%n milestone" / "%n milestones"."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        singular = source.replace("(s)", "").replace("%n entries", "%n entry").replace("of %n entry", "of %n entries")
        plural = source.replace("(s)", "s")
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main():
    load_area_wordings()
    english_plurals(TS.replace("pressdesk_de.ts", "pressdesk_en.ts"))
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text.split("::")[-1]
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = NUMERUS.get(source)
                if not forms:
                    missing.append((name, source))
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.attrib.pop("type", None)
                continue
            german = DE.get((name, source), DE.get(source))
            if german is None:
                missing.append((name, source))
                continue
            translation.text = german
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(TS, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for name, source in missing:
        print(f"untranslated: [{name}] {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
