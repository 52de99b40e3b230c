# German for the text import of German chronicles (issue #16): vague dates, planned milestones.
DE = {
    "Planned": "Geplant",
    "Check the date: “%1” names no year; the year is the one the text mentioned before.":
        "Datum prüfen: „%1“ nennt kein Jahr; es gilt das Jahr, das der Text zuvor genannt hat.",
    "Check the date: “%1” has no end; the milestone starts then.":
        "Datum prüfen: „%1“ hat kein Ende; der Meilenstein beginnt dann.",
    "Check the date: “%1” is approximate.": "Datum prüfen: „%1“ ist eine ungefähre Angabe.",
    "Use as Place and Date": "Als Ort und Datum übernehmen",
    "Keep the dateline in the text": "Die Ortszeile im Text lassen",
    "The pasted text opens with the dateline “%1”. Use it as this release's place and date, and take it out of the text?":
        "Der eingefügte Text beginnt mit der Ortszeile „%1“. Als Ort und Datum dieser Pressemitteilung übernehmen und aus dem Text nehmen?",
    "Keep in the Text": "Im Text lassen",
    "Line %1: %2": "Zeile %1: %2",
}
