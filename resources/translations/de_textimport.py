# German for the text import of German chronicles (issue #16): vague dates, planned milestones.
DE = {
    "Planned": "Geplant",
    "Check the date: “%1” names no year; the year is the one the text mentioned before.":
        "Datum prüfen: „%1“ nennt kein Jahr; es gilt das Jahr, das der Text zuvor genannt hat.",
    "Check the date: “%1” has no end; the milestone starts then.":
        "Datum prüfen: „%1“ hat kein Ende; der Meilenstein beginnt dann.",
    "Check the date: “%1” is approximate.": "Datum prüfen: „%1“ ist eine ungefähre Angabe.",
}
