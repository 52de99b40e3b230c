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
}
