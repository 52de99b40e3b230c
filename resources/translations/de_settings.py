# German wording for Settings (the office's house style and release defaults, the user's language and
# export folder) and the desktop polish of issue 14.
DE = {
    "The release defaults in this file cannot be read: %1":
        "Die Vorgaben für Pressemitteilungen in dieser Datei können nicht gelesen werden: %1",
    ("SettingsDialog", "Settings"): "Einstellungen",
    "The organisation, house style and release defaults belong to the office: they are stored in the open file, "
    "so every colleague who opens it exports the same pages.":
        "Organisation, Hausstil und Vorgaben für Pressemitteilungen gehören dem Amt: Sie werden in der geöffneten "
        "Datei gespeichert, damit alle, die sie öffnen, dieselben Seiten exportieren.",
    ("SettingsDialog", "&Organisation"): "&Organisation",
    "Stadt Bochum": "Stadt Bochum",
    ("SettingsDialog", "&Department"): "&Abteilung",
    "Presse- und Informationsamt": "Presse- und Informationsamt",
    ("SettingsDialog", "&Address"): "A&nschrift",
    "Willy-Brandt-Platz 2–6 · 44777 Bochum": "Willy-Brandt-Platz 2–6 · 44777 Bochum",
    ("SettingsDialog", "&Website"): "&Website",
    "www.bochum.de": "www.bochum.de",
    ("SettingsDialog", "&Logo"): "&Logo",
    "Logo preview": "Logovorschau",
    "An SVG or PNG file: the letterhead of every release and kit":
        "Eine SVG- oder PNG-Datei: der Briefkopf jeder Pressemitteilung und Pressemappe",
    ("SettingsDialog", "&Remove"): "&Entfernen",
    "House Style": "Hausstil",
    "Accent &colour": "Akzent&farbe",
    "#1f4e79": "#1f4e79",
    "Choose the accent colour": "Akzentfarbe wählen",
    ("SettingsDialog", "&Font"): "&Schrift",
    "Fall&back font": "Ersat&zschrift",
    "Fonts found": "Gefundene Schrift",
    "Body text": "Fließtext",
    "&Ragged right": "&Flattersatz",
    "&Justified": "&Blocksatz",
    "Document &language": "Dokument&sprache",
    "The language of labels and dates in exported documents (“Seite 1 von 3”), whatever the language of this window":
        "Die Sprache von Beschriftungen und Daten in exportierten Dokumenten („Seite 1 von 3“), "
        "unabhängig von der Sprache dieses Fensters",
    "New Releases": "Neue Pressemitteilungen",
    "What a new press release starts with. Without defaults it takes the newest release’s place, boilerplate "
    "and press contacts.":
        "Womit eine neue Pressemitteilung beginnt. Ohne Vorgaben übernimmt sie Ort, Boilerplate und "
        "Pressekontakt der neuesten Pressemitteilung.",
    ("SettingsDialog", "&Place"): "&Ort",
    "Bochum": "Bochum",
    ("SettingsDialog", "&Boilerplate"): "&Boilerplate",
    ("SettingsDialog", "Press &contact"): "Presse&kontakt",
    "Contact to add": "Hinzuzufügender Kontakt",
    ("SettingsDialog", "&Add"): "&Hinzufügen",
    "Default press contacts": "Vorgegebener Pressekontakt",
    ("SettingsDialog", "Re&move"): "Ent&fernen",
    ("SettingsDialog", "Export"): "Export",
    "Export PDFs as PDF/&A for the archive": "PDFs als PDF/&A für das Archiv exportieren",
    "This Computer": "Dieser Computer",
    "These choices are yours, on this computer. They do not change the file.":
        "Diese Einstellungen gelten für Sie auf diesem Computer. Sie ändern die Datei nicht.",
    ("SettingsDialog", "&Language"): "&Sprache",
    "&Export folder": "&Exportordner",
    "Bro&wse…": "Durch&suchen …",
    "Se&ttings…": "Ein&stellungen …",
    "The new language applies from the next start.": "Die neue Sprache gilt ab dem nächsten Start.",
    "Settings saved.": "Einstellungen gespeichert.",
    ("SettingsDialog", "German"): "Deutsch",
    ("SettingsDialog", "English"): "Englisch",
    "Follow the system": "Wie das System",
    "Export Folder": "Exportordner",
    "Organisation %1 (no boilerplate)": "Organisation %1 (ohne Boilerplate)",
    "Choose Logo": "Logo wählen",
    "Logos (*.svg *.png *.jpg *.jpeg);;All files (*)": "Logos (*.svg *.png *.jpg *.jpeg);;Alle Dateien (*)",
    "“%1” is larger than 2 MB; a logo for the letterhead needs far less.":
        "„%1“ ist größer als 2 MB; ein Logo für den Briefkopf braucht weit weniger.",
    "“%1” is not an SVG, PNG or JPEG image.": "„%1“ ist kein SVG-, PNG- oder JPEG-Bild.",
    "No logo": "Kein Logo",
    "Accent Colour": "Akzentfarbe",
    "Exports use %1.": "Exporte verwenden %1.",
    "%1 is not installed with every German letter; exports use %2.":
        "%1 ist nicht mit allen deutschen Buchstaben installiert; Exporte verwenden %2.",
    "The settings were not saved: %1": "Die Einstellungen wurden nicht gespeichert: %1",
}
DE.update({
    "<h3>PressDesk %1</h3><p>Timeline, quote register, press contacts and press releases for a city's press "
    "office.</p><p>Every change is saved at once.</p><p>Free software under the GNU General Public License, "
    "version 3 or (at your option) any later version. It comes with absolutely no warranty.</p>"
    "<p><small>Qt %2 · SQLite %3 · %4</small></p>":
        "<h3>PressDesk %1</h3><p>Zeitleiste, Zitatregister, Pressekontakte und Pressemitteilungen für die "
        "Pressestelle einer Stadt.</p><p>Jede Änderung wird sofort gespeichert.</p><p>Freie Software unter der "
        "GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne "
        "jede Gewährleistung bereitgestellt.</p><p><small>Qt %2 · SQLite %3 · %4</small></p>",
})
# The welcome page while no file is open
DE.update({
    "Welcome to PressDesk": "Willkommen bei PressDesk",
    "The timeline, quotes, contacts and press releases of your press office, in one file.":
        "Zeitleiste, Zitate, Kontakte und Pressemitteilungen Ihrer Pressestelle, in einer Datei.",
    "Create a &New Office File…": "&Neue Pressestellendatei anlegen …",
    "Start with an empty file for your press office": "Mit einer leeren Datei für Ihre Pressestelle beginnen",
    "&Open a File…": "Datei ö&ffnen …",
    "Open the press office file a colleague shares, or a copy":
        "Die Pressestellendatei öffnen, die Sie mit Kolleginnen und Kollegen teilen, oder eine Kopie",
    "Try the &Demo (Bochum 2014–2020)": "&Demo ausprobieren (Bochum 2014–2020)",
    "A fresh copy of the demo material: change anything, nothing of yours is touched":
        "Eine frische Kopie des Demomaterials: Ändern Sie, was Sie wollen, an Ihren Dateien ändert sich nichts",
    ("WelcomePage", "&Recent files"): "&Zuletzt geöffnet",
    ("WelcomePage", "Recent files"): "Zuletzt geöffnete Dateien",
    "The file of the last session, “%1”, is no longer there. It may have been moved or renamed; open it "
    "where it is now.":
        "Die Datei der letzten Sitzung, „%1“, ist nicht mehr da. Vielleicht wurde sie verschoben oder "
        "umbenannt; öffnen Sie sie dort, wo sie jetzt liegt.",
    "%1 — no longer there": "%1 – nicht mehr vorhanden",
    ("WelcomePage", "%1 — %2"): "%1 – %2",
})
# Accessible names of fields without a label of their own
DE.update({
    "Phone numbers, e-mail and web addresses": "Telefonnummern, E-Mail- und Webadressen",
    "Used in releases": "Verwendet in Pressemitteilungen",
    "Linked milestones": "Verknüpfte Meilensteine",
    "Release date": "Datum der Pressemitteilung",
    "Press contacts of this release": "Pressekontakt dieser Pressemitteilung",
})
# Long work beside the window: progress and cancelling
DE.update({
    "The export was cancelled.": "Der Export wurde abgebrochen.",
    "Packing the press kit…": "Die Pressemappe wird gepackt …",
    "Setting the press kit’s pages…": "Die Seiten der Pressemappe werden gesetzt …",
    "Export cancelled; nothing was written.": "Export abgebrochen; es wurde nichts geschrieben.",
    "Exporting the press release…": "Die Pressemitteilung wird exportiert …",
})
DE.update({
    "Checking the whole file in the background…": "Die ganze Datei wird im Hintergrund geprüft …",
    "The whole file was checked: it is sound.": "Die ganze Datei wurde geprüft: Sie ist in Ordnung.",
})
DE.update({
    ("HelpDialog", "Print…"): "Drucken …",
    "(the press release or press kit shown)": "(die gezeigte Pressemitteilung oder Pressemappe)",
})
DE.update({
    "The export was cancelled; nothing was written.": "Der Export wurde abgebrochen; es wurde nichts geschrieben.",
    "Drawing the chronicle handout…": "Die Chronik wird gezeichnet …",
})
NUMERUS = {
    "Exporting %n contact(s)…": ["%n Kontakt wird exportiert …", "%n Kontakte werden exportiert …"],
}
DE.update({
    "Reading the address book…": "Das Adressbuch wird gelesen …",
    "Reading the file was cancelled; nothing was imported.": "Das Lesen der Datei wurde abgebrochen; es wurde nichts übernommen.",
})
