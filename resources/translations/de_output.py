# German wording for what leaves the office: export, print, preview, house style, fonts.
DE = {
    "Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa].":
        "Exportieren: export timeline|contacts --db DB -o DATEI (.json, .csv, .vcf); export release ID --db DB -o DATEI (.pdf, .odt, .html, .md, .txt) [--pdfa].",
    "A release can be exported as %1, not as “%2”.":
        "Eine Mitteilung lässt sich als %1 exportieren, nicht als „%2“.",
    "Exported press release %1 to %2.": "Pressemitteilung %1 nach %2 exportiert.",
    "The file to write; its extension chooses the format (timeline: .json, .csv; contacts: .vcf, .csv; release: .pdf, .odt, .html, .md, .txt).":
        "Die zu schreibende Datei; ihre Endung bestimmt das Format (Zeitleiste: .json, .csv; Kontakte: .vcf, .csv; Mitteilung: .pdf, .odt, .html, .md, .txt).",
    "Release as PDF: also PDF/A-2a for archiving (always PDF/UA, tagged and accessible).":
        "Mitteilung als PDF: zusätzlich PDF/A-2a für die Archivierung (immer PDF/UA, getaggt und barrierefrei).",
    "Nothing was exported: neither the house style's font “%1” nor its fallback “%2” is installed with regular and bold faces and the letters German needs (install the package fonts-liberation2 or name another font in the house style).":
        "Es wurde nichts exportiert: Weder die Hausschrift „%1“ noch ihr Ersatz „%2“ ist mit normalem und fettem Schnitt und allen deutschen Zeichen installiert (Paket fonts-liberation2 installieren oder im Hausstil eine andere Schrift nennen).",
    "The accent colour “%1” is not a colour such as #1f4e79.": "Die Akzentfarbe „%1“ ist keine Farbe wie #1f4e79.",
    "The house style names no font.": "Der Hausstil nennt keine Schrift.",
    "The house style in this file cannot be read: %1": "Der Hausstil in dieser Datei lässt sich nicht lesen: %1",
    "The PDF has no structure tree to finish.": "Das PDF hat keinen Strukturbaum zum Abschließen.",
    "The PDF could not be finished: %1": "Das PDF ließ sich nicht abschließen: %1",
    "The OpenDocument file could not be put together: %1": "Die OpenDocument-Datei ließ sich nicht zusammenstellen: %1",
    "Unknown export format.": "Unbekanntes Exportformat.",
    "The PDF could not be drawn: %1": "Das PDF ließ sich nicht zeichnen: %1",
    "Checks": "Prüfungen",
    "Page Preview": "Seitenvorschau",
    "&Export and Print": "&Exportieren und Drucken",
    "Export the release as PDF, ODT, HTML, Markdown or text, or print it":
        "Die Mitteilung als PDF, ODT, HTML, Markdown oder Text exportieren oder drucken",
    "Page preview": "Seitenvorschau",
    "Page %1 of %2": "Seite %1 von %2",
    "&Export (PDF, ODT, HTML, Markdown, Text)…": "&Exportieren (PDF, ODT, HTML, Markdown, Text) …",
    "Export as PDF/&A for the Archive…": "Als PDF/&A fürs Archiv exportieren …",
    "Print Pre&view…": "Druck&vorschau …",
    "P&rint…": "&Drucken …",
    "PDF/A for the archive (*.pdf)": "PDF/A fürs Archiv (*.pdf)",
    "PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md);;Plain text for e-mail (*.txt)":
        "PDF (*.pdf);;OpenDocument-Text (*.odt);;Webseite (*.html);;Markdown (*.md);;Text für E-Mails (*.txt)",
    "Export as PDF/A": "Als PDF/A exportieren",
    "Export Press Release": "Pressemitteilung exportieren",
    "Exported the press release to %1.": "Die Pressemitteilung wurde nach %1 exportiert.",
    "Print Press Release": "Pressemitteilung drucken",
    "Print Preview": "Druckvorschau",
}
