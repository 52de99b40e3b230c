# German wording for the tr() strings added by helper "scale" (contact list at scale).
DE = {
    ("ContactDirectory", "read the contacts"): "Lesen der Kontakte",
    ("Repository", "read the contacts"): "Lesen der Kontakte",
    ("Repository", "prepare a database statement"): "Vorbereiten einer Datenbankabfrage",
    ("Repository", "save to the database"): "Speichern in der Datenbank",
    ("ContactTableModel", "Name"): "Name",
    ("ContactTableModel", "Role"): "Funktion",
    ("ContactTableModel", "Organisation"): "Organisation",
    ("ContactTableModel", "Press topics"): "Pressethemen",
    ("ContactTableModel", "E-mail"): "E-Mail",
    ("ContactTableModel", "Press enquiries"): "Presseanfragen",
    ("ContactTableModel", "Available"): "Ansprechbar",
    ("ContactTableModel", "Available for press enquiries"): "Ansprechbar für Presseanfragen",
    ("ContactTableModel", "Not available for press enquiries"): "Nicht ansprechbar für Presseanfragen",
}

NUMERUS = {
    "%1 is the speaker of %n quote(s); delete those quotes or give them another speaker first.": [
        "%1 ist als Urheber von %n Zitat eingetragen; löschen Sie das Zitat zuerst oder ordnen Sie es einer anderen Person zu.",
        "%1 ist als Urheber von %n Zitaten eingetragen; löschen Sie die Zitate zuerst oder ordnen Sie sie einer anderen Person zu.",
    ],
}
DE.update({
    ("Batch", "read the contacts"): "die Kontakte lesen",
    "Contacts imported: %1 added, %2 merged, %3 skipped.": "Kontakte übernommen: %1 neu, %2 zusammengeführt, %3 übersprungen.",
})
DE.update({
    ("MainWindow", "The file is damaged"): "Die Datei ist beschädigt",
    ("MainWindow", "“%1” is damaged (%2).\n\nPressDesk keeps it open so that you can read and copy what you need, but changes to its damaged parts cannot be saved. Restore the file from a backup."):
        "„%1“ ist beschädigt (%2).\n\nPressDesk lässt die Datei geöffnet, damit Sie lesen und kopieren können, was Sie brauchen; Änderungen an den beschädigten Teilen lassen sich aber nicht speichern. Stellen Sie die Datei aus einer Sicherung wieder her.",
})
DE.update({
    ("Store", "read the list of tables"): "Lesen der Tabellenliste",
})
