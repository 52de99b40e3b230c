# German wording for strings rewritten as whole sentences (structure work): no translated fragment is
# glued into another sentence; two numbers in one sentence come as a counted noun phrase.
DE = {
    ("MainWindow", "Filter press releases…"): "Pressemitteilungen filtern …",
    ("QuoteEditor", "Revises the withdrawn quote of %1."): "Überarbeitet das zurückgezogene Zitat vom %1.",
    ("QuoteEditor", "Revises the quote of %1 that awaits authorisation."):
        "Überarbeitet das Zitat vom %1, dessen Autorisierung angefragt ist.",
    ("QuoteEditor", "Revises the draft quote of %1."): "Überarbeitet den Zitat-Entwurf vom %1.",
    # Filter items in the area forms, the same words as the states' names elsewhere.
    ("QuotesPage", "Draft"): "Entwurf",
    ("QuotesPage", "Requested"): "Angefragt",
    ("QuotesPage", "Authorised"): "Autorisiert",
    ("QuotesPage", "Withdrawn"): "Zurückgezogen",
    ("TimelinePage", "Draft"): "Entwurf",
    ("TimelinePage", "Approved"): "Freigegeben",
}

NUMERUS = {
    "Dry run: would import %n milestone(s), skip %1; nothing was written.": [
        "Probelauf: %n Meilenstein würde übernommen, %1 übersprungen; nichts wurde geschrieben.",
        "Probelauf: %n Meilensteine würden übernommen, %1 übersprungen; nichts wurde geschrieben.",
    ],
    "Imported %n milestone(s), skipped %1.": [
        "%n Meilenstein übernommen, %1 übersprungen.",
        "%n Meilensteine übernommen, %1 übersprungen.",
    ],
}
