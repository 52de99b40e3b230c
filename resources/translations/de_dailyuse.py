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
    "Added the milestone “%1”.": "Meilenstein „%1“ angelegt.",
    "Saved the milestone “%1”.": "Meilenstein „%1“ gespeichert.",
    # Consent before publicity
    "Public without consent": "Öffentlich ohne Einwilligung",
    "Show only contacts with a public channel but no recorded consent: check them before a release goes out":
        "Nur Kontakte mit öffentlichem Kanal, aber ohne erfasste Einwilligung: vor der nächsten Mitteilung prüfen",
    "No Consent Recorded": "Keine Einwilligung erfasst",
    "No consent is recorded for %1. A public channel or postal address is printed in releases and press kits and goes into exports; under the GDPR that needs the person's consent.\n\nRecord the date of the consent below, or make it public anyway if it is an official, published address.":
        "Für %1 ist keine Einwilligung erfasst. Ein öffentlicher Kontaktweg oder eine öffentliche Anschrift erscheint in Pressemitteilungen und Pressemappen und geht in Exporte; nach der DSGVO braucht das die Einwilligung der Person.\n\nTragen Sie unten das Datum der Einwilligung ein, oder machen Sie es trotzdem öffentlich, wenn es eine amtliche, veröffentlichte Adresse ist.",
    "this contact": "diesen Kontakt",
    "Make Public": "Öffentlich machen",
    "Keep Internal": "Intern lassen",
    # Help
    "PressDesk Help": "PressDesk-Hilfe",
    "Help text": "Hilfetext",
    "PressDesk &Help": "PressDesk-&Hilfe",
    "The areas, how saving and undo work, and the keyboard shortcuts":
        "Die Bereiche, wie Speichern und Rückgängig funktionieren, und die Tastenkürzel",
    "F1": "F1",
    "Delete the selected milestones, quotes or contacts (Undo brings them back)":
        "Markierte Meilensteine, Zitate oder Kontakte löschen (Rückgängig holt sie zurück)",
    "Save the milestone, quote or contact form": "Das Meilenstein-, Zitat- oder Kontaktformular speichern",
    "Working with PressDesk": "Arbeiten mit PressDesk",
    "The areas on the left hold the material of the press office; each keeps what it shows in the open file.":
        "Die Bereiche links enthalten das Material der Pressestelle; jeder hält, was er zeigt, in der geöffneten Datei.",
    "<b>Timeline</b>: the milestones of a story, with exact dates or only a year or month, in categories. Drag a card to move it; double-click or Return opens it in the form below the graphic.":
        "<b>Zeitleiste</b>: die Meilensteine einer Geschichte, mit genauem Datum oder nur Jahr oder Monat, in Kategorien. Eine Karte zum Verschieben ziehen; Doppelklick oder Eingabetaste öffnet sie im Formular unter der Grafik.",
    "<b>Quotes</b>: who said what, when and in which role, and whether the quote is authorised. Only authorised quotes go into releases and press kits.":
        "<b>Zitate</b>: wer was wann in welcher Funktion gesagt hat und ob das Zitat autorisiert ist. Nur autorisierte Zitate kommen in Pressemitteilungen und Pressemappen.",
    "<b>Contacts</b>: people and organisations. Only channels ticked <i>Public</i> appear in releases and exports; make a channel public only with the person's consent.":
        "<b>Kontakte</b>: Personen und Organisationen. Nur Kontaktwege mit Häkchen bei <i>Öffentlich</i> erscheinen in Pressemitteilungen und Exporten; machen Sie einen Kontaktweg nur mit Einwilligung der Person öffentlich.",
    "<b>Releases</b>: press releases written from that material, checked before they go out, exported as PDF, ODT, HTML or text.":
        "<b>Pressemitteilungen</b>: aus diesem Material geschrieben, vor der Herausgabe geprüft, als PDF, ODT, HTML oder Text exportiert.",
    "<b>Press Kits</b>: a release with fact sheet, statements, contacts and photos, as one PDF or a ZIP, and the chronicle handout.":
        "<b>Pressemappen</b>: eine Pressemitteilung mit Daten und Fakten, Stimmen, Ansprechpartnern und Bildern, als ein PDF oder ZIP, und der Chronik-Handzettel.",
    "Saving and undo": "Speichern und Rückgängig",
    "Every change is saved in the file at once; a form is saved when you leave it. Undo takes back one step at a time, and the status bar says what was undone.":
        "Jede Änderung wird sofort in der Datei gespeichert; ein Formular beim Verlassen. Rückgängig nimmt einen Schritt nach dem anderen zurück, und die Statusleiste sagt, was rückgängig gemacht wurde.",
    "Keyboard shortcuts": "Tastenkürzel",
    # Empty lists say why
    "No contact matches the filters.": "Kein Kontakt passt zu den Filtern.",
    "No hits for “%1”": "Keine Treffer für „%1“",
    # Revised quotes in the list
    "%1 · replaced": "%1 · ersetzt",
    "%1 · being revised": "%1 · wird überarbeitet",
    "Replaced by an authorised revision of its wording": "Durch eine autorisierte Überarbeitung des Wortlauts ersetzt",
    "A revision of its wording is under way; until it is authorised this wording stands":
        "Eine Überarbeitung des Wortlauts läuft; bis sie autorisiert ist, gilt dieser Wortlaut",
    # Import preview
    "Already in the Timeline": "Schon in der Zeitleiste",
    "Import Anyway": "Trotzdem übernehmen",
    "Go Back": "Zurück",
    # One editing model for quotes and contacts
    "The quote was not saved: fix the problem shown in the form, or discard the changes.":
        "Das Zitat wurde nicht gespeichert: Beheben Sie das im Formular angezeigte Problem oder verwerfen Sie die Änderungen.",
    # Quotations offered by the text import
    "Quotations in the text, for the quote register as drafts:": "Zitate im Text, als Entwurf für das Zitatregister:",
    "Quotations found": "Gefundene Zitate",
    "Quotation": "Zitat",
    "Already in the quote register": "Schon im Zitatregister",
    "The text does not say who said it": "Der Text sagt nicht, wer es gesagt hat",
    "“%1” is not among the contacts: add the contact first": "„%1“ ist nicht unter den Kontakten: legen Sie den Kontakt zuerst an",
    "Speaker taken from the quotation before": "Sprecher/in aus dem Zitat davor übernommen",
    "Imported from a text": "Aus einem Text übernommen",
    "Import %1 and %2": "%1 und %2 übernehmen",
    "1 milestone": "1 Meilenstein",
    "%1 milestones": "%1 Meilensteine",
    "1 quote": "1 Zitat",
    "%1 quotes": "%1 Zitate",
    "Import from text": "Aus Text übernehmen",
    "Imported %1 and %2 as drafts. One undo takes the import back.":
        "%1 und %2 als Entwurf übernommen. Ein Rückgängig nimmt die Übernahme zurück.",
}

NUMERUS = {
    "%n ticked milestone(s) are already in the timeline: %1.\n\nImporting them makes a second copy of each.": [
        "%n angehakter Meilenstein ist schon in der Zeitleiste: %1.\n\nDas Übernehmen legt ihn ein zweites Mal an.",
        "%n angehakte Meilensteine sind schon in der Zeitleiste: %1.\n\nDas Übernehmen legt jeden ein zweites Mal an.",
    ],
}
