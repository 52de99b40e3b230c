# German wording of the Contacts area: the page, the contact form, the organisation form, the channel
# table and the undo commands. Merged into pressdesk_de.ts by fill_de.py.
DE = {
    # ContactsPage (forms/contactspage.ui, app/ui/contactspage.cpp)
    "&New Contact": "&Neuer Kontakt",
    "Create a press contact": "Einen Pressekontakt anlegen",
    "Delete the selected contacts; Undo brings them back": "Die markierten Kontakte löschen; „Rückgängig“ holt sie zurück",
    "&Organisation…": "&Organisation …",
    "Edit the organisation of the contact shown: name, website, boilerplate":
        "Die Organisation des angezeigten Kontakts bearbeiten: Name, Website, Boilerplate",
    "New Or&ganisation…": "Neue Or&ganisation …",
    "Create an organisation": "Eine Organisation anlegen",
    ("ContactsPage", "&Import…"): "&Importieren …",
    "Import contacts from vCard or CSV files": "Kontakte aus vCard- oder CSV-Dateien importieren",
    ("ContactsPage", "E&xport…"): "E&xportieren …",
    "Export the selected contacts (or all) as vCard or CSV":
        "Die markierten (oder alle) Kontakte als vCard oder CSV exportieren",
    "Search name, organisation, topic, e-mail…": "Name, Organisation, Thema, E-Mail suchen …",
    "Search contacts": "Kontakte suchen",
    "Organisation filter": "Filter nach Organisation",
    "Press topic filter": "Filter nach Pressethema",
    "Show only contacts who take press enquiries": "Nur Kontakte zeigen, die für Presseanfragen ansprechbar sind",
    ("ContactsPage", "Available for press enquiries"): "Ansprechbar",  # the tooltip says for what
    "Consent given": "Einwilligung liegt vor",
    "Show only contacts with a recorded GDPR consent": "Nur Kontakte mit erfasster Einwilligung (DSGVO) zeigen",
    "Choose a contact in the list to see and edit the details, or create one with “New Contact”.":
        "Wählen Sie einen Kontakt in der Liste, um ihn anzusehen und zu bearbeiten, oder legen Sie mit „Neuer Kontakt“ einen an.",
    "All organisations": "Alle Organisationen",
    "All topics": "Alle Themen",
    "Cannot show the contacts": "Kontakte können nicht angezeigt werden",
    "Cannot change the contacts": "Kontakte können nicht geändert werden",
    "The contact was not saved: fix the problem shown in the form, or discard the changes.":
        "Der Kontakt wurde nicht gespeichert: Beheben Sie das im Formular angezeigte Problem oder verwerfen Sie die Änderungen.",
    "Cannot save the contact": "Kontakt kann nicht gespeichert werden",
    "Added %1.": "%1 hinzugefügt.",
    "Saved %1.": "%1 gespeichert.",
    "Cannot show the contact": "Kontakt kann nicht angezeigt werden",
    "Cannot delete the contact": "Kontakt kann nicht gelöscht werden",
    "Cannot delete the contacts": "Kontakte können nicht gelöscht werden",
    "Cannot edit the organisation": "Organisation kann nicht bearbeitet werden",
    "Cannot save the organisation": "Organisation kann nicht gespeichert werden",
    "Saved the organisation %1.": "Organisation %1 gespeichert.",
    "Cannot create the organisation": "Organisation kann nicht angelegt werden",
    "Created the organisation %1.": "Organisation %1 angelegt.",
    "Cannot read the organisations": "Organisationen können nicht gelesen werden",
    "No contacts yet. Add one with “New Contact” or import vCard or CSV files.":
        "Noch keine Kontakte. Legen Sie mit „Neuer Kontakt“ einen an oder importieren Sie vCard- oder CSV-Dateien.",

    # ContactEditor (forms/contacteditor.ui, app/ui/contacteditor.cpp)
    "Honorific and title, e.g. Frau, Herr, Dr.": "Anrede und Titel, z. B. Frau, Herr, Dr.",
    "Given name": "Vorname",
    "Family name": "Nachname",
    "&Role:": "&Funktion:",
    "e.g. Pressesprecherin, Oberbürgermeister": "z. B. Pressesprecherin, Oberbürgermeister",
    "Na&me:": "Na&me:",
    "Organisa&tion:": "Organisa&tion:",
    ("ContactEditor", "Edit…"): "Bearbeiten …",
    "Edit this organisation: name, website, boilerplate": "Diese Organisation bearbeiten: Name, Website, Boilerplate",
    ("ContactEditor", "New…"): "Neu …",
    "Create an organisation and assign it to this contact": "Eine Organisation anlegen und diesem Kontakt zuordnen",
    "C&hannels:": "Kontakt&wege:",
    "Add Channel": "Kontaktweg hinzufügen",
    "Remove Channel": "Kontaktweg entfernen",
    "Only channels ticked “Public” reach press releases and exports.":
        "Nur Kontaktwege mit Häkchen bei „Öffentlich“ erscheinen in Pressemitteilungen und Exporten.",
    "Press to&pics:": "&Pressethemen:",
    "comma-separated, e.g. Stadtentwicklung, Haushalt": "durch Kommas getrennt, z. B. Stadtentwicklung, Haushalt",
    "A&vailable for press enquiries": "Ansprech&bar für Presseanfragen",
    "GDPR &consent:": "&Einwilligung (DSGVO):",
    "The day the contact agreed to be stored and named": "Der Tag, an dem der Kontakt der Speicherung und Nennung zugestimmt hat",
    ("ContactEditor", "Today"): "Heute",
    "Consent given today": "Einwilligung heute erteilt",
    "No Consent": "Keine Einwilligung",
    "Remove the consent date": "Das Datum der Einwilligung entfernen",
    "Consent not&e:": "&Hinweis:",
    "How and for what it was given, e.g. in writing, for naming in releases":
        "Wie und wofür sie erteilt wurde, z. B. schriftlich, für die Nennung in Pressemitteilungen",
    "Discard Changes": "Änderungen verwerfen",
    "Intern&al note:": "Interne Noti&z:",
    ("ContactEditor", "&Save"): "&Speichern",
    "no consent recorded": "nicht erfasst",  # beside the label "Einwilligung (DSGVO)"; the longer text was cut off
    "No organisation": "Keine Organisation",
    "Organisation %1": "Organisation %1",
    "New contact": "Neuer Kontakt",
    "New contact: %1": "Neuer Kontakt: %1",
    "Not saved yet": "Noch nicht gespeichert",
    "Last changed %1": "Zuletzt geändert am %1",

    # OrganisationEditor (forms/organisationeditor.ui, app/ui/organisationeditor.cpp)
    "e.g. Stadt Bochum": "z. B. Stadt Bochum",
    "&Kind:": "&Art:",
    "What sort of organisation it is, e.g. a city department or a company":
        "Um welche Art von Organisation es sich handelt, z. B. ein Amt der Stadt oder ein Unternehmen",
    "&Website:": "&Website:",
    "&Boilerplate:": "&Boilerplate:",
    "About the organisation: the paragraph that ends a press release":
        "Über die Organisation: der Absatz am Ende einer Pressemitteilung",
    "Ends every press release of this organisation, under a heading such as “About Stadt Bochum”.":
        "Steht am Ende jeder Pressemitteilung dieser Organisation, unter einer Überschrift wie „Über die Stadt Bochum“.",
    "New Organisation": "Neue Organisation",
    "Organisation “%1”": "Organisation „%1“",
    "No contact belongs to this organisation yet.": "Zu dieser Organisation gehört noch kein Kontakt.",

    # ContactChannelModel (app/models/contactchannelmodel.cpp)
    "E-mail address, e.g. presse@example.org": "E-Mail-Adresse, z. B. presse@example.org",
    "Public: may appear in releases and exports": "Öffentlich: darf in Pressemitteilungen und Exporten erscheinen",
    "Internal: never leaves PressDesk unless asked for": "Intern: verlässt PressDesk nur auf ausdrücklichen Wunsch",
    ("ContactChannelModel", "Kind"): "Art",
    "Number or address": "Nummer oder Adresse",
    ("ContactChannelModel", "Label"): "Bezeichnung",
    ("ContactChannelModel", "Public"): "Öffentlich",

    # Undo commands (app/undo/contactcommands.cpp)
    "Add contact “%1”": "Kontakt „%1“ anlegen",
    "Edit contact “%1”": "Kontakt „%1“ bearbeiten",
    "Delete contact “%1”": "Kontakt „%1“ löschen",
    "Add organisation “%1”": "Organisation „%1“ anlegen",
    "Edit organisation “%1”": "Organisation „%1“ bearbeiten",
}

NUMERUS = {
    "%Ln contact(s)": ["%Ln Kontakt", "%Ln Kontakte"],
    "%1 of %Ln contact(s)": ["%1 von %Ln Kontakt", "%1 von %Ln Kontakten"],
    "Deleted %n contact(s). Undo brings them back.": [
        "%n Kontakt gelöscht. „Rückgängig“ holt ihn zurück.",
        "%n Kontakte gelöscht. „Rückgängig“ holt sie zurück.",
    ],
    "Delete %n contact(s)": ["%n Kontakt löschen", "%n Kontakte löschen"],
    "This organisation has %Ln contact(s).": [
        "Zu dieser Organisation gehört %Ln Kontakt.",
        "Zu dieser Organisation gehören %Ln Kontakte.",
    ],
}
DE.update({
    ("MainWindow", "Unsaved quote"): "Zitat nicht gespeichert",
    ("MainWindow", "The quote in the form cannot be saved as it is. Discard its changes, or cancel and correct them?"):
        "Das Zitat im Formular lässt sich so nicht speichern. Änderungen verwerfen – oder abbrechen und korrigieren?",
    ("MainWindow", "Unsaved contact"): "Kontakt nicht gespeichert",
    ("MainWindow", "The contact in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?"):
        "Der Kontakt im Formular lässt sich so nicht speichern; die Fehler sind im Formular markiert. Änderungen verwerfen – oder abbrechen und korrigieren?",
})
