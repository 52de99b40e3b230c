# German wording for the milestone form beside the timeline (one editing model with quotes and contacts)
# and other daily-use fixes of session 11.
DE = {
    "Show the milestone as it was saved": "Den Meilenstein wieder so zeigen, wie er gespeichert ist",
    "&Save": "&Speichern",
    "Save the changes as one undo step (Ctrl+S, or Return in a field)":
        "Die Änderungen als einen rückgängig zu machenden Schritt speichern (Strg+S oder Eingabetaste in einem Feld)",
    "✕": "✕",
    "Close the form; changes are saved first (Esc)": "Formular schließen; Änderungen werden vorher gespeichert (Esc)",
    "Close the milestone form": "Meilensteinformular schließen",
    "Open the chosen milestone in the form (Return or double click)":
        "Den gewählten Meilenstein im Formular öffnen (Eingabetaste oder Doppelklick)",
    "Cannot show the milestone": "Meilenstein kann nicht angezeigt werden",
    "The milestone was not saved: fix the problem shown in the form, or discard the changes.":
        "Der Meilenstein wurde nicht gespeichert: Beheben Sie das im Formular gezeigte Problem oder verwerfen Sie die Änderungen.",
    "Unsaved milestone": "Nicht gespeicherter Meilenstein",
    "The milestone in the form cannot be saved as it is; its problems are marked in the form. "
    "Discard its changes, or cancel and correct them?":
        "Der Meilenstein im Formular kann so nicht gespeichert werden; die Probleme sind im Formular markiert. "
        "Änderungen verwerfen, oder abbrechen und korrigieren?",
    "New &Milestone": "Neuer &Meilenstein",
    ("TimelinePage", "&Edit"): "Be&arbeiten",
    # Import from text: the register could not be read
    "Cannot be offered: %1": "Kann nicht angeboten werden: %1",
    # The dateline of a press text is its own date, not a milestone
    "dateline: %1, %2 (the text's own date, not imported)": "Ortszeile: %1, %2 (Datum des Textes, nicht übernommen)",
    "The text's dateline: %1, %2 (not a milestone).": "Ortszeile des Textes: %1, %2 (kein Meilenstein).",
}
