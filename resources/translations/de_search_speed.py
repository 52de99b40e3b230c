# German wording for the tr() strings of the faster contact search.
DE = {
    ("SearchFolding", "learn how the search index reads text"): "Ermitteln, wie der Suchindex Text liest",
}
DE[("Database", "read the file")] = "Lesen der Datei"
