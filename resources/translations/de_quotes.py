# German wording of the quote register (QuotesPage, QuoteEditor, the quote commands and rules).
# Merged into pressdesk_de.ts by fill_de.py.

DE = {
    # core: the authorisation workflow
    "The quote is already in the state “%1”.": "Das Zitat ist bereits im Zustand „%1“.",
    "A draft must be sent for authorisation before it can be marked as authorised.":
        "Ein Entwurf muss erst zur Freigabe geschickt werden, bevor er als autorisiert gelten kann.",
    "Only an authorised quote can be withdrawn; a draft can simply be deleted.":
        "Nur ein autorisiertes Zitat kann zurückgezogen werden; einen Entwurf können Sie einfach löschen.",
    "Only an authorised quote can be withdrawn; take the request back to draft instead.":
        "Nur ein autorisiertes Zitat kann zurückgezogen werden; holen Sie die Anfrage stattdessen in den Entwurf zurück.",
    "An authorised quote keeps its state; use “Revise Wording” to start a new draft, or withdraw it.":
        "Ein autorisiertes Zitat behält seinen Zustand; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf, oder ziehen Sie es zurück.",
    "A withdrawn quote stays withdrawn; use “Revise Wording” to start a new draft.":
        "Ein zurückgezogenes Zitat bleibt zurückgezogen; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf.",
    "A quote cannot go from “%1” to “%2”.": "Ein Zitat kann nicht von „%1“ zu „%2“ wechseln.",
    "The wording was sent for authorisation and is locked; take the request back to draft to change it.":
        "Der Wortlaut ist zur Freigabe verschickt und gesperrt; holen Sie die Anfrage in den Entwurf zurück, um ihn zu ändern.",
    "Authorised wording is locked; “Revise Wording” starts a new draft and keeps the authorised quote.":
        "Autorisierter Wortlaut ist gesperrt; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf und behält das autorisierte Zitat.",
    "A withdrawn quote is kept as it was; “Revise Wording” starts a new draft.":
        "Ein zurückgezogenes Zitat bleibt, wie es war; „Wortlaut überarbeiten“ beginnt einen neuen Entwurf.",
    # storage
    "The quote is used in the press release %1; remove it from there first.":
        "Das Zitat steht in der Pressemitteilung %1; nehmen Sie es zuerst dort heraus.",
    "The quote is used in the press releases %1; remove it from there first.":
        "Das Zitat steht in den Pressemitteilungen %1; nehmen Sie es zuerst dort heraus.",
    "“%1”": "„%1“",
    # undo commands
    "Add quote “%1”": "Zitat „%1“ hinzufügen",
    "Revise quote": "Zitat überarbeiten",
    "Revise “%1”": "„%1“ überarbeiten",
    "Only an authorised or withdrawn quote is revised as a new draft; this one is “%1” and can be edited itself.":
        "Nur ein autorisiertes oder zurückgezogenes Zitat wird als neuer Entwurf überarbeitet; dieses ist „%1“ und kann selbst bearbeitet werden.",
    "Edit quote “%1”": "Zitat „%1“ bearbeiten",
    "Change authorisation": "Freigabe ändern",
    "Request authorisation of “%1”": "Freigabe von „%1“ anfragen",
    "Mark “%1” as authorised": "„%1“ als autorisiert markieren",
    "Withdraw “%1”": "„%1“ zurückziehen",
    "Take “%1” back to draft": "„%1“ in den Entwurf zurückholen",
    "The quote changed its authorisation in the meantime.": "Die Freigabe des Zitats hat sich inzwischen geändert.",
    "The quote is no longer “%1” (it is “%2” now), so this step cannot be undone.":
        "Das Zitat ist nicht mehr „%1“ (es ist jetzt „%2“), daher lässt sich dieser Schritt nicht rückgängig machen.",
    "Delete quote “%1”": "Zitat „%1“ löschen",
    # the list
    "Authorised by %1": "Autorisiert von %1",
    "Requested from %1": "Angefragt bei %1",
    # the editor
    "%1 · %2": "%1 · %2",
    "%1 — %2": "%1 – %2",
    "%1 (%2)": "%1 (%2)",
    "%1 (%2, %3)": "%1 (%2, %3)",
    "No quote selected": "Kein Zitat ausgewählt",
    "New Quote": "Neues Zitat",
    ("QuoteEditor", "Quote"): "Zitat",
    "Choose the speaker from the suggestions, so that the quote is linked to the contact.":
        "Wählen Sie die Sprecherin oder den Sprecher aus den Vorschlägen, damit das Zitat mit dem Kontakt verknüpft ist.",
    "Date not known": "Datum unbekannt",
    "Understood as %1": "Verstanden als %1",
    "Not a date": "Kein Datum",
    "Linked Milestones (%1)": "Verknüpfte Meilensteine (%1)",
    "Save the quote before asking for its authorisation.": "Speichern Sie das Zitat, bevor Sie die Freigabe anfragen.",
    "Requested %1 from %2": "Angefragt am %1 bei %2",
    "Authorised by %1 on %2": "Autorisiert von %1 am %2",
    "Not yet sent for authorisation.": "Noch nicht zur Freigabe verschickt.",
    "Withdrawn: the quote must no longer be used.": "Zurückgezogen: Das Zitat darf nicht mehr verwendet werden.",
    "Revised by a newer draft.": "Von einem neueren Entwurf überarbeitet.",
    "Revised by a newer quote (%1).": "Von einem neueren Zitat überarbeitet (%1).",
    "Show it": "Anzeigen",
    "Revises the authorised quote of %1.": "Überarbeitet das autorisierte Zitat vom %1.",
    "Show the original": "Original anzeigen",
    "A new quote is not used anywhere yet.": "Ein neues Zitat wird noch nirgends verwendet.",
    "Not used in any release yet.": "Noch in keiner Pressemitteilung verwendet.",
    # editor form
    "&Wording:": "&Wortlaut:",
    "What was said, word for word": "Was gesagt wurde, Wort für Wort",
    "&Speaker:": "&Sprecher/in:",
    "Type a name to find the contact": "Namen tippen, um den Kontakt zu finden",
    "&Role at the time:": "&Funktion damals:",
    "e.g. Oberbürgermeister": "z. B. Oberbürgermeister",
    "&Date:": "&Datum:",
    "2016, März 2016 or 12.03.2016": "2016, März 2016 oder 12.03.2016",
    "&Occasion:": "&Anlass:",
    "Where or why it was said": "Wo oder warum es gesagt wurde",
    "S&ource:": "&Quelle:",
    "Release, interview, minutes …": "Pressemitteilung, Interview, Protokoll …",
    "&Topics:": "&Themen:",
    "Comma-separated, e.g. Strukturwandel, Wirtschaft": "Durch Kommas getrennt, z. B. Strukturwandel, Wirtschaft",
    ("QuoteEditor", "Authorisation"): "Freigabe",
    ("QuoteEditor", "Draft"): "Entwurf",
    "&Request Authorisation…": "&Freigabe anfragen …",
    "Record from whom the speaker's approval of the wording was requested":
        "Festhalten, bei wem die Freigabe des Wortlauts angefragt wurde",
    "Mark as &Authorised…": "Als &autorisiert markieren …",
    "Record who approved the wording": "Festhalten, wer den Wortlaut freigegeben hat",
    "Back to &Draft": "Zurück in den &Entwurf",
    "Take the request back to change the wording": "Die Anfrage zurückholen, um den Wortlaut zu ändern",
    "&Withdraw": "&Zurückziehen",
    "The approval was taken back: the quote must no longer be used":
        "Die Freigabe wurde zurückgenommen: Das Zitat darf nicht mehr verwendet werden",
    "Re&vise Wording": "Wortlaut &überarbeiten",
    "Start a new draft from this quote; the quote itself stays as it is":
        "Einen neuen Entwurf aus diesem Zitat beginnen; das Zitat selbst bleibt, wie es ist",
    "Linked Milestones": "Verknüpfte Meilensteine",
    "Filter milestones": "Meilensteine filtern",
    "Used in Releases": "Verwendet in Pressemitteilungen",
    "Unsaved changes": "Ungespeicherte Änderungen",
    "Di&scard Changes": "Änderungen &verwerfen",
    "Show the quote as it was saved": "Das Zitat so zeigen, wie es gespeichert ist",
    ("QuoteEditor", "&Save"): "&Speichern",
    "Save the changes as one undo step (Ctrl+S)": "Die Änderungen als einen Rückgängig-Schritt speichern (Strg+S)",
    # the page
    "Quotes": "Zitate",
    "&New Quote": "&Neues Zitat",
    "Start a new quote in the editor": "Ein neues Zitat im Editor beginnen",
    ("QuotesPage", "&Delete"): "&Löschen",
    "Delete the selected quotes (Del); Undo brings them back":
        "Die ausgewählten Zitate löschen (Entf); Rückgängig holt sie zurück",
    "Search wording, occasion and source": "Wortlaut, Anlass und Quelle durchsuchen",
    "Only the quotes of one speaker": "Nur die Zitate einer Person",
    "Only quotes in one authorisation state": "Nur Zitate in einem Freigabe-Zustand",
    "Only quotes on one topic": "Nur Zitate zu einem Thema",
    "All states": "Alle Zustände",
    "All speakers": "Alle Sprecher/innen",
    "All topics": "Alle Themen",
    "Cannot change the quote": "Das Zitat kann nicht geändert werden",
    "No quotes yet. Start one with “New Quote”.": "Noch keine Zitate. Beginnen Sie eines mit „Neues Zitat“.",
    "Cannot save the quote": "Das Zitat kann nicht gespeichert werden",
    "The quote is not saved yet: %1 Correct it, or discard the changes.":
        "Das Zitat ist noch nicht gespeichert: %1 Korrigieren Sie es oder verwerfen Sie die Änderungen.",
    "Added the quote “%1”.": "Zitat „%1“ hinzugefügt.",
    "Saved the quote “%1”.": "Zitat „%1“ gespeichert.",
    "Cannot change the authorisation": "Die Freigabe kann nicht geändert werden",
    "Request Authorisation": "Freigabe anfragen",
    "Authorisation of the wording requested from:": "Freigabe des Wortlauts angefragt bei:",
    "Mark as Authorised": "Als autorisiert markieren",
    "Wording authorised by:": "Wortlaut autorisiert von:",
    "The quote is now “%1”.": "Das Zitat ist jetzt „%1“.",
    "This quote already has a newer draft; it is shown now.":
        "Zu diesem Zitat gibt es schon einen neueren Entwurf; er wird jetzt angezeigt.",
    "A new draft revises the quote; the authorised wording stays as it was.":
        "Ein neuer Entwurf überarbeitet das Zitat; der autorisierte Wortlaut bleibt, wie er war.",
}

NUMERUS = {
    "%n quote(s)": ["%n Zitat", "%n Zitate"],
    "%1 of %n quote(s) shown": ["%1 von %n Zitat angezeigt", "%1 von %n Zitaten angezeigt"],
    "Delete %n quote(s)": ["%n Zitat löschen", "%n Zitate löschen"],
    "Deleted %n quote(s). Undo brings them back.": [
        "%n Zitat gelöscht. Rückgängig holt es zurück.",
        "%n Zitate gelöscht. Rückgängig holt sie zurück.",
    ],
}
