# German wording for the tr() strings of the hardening work: several processes on one file, safe exports
# and imports, read-only info, refusals that name their cause.
DE = {
    ("CommandLine", "Schema version: %1 (would be updated to %2 when PressDesk writes to it)"):
        "Schemaversion: %1 (würde auf %2 aktualisiert, sobald PressDesk in die Datei schreibt)",
    ("CommandLine", "The file is damaged:"): "Die Datei ist beschädigt:",
    ("Database", "Table %1 cannot be read: %2"): "Die Tabelle %1 kann nicht gelesen werden: %2",
    ("Database", "The folder “%1” cannot be written to (%2); PressDesk needs to write its journal beside the file. Copy the file to a writable folder."):
        "In den Ordner „%1“ kann nicht geschrieben werden (%2); PressDesk muss sein Journal neben der Datei anlegen. Kopieren Sie die Datei in einen beschreibbaren Ordner.",
    ("Database", "“%1” is a symbolic link that leads round in a loop; it points to no file."):
        "„%1“ ist eine symbolische Verknüpfung, die im Kreis führt; sie zeigt auf keine Datei.",
    ("Database", "“%1” is a symbolic link to “%2”, which does not exist."):
        "„%1“ ist eine symbolische Verknüpfung auf „%2“, das es nicht gibt.",
    ("Database", "“%1” carries PressDesk's mark, but its tables are not those of a PressDesk file (version %2). PressDesk does not open or change it."):
        "„%1“ trägt die Kennung von PressDesk, aber seine Tabellen sind nicht die einer PressDesk-Datei (Version %2). PressDesk öffnet und verändert sie nicht.",
    ("Database", "read the schema version"): "die Schemaversion lesen",
    ("Database", "“%1-wal” beside “%1” belongs to another database and would change the file into something else. Move “%1-wal” away (keep it), then open the file again."):
        "„%1-wal“ neben „%1“ gehört zu einer anderen Datenbank und würde die Datei in etwas anderes verwandeln. Verschieben Sie „%1-wal“ an einen anderen Ort (nicht löschen) und öffnen Sie die Datei dann erneut.",
    ("ExportFile", "No file name was given for the export."): "Für den Export wurde kein Dateiname angegeben.",
    ("ExportFile", "“%1” is a loop of symbolic links; nothing was written."):
        "„%1“ ist ein Kreis symbolischer Verknüpfungen; es wurde nichts geschrieben.",
    ("ExportFile", "“%1” is not a regular file (it is a folder, a device or a pipe); PressDesk writes exports only to regular files. Nothing was written."):
        "„%1“ ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät oder eine Pipe); PressDesk schreibt Exporte nur in gewöhnliche Dateien. Es wurde nichts geschrieben.",
    ("ExportFile", "“%1” cannot be written: the folder “%2” does not exist. Nothing was written."):
        "„%1“ kann nicht geschrieben werden: Den Ordner „%2“ gibt es nicht. Es wurde nichts geschrieben.",
    ("ExportFile", "“%1” is the open PressDesk file (or a file SQLite keeps beside it); an export must not replace it. Choose another file name. Nothing was written."):
        "„%1“ ist die geöffnete PressDesk-Datei (oder eine Datei, die SQLite daneben führt); ein Export darf sie nicht ersetzen. Wählen Sie einen anderen Dateinamen. Es wurde nichts geschrieben.",
    ("ExportFile", "the disk is full"): "der Datenträger ist voll",
    ("ExportFile", "“%1” cannot be written: %2. Nothing was written."):
        "„%1“ kann nicht geschrieben werden: %2. Es wurde nichts geschrieben.",
    ("InputFile", "“%1” is a symbolic link to “%2”, which does not exist."):
        "„%1“ ist eine symbolische Verknüpfung auf „%2“, das es nicht gibt.",
    ("InputFile", "“%1” is a folder, not a file."): "„%1“ ist ein Ordner, keine Datei.",
    ("InputFile", "“%1” is not a regular file (a device, a pipe or a socket); PressDesk imports only from files."):
        "„%1“ ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket); PressDesk übernimmt nur aus Dateien.",
    ("InputFile", "“%1” is larger than %2; PressDesk does not import it."):
        "„%1“ ist größer als %2; PressDesk übernimmt sie nicht.",
    ("main", "Unknown command “%1”. Commands: %2."): "Unbekannter Befehl „%1“. Befehle: %2.",
    ("ContactsPage", "Unsaved contact"): "Nicht gespeicherter Kontakt",
    ("ContactsPage", "The contact in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?"):
        "Der Kontakt im Formular kann so nicht gespeichert werden; was fehlt, ist im Formular markiert. Änderungen verwerfen oder abbrechen und korrigieren?",
    ("QuotesPage", "Unsaved quote"): "Nicht gespeichertes Zitat",
    ("QuotesPage", "The quote in the form cannot be saved as it is. Discard its changes, or cancel and correct them?"):
        "Das Zitat im Formular kann so nicht gespeichert werden. Änderungen verwerfen oder abbrechen und korrigieren?",
    ("MainWindow", "The file was changed by another PressDesk; the lists show its current state."):
        "Die Datei wurde von einem anderen PressDesk geändert; die Listen zeigen ihren aktuellen Stand.",
}

NUMERUS = {
    "%n record(s) cannot be imported and will be left out; the lines after them were read, but are worth a look:": [
        "%n Datensatz kann nicht übernommen werden und wird ausgelassen; die Zeilen danach wurden gelesen, sind aber einen Blick wert:",
        "%n Datensätze können nicht übernommen werden und werden ausgelassen; die Zeilen danach wurden gelesen, sind aber einen Blick wert:",
    ],
    "%n line(s) were read, but are worth a look:": [
        "%n Zeile wurde gelesen, ist aber einen Blick wert:",
        "%n Zeilen wurden gelesen, sind aber einen Blick wert:",
    ],
}
