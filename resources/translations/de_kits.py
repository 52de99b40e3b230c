# German wording for press kits ("Pressemappen"): storage, assembly, the command line.
DE = {
    "Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o FILE (.pdf, .zip).":
        "Exportieren: export timeline|contacts --db DB -o DATEI (.json, .csv, .vcf); export release ID --db DB -o DATEI (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o DATEI (.pdf, .zip).",
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
}
