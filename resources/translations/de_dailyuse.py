# German wording for the daily-use fixes: window-wide New and Find, undo and redo messages, help.
DE = {
    "&New File…": "&Neue Datei …",
    "Ctrl+Shift+N": "Ctrl+Shift+N",
    "&New": "&Neu",
    "&Find": "&Suchen",
    "Undone: %1": "Rückgängig: %1",
    "Redone: %1": "Wiederholt: %1",
    "New &Contact": "Neuer &Kontakt",
    "New &Press Kit": "Neue &Pressemappe",
    "New &Quote": "Neues &Zitat",
    "New &Release": "Neue Presse&mitteilung",
    "New &Milestone…": "Neuer &Meilenstein …",
    "Added the milestone “%1”.": "Meilenstein „%1“ angelegt.",
    "Saved the milestone “%1”.": "Meilenstein „%1“ gespeichert.",
    # Consent before publicity
    "Public without consent": "Öffentlich ohne Einwilligung",
    "Show only contacts with a public channel but no recorded consent: check them before a release goes out":
        "Nur Kontakte mit öffentlichem Kanal, aber ohne erfasste Einwilligung: vor der nächsten Mitteilung prüfen",
    "No Consent Recorded": "Keine Einwilligung erfasst",
    "No consent is recorded for %1. A public channel is printed in releases and press kits and goes into exports; under the GDPR that needs the person's consent.\n\nRecord the date of the consent below, or make the channel public anyway if it is an official, published address.":
        "Für %1 ist keine Einwilligung erfasst. Ein öffentlicher Kanal erscheint in Pressemitteilungen und Pressemappen und geht in Exporte; nach der DSGVO braucht das die Einwilligung der Person.\n\nTragen Sie unten das Datum der Einwilligung ein, oder machen Sie den Kanal trotzdem öffentlich, wenn es eine amtliche, veröffentlichte Adresse ist.",
    "this contact": "diesen Kontakt",
    "Make Public": "Öffentlich machen",
    "Keep Internal": "Intern lassen",
}
