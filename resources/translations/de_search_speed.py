# German wording for the tr() strings of the faster contact search.
DE = {
    ("SearchFolding", "learn how the search index reads text"): "Ermitteln, wie der Suchindex Text liest",
}
DE[("Database", "read the file")] = "Lesen der Datei"
DE[("Database", "read the list of tables")] = "Lesen der Tabellenliste"
DE["The list could not be read: %1"] = "Die Liste konnte nicht gelesen werden: %1"
