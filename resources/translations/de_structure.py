# German wording for strings rewritten as whole sentences (structure work): no translated fragment is
# glued into another sentence; two numbers in one sentence come as a counted noun phrase.
DE = {
    ("MainWindow", "Filter press releases…"): "Pressemitteilungen filtern …",
    ("QuoteEditor", "Revises the withdrawn quote of %1."): "Überarbeitet das zurückgezogene Zitat vom %1.",
    ("QuoteEditor", "Revises the quote of %1 that awaits authorisation."):
        "Überarbeitet das Zitat vom %1, dessen Autorisierung angefragt ist.",
    ("QuoteEditor", "Revises the draft quote of %1."): "Überarbeitet den Zitat-Entwurf vom %1.",
    # Filter items in the area forms, the same words as the states' names elsewhere.
    ("QuotesPage", "Draft"): "Entwurf",
    ("QuotesPage", "Requested"): "Angefragt",
    ("QuotesPage", "Authorised"): "Autorisiert",
    ("QuotesPage", "Withdrawn"): "Zurückgezogen",
    ("TimelinePage", "Draft"): "Entwurf",
    ("TimelinePage", "Approved"): "Freigegeben",
}

NUMERUS = {
    "Dry run: would import %n milestone(s), skip %1; nothing was written.": [
        "Probelauf: %n Meilenstein würde übernommen, %1 übersprungen; nichts wurde geschrieben.",
        "Probelauf: %n Meilensteine würden übernommen, %1 übersprungen; nichts wurde geschrieben.",
    ],
    "Imported %n milestone(s), skipped %1.": [
        "%n Meilenstein übernommen, %1 übersprungen.",
        "%n Meilensteine übernommen, %1 übersprungen.",
    ],
}

# The release's content model (issue #11): refusals of a damaged or foreign stored body.
DE.update({
    ("DemoDatabase", "a block of unknown kind."): "ein Block unbekannter Art.",
    ("ReleaseContent", "The text of the release is damaged: %1."): "Der Text der Pressemitteilung ist beschädigt: %1.",
    ("ReleaseContent", "The text of the release was written by a newer PressDesk (format %1); this one reads format %2."):
        "Der Text der Pressemitteilung wurde von einem neueren PressDesk geschrieben (Format %1); dieses liest Format %2.",
    ("ReleaseContent", "The text of the release is damaged: it has no blocks."):
        "Der Text der Pressemitteilung ist beschädigt: Er hat keine Blöcke.",
    ("ReleaseContent", "The text of the release is damaged. %1"): "Der Text der Pressemitteilung ist beschädigt. %1",
    ("ReleaseContent", "Block %1: a line break inside a paragraph; make it two paragraphs."):
        "Block %1: ein Zeilenumbruch in einem Absatz; machen Sie zwei Absätze daraus.",
    ("ReleaseContent", "Block %1: “%2” is not a web or e-mail address."):
        "Block %1: „%2“ ist keine Web- oder E-Mail-Adresse.",
    ("ReleaseContent", "Block %1: a subheading without text."): "Block %1: eine Zwischenüberschrift ohne Text.",
    ("ReleaseContent", "Block %1: a list without items."): "Block %1: eine Liste ohne Punkte.",
    ("ReleaseContent", "Block %1: the quote block names no quote."): "Block %1: Der Zitatblock nennt kein Zitat.",
    ("ReleaseContent", "Block %1: the photo block names no image."): "Block %1: Der Fotoblock nennt kein Bild.",
    ("ReleaseContent", "Block %1: the timeline names a milestone that does not exist."):
        "Block %1: Die Zeitleiste nennt einen Meilenstein, den es nicht gibt.",
    ("ReleaseContent", "Block %1: the timeline ends (%2) before it starts (%3)."):
        "Block %1: Die Zeitleiste endet (%2), bevor sie beginnt (%3).",
    ("ReleaseContent", "Block %1: the text is not a list of runs."): "Block %1: Der Text ist keine Folge von Textstücken.",
    ("ReleaseContent", "Block %1: a run of text has no text."): "Block %1: Ein Textstück hat keinen Text.",
    ("ReleaseContent", "Block %1: “%2” is not a record number."): "Block %1: „%2“ ist keine Datensatznummer.",
    ("ReleaseContent", "Block %1: “%2” is not a list of record numbers."):
        "Block %1: „%2“ ist keine Liste von Datensatznummern.",
    ("ReleaseContent", "Block %1: “%2” is not a date."): "Block %1: „%2“ ist kein Datum.",
    ("ReleaseContent", "Block %1 is not a block."): "Block %1 ist kein Block.",
    ("ReleaseContent", "Block %1: unknown kind of block “%2”."): "Block %1: unbekannte Art von Block „%2“.",
    ("ReleaseContent", "Block %1: the list has no items."): "Block %1: Die Liste hat keine Punkte.",
    ("ReleaseRepository", "Press release “%1”: %2"): "Pressemitteilung „%1“: %2",
})

# list releases / show release (issue #11, point 8).
DE.update({
    ("CommandLine", "List press releases: list releases --db DB."):
        "Pressemitteilungen auflisten: list releases --db DB.",
    ("CommandLine", "Show a press release as plain text: show release ID --db DB [--language de|en]."):
        "Eine Pressemitteilung als Text zeigen: show release ID --db DB [--language de|en].",
    ("CommandLine", "No press releases."): "Keine Pressemitteilungen.",
    ("CommandLine", "“%1” is not the number of a press release; “pressdesk list releases” shows them."):
        "„%1“ ist keine Nummer einer Pressemitteilung; „pressdesk list releases“ zeigt sie.",
    ("CommandLine", "Unknown kind of list “%1”. Known kinds: %2."): "Unbekannte Art von Liste „%1“. Bekannt: %2.",
    ("CommandLine", "The language of the document's labels and dates: de (default) or en."):
        "Die Sprache der Beschriftungen und Daten im Dokument: de (Standard) oder en.",
    ("CommandLine", "LANGUAGE"): "SPRACHE",
    ("CommandLine", "ID"): "ID",
    ("CommandLine", "Unknown kind “%1”. Known kinds: %2."): "Unbekannte Art „%1“. Bekannt: %2.",
    ("CommandLine", "Unknown document language “%1”; PressDesk writes de or en."):
        "Unbekannte Dokumentsprache „%1“; PressDesk schreibt de oder en.",
    ("ReleaseAssembler", "There is no press release with the number %1."):
        "Es gibt keine Pressemitteilung mit der Nummer %1.",
})

# show release --counts (issue #11, point 3).
DE.update({
    ("CommandLine", "release"): "Mitteilung",
    ("CommandLine", "lead"): "Vorspann",
    ("CommandLine", "Characters with spaces"): "Zeichen mit Leerzeichen",
    ("CommandLine", "Words"): "Wörter",
    ("CommandLine", "Lines of 60 characters"): "Zeilen à 60 Zeichen",
    ("CommandLine", "Reading time (min:s)"): "Lesezeit (min:s)",
    ("CommandLine", "Flesch-Amstad (100 easy)"): "Flesch-Amstad (100 leicht)",
    ("CommandLine", "Wiener Sachtextformel (grade)"): "Wiener Sachtextformel (Klasse)",
    ("CommandLine", "Print the counts a press officer checks after the text: characters, words, lines of 60 characters, reading time, readability."):
        "Nach dem Text die Zahlen zeigen, die eine Pressestelle prüft: Zeichen, Wörter, Zeilen à 60 Zeichen, "
        "Lesezeit, Lesbarkeit.",
})

# Checks before approval (issue #11, point 7).
DE.update({
    ("ReleaseChecks", "The release has no headline."): "Die Pressemitteilung hat keine Überschrift.",
    ("ReleaseChecks", "The release has no lead: the first paragraph that says what happened."):
        "Die Pressemitteilung hat keinen Vorspann: den ersten Absatz, der sagt, was geschehen ist.",
    ("ReleaseChecks", "The embargo (%1) has already passed; remove it or set a new one."):
        "Die Sperrfrist (%1) ist schon abgelaufen; entfernen Sie sie oder setzen Sie eine neue.",
    ("ReleaseChecks", "Block %1: the quote is no longer in the register."):
        "Block %1: Das Zitat ist nicht mehr in der Zitatsammlung.",
    ("ReleaseChecks", "Block %1: the quote “%2…” was withdrawn and must not be used."):
        "Block %1: Das Zitat „%2…“ wurde zurückgezogen und darf nicht verwendet werden.",
    ("ReleaseChecks", "Block %1: the quote “%2…” is not authorised yet."):
        "Block %1: Das Zitat „%2…“ ist noch nicht autorisiert.",
    ("ReleaseChecks", "Block %1: the quote “%2…” has been revised in the register since; use the new wording?"):
        "Block %1: Das Zitat „%2…“ wurde inzwischen in der Zitatsammlung überarbeitet; den neuen Wortlaut übernehmen?",
    ("ReleaseChecks", "Block %1: the photo “%2” has no credit."): "Block %1: Das Foto „%2“ hat keinen Bildnachweis.",
    ("ReleaseChecks", "Block %1: the milestone “%2” is still a draft."):
        "Block %1: Der Meilenstein „%2“ ist noch ein Entwurf.",
    ("ReleaseChecks", "%1 is in the Pressekontakt but has no public phone number or e-mail address."):
        "%1 steht im Pressekontakt, hat aber keine öffentliche Telefonnummer oder E-Mail-Adresse.",
})

# Release workflow (issue #11, point 5).
DE.update({
    ("PressRelease", "In Review"): "In Prüfung",
    ("PressRelease", "A correction number cannot be negative."): "Eine Korrekturnummer kann nicht negativ sein.",
    ("ReleaseRepository", "“%1” is published and therefore locked; start a correction to change it."):
        "„%1“ ist veröffentlicht und deshalb gesperrt; beginnen Sie eine Korrektur, um sie zu ändern.",
    ("ReleaseRepository", "A release cannot go from “%1” to “%2”."):
        "Eine Pressemitteilung kann nicht von „%1“ zu „%2“ wechseln.",
    ("ReleaseRepository", "Only starting a correction changes a release's correction number."):
        "Nur das Beginnen einer Korrektur ändert die Korrekturnummer einer Pressemitteilung.",
    ("ReleaseRepository", "Only a published release is corrected; “%1” can be edited as it is."):
        "Korrigiert wird nur eine veröffentlichte Pressemitteilung; „%1“ kann direkt bearbeitet werden.",
    ("ReleaseRepository", "The release was changed elsewhere in the meantime. Reload it and start the correction again."):
        "Die Pressemitteilung wurde inzwischen an anderer Stelle geändert. Laden Sie sie neu und beginnen Sie die "
        "Korrektur noch einmal.",
})

# Versions of a release (issue #11, point 5).
DE.update({
    ("PressRelease", "This saved version of the release is damaged and cannot be read."):
        "Diese gespeicherte Fassung der Pressemitteilung ist beschädigt und kann nicht gelesen werden.",
})

DE.update({
    ("RestoreReleaseVersionCommand", "Restore version %1"): "Fassung %1 wiederherstellen",
    ("RestoreReleaseVersionCommand", "Version %1 of “%2” does not exist."): "Fassung %1 von „%2“ gibt es nicht.",
    ("RestoreReleaseVersionCommand", "Restore version %1 of “%2”"): "Fassung %1 von „%2“ wiederherstellen",
})

DE.update({
    ("ReleaseChecks", "Block %1: a milestone of the timeline was deleted from the timeline since; the release no longer shows it."):
        "Block %1: Ein Meilenstein dieser Zeitleiste wurde inzwischen aus der Zeitleiste gelöscht; die "
        "Pressemitteilung zeigt ihn nicht mehr.",
})
