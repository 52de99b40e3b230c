// Contact benchmark: a program that prints figures, not a test (issue #4, point 6). For N generated
// contacts (ContactGenerator, seeded) it measures, each beside a floor timed with the sqlite3 tool:
//   (a) CSV import through the real path (CsvReader → ContactCsv → ContactImporter plan + apply) into a
//       fresh database file; the floor is the raw work alone (`.import --csv` into a plain table, then one
//       FTS5 build with our columns, tokenizer and prefixes), its script printed beside the figures;
//   (b) search latency per keystroke while typing names prefix by prefix (count + first page, as the
//       contacts area does through ContactTableModel);
//   (c) time until the contacts area shows its first rows (a QTableView on ContactTableModel, and the
//       real MainWindow), in a fresh process;
//   (d) peak memory (VmHWM) of that process with the area open.
//
//   contact_benchmark [--contacts N] [--quotes Q] [--keep DIR [--reuse-csv]] [--import-only]
//                     [--no-mainwindow] [--ui-timeout S] [--each-keystroke] [--search-rounds R]
//                     [--measure-only]
//   (defaults: 100000 contacts, 20000 quotes; data goes to a temporary folder under /tmp unless --keep)
// Needs the sqlite3 command-line tool (Debian package sqlite3).

#include "contactgenerator.h"

#include "exchange/contactimport.h"
#include "formats/contactcsv.h"
#include "formats/csvreader.h"
#include "models/contacttablemodel.h"
#include "storage/store.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace pressdesk;

namespace {

QTextStream out(stdout);
bool listEachKeystroke = false; // --each-keystroke
int searchRounds = 5;           // --search-rounds

// ---- measuring ------------------------------------------------------------------------------------------

double vmHwmMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct ChildRun
{
    int exitCode = -1;
    double wallMs = 0;
    double maxRssMiB = 0;
    QByteArray output;
};

// Runs a program with stdin from a file (or nothing) and waits for it; wait4() gives that child's own
// peak memory. timeoutSeconds <= 0: no limit.
ChildRun runChild(const QString &program, const QStringList &arguments, const QString &stdinPath,
                  int timeoutSeconds = 0, const QList<QByteArray> &environment = {})
{
    ChildRun run;
    QTemporaryFile output;
    if (!output.open())
        return run;
    std::vector<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argv8.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : argv8)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray input = QFile::encodeName(stdinPath.isEmpty() ? QStringLiteral("/dev/null") : stdinPath);
    const int outputFd = output.handle();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = ::open(input.constData(), O_RDONLY);
        dup2(in, 0);
        dup2(outputFd, 1);
        dup2(outputFd, 2);
        for (const QByteArray &assignment : environment)
            putenv(const_cast<char *>(assignment.constData()));
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (timeoutSeconds > 0) {
        while (wait4(pid, &status, WNOHANG, &usage) == 0) {
            if (timer.elapsed() > qint64(timeoutSeconds) * 1000) {
                kill(pid, SIGKILL);
                wait4(pid, &status, 0, &usage);
                run.exitCode = -2; // timed out
                break;
            }
            QThread::msleep(20);
        }
    } else {
        wait4(pid, &status, 0, &usage);
    }
    run.wallMs = timer.nsecsElapsed() / 1e6;
    if (run.exitCode != -2)
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.maxRssMiB = usage.ru_maxrss / 1024.0;
    output.seek(0);
    run.output = output.readAll();
    return run;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QString sqlString(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

Result<std::unique_ptr<Store>> freshStore(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return Store::open(path, Database::OpenMode::CreateNew);
}

// ---- the figures
// --------------------------------------------------------------------------------------------

struct Row
{
    QString what;
    QString ours;
    QString floor;
    QString target;
    QString verdict;
};
QList<Row> rows;

QString ms(double value)
{
    return value >= 10000 ? QStringLiteral("%1 s").arg(value / 1000.0, 0, 'f', 1)
                          : QStringLiteral("%1 ms").arg(value, 0, 'f', value < 100 ? 2 : 0);
}

// (a)
// ---------------------------------------------------------------------------------------------------------

bool importOurs(const QString &csvPath, const QString &dbPath, int expected)
{
    auto opened = freshStore(dbPath);
    if (!opened) {
        out << "cannot create " << dbPath << ": " << opened.errorMessage() << '\n';
        return false;
    }
    Store &store = **opened;
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    Result<CsvTable> table = CsvReader::readFile(csvPath);
    if (!table) {
        out << "cannot read the CSV: " << table.errorMessage() << '\n';
        return false;
    }
    const double readMs = step.nsecsElapsed() / 1e6;
    step.restart();
    const ContactCsv::Mapping mapping = ContactCsv::guessMapping(table->header());
    QList<Problem> problems;
    QList<ParsedContact> parsed = ContactCsv::toParsedContacts(table->rows.mid(1), mapping, &problems);
    table = CsvTable(); // the rows are in `parsed` now
    const double mapMs = step.nsecsElapsed() / 1e6;
    step.restart();
    Result<ContactImportPlan> plan = ContactImporter::plan(store, std::move(parsed), problems);
    if (!plan) {
        out << "plan failed: " << plan.errorMessage() << '\n';
        return false;
    }
    const double planMs = step.nsecsElapsed() / 1e6;
    step.restart();
    Result<ContactImportOutcome> applied = ContactImporter::apply(store, *plan);
    if (!applied) {
        out << "apply failed: " << applied.errorMessage() << '\n';
        return false;
    }
    const double applyMs = step.nsecsElapsed() / 1e6;
    const double totalMs = total.nsecsElapsed() / 1e6;
    out << QStringLiteral(
               "  ours: read CSV %1, map %2, plan %3, apply %4 = %5; added %6, merged %7, errors %8\n")
               .arg(ms(readMs), ms(mapMs), ms(planMs), ms(applyMs), ms(totalMs))
               .arg(applied->counts.added)
               .arg(applied->counts.merged)
               .arg(applied->counts.errors);
    if (applied->counts.added != expected)
        out << "  WARNING: expected " << expected << " added contacts\n";
    rows.append({QStringLiteral("(a) CSV import"), ms(totalMs), QString(), QStringLiteral("≤ 3× floor"), {}});
    rows.last().verdict = QString::number(totalMs, 'f', 3); // completed below with the floor
    return true;
}

// The FTS5 options of our search table (tokenizer and prefix indexes) as our own file declares them, so
// that the floor builds exactly the same index: "tokenize = '…', prefix = '…'".
QString searchTableOptions(const QString &oursPath)
{
    const ChildRun run = runChild(
        QStringLiteral("sqlite3"),
        {oursPath, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'contact_search';")}, {});
    const QString sql = QString::fromUtf8(run.output);
    static const QRegularExpression tokenize(QStringLiteral("tokenize\\s*=\\s*('[^']*')"));
    static const QRegularExpression prefix(QStringLiteral("prefix\\s*=\\s*('[^']*')"));
    const QRegularExpressionMatch t = tokenize.match(sql);
    const QRegularExpressionMatch p = prefix.match(sql);
    if (!t.hasMatch())
        return {};
    return QStringLiteral("tokenize = %1").arg(t.captured(1)) +
           (p.hasMatch() ? QStringLiteral(", prefix = %1").arg(p.captured(1)) : QString());
}

// SQL that spells out umlauts as contact_search_source (schema version 2) does for the folded columns.
QString foldedSql(const QString &expression)
{
    QString folded = expression;
    const QList<QPair<QString, QString>> pairs{
        {QStringLiteral("ä"), QStringLiteral("ae")}, {QStringLiteral("ö"), QStringLiteral("oe")},
        {QStringLiteral("ü"), QStringLiteral("ue")}, {QStringLiteral("Ä"), QStringLiteral("Ae")},
        {QStringLiteral("Ö"), QStringLiteral("Oe")}, {QStringLiteral("Ü"), QStringLiteral("Ue")},
        {QStringLiteral("ß"), QStringLiteral("ss")}, {QStringLiteral("ẞ"), QStringLiteral("SS")}};
    for (const auto &[from, to] : pairs)
        folded = QStringLiteral("replace(%1, '%2', '%3')").arg(folded, from, to);
    return folded;
}

// The floor is the raw work of an import and nothing else: the sqlite3 tool loads the CSV file into a
// plain table and builds one FTS5 index over it with our columns, tokenizer and prefix indexes, in a
// fresh file with sqlite3's defaults. No schema of ours, no other index, no validation, no duplicates.
bool importFloor(const QString &csvPath, const QString &dbPath, const QString &dir, const QString &oursPath)
{
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-journal"));
    const QString options = searchTableOptions(oursPath);
    if (options.isEmpty()) {
        out << "  floor: cannot read the search table's options from " << oursPath << '\n';
        return false;
    }
    const QString name = QStringLiteral("Anrede || ' ' || Vorname || ' ' || Nachname");
    const QString details = QStringLiteral(
        "Funktion || ' ' || Firma || ' ' || replace(Themen, ', ', char(10)) || ' ' || \"E-Mail\"");
    const QString script =
        QStringLiteral(".bail on\n"
                       ".import --csv %1 staging\n"
                       "CREATE VIRTUAL TABLE contact_search USING fts5(name, details, name_folded, "
                       "details_folded, %2);\n"
                       "INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)\n"
                       "  SELECT rowid, %3, %4,\n    %5,\n    %6\n  FROM staging;\n")
            .arg(csvPath, options, name, details, foldedSql(QStringLiteral("(") + name + QLatin1Char(')')),
                 foldedSql(QStringLiteral("(") + details + QLatin1Char(')')));
    const QString scriptPath = dir + QStringLiteral("/floor-import.sql");
    writeText(scriptPath, script);
    const ChildRun run = runChild(QStringLiteral("sqlite3"), {dbPath}, scriptPath);
    if (run.exitCode != 0) {
        out << "  floor failed (" << run.exitCode << "): " << QString::fromUtf8(run.output).left(2000)
            << '\n';
        return false;
    }
    out << QStringLiteral("  floor: sqlite3 %1 < %2: %3\n")
               .arg(QDir(dir).relativeFilePath(dbPath), QDir(dir).relativeFilePath(scriptPath),
                    ms(run.wallMs));
    out << "  floor = the raw work, nothing else: the sqlite3 tool (its defaults) on a new empty file loads "
           "the CSV\n"
           "          into a plain table and builds one FTS5 index from it with our columns, tokenizer and\n"
           "          prefix indexes (read from our file). No other table or index, no validation, no\n"
           "          duplicate detection. The script:\n";
    for (const QString &line : script.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << "            " << line << '\n';
    const double oursMs = rows.last().verdict.toDouble();
    rows.last().floor = ms(run.wallMs);
    rows.last().verdict = QStringLiteral("%1× floor").arg(oursMs / run.wallMs, 0, 'f', 2) +
                          (oursMs <= 3 * run.wallMs ? QStringLiteral(" ✓") : QStringLiteral(" ✗"));
    return true;
}

QString tableCounts(const QString &dbPath)
{
    const ChildRun run = runChild(
        QStringLiteral("sqlite3"),
        {dbPath,
         QStringLiteral("SELECT (SELECT count(*) FROM contact) || ' contacts, ' || (SELECT count(*) FROM "
                        "organisation) || ' organisations, ' || (SELECT count(*) FROM contact_channel) || "
                        "' channels, ' || (SELECT count(*) FROM contact_search) || ' search rows, ' || "
                        "(SELECT count(*) FROM quote) || ' quotes';")},
        {});
    return QString::fromUtf8(run.output).trimmed();
}

// Records in a CSV file the generator wrote (one line each, no line breaks inside fields), without the
// header; -1 when there is no such file.
int csvRecords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty())
        lines += chunk.count('\n');
    return int(lines - 1);
}

QString floorCounts(const QString &dbPath)
{
    const ChildRun run =
        runChild(QStringLiteral("sqlite3"),
                 {dbPath, QStringLiteral("SELECT (SELECT count(*) FROM staging) || ' staged rows, ' "
                                         "|| (SELECT count(*) FROM contact_search) || ' search "
                                         "rows';")},
                 {});
    return QString::fromUtf8(run.output).trimmed();
}

bool addQuotes(const QString &dbPath, int quotes, benchmark::ContactGenerator &generator)
{
    auto opened = Store::open(dbPath, Database::OpenMode::OpenExisting);
    if (!opened)
        return false;
    Store &store = **opened;
    const int contacts = *store.contactDirectory().count({});
    QElapsedTimer timer;
    timer.start();
    const Result<void> done = store.transaction([&]() -> Result<void> {
        for (int i = 0; i < quotes; ++i) {
            Quote quote;
            quote.text = generator.quoteText();
            quote.speakerId = 1 + generator.bounded(contacts);
            quote.saidOn =
                PartialDate::fromYearMonth(2010 + generator.bounded(15), 1 + generator.bounded(12));
            if (Result<Quote> stored = store.quotes().insert(quote); !stored)
                return stored.error();
        }
        return {};
    });
    if (!done) {
        out << "cannot add quotes: " << done.errorMessage() << '\n';
        return false;
    }
    out << QStringLiteral("  %1 quotes added (QuoteRepository, one transaction): %2\n")
               .arg(quotes)
               .arg(ms(timer.nsecsElapsed() / 1e6));
    return true;
}

// (b)
// ---------------------------------------------------------------------------------------------------------

QStringList keystrokes()
{
    QStringList typed;
    for (const QString &name : benchmark::ContactGenerator::typedNames()) {
        for (int length = 1; length <= name.size(); ++length)
            typed.append(name.left(length).toLower());
    }
    return typed;
}

void searchLatency(const QString &dbPath, const QString &dir)
{
    auto opened = Store::open(dbPath, Database::OpenMode::OpenExisting);
    if (!opened) {
        out << "cannot open " << dbPath << '\n';
        return;
    }
    Store &store = **opened;
    ContactTableModel model(&store);
    const QStringList typed = keystrokes();
    std::vector<double> times;
    std::vector<double> oneLetter;
    QString slowest;
    double slowestMs = 0;
    // The first pass warms the caches, as the floor's does; then searchRounds measured passes, because
    // on a shared machine one pass of 67 keystrokes can be half as fast as the next.
    std::vector<double> roundP95;
    for (int pass = 0; pass <= searchRounds; ++pass) {
        std::vector<double> thisRound;
        for (const QString &prefix : typed) {
            ContactFilter filter;
            filter.text = prefix;
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter); // count + first page, what a keystroke in the contacts area does
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (pass >= 1) {
                thisRound.push_back(elapsed);
                if (listEachKeystroke && pass == 1)
                    out << QStringLiteral("    %1 %2 (%3%4 matches)\n")
                               .arg(prefix, -22)
                               .arg(ms(elapsed))
                               .arg(model.totalIsExact() ? QString() : QStringLiteral("> "))
                               .arg(model.totalCount());
                times.push_back(elapsed);
                if (prefix.size() == 1)
                    oneLetter.push_back(elapsed);
                if (elapsed > slowestMs) {
                    slowestMs = elapsed;
                    slowest = QStringLiteral("\"%1\" (%2 matches)").arg(prefix).arg(model.totalCount());
                }
            }
        }
        if (pass >= 1)
            roundP95.push_back(percentile(thisRound, 0.95));
    }

    // The floor: the raw FTS5 queries in sqlite3 (.timer on), same expressions, same two passes.
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &prefix : typed) {
            const QString expression = sqlString(ContactRepository::searchExpression(prefix));
            script +=
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contact_search WHERE contact_search "
                               "MATCH %1 LIMIT %3);\n"
                               "SELECT rowid FROM contact_search WHERE contact_search MATCH %1 LIMIT %2;\n")
                    .arg(expression)
                    .arg(ContactTableModel::FirstPageSize)
                    .arg(ContactTableModel::DefaultCountCap + 1);
        }
    }
    const QString scriptPath = dir + QStringLiteral("/floor-search.sql");
    writeText(scriptPath, script);
    const ChildRun run = runChild(QStringLiteral("sqlite3"), {dbPath}, scriptPath);
    static const QRegularExpression timing(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> statementMs;
    for (auto match = timing.globalMatch(QString::fromUtf8(run.output)); match.hasNext();)
        statementMs.push_back(match.next().captured(1).toDouble() * 1000.0);
    std::vector<double> floorTimes;
    const size_t perPass = size_t(typed.size()) * 2;
    for (size_t i = perPass; i + 1 < statementMs.size(); i += 2)
        floorTimes.push_back(statementMs[i] + statementMs[i + 1]);

    out << QStringLiteral("  %1 keystrokes typing %2\n")
               .arg(typed.size())
               .arg(benchmark::ContactGenerator::typedNames().join(QStringLiteral(", ")));
    out << QStringLiteral("  ours, %6 rounds: median %1, p95 %2, max %3 %4; one-letter prefixes: median %5\n")
               .arg(ms(percentile(times, 0.5)), ms(percentile(times, 0.95)), ms(slowestMs), slowest,
                    ms(percentile(oneLetter, 0.5)))
               .arg(searchRounds);
    out << QStringLiteral("  p95 of each round: %1 to %2\n")
               .arg(ms(*std::min_element(roundP95.begin(), roundP95.end())),
                    ms(*std::max_element(roundP95.begin(), roundP95.end())));
    out << QStringLiteral(
               "  floor (count(*) up to %6 + LIMIT %1 rowids on contact_search MATCH, not in name order, "
               "sqlite3 .timer): median %2, p95 %3, max %4 (%5 timings)\n")
               .arg(ContactTableModel::FirstPageSize)
               .arg(ms(percentile(floorTimes, 0.5)), ms(percentile(floorTimes, 0.95)),
                    ms(floorTimes.empty() ? 0 : *std::max_element(floorTimes.begin(), floorTimes.end())))
               .arg(floorTimes.size())
               .arg(ContactTableModel::DefaultCountCap + 1);
    const double p95 = percentile(times, 0.95);
    rows.append({QStringLiteral("(b) keystroke, median"), ms(percentile(times, 0.5)),
                 ms(percentile(floorTimes, 0.5)), QString(), QString()});
    rows.append({QStringLiteral("(b) keystroke, p95"), ms(p95), ms(percentile(floorTimes, 0.95)),
                 QStringLiteral("< 12 ms"), p95 < 12 ? QStringLiteral("✓") : QStringLiteral("✗")});
}

// (c), (d)
// ----------------------------------------------------------------------------------------------------

// In the child process: opens the file, shows the contacts table, prints what it measured.
int uiChild(const QString &dbPath, const QString &mode)
{
    QElapsedTimer timer;
    timer.start();
    QTableView *table = nullptr;
    std::unique_ptr<QTableView> ownTable;
    std::unique_ptr<ContactTableModel> ownModel;
    std::unique_ptr<Store> ownStore;
    std::unique_ptr<MainWindow> window;
    double openMs = 0;
    if (mode == QLatin1String("table")) {
        auto opened = Store::open(dbPath, Database::OpenMode::OpenExisting);
        if (!opened) {
            out << "ERROR " << opened.errorMessage() << '\n';
            return 1;
        }
        ownStore = std::move(*opened);
        openMs = timer.nsecsElapsed() / 1e6;
        ownModel = std::make_unique<ContactTableModel>(ownStore.get());
        ownTable = std::make_unique<QTableView>();
        ownTable->setModel(ownModel.get());
        ownTable->horizontalHeader()->setStretchLastSection(true);
        ownTable->resize(1280, 800);
        table = ownTable.get();
        table->show();
    } else {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        if (!window->openFile(dbPath)) {
            out << "ERROR cannot open\n";
            return 1;
        }
        openMs = timer.nsecsElapsed() / 1e6;
        window->showArea(MainWindow::Area::Contacts);
        window->show();
        // Whatever page the Contacts area uses, its table is a QTableView inside it.
        QWidget *page = window->findChild<QWidget *>(QStringLiteral("contactsPage"));
        table = page ? page->findChild<QTableView *>(QStringLiteral("contactTable")) : nullptr;
        if (!table) {
            out << "ERROR no table in the contacts area\n";
            return 1;
        }
    }
    // Rows are on screen once the table's viewport has been painted with rows in the model.
    struct PaintWatch : QObject
    {
        QTableView *view = nullptr;
        bool painted = false;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && view->model() && view->model()->rowCount() > 0) {
                view->viewport()->removeEventFilter(this);
                QTimer::singleShot(0, this, [this] { painted = true; }); // after this paint has finished
            }
            return QObject::eventFilter(watched, event);
        }
    } watch;
    watch.view = table;
    table->viewport()->installEventFilter(&watch);
    table->viewport()->update();
    while (!watch.painted)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstRowsMs = timer.nsecsElapsed() / 1e6;
    const double hwmShown = vmHwmMiB();
    if (const QString grab = qEnvironmentVariable("CONTACT_BENCHMARK_GRAB"); !grab.isEmpty())
        (window ? static_cast<QWidget *>(window.get()) : table)->grab().save(grab);
    // Use it a little: scroll down 20 screens and type a name.
    for (int i = 0; i < 20; ++i) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QApplication::processEvents();
    }
    if (auto *model = qobject_cast<ContactTableModel *>(table->model())) {
        for (const QString &prefix : {QStringLiteral("m"), QStringLiteral("mü"), QStringLiteral("mül"),
                                      QStringLiteral("müll"), QStringLiteral("mülle")}) {
            ContactFilter filter;
            filter.text = prefix;
            model->setFilter(filter);
            QApplication::processEvents();
        }
    }
    out << QStringLiteral("RESULT open_ms=%1 first_rows_ms=%2 rows=%3 hwm_shown_mib=%4 hwm_used_mib=%5\n")
               .arg(openMs, 0, 'f', 1)
               .arg(firstRowsMs, 0, 'f', 1)
               .arg(table->model()->rowCount())
               .arg(hwmShown, 0, 'f', 1)
               .arg(vmHwmMiB(), 0, 'f', 1)
        << Qt::flush;
    return 0;
}

void firstRows(const QString &program, const QString &dbPath, const QString &dir, bool withMainWindow,
               int timeoutSeconds)
{
    const QList<QByteArray> environment{
        "QT_QPA_PLATFORM=offscreen", "HOME=" + QFile::encodeName(dir + QStringLiteral("/home")),
        "XDG_CONFIG_HOME=" + QFile::encodeName(dir + QStringLiteral("/home/config")),
        "XDG_DATA_HOME=" + QFile::encodeName(dir + QStringLiteral("/home/data"))};
    QDir().mkpath(dir + QStringLiteral("/home"));
    static const QRegularExpression result(
        QStringLiteral("RESULT open_ms=([0-9.]+) first_rows_ms=([0-9.]+) rows=(\\d+) hwm_shown_mib=([0-9.]+) "
                       "hwm_used_mib=([0-9.]+)"));

    // The floor: sqlite3 opens the file and runs the area's two queries (count and first page by name).
    const QString query =
        QStringLiteral(
            "SELECT count(*) FROM contact;\n"
            "SELECT c.id, c.honorific, c.given_name, c.family_name, c.role, o.name, c.press_topics, "
            "c.available_for_press, (SELECT ch.value FROM contact_channel ch WHERE ch.contact_id = c.id "
            "AND ch.kind = 'email' ORDER BY ch.is_public DESC, ch.position LIMIT 1) FROM contact c "
            "LEFT JOIN organisation o ON o.id = c.organisation_id ORDER BY c.sort_key, c.id LIMIT %1;\n")
            .arg(ContactTableModel::PageSize);
    const QString scriptPath = dir + QStringLiteral("/floor-first-rows.sql");
    writeText(scriptPath, QStringLiteral(".stats on\n") + query);
    ChildRun floor = runChild(QStringLiteral("sqlite3"), {dbPath}, scriptPath);
    // A forked child's peak RSS starts at its parent's (this program, after the import): useless as the
    // floor. sqlite3's own account is exact: the high-water mark of its memory (heap and page cache).
    static const QRegularExpression heap(QStringLiteral("Memory Used:\\s+\\d+ \\(max (\\d+)\\) bytes"));
    floor.maxRssMiB = 0;
    for (auto m = heap.globalMatch(QString::fromUtf8(floor.output)); m.hasNext();)
        floor.maxRssMiB = std::max(floor.maxRssMiB, m.next().captured(1).toDouble() / 1048576.0);

    for (const QString &mode : {QStringLiteral("table"), QStringLiteral("mainwindow")}) {
        if (mode == QLatin1String("mainwindow") && !withMainWindow)
            continue;
        const ChildRun run =
            runChild(program, {QStringLiteral("--ui-child"), dbPath, QStringLiteral("--ui-mode"), mode}, {},
                     timeoutSeconds, environment);
        const QRegularExpressionMatch match = result.match(QString::fromUtf8(run.output));
        const QString label = mode == QLatin1String("table")
                                  ? QStringLiteral("ContactTableModel + QTableView")
                                  : QStringLiteral("MainWindow, Contacts area");
        if (!match.hasMatch()) {
            out << "  " << label << ": "
                << (run.exitCode == -2 ? QStringLiteral("no rows within %1 s (stopped)").arg(timeoutSeconds)
                                       : QStringLiteral("failed: ") + QString::fromUtf8(run.output).left(500))
                << '\n';
            rows.append(
                {QStringLiteral("(c) first rows, ") + label,
                 run.exitCode == -2 ? QStringLiteral("> %1 s").arg(timeoutSeconds) : QStringLiteral("failed"),
                 ms(floor.wallMs), QStringLiteral("< 200 ms"), QStringLiteral("✗")});
            rows.append({QStringLiteral("(d) peak RSS, ") + label, QStringLiteral("not measured (stopped)"),
                         QStringLiteral("%1 MiB").arg(floor.maxRssMiB, 0, 'f', 1),
                         QStringLiteral("< 200 MiB"), QStringLiteral("–")});
            continue;
        }
        const double openMs = match.captured(1).toDouble();
        const double firstMs = match.captured(2).toDouble();
        const double hwmShown = match.captured(4).toDouble();
        const double hwmUsed = match.captured(5).toDouble();
        out << QStringLiteral(
                   "  %1: rows painted after %2 (opening the file %3, then %4), %5 rows fetched; "
                   "VmHWM %6 MiB when shown, %7 MiB after scrolling 20 screens and typing \"mülle\"\n")
                   .arg(label, ms(firstMs), ms(openMs), ms(firstMs - openMs), match.captured(3))
                   .arg(hwmShown, 0, 'f', 1)
                   .arg(hwmUsed, 0, 'f', 1);
        rows.append({QStringLiteral("(c) first rows, ") + label, ms(firstMs), ms(floor.wallMs),
                     QStringLiteral("< 200 ms"), firstMs < 200 ? QStringLiteral("✓") : QStringLiteral("✗")});
        rows.append({QStringLiteral("(d) peak RSS, ") + label,
                     QStringLiteral("%1 MiB").arg(hwmUsed, 0, 'f', 1),
                     QStringLiteral("%1 MiB").arg(floor.maxRssMiB, 0, 'f', 1), QStringLiteral("< 200 MiB"),
                     hwmUsed < 200 ? QStringLiteral("✓") : QStringLiteral("✗")});
    }
    out << QStringLiteral("  floor: sqlite3 process (start, open, count(*), first %1 rows by sort_key with "
                          "organisation and e-mail): %2; memory high-water (sqlite3 .stats) %3 MiB\n")
               .arg(ContactTableModel::PageSize)
               .arg(ms(floor.wallMs))
               .arg(floor.maxRssMiB, 0, 'f', 1);
}

void printTable(int contacts, int quotes)
{
    out << "\n| " << contacts << " contacts, " << quotes
        << " quotes | ours | floor (sqlite3) | target | result |\n"
        << "|---|---|---|---|---|\n";
    for (const Row &row : std::as_const(rows))
        out << "| " << row.what << " | " << row.ours << " | " << row.floor << " | " << row.target << " | "
            << row.verdict << " |\n";
    out << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PressDesk contact benchmark (prints figures)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("quotes"), QStringLiteral("Quotes to add."), QStringLiteral("Q"),
                      QStringLiteral("20000")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the generated files in DIR."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("measure-only"),
                      QStringLiteral("Skip generating and importing: measure (b)–(d) on DIR/ours.pressdesk "
                                     "of an earlier run (--keep DIR).")});
    parser.addOption({QStringLiteral("import-only"), QStringLiteral("Measure the import (a) only.")});
    parser.addOption(
        {QStringLiteral("reuse-csv"),
         QStringLiteral("With --keep DIR: use DIR/contacts.csv of an earlier run when it holds N "
                        "contacts, instead of generating it again.")});
    parser.addOption({QStringLiteral("each-keystroke"), QStringLiteral("List the time of every keystroke.")});
    parser.addOption({QStringLiteral("search-rounds"),
                      QStringLiteral("Measured passes of typing (after one to warm up)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-mainwindow"), QStringLiteral("Skip the MainWindow measurement.")});
    parser.addOption({QStringLiteral("ui-timeout"), QStringLiteral("Seconds the window may take."),
                      QStringLiteral("S"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("ui-child"), QStringLiteral("(internal) measure the area on DB."),
                      QStringLiteral("DB")});
    parser.addOption({QStringLiteral("ui-mode"), QStringLiteral("(internal) table or mainwindow."),
                      QStringLiteral("MODE")});
    parser.process(app);
    listEachKeystroke = parser.isSet(QStringLiteral("each-keystroke"));
    searchRounds = std::max(1, parser.value(QStringLiteral("search-rounds")).toInt());
    if (parser.isSet(QStringLiteral("ui-child")))
        return uiChild(parser.value(QStringLiteral("ui-child")), parser.value(QStringLiteral("ui-mode")));

    const int contacts = parser.value(QStringLiteral("contacts")).toInt();
    const int quotes = parser.value(QStringLiteral("quotes")).toInt();
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/pressdesk-contact-benchmark-XXXXXX"));
    QString dir = parser.value(QStringLiteral("keep"));
    if (dir.isEmpty())
        dir = temporary.path();
    else
        temporary.setAutoRemove(false);
    QDir().mkpath(dir);
    dir = QDir(dir).absolutePath();
    if (runChild(QStringLiteral("sqlite3"), {QStringLiteral("-version")}, {}).exitCode != 0) {
        out << "The sqlite3 command-line tool is missing (apt-get install sqlite3).\n";
        return 1;
    }

    out << "PressDesk contact benchmark (" << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", sqlite3 "
        << QString::fromUtf8(runChild(QStringLiteral("sqlite3"), {QStringLiteral("-version")}, {}).output)
               .section(QLatin1Char(' '), 0, 0)
        << ")\n"
        << "files in " << dir << "\n\n";

    const QString oursPath = dir + QStringLiteral("/ours.pressdesk");
    if (parser.isSet(QStringLiteral("measure-only"))) {
        out << "measuring the earlier import in " << oursPath << ": " << tableCounts(oursPath) << "\n";
        out << "\n(b) search while typing, per keystroke: count + first page, as the contacts area does\n"
            << Qt::flush;
        searchLatency(oursPath, dir);
        out << "\n(c)/(d) contacts area: time to first painted rows and peak memory, each in a fresh "
               "process\n"
            << Qt::flush;
        firstRows(QCoreApplication::applicationFilePath(), oursPath, dir,
                  !parser.isSet(QStringLiteral("no-mainwindow")),
                  parser.value(QStringLiteral("ui-timeout")).toInt());
        printTable(contacts, quotes);
        return 0;
    }
    const QString csvPath = dir + QStringLiteral("/contacts.csv");
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(QStringLiteral("reuse-csv")) && csvRecords(csvPath) == contacts) {
        out << QStringLiteral("reusing contacts.csv of an earlier run (%1 contacts, %2 MiB)\n\n")
                   .arg(contacts)
                   .arg(QFileInfo(csvPath).size() / 1048576.0, 0, 'f', 1)
            << Qt::flush;
    } else {
        benchmark::ContactGenerator generator;
        if (!generator.writeCsv(csvPath, contacts)) {
            out << "cannot write " << csvPath << '\n';
            return 1;
        }
        out << QStringLiteral("generated %1 contacts (seed 20240611) into contacts.csv, %2 MiB: %3\n\n")
                   .arg(contacts)
                   .arg(QFileInfo(csvPath).size() / 1048576.0, 0, 'f', 1)
                   .arg(ms(timer.nsecsElapsed() / 1e6))
            << Qt::flush;
    }

    out << "(a) CSV import into a fresh database file\n" << Qt::flush;
    const QString floorPath = dir + QStringLiteral("/floor.db");
    if (!importOurs(csvPath, oursPath, contacts))
        return 1;
    out << Qt::flush;
    if (!importFloor(csvPath, floorPath, dir, oursPath))
        return 1;
    out << "  ours:  " << tableCounts(oursPath) << "\n  floor: " << floorCounts(floorPath) << "\n\n"
        << Qt::flush;

    if (parser.isSet(QStringLiteral("import-only"))) {
        printTable(contacts, 0);
        return 0;
    }
    benchmark::ContactGenerator quoteGenerator(20240612); // its own seed: the same quotes for any CSV
    if (quotes > 0 && !addQuotes(oursPath, quotes, quoteGenerator))
        return 1;

    out << "\n(b) search while typing, per keystroke: count + first page, as the contacts area does\n"
        << Qt::flush;
    searchLatency(oursPath, dir);

    out << "\n(c)/(d) contacts area: time to first painted rows and peak memory, each in a fresh process\n"
        << Qt::flush;
    firstRows(QCoreApplication::applicationFilePath(), oursPath, dir,
              !parser.isSet(QStringLiteral("no-mainwindow")),
              parser.value(QStringLiteral("ui-timeout")).toInt());

    printTable(contacts, quotes);
    return 0;
}
