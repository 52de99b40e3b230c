# German wording for the tr() strings of the fast contact import (progress, cancel), and for strings of
# earlier commits that had not reached the .ts files yet.
DE = {
    # Import progress and cancel
    "Importing contacts: %1%": "Kontakte werden importiert: %1 %",
    "The import was cancelled; nothing was imported.": "Der Import wurde abgebrochen; es wurde nichts importiert.",
    "The import was cancelled.": "Der Import wurde abgebrochen.",
    ("ContactRepository", "read the contacts"): "Lesen der Kontakte",
    "This PressDesk was built with another SQLite library than its database driver uses; it cannot import many contacts at once.":
        "Dieses PressDesk wurde mit einer anderen SQLite-Bibliothek gebaut, als sein Datenbanktreiber verwendet; "
        "es kann nicht viele Kontakte auf einmal importieren.",
    "Could not prepare the search index: %1": "Der Suchindex konnte nicht vorbereitet werden: %1",
    "Could not prepare a database statement: no SQLite connection.":
        "Eine Datenbankabfrage konnte nicht vorbereitet werden: keine SQLite-Verbindung.",
    # Strings of earlier commits (files, damage, several processes)
    "Schema version: %1 (would be updated to %2 when PressDesk writes to it)":
        "Schemaversion: %1 (würde auf %2 gebracht, sobald PressDesk in die Datei schreibt)",
    "The file is damaged:": "Die Datei ist beschädigt:",
    "Table %1 cannot be read: %2": "Die Tabelle %1 kann nicht gelesen werden: %2",
    "The folder “%1” cannot be written to (%2); PressDesk needs to write its journal beside the file. Copy the file to a writable folder.":
        "In den Ordner „%1“ kann nicht geschrieben werden (%2); PressDesk muss sein Journal neben die Datei schreiben. "
        "Kopieren Sie die Datei in einen beschreibbaren Ordner.",
    "“%1” is a symbolic link that leads round in a loop; it points to no file.":
        "„%1“ ist eine symbolische Verknüpfung, die im Kreis führt; sie zeigt auf keine Datei.",
    "“%1” is a symbolic link to “%2”, which does not exist.":
        "„%1“ ist eine symbolische Verknüpfung auf „%2“, das es nicht gibt.",
    "“%1” carries PressDesk's mark, but its tables are not those of a PressDesk file (version %2). PressDesk does not open or change it.":
        "„%1“ trägt die Kennung von PressDesk, aber ihre Tabellen sind nicht die einer PressDesk-Datei (Version %2). "
        "PressDesk öffnet und ändert sie nicht.",
    "read the schema version": "Lesen der Schemaversion",
    "“%1-wal” beside “%1” belongs to another database and would change the file into something else. Move “%1-wal” away (keep it), then open the file again.":
        "„%1-wal“ neben „%1“ gehört zu einer anderen Datenbank und würde die Datei in etwas anderes verwandeln. "
        "Verschieben Sie „%1-wal“ an einen anderen Ort (behalten Sie sie) und öffnen Sie die Datei dann erneut.",
    "No file name was given for the export.": "Für den Export wurde kein Dateiname angegeben.",
    "“%1” is a loop of symbolic links; nothing was written.":
        "„%1“ ist ein Kreis symbolischer Verknüpfungen; es wurde nichts geschrieben.",
    "“%1” is not a regular file (it is a folder, a device or a pipe); PressDesk writes exports only to regular files. Nothing was written.":
        "„%1“ ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät oder eine Pipe); PressDesk schreibt Exporte "
        "nur in gewöhnliche Dateien. Es wurde nichts geschrieben.",
    "The folder “%1” does not exist; nothing was written.":
        "Den Ordner „%1“ gibt es nicht; es wurde nichts geschrieben.",
    "“%1” is the open PressDesk file (or a file SQLite keeps beside it); an export must not replace it. Choose another file name. Nothing was written.":
        "„%1“ ist die geöffnete PressDesk-Datei (oder eine Datei, die SQLite daneben führt); ein Export darf sie nicht "
        "ersetzen. Wählen Sie einen anderen Dateinamen. Es wurde nichts geschrieben.",
    "the disk is full": "der Datenträger ist voll",
    "“%1” cannot be written: %2. Nothing was changed.":
        "„%1“ kann nicht geschrieben werden: %2. Es wurde nichts geändert.",
    "“%1” is a folder, not a file.": "„%1“ ist ein Ordner, keine Datei.",
    "“%1” is not a regular file (a device, a pipe or a socket); PressDesk imports only from files.":
        "„%1“ ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket); PressDesk importiert nur "
        "aus Dateien.",
    "“%1” is larger than %2; PressDesk does not import it.":
        "„%1“ ist größer als %2; PressDesk importiert sie nicht.",
    "Unknown command “%1”. Commands: %2.": "Unbekannter Befehl „%1“. Befehle: %2.",
    "The file was changed by another PressDesk; the lists show its current state.":
        "Die Datei wurde von einem anderen PressDesk geändert; die Listen zeigen ihren aktuellen Stand.",
}

NUMERUS = {
    "Looking for duplicates among %n record(s)…": [
        "Dubletten werden unter %n Datensatz gesucht …",
        "Dubletten werden unter %n Datensätzen gesucht …",
    ],
    "Importing %n contact(s)…": [
        "%n Kontakt wird importiert …",
        "%n Kontakte werden importiert …",
    ],
}
