#include "kitoutput.h"

#include "formats/ziparchive.h"
#include "releasepages.h"

#include <QBuffer>
#include <QSet>

namespace pressdesk {

namespace {

QString producer()
{
    return QStringLiteral("PressDesk %1").arg(QCoreApplication::applicationVersion()).trimmed();
}

// A name not used yet in the archive: "foto.jpg", then "foto-2.jpg", "foto-3.jpg" …
QString unique(const QString &name, QSet<QString> &used)
{
    QString candidate = name;
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    for (int number = 2; used.contains(candidate.toLower()); ++number)
        candidate = QStringLiteral("%1-%2%3").arg(stem).arg(number).arg(suffix);
    used.insert(candidate.toLower());
    return candidate;
}

// One part on its own, under the letterhead (no cover, no contents).
Result<QByteArray> sheet(const KitDocument &kit, const KitDocument::Part &part, const HouseStyle &style,
                         const ReleaseOutput::Options &options)
{
    KitDocument single = kit;
    single.withCover = false;
    single.parts = {part};
    return KitOutput::pdf(single, style, options);
}

// Who took each photo and under which licence, one block per file, in the document's language.
QByteArray credits(const QList<QPair<QString, ReleaseDocument::Photo>> &photos,
                   const DocumentLanguage &language)
{
    const bool german = language.code() == QLatin1String("de");
    QString text;
    for (const auto &[file, photo] : photos) {
        text += (german ? QStringLiteral("Datei: %1\n") : QStringLiteral("File: %1\n")).arg(file);
        if (!photo.caption.isEmpty())
            text += (german ? QStringLiteral("Bildunterschrift: %1\n") : QStringLiteral("Caption: %1\n"))
                        .arg(photo.caption);
        text += (german ? QStringLiteral("Bildnachweis: %1\n") : QStringLiteral("Credit: %1\n"))
                    .arg(photo.credit);
        if (!photo.licence.isEmpty())
            text += (german ? QStringLiteral("Lizenz: %1\n") : QStringLiteral("Licence: %1\n"))
                        .arg(photo.licence);
        text += QLatin1Char('\n');
    }
    // CRLF: the file is opened on Windows as often as anywhere.
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n")).toUtf8();
}

} // namespace

Result<QByteArray> KitOutput::pdf(KitDocument kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options)
{
    ReleasePages::Options layoutOptions;
    layoutOptions.now = options.now;
    Result<ReleasePages> pages = ReleasePages::layOutKit(kit, style, layoutOptions);
    kit = KitDocument(); // the pages hold what they draw
    if (!pages)
        return pages.error();
    ReleasePages::PdfOptions pdfOptions;
    pdfOptions.pdfa = options.pdfa;
    pdfOptions.producer = producer();
    return std::move(*pages).pdf(pdfOptions);
}

Result<QByteArray> KitOutput::zip(const KitDocument &kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Result<void> written = zip(kit, style, options, &buffer); !written)
        return written.error();
    return bytes;
}

Result<void> KitOutput::zip(const KitDocument &kit, const HouseStyle &style,
                            const ReleaseOutput::Options &options, QIODevice *device)
{
    QList<ZipArchive::Entry> entries;
    QSet<QString> used;
    QList<QPair<QString, ReleaseDocument::Photo>> photos;
    const auto add = [&](const QString &name, const Result<QByteArray> &bytes, bool store) -> Result<void> {
        if (!bytes)
            return bytes.error();
        entries.append({unique(name, used), *bytes, store});
        return {};
    };
    for (const KitDocument::Part &part : kit.parts) {
        Result<void> added;
        switch (part.kind) {
        case KitPart::Kind::Release:
            added =
                add(QStringLiteral("pressemitteilung.pdf"),
                    ReleaseOutput::render(part.release, style, ReleaseOutput::Format::Pdf, options), true);
            if (added)
                added = add(QStringLiteral("pressemitteilung.txt"),
                            ReleaseOutput::render(part.release, style, ReleaseOutput::Format::Text, options),
                            false);
            if (added)
                added = add(QStringLiteral("pressemitteilung.odt"),
                            ReleaseOutput::render(part.release, style, ReleaseOutput::Format::Odt, options),
                            true);
            break;
        case KitPart::Kind::FactSheet:
            added = add(QStringLiteral("fakten.pdf"), sheet(kit, part, style, options), true);
            break;
        case KitPart::Kind::Statements:
            added = add(QStringLiteral("zitate.pdf"), sheet(kit, part, style, options), true);
            break;
        case KitPart::Kind::Contacts:
            added = add(QStringLiteral("kontakte.pdf"), sheet(kit, part, style, options), true);
            break;
        case KitPart::Kind::Text:
            added =
                add(ZipArchive::safeFileName(part.title, QStringLiteral("seite")) + QStringLiteral(".pdf"),
                    sheet(kit, part, style, options), true);
            break;
        case KitPart::Kind::Photos:
            for (const ReleaseDocument::Photo &photo : part.photos) {
                const QString name =
                    QStringLiteral("bilder/") +
                    unique(ZipArchive::safeFileName(photo.fileName, QStringLiteral("bild")), used);
                entries.append({name, photo.data, true}); // the original, as the photographer delivered it
                photos.append({name, photo});
            }
            break;
        }
        if (!added)
            return added.error();
    }
    if (!photos.isEmpty())
        entries.append({QStringLiteral("bildnachweise.txt"), credits(photos, kit.language), false});
    const QDate day = kit.date.isValid() ? kit.date : QDate::currentDate();
    return ZipArchive::write(entries, QDateTime(day, QTime(12, 0), Qt::UTC), device);
}

} // namespace pressdesk
