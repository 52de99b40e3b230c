// The 50-page release of issues #11 and #12, generated (deterministic): shared by the composer and the
// export benchmarks.
#include "releasegenerator.h"

#include "storage/store.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace pressdesk {

namespace {

// German press prose from a fixed vocabulary (deterministic), so that the spell checker has real work:
// most words are in the dictionary, a few names are not.
QString sentence(QRandomGenerator &random)
{
    static const QStringList words = {
        QStringLiteral("die"),
        QStringLiteral("Stadt"),
        QStringLiteral("Bochum"),
        QStringLiteral("hat"),
        QStringLiteral("im"),
        QStringLiteral("vergangenen"),
        QStringLiteral("Jahr"),
        QStringLiteral("zahlreiche"),
        QStringLiteral("Unternehmen"),
        QStringLiteral("angesiedelt"),
        QStringLiteral("und"),
        QStringLiteral("damit"),
        QStringLiteral("neue"),
        QStringLiteral("Arbeitsplätze"),
        QStringLiteral("geschaffen"),
        QStringLiteral("der"),
        QStringLiteral("Strukturwandel"),
        QStringLiteral("zeigt"),
        QStringLiteral("Wirkung"),
        QStringLiteral("auf"),
        QStringLiteral("dem"),
        QStringLiteral("ehemaligen"),
        QStringLiteral("Werksgelände"),
        QStringLiteral("entstehen"),
        QStringLiteral("Büros"),
        QStringLiteral("Labore"),
        QStringLiteral("Wohnungen"),
        QStringLiteral("Oberbürgermeister"),
        QStringLiteral("Eiskirch"),
        QStringLiteral("betont"),
        QStringLiteral("Bedeutung"),
        QStringLiteral("Wirtschaftsförderung"),
        QStringLiteral("für"),
        QStringLiteral("Region"),
        QStringLiteral("Vonovia"),
        QStringLiteral("Hochschulen"),
        QStringLiteral("Forschung"),
        QStringLiteral("Zukunft"),
        QStringLiteral("gemeinsam"),
        QStringLiteral("mit"),
        QStringLiteral("Partnern"),
        QStringLiteral("weiter"),
    };
    QStringList chosen;
    const int length = random.bounded(8, 20);
    for (int i = 0; i < length; ++i)
        chosen.append(words.at(random.bounded(int(words.size()))));
    chosen.first()[0] = chosen.first().at(0).toUpper();
    return chosen.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QByteArray photoBytes(int index)
{
    QImage image(1200, 800, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 36) % 360, 120, 200));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 60));
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Foto %1").arg(index + 1));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

Result<RecordId> generateLongRelease(Store &store, int characters)
{
    QRandomGenerator random(20201207);
    Contact mayor;
    mayor.givenName = QStringLiteral("Thomas");
    mayor.familyName = QStringLiteral("Eiskirch");
    mayor.role = QStringLiteral("Oberbürgermeister");
    Result<Contact> speaker = store.contacts().insert(mayor);
    if (!speaker)
        return speaker.error();
    QList<RecordId> quotes;
    for (int i = 0; i < 40; ++i) {
        Quote quote;
        quote.text = sentence(random) + QLatin1Char(' ') + sentence(random);
        quote.speakerId = speaker->meta.id;
        quote.speakerRole = QStringLiteral("Oberbürgermeister");
        quote.saidOn = PartialDate::fromYmd(2020, 1 + i % 12, 1 + i % 28);
        quote.state = AuthorisationState::Authorised;
        quote.authorisedBy = QStringLiteral("Büro des Oberbürgermeisters");
        quote.authorisedAt = QDateTime(QDate(2020, 12, 1), QTime(9, 0), Qt::UTC);
        Result<Quote> stored = store.quotes().insert(quote);
        if (!stored)
            return stored.error();
        quotes.append(stored->meta.id);
    }
    QList<RecordId> milestones;
    for (int i = 0; i < 60; ++i) {
        Milestone milestone;
        milestone.start = PartialDate::fromYear(2011 + i / 6);
        milestone.title = sentence(random).left(60);
        milestone.status = MilestoneStatus::Approved;
        Result<Milestone> stored = store.milestones().insert(milestone);
        if (!stored)
            return stored.error();
        milestones.append(stored->meta.id);
    }
    QList<RecordId> photos;
    for (int i = 0; i < 10; ++i) {
        Asset asset;
        asset.fileName = QStringLiteral("foto-%1.jpg").arg(i + 1);
        asset.mimeType = QStringLiteral("image/jpeg");
        asset.data = photoBytes(i);
        asset.caption = QStringLiteral("Das Opel-Areal, Ansicht %1").arg(i + 1);
        asset.credit = QStringLiteral("Stadt Bochum");
        asset.licence = QStringLiteral("CC BY 4.0");
        Result<Asset> stored = store.assets().insert(asset);
        if (!stored)
            return stored.error();
        photos.append(stored->meta.id);
    }

    PressRelease release;
    release.headline = QStringLiteral("Bochum zieht Bilanz: sechs Jahre Strukturwandel");
    release.place = QStringLiteral("Bochum");
    release.releaseDate = QDate(2020, 12, 7);
    release.lead = sentence(random) + QLatin1Char(' ') + sentence(random);
    int written = 0;
    int objects = 0;
    while (written < characters) {
        QString paragraph;
        while (paragraph.size() < 520)
            paragraph += sentence(random) + QLatin1Char(' ');
        ReleaseBlock block = ReleaseBlock::paragraph(paragraph.trimmed());
        block.runs.append(TextRun{QStringLiteral(" Mehr dazu"), true, false, QString()});
        block.runs.append(
            TextRun{QStringLiteral(" im Netz."), false, false, QStringLiteral("https://www.bochum.de")});
        written += int(plainText(block.runs).size());
        release.content.blocks.append(block);
        // 60 objects spread over the text: 40 quotes, 10 timelines, 10 photos.
        const int due = written * 60 / characters;
        while (objects < std::min(60, due)) {
            if (objects % 6 == 4) {
                release.content.blocks.append(ReleaseBlock::milestones(milestones.mid((objects / 6) * 6, 6)));
            } else if (objects % 6 == 5) {
                release.content.blocks.append(ReleaseBlock::photo(photos.at(objects / 6)));
            } else {
                release.content.blocks.append(
                    ReleaseBlock::quote(quotes.at((objects / 6) * 4 + objects % 6)));
            }
            ++objects;
        }
        if (release.content.blocks.size() % 25 == 0)
            release.content.blocks.append(ReleaseBlock::subheading(sentence(random).left(50)));
    }
    Result<PressRelease> stored = store.releases().insert(release);
    if (!stored)
        return stored.error();
    PressRelease small;
    small.headline = QStringLiteral("Eine kurze Meldung");
    small.releaseDate = QDate(2020, 12, 8); // newest: the page opens it first, so the long one opens cold
    small.content.blocks = {ReleaseBlock::paragraph(sentence(random))};
    if (Result<PressRelease> other = store.releases().insert(small); !other)
        return other.error();
    return stored->meta.id;
}

} // namespace pressdesk
