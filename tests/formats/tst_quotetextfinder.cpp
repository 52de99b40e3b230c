// Quotations in press texts: the sample release's two, with their attribution, and the forms German
// press offices use.

#include "formats/quotetextfinder.h"

#include <QFile>
#include <QTest>

using namespace pressdesk;

class TestQuoteTextFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSampleReleaseHasTwoQuotesOfTheMayor()
    {
        QFile file(QStringLiteral(PRESSDESK_SAMPLE_DATA "/bochum-2020-pressemitteilung.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<FoundQuote> quotes = QuoteTextFinder::find(QString::fromUtf8(file.readAll()));
        QCOMPARE(quotes.size(), 2); // "Perle im Ruhrgebiet" and "Marke Bochum" are names, not quotes
        QVERIFY(quotes.at(0).text.startsWith(QStringLiteral("Es scheint nun klar, wohin die Reise geht")));
        QVERIFY(quotes.at(0).text.endsWith(QStringLiteral("dass es einen auch schlimmer treffen könnte.")));
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Thomas Eiskirch"));
        QCOMPARE(quotes.at(0).role, QStringLiteral("Oberbürgermeister"));
        QVERIFY(!quotes.at(0).speakerFromPrevious);
        // The second follows the first without its own attribution: the mayor goes on.
        QVERIFY(quotes.at(1).text.startsWith(QStringLiteral("Wir sind natürlich auch ein bisschen stolz")));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Thomas Eiskirch"));
        QVERIFY(quotes.at(1).speakerFromPrevious);
    }

    void germanQuotationMarksAndAttributions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wording");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("role");
        QTest::newRow("„…“, erklärt")
            << QStringLiteral("Der Rat stimmt zu. „Wir bauen das Haus des Wissens mitten in der Innenstadt“, "
                              "erklärt Stadtbaurätin Anna Müller. Danach geht es weiter.")
            << QStringLiteral("Wir bauen das Haus des Wissens mitten in der Innenstadt")
            << QStringLiteral("Anna Müller") << QStringLiteral("Stadtbaurätin");
        QTest::newRow("“…”, so")
            << QStringLiteral("“Das ist ein guter Tag für alle Beschäftigten am Standort”, so Peter Möller.")
            << QStringLiteral("Das ist ein guter Tag für alle Beschäftigten am Standort")
            << QStringLiteral("Peter Möller") << QString();
        QTest::newRow("comma inside the marks, after a space")
            << QStringLiteral("„Wir bauen das Haus des Wissens mitten in der Innenstadt ,“ sagt Anna Müller.")
            << QStringLiteral("Wir bauen das Haus des Wissens mitten in der Innenstadt")
            << QStringLiteral("Anna Müller") << QString();
        QTest::newRow("unattributed")
            << QStringLiteral("Im Bericht heißt es: \"Die Fläche ist vollständig saniert und bebaubar.\"")
            << QStringLiteral("Die Fläche ist vollständig saniert und bebaubar.") << QString() << QString();
    }

    void germanQuotationMarksAndAttributions()
    {
        QFETCH(QString, text);
        QFETCH(QString, wording);
        QFETCH(QString, speaker);
        QFETCH(QString, role);
        const QList<FoundQuote> quotes = QuoteTextFinder::find(text);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().text, wording);
        QCOMPARE(quotes.first().speaker, speaker);
        QCOMPARE(quotes.first().role, role);
    }

    void nothingInTextWithoutQuotations()
    {
        QVERIFY(
            QuoteTextFinder::find(QStringLiteral("2016: DHL kommt. Die \"Marke Bochum\" wird eingeführt."))
                .isEmpty());
        QVERIFY(QuoteTextFinder::find(QString()).isEmpty());
        QVERIFY(QuoteTextFinder::find(QStringLiteral("\"unclosed quotation that never ends at all, really"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuoteTextFinder)
#include "tst_quotetextfinder.moc"
