// Press kit export benchmark: a program that prints figures, not a test (issue #13, point 7). Generates a
// file with 2,000 milestones, 500 authorised quotes, 200 contacts and 20 photos of about 5 MB each, a kit
// with every part (the release, a fact sheet of all milestones, all 500 statements, all 200 contacts, all
// 20 photos), and exports it as one PDF and as a ZIP, each in a process of its own like
// `pressdesk export kit`. Prints time, peak resident memory and size; the target is a peak under 300 MiB.
//
//   kit_export_benchmark [--runs R] [--keep DIR]

#include "exchange/kitassembler.h"
#include "releasegenerator.h"
#include "render/kitoutput.h"
#include "storage/store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace pressdesk;

namespace {

QTextStream out(stdout);

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// A photo of about 5 MB: noise compresses badly, as a camera's detail does.
QByteArray noisePhoto(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(2600, 1950, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0x00ffffffu);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

Result<RecordId> generateKit(Store &store)
{
    Result<RecordId> release = generateLongRelease(store, 20000);
    if (!release)
        return release;
    QRandomGenerator random(13);
    QList<RecordId> quotes;
    QList<RecordId> contacts;
    QList<RecordId> photos;
    Result<void> written = store.transaction([&]() -> Result<void> {
        Result<QList<Milestone>> existing = store.milestones().all();
        for (int i = int(existing ? existing->size() : 0); i < 2000; ++i) {
            Milestone milestone;
            milestone.start = PartialDate::fromYmd(1990 + i % 31, 1 + i % 12, 1 + i % 28);
            milestone.title =
                QStringLiteral("Meilenstein %1: Ansiedlung eines Unternehmens im Quartier").arg(i);
            milestone.status = MilestoneStatus::Approved;
            if (Result<Milestone> stored = store.milestones().insert(milestone); !stored)
                return stored.error();
        }
        for (int i = 0; i < 200; ++i) {
            Contact contact;
            contact.givenName = QStringLiteral("Person");
            contact.familyName = QStringLiteral("Nummer %1").arg(i);
            contact.role = QStringLiteral("Pressesprecherin");
            ContactChannel phone;
            phone.kind = ChannelKind::Phone;
            phone.value = QStringLiteral("+49 234 555 %1").arg(1000 + i);
            phone.isPublic = true;
            contact.channels = {phone};
            Result<Contact> stored = store.contacts().insert(contact);
            if (!stored)
                return stored.error();
            contacts.append(stored->meta.id);
        }
        for (int i = 0; i < 500; ++i) {
            Quote quote;
            quote.text = QStringLiteral("Wir sind stolz auf das, was auf dem Gelände in den letzten Jahren "
                                        "entstanden ist, und auf die %1 neuen Arbeitsplätze.")
                             .arg(100 + i);
            quote.speakerId = contacts.at(i % contacts.size());
            quote.speakerRole = QStringLiteral("Pressesprecherin");
            quote.saidOn = PartialDate::fromYmd(2020, 1 + i % 12, 1 + i % 28);
            quote.context = QStringLiteral("Bilanzpressekonferenz");
            quote.state = AuthorisationState::Authorised;
            quote.authorisedBy = QStringLiteral("Pressestelle");
            quote.authorisedAt = QDateTime(QDate(2020, 12, 1), QTime(9, 0), Qt::UTC);
            Result<Quote> stored = store.quotes().insert(quote);
            if (!stored)
                return stored.error();
            quotes.append(stored->meta.id);
        }
        const QByteArray pictures[] = {noisePhoto(1), noisePhoto(2)};
        for (int i = 0; i < 20; ++i) {
            Asset asset;
            asset.fileName = QStringLiteral("foto-%1.jpg").arg(i + 1, 2, 10, QLatin1Char('0'));
            asset.mimeType = QStringLiteral("image/jpeg");
            asset.data = pictures[i % 2];
            asset.caption = QStringLiteral("Das Gelände, Ansicht %1").arg(i + 1);
            asset.credit = QStringLiteral("Stadt Bochum");
            asset.licence = QStringLiteral("CC BY 4.0");
            Result<Asset> stored = store.assets().insert(asset);
            if (!stored)
                return stored.error();
            photos.append(stored->meta.id);
        }
        return {};
    });
    if (!written)
        return written.error();
    PressKit kit;
    kit.title = QStringLiteral("Pressemappe Benchmark");
    kit.date = QDate(2020, 12, 7);
    kit.releaseId = *release;
    KitPart facts;
    facts.kind = KitPart::Kind::FactSheet;
    KitPart statements;
    statements.kind = KitPart::Kind::Statements;
    statements.ids = quotes;
    KitPart people;
    people.kind = KitPart::Kind::Contacts;
    people.ids = contacts;
    KitPart pictures;
    pictures.kind = KitPart::Kind::Photos;
    pictures.ids = photos;
    kit.parts = {KitPart(), facts, statements, people, pictures};
    Result<PressKit> stored = store.pressKits().insert(kit);
    if (!stored)
        return stored.error();
    return stored->meta.id;
}

// A child run: prints "milliseconds peakKiB bytes".
int child(const QString &format, const QString &databasePath, RecordId id, const QString &outputPath)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Store>> store = Store::open(databasePath, Database::OpenMode::OpenExisting);
    if (!store)
        return 1;
    const HouseStyle style = *(*store)->officeSettings().houseStyle();
    Result<KitDocument> kit = KitAssembler::assemble(**store, id);
    if (!kit) {
        out << kit.errorMessage() << Qt::endl;
        return 1;
    }
    QFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    if (format == QLatin1String("zip")) {
        if (Result<void> written = KitOutput::zip(*kit, style, ReleaseOutput::Options(), &file); !written) {
            out << written.errorMessage() << Qt::endl;
            return 1;
        }
    } else {
        Result<QByteArray> bytes = KitOutput::pdf(std::move(*kit), style, ReleaseOutput::Options());
        if (!bytes || file.write(*bytes) != bytes->size()) {
            out << (bytes ? file.errorString() : bytes.errorMessage()) << Qt::endl;
            return 1;
        }
    }
    file.close();
    out << timer.nsecsElapsed() / 1e6 << ' ' << peakKiB() << ' ' << QFileInfo(outputPath).size() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 6 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationVersion(QStringLiteral("benchmark"));
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                     QByteArray(argv[4]).toLongLong(), QString::fromLocal8Bit(argv[5]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the release generator paints text into its photos
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the database and outputs in this folder."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    QDir().mkpath(folder);
    const QString databasePath = QDir(folder).filePath(QStringLiteral("kit.pressdesk"));
    QFile::remove(databasePath);
    RecordId id = 0;
    {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Store>> store = Store::open(databasePath, Database::OpenMode::CreateNew);
        if (!store)
            return 1;
        Result<RecordId> generated = generateKit(**store);
        if (!generated) {
            out << generated.errorMessage() << Qt::endl;
            return 1;
        }
        id = *generated;
        out << "Generated in " << timer.elapsed()
            << " ms: 2,000 milestones, 500 quotes, 200 contacts, 20 photos of "
            << QFileInfo(databasePath).size() / 1024 / 1024 << " MiB in all (file size)\n";
    }
    out << "\nexport of the kit     time (median)   peak RSS     size\n";
    long worstPeak = 0;
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("zip")}) {
        std::vector<double> times;
        long peak = 0;
        qint64 size = 0;
        for (int i = 0; i < runs; ++i) {
            QProcess process;
            process.start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--child"), format, databasePath, QString::number(id),
                           QDir(folder).filePath(QStringLiteral("kit.") + format)});
            process.waitForFinished(-1);
            const QStringList figures =
                QString::fromUtf8(process.readAllStandardOutput()).simplified().split(u' ');
            if (process.exitCode() != 0 || figures.size() < 3) {
                out << "the " << format << " export failed: " << figures.join(u' ') << Qt::endl;
                return 1;
            }
            times.push_back(figures.at(0).toDouble());
            peak = std::max(peak, figures.at(1).toLong());
            size = figures.at(2).toLongLong();
        }
        std::sort(times.begin(), times.end());
        worstPeak = std::max(worstPeak, peak);
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(format == QLatin1String("pdf") ? QStringLiteral("one PDF") : QStringLiteral("ZIP"),
                        -20)
                   .arg(QStringLiteral("%1 ms").arg(times[times.size() / 2], 0, 'f', 0), 14)
                   .arg(QStringLiteral("%1 MiB").arg(peak / 1024.0, 0, 'f', 0), 11)
                   .arg(QStringLiteral("%1 MiB").arg(size / 1048576.0, 0, 'f', 1), 9);
    }
    out << "\nPeak memory " << (worstPeak < 300 * 1024 ? "under" : "OVER") << " the 300 MiB target ("
        << worstPeak / 1024 << " MiB). Each export runs as " << QCoreApplication::applicationFilePath()
        << " --child pdf|zip DB ID OUT, as `pressdesk export kit ID -o OUT` would.\n";
    return 0;
}
