#include "formats/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

Q_DECLARE_METATYPE(CsvTable::Encoding)

namespace {

using Rows = QList<QStringList>;

Result<CsvTable> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvReader::read(&buffer);
}

// Test rows as UTF-8 literals.
Rows rowsOf(std::initializer_list<std::initializer_list<const char *>> list)
{
    Rows result;
    for (const auto &row : list) {
        QStringList fields;
        for (const char *field : row)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}

QString problemsText(const CsvTable &table)
{
    QStringList lines;
    for (const Problem &problem : table.problems)
        lines.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsFromAFileNameIt()
    {
        // Read from a file, every problem and warning says which file it is about; from bytes, none.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Kontakte.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Vorname;Nachname\nJ\xC3\xBCrgen;M\xC3\xBCller;zu viel\nKlaus;Wei\xDF\n"); // a stray byte
        file.close();
        const Result<CsvTable> table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->problems.size(), 1);
        QCOMPARE(table->problems.first().line, 2);
        QCOMPARE(table->problems.first().file, path);
        QVERIFY(!table->warnings.isEmpty());
        for (const Problem &warning : table->warnings)
            QCOMPARE(warning.file, path);
        QBuffer buffer;
        buffer.setData("Vorname;Nachname\nAnna;Adler;zu viel\n");
        buffer.open(QIODevice::ReadOnly);
        const Result<CsvTable> fromBytes = CsvReader::read(&buffer);
        QCOMPARE(fromBytes->problems.size(), 1);
        QVERIFY(fromBytes->problems.first().file.isEmpty());
    }

    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<CsvTable::Encoding>("encoding");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<int>>("problemLines");

        const auto utf8 = CsvTable::Encoding::Utf8;
        QTest::newRow("comma, LF") << QByteArray("a,b\n1,2\n") << QChar(QLatin1Char(',')) << utf8
                                   << rowsOf({{"a", "b"}, {"1", "2"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("semicolon, CRLF, no final line end")
            << QByteArray("Vorname;Name\r\nJulia;Sommerfeld") << QChar(QLatin1Char(';')) << utf8
            << rowsOf({{"Vorname", "Name"}, {"Julia", "Sommerfeld"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("more semicolons than commas")
            << QByteArray("Name;Ort, Land;Thema\nx;y;z\n") << QChar(QLatin1Char(';')) << utf8
            << rowsOf({{"Name", "Ort, Land", "Thema"}, {"x", "y", "z"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("separator inside quotes does not count")
            << QByteArray("\"a;b;c\",d\n1,2\n") << QChar(QLatin1Char(',')) << utf8
            << rowsOf({{"a;b;c", "d"}, {"1", "2"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBFName;Stra\xC3\x9F"
                          "e\nM\xC3\xBCller;K\xC3\xB6nigsallee\n")
            << QChar(QLatin1Char(';')) << CsvTable::Encoding::Utf8WithBom
            << rowsOf({{"Name", "Straße"}, {"Müller", "Königsallee"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("UTF-8 without BOM")
            << QByteArray("Name,Preis\nWei\xC3\x9F,5 \xE2\x82\xAC\n") << QChar(QLatin1Char(',')) << utf8
            << rowsOf({{"Name", "Preis"}, {"Weiß", "5 €"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("Windows-1252 (German Excel)")
            << QByteArray("Name;Stadt;Preis\r\nM\xFCller;K\xF6ln;5 \x80\r\n\xC4rger \xDF\xD6\xDC\xE4;"
                          "\x84Zitat\x93;\x96\r\n")
            << QChar(QLatin1Char(';')) << CsvTable::Encoding::Windows1252
            << rowsOf({{"Name", "Stadt", "Preis"}, {"Müller", "Köln", "5 €"}, {"Ärger ßÖÜä", "„Zitat“", "–"}})
            << QList<int>{1, 2, 3} << QList<int>{};
        QTest::newRow("quoted line breaks and doubled quotes")
            << QByteArray("name,note\r\n\"Sommerfeld\",\"Sagt: \"\"Ja\"\",\r\nzweite Zeile\r\ndritte\"\r\n"
                          "Brandt,\"\"\r\n")
            << QChar(QLatin1Char(',')) << utf8
            << rowsOf(
                   {{"name", "note"}, {"Sommerfeld", "Sagt: \"Ja\",\nzweite Zeile\ndritte"}, {"Brandt", ""}})
            << QList<int>{1, 2, 5} << QList<int>{};
        QTest::newRow("empty lines and empty records are skipped")
            << QByteArray("a;b\n\n1;2\n;\n\n3;4\n") << QChar(QLatin1Char(';')) << utf8
            << rowsOf({{"a", "b"}, {"1", "2"}, {"3", "4"}}) << QList<int>{1, 3, 6} << QList<int>{};
        QTest::newRow("ragged rows are problems")
            << QByteArray("a;b;c\n1;2;3\n1;2\n1;2;3;4\n5;6;7\n") << QChar(QLatin1Char(';')) << utf8
            << rowsOf({{"a", "b", "c"}, {"1", "2", "3"}, {"5", "6", "7"}}) << QList<int>{1, 2, 5}
            << QList<int>{3, 4};
        QTest::newRow("truncated quoted field")
            << QByteArray("a,b\n1,2\n3,\"open\nstill open") << QChar(QLatin1Char(',')) << utf8
            << rowsOf({{"a", "b"}, {"1", "2"}}) << QList<int>{1, 2} << QList<int>{3};
        QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << QChar(QLatin1Char(',')) << utf8
                                 << rowsOf({{"a", "b"}, {"1", "2"}}) << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("formula guards are taken off")
            << QByteArray("a;b\n\"'+49 234 910-0\";'=x\n''@y;'s Hotel\n") << QChar(QLatin1Char(';')) << utf8
            << rowsOf({{"a", "b"}, {"+49 234 910-0", "=x"}, {"'@y", "'s Hotel"}}) << QList<int>{1, 2, 3}
            << QList<int>{};
        QTest::newRow("UTF-16 with BOM")
            << QByteArray("\xFF\xFE"
                          "a\0;\0\xFC\0\n\0001\0;\0002\0",
                          16)
            << QChar(QLatin1Char(';')) << CsvTable::Encoding::Utf16 << rowsOf({{"a", "ü"}, {"1", "2"}})
            << QList<int>{1, 2} << QList<int>{};
    }

    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(CsvTable::Encoding, encoding);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QList<int>, problemLines);
        const Result<CsvTable> table = readBytes(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->separator, separator);
        QCOMPARE(table->encoding, encoding);
        Rows actualRows;
        QList<int> actualLines;
        for (const CsvRow &row : table->rows) {
            actualRows.append(row.fields);
            actualLines.append(row.line);
        }
        QCOMPARE(actualRows, rows);
        QCOMPARE(actualLines, lines);
        QList<int> actualProblemLines;
        for (const Problem &problem : table->problems) {
            actualProblemLines.append(problem.line);
            QVERIFY(!problem.message.isEmpty());
        }
        QVERIFY2(actualProblemLines == problemLines, qPrintable(problemsText(*table)));
        QVERIFY(table->warnings.isEmpty());
    }

    void readsUtf8WithStrayWindows1252Bytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CsvTable::Encoding>("encoding");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("warningLines");

        QTest::newRow("one stray byte")
            << QByteArray("Vorname;Nachname\r\nJ\xC3\xBCrgen;M\xC3\xBCller\r\nKlaus;Wei\xDF\r\n"
                          "Eva;Schr\xC3\xB6"
                          "der\r\n")
            << CsvTable::Encoding::Utf8
            << rowsOf({{"Vorname", "Nachname"}, {"Jürgen", "Müller"}, {"Klaus", "Weiß"}, {"Eva", "Schröder"}})
            << QList<int>{3};
        QTest::newRow("UTF-8 and Windows-1252 in one line, a quoted line break before it")
            << QByteArray("Name;Notiz\n\"J\xC3\xBCrgen\";\"erste Zeile\nGr\xFC\xDF"
                          "e \x84"
                          "aus\x93 K\xC3\xB6ln\"\n")
            << CsvTable::Encoding::Utf8
            << rowsOf({{"Name", "Notiz"}, {"Jürgen", "erste Zeile\nGrüße „aus“ Köln"}}) << QList<int>{3};
        QTest::newRow("byte order mark says UTF-8")
            << QByteArray("\xEF\xBB\xBFName\r\nWei\xDF\rM\xFCller\r\n") << CsvTable::Encoding::Utf8WithBom
            << rowsOf({{"Name"}, {"Weiß"}, {"Müller"}}) << QList<int>{2, 3};
        QTest::newRow("truncated, overlong and surrogate sequences")
            << QByteArray("\xEF\xBB\xBFName\n\xC3\xA4rger\n\xE2\x82\n\xC0\xAF\n\xED\xA0\x80\n")
            << CsvTable::Encoding::Utf8WithBom << rowsOf({{"Name"}, {"ärger"}, {"â‚"}, {"À¯"}, {"í\u00A0€"}})
            << QList<int>{3, 4, 5};
        QTest::newRow("Windows-1252 throughout, one line that happens to be UTF-8")
            << QByteArray("Name;Notiz\r\nM\xFCller;K\xF6ln\r\nHeinz;Spa\xDF\xAB\r\nWei\xDF;Bochum\r\n")
            << CsvTable::Encoding::Windows1252
            << rowsOf({{"Name", "Notiz"}, {"Müller", "Köln"}, {"Heinz", "Spaß«"}, {"Weiß", "Bochum"}})
            << QList<int>{};
    }

    void readsUtf8WithStrayWindows1252Bytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CsvTable::Encoding, encoding);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, warningLines);
        const Result<CsvTable> table = readBytes(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->encoding, encoding);
        Rows actualRows;
        for (const CsvRow &row : table->rows)
            actualRows.append(row.fields);
        QCOMPARE(actualRows, rows);
        QList<int> actualLines;
        for (const Problem &warning : table->warnings) {
            actualLines.append(warning.line);
            QCOMPARE(warning.message,
                     QStringLiteral("not valid UTF-8; its odd bytes were read as Windows-1252"));
        }
        QCOMPARE(actualLines, warningLines);
        QVERIFY(table->problems.isEmpty());
    }

    void problemsSayWhatIsWrong()
    {
        const Result<CsvTable> ragged = readBytes("a;b;c\n1;2\n");
        QVERIFY(ragged);
        QCOMPARE(ragged->problems.size(), 1);
        QVERIFY2(ragged->problems.first().message.contains(QStringLiteral("2 fields")),
                 qPrintable(problemsText(*ragged)));
        const Result<CsvTable> open = readBytes("a\n\"b\n");
        QVERIFY(open);
        QCOMPARE(open->problems.size(), 1);
        QVERIFY2(open->problems.first().message.contains(QStringLiteral("not closed")),
                 qPrintable(problemsText(*open)));
    }

    void refusesUnusableInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x08\0", 8) << "binary";
        QTest::newRow("only line ends") << QByteArray("\r\n\r\n") << "no records";
    }

    void refusesUnusableInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const Result<CsvTable> table = readBytes(bytes);
        QVERIFY(!table);
        QVERIFY2(table.errorMessage().contains(mentions), qPrintable(table.errorMessage()));
    }

    void windows1252MapsTheWholeHighHalf()
    {
        QByteArray all;
        for (int byte = 0x80; byte <= 0xFF; ++byte)
            all.append(char(byte));
        const QString text = CsvReader::fromWindows1252(all);
        QCOMPARE(text.size(), all.size());
        QCOMPARE(text.at(0), QChar(0x20AC));           // €
        QCOMPARE(text.at(0x84 - 0x80), QChar(0x201E)); // „
        QCOMPARE(text.at(0x9F - 0x80), QChar(0x0178)); // Ÿ
        QCOMPARE(text.at(0xA0 - 0x80), QChar(0x00A0));
        QCOMPARE(text.at(0xDF - 0x80), QChar(0x00DF)); // ß
        QCOMPARE(CsvReader::fromWindows1252("plain ASCII"), QStringLiteral("plain ASCII"));
    }

    void explicitSeparator()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a;b,c\n1;2,3\n"), QLatin1Char(','));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).fields, (QStringList{QStringLiteral("1;2"), QStringLiteral("3")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
