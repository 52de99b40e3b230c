# German wording for press kits ("Pressemappen"): storage, assembly, the command line.
DE = {
    "Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o FILE (.pdf, .zip); export handout chronicle --db DB -o FILE.pdf [--category NAME] [--from YEAR --to YEAR] [--paper a4|a3].":
        "Exportieren: export timeline|contacts --db DB -o DATEI (.json, .csv, .vcf); export release ID --db DB -o DATEI (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o DATEI (.pdf, .zip); export handout chronicle --db DB -o DATEI.pdf [--category NAME] [--from JAHR --to JAHR] [--paper a4|a3].",
    "List press releases or kits: list releases|kits --db DB.":
        "Pressemitteilungen oder Pressemappen auflisten: list releases|kits --db DB.",
    "A press kit can be exported as .pdf or .zip, not as “%1”.":
        "Eine Pressemappe lässt sich als .pdf oder .zip exportieren, nicht als „%1“.",
    "The ZIP file could not be put together: %1": "Die ZIP-Datei ließ sich nicht zusammenstellen: %1",
    "“%1” is not the number of a press kit; “pressdesk list kits” shows them.":
        "„%1“ ist keine Nummer einer Pressemappe; „pressdesk list kits“ zeigt sie.",
    "Exported press kit %1 to %2.": "Pressemappe %1 nach %2 exportiert.",
    "The file to write; its extension chooses the format (timeline: .json, .csv; contacts: .vcf, .csv; release: .pdf, .odt, .html, .md, .txt; kit: .pdf, .zip).":
        "Die zu schreibende Datei; ihre Endung bestimmt das Format (Zeitleiste: .json, .csv; Kontakte: .vcf, .csv; Mitteilung: .pdf, .odt, .html, .md, .txt; Mappe: .pdf, .zip).",
    "No press kits.": "Keine Pressemappen.",
    "There is no press kit with the number %1.": "Es gibt keine Pressemappe mit der Nummer %1.",
    "The kit's press release: %1": "Die Pressemitteilung der Mappe: %1",
    "A press kit needs a title.": "Eine Pressemappe braucht einen Titel.",
    "A press kit needs at least one part.": "Eine Pressemappe braucht mindestens einen Teil.",
    "The kit holds its release, but no release is chosen.":
        "Die Mappe enthält ihre Pressemitteilung, aber es ist keine ausgewählt.",
    "An extra page needs a heading.": "Eine zusätzliche Seite braucht eine Überschrift.",
    "The fact sheet's years run backwards.": "Die Jahre des Faktenblatts laufen rückwärts.",
    "The kit's parts cannot be read.": "Die Teile der Mappe lassen sich nicht lesen.",
    "The kit has a part of an unknown kind (“%1”), perhaps from a newer PressDesk.":
        "Die Mappe hat einen Teil unbekannter Art („%1“), vielleicht aus einer neueren PressDesk-Version.",
    "Press kit “%1”: %2": "Pressemappe „%1“: %2",
    "The press kit no longer exists.": "Die Pressemappe gibt es nicht mehr.",
}

NUMERUS = {
    "%n part(s)": ["%n Teil", "%n Teile"],
    "Statements (%n chosen)": ["Stimmen und Zitate (%n ausgewählt)", "Stimmen und Zitate (%n ausgewählt)"],
    "Press contacts (%n chosen)": ["Ansprechpartner (%n ausgewählt)", "Ansprechpartner (%n ausgewählt)"],
    "Photos (%n chosen)": ["Bilder (%n ausgewählt)", "Bilder (%n ausgewählt)"],
}

DE.update({
    "Create press kit “%1”": "Pressemappe „%1“ anlegen",
    "Delete press kit “%1”": "Pressemappe „%1“ löschen",
    "The press release “%1” is not approved yet.": "Die Pressemitteilung „%1“ ist noch nicht freigegeben.",
    "Press release: %1": "Pressemitteilung: %1",
    "A quote chosen for the statements was deleted since.":
        "Ein für die Zitate ausgewähltes Zitat wurde inzwischen gelöscht.",
    "“%1” is not authorised: it stays out of the kit.": "„%1“ ist nicht autorisiert und bleibt draußen.",
    "%1 has no public channel: journalists cannot reach them.":
        "%1 hat keinen öffentlichen Kontaktweg: Journalisten erreichen sie nicht.",
    "The photos part holds no photo yet.": "Der Teil „Bilder“ enthält noch kein Bild.",
    "A photo chosen for the kit was deleted since.": "Ein für die Mappe ausgewähltes Bild wurde inzwischen gelöscht.",
    "“%1” has no credit: it stays out of the kit.": "„%1“ hat keinen Bildnachweis und bleibt draußen.",
    "Press kits": "Pressemappen",
    "&New Kit": "&Neue Mappe",
    "A new press kit for the newest press release": "Eine neue Pressemappe zur neuesten Pressemitteilung",
    "D&ate:": "D&atum:",
    "dd.MM.yyyy": "dd.MM.yyyy",
    "&Release:": "&Mitteilung:",
    "&Cover photo:": "&Titelbild:",
    "&Parts, in the order of the kit (drag to reorder):": "&Teile in der Reihenfolge der Mappe (zum Umordnen ziehen):",
    "Parts of the kit": "Teile der Mappe",
    "&Add Part": "Teil &hinzufügen",
    "&Up": "Nach &oben",
    "Do&wn": "Nach &unten",
    "The press release is the kit's release, as it reads now.":
        "Die Pressemitteilung ist die der Mappe, so wie sie jetzt lautet.",
    "Cate&gory:": "Kate&gorie:",
    "&Years:": "&Jahre:",
    "from the first": "vom ersten",
    "To year": "Bis Jahr",
    "From year": "Ab Jahr",
    "to the last": "bis zum letzten",
    "Chosen items": "Ausgewählte Einträge",
    "&Heading:": "Über&schrift:",
    "Te&xt:": "Te&xt:",
    "Export as &PDF…": "Als &PDF exportieren …",
    "Export as &ZIP…": "Als &ZIP exportieren …",
    "Press release": "Pressemitteilung",
    "Fact sheet (%1–%2)": "Daten und Fakten (%1–%2)",
    "Fact sheet": "Daten und Fakten",
    "Statements (the release's)": "Stimmen und Zitate (die der Mitteilung)",
    "Press contacts (the release's)": "Ansprechpartner (die der Mitteilung)",
    "Extra page: %1": "Zusätzliche Seite: %1",
    "(no heading)": "(ohne Überschrift)",
    "Press Kits": "Pressemappen",
    "Rename press kit to “%1”": "Pressemappe in „%1“ umbenennen",
    "Change the date of “%1”": "Datum von „%1“ ändern",
    "Choose the release of “%1”": "Mitteilung von „%1“ wählen",
    "Choose the cover photo of “%1”": "Titelbild von „%1“ wählen",
    "&Press Release": "&Pressemitteilung",
    "&Fact Sheet": "&Daten und Fakten",
    "&Statements": "&Stimmen und Zitate",
    "Press &Contacts": "&Ansprechpartner",
    "P&hotos": "&Bilder",
    "&Extra Page": "&Zusätzliche Seite",
    "Choose the fact sheet's category": "Kategorie des Faktenblatts wählen",
    "Choose the fact sheet's years": "Jahre des Faktenblatts wählen",
    "Add “%1” to the kit": "„%1“ in die Mappe aufnehmen",
    "Take “%1” out of the kit": "„%1“ aus der Mappe nehmen",
    "Rename the extra page to “%1”": "Zusätzliche Seite in „%1“ umbenennen",
    "Edit the text of “%1”": "Text von „%1“ bearbeiten",
    "(none)": "(keine)",
    "(no cover photo)": "(kein Titelbild)",
    "Add the parts the journalists are to get.": "Fügen Sie die Teile hinzu, die die Journalisten bekommen sollen.",
    "Choose the kit's release above.": "Wählen Sie oben die Pressemitteilung der Mappe.",
    "Authorised quotes for the statements sheet. None ticked: the release's own authorised quotes.":
        "Autorisierte Zitate für das Zitateblatt. Keins angehakt: die autorisierten Zitate der Mitteilung.",
    "Contacts for the press contacts sheet, with their public channels only. None ticked: the release's Pressekontakt.":
        "Kontakte für das Blatt der Ansprechpartner, nur mit öffentlichen Kontaktwegen. Keiner angehakt: der Pressekontakt der Mitteilung.",
    "Photos with a credit (a photo without one is never handed out). Add photos to the file in a release's body first.":
        "Bilder mit Bildnachweis (ein Bild ohne wird nie herausgegeben). Bilder kommen über den Text einer Mitteilung in die Datei.",
    "Before handing it out:": "Vor der Herausgabe prüfen:",
    "Press kit": "Pressemappe",
    "Created the press kit “%1”.": "Pressemappe „%1“ angelegt.",
    "Deleted the press kit “%1”. Undo brings it back.": "Pressemappe „%1“ gelöscht. Rückgängig holt sie zurück.",
    "Further information": "Weitere Informationen",
    "Move “%1” in the kit": "„%1“ in der Mappe verschieben",
    "Export Press Kit": "Pressemappe exportieren",
    "Before the kit is handed out, look at this:\n\n• %1\n\nExport it anyway?":
        "Bevor die Mappe herausgeht, sehen Sie sich das an:\n\n• %1\n\nTrotzdem exportieren?",
    "Export Anyway": "Trotzdem exportieren",
    "ZIP of files to reuse (*.zip)": "ZIP mit Dateien zur Weiterverwendung (*.zip)",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Exported the press kit to %1.": "Die Pressemappe wurde nach %1 exportiert.",
})

DE.update({
    "There is no such category.": "Diese Kategorie gibt es nicht.",
    "No approved milestone matches: the chronicle would be empty.":
        "Kein freigegebener Meilenstein passt: Die Chronik wäre leer.",
    "The chronicle could not be drawn: %1": "Die Chronik ließ sich nicht zeichnen: %1",
    "Unknown handout “%1”; known: chronicle.": "Unbekannter Handzettel „%1“; bekannt: chronicle.",
    "A handout can be exported as .pdf, not as “%1”.": "Ein Handzettel lässt sich als .pdf exportieren, nicht als „%1“.",
    "The paper must be a4 or a3, not “%1”.": "Das Papier muss a4 oder a3 sein, nicht „%1“.",
    "--from and --to take years such as 2016.": "--from und --to erwarten Jahre wie 2016.",
    "Exported the chronicle handout to %1.": "Die Chronik wurde nach %1 exportiert.",
    "Handout chronicle: only this category's milestones.": "Chronik: nur die Meilensteine dieser Kategorie.",
    "NAME": "NAME",
    "Handout chronicle: from this year.": "Chronik: ab diesem Jahr.",
    "YEAR": "JAHR",
    "Handout chronicle: to this year.": "Chronik: bis zu diesem Jahr.",
    "Handout chronicle: a4 (default) or a3, landscape.": "Chronik: a4 (Vorgabe) oder a3, quer.",
    "SIZE": "GRÖSSE",
    "HANDOUT": "HANDZETTEL",
})

DE.update({
    "&Chronicle Handout": "&Chronik-Handzettel",
    "The timeline of the fact sheet on one landscape page, to print or for the print shop":
        "Die Zeitleiste des Faktenblatts auf einer Seite im Querformat, zum Drucken oder für die Druckerei",
    "Print Preview, A&4 Landscape…": "Druckvorschau, A&4 quer …",
    "Print Preview, A&3 Landscape…": "Druckvorschau, A&3 quer …",
    "PDF for the Print Shop, A4…": "PDF für die Druckerei, A4 …",
    "PDF for the Print Shop, A3…": "PDF für die Druckerei, A3 …",
    "Print Press Kit": "Pressemappe drucken",
    "Chronicle Handout": "Chronik-Handzettel",
    "Chronicle Handout for the Print Shop": "Chronik-Handzettel für die Druckerei",
})

DE.update({
    "Check before handing out: %1": "Vor der Herausgabe prüfen: %1",
})

DE.update({
    "%1 cannot be read: %2": "%1 kann nicht gelesen werden: %2",
})

DE.update({
    "the output cannot be written out of order": "die Ausgabe lässt sich nicht in beliebiger Reihenfolge schreiben",
})
