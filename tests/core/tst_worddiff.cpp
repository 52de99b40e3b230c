#include "core/worddiff.h"

#include <QTest>

using namespace pressdesk;

// Versions of a release compared word by word.
class TestWordDiff : public QObject
{
    Q_OBJECT

private:
    using Kind = DiffPiece::Kind;

    static QString joined(const QList<DiffPiece> &pieces, Kind skip)
    {
        QString text;
        for (const DiffPiece &piece : pieces) {
            if (piece.kind != skip)
                text += piece.text;
        }
        return text;
    }

private Q_SLOTS:
    void sameTextIsOnePiece()
    {
        const QString text = QStringLiteral("Der Rat hat entschieden.");
        QCOMPARE(wordDiff(text, text), (QList<DiffPiece>{{Kind::Same, text}}));
        QVERIFY(wordDiff(QString(), QString()).isEmpty());
    }

    void aReplacedWordIsDeletedThenInserted()
    {
        QCOMPARE(
            wordDiff(QStringLiteral("Der Rat hat entschieden."), QStringLiteral("Der Rat hat beschlossen.")),
            (QList<DiffPiece>{{Kind::Same, QStringLiteral("Der Rat hat ")},
                              {Kind::Deleted, QStringLiteral("entschieden")},
                              {Kind::Inserted, QStringLiteral("beschlossen")},
                              {Kind::Same, QStringLiteral(".")}}));
    }

    void punctuationAndHyphenatedWords()
    {
        // A changed comma marks the comma only; "Opel-Areal" is one word.
        QCOMPARE(wordDiff(QStringLiteral("Das Opel-Areal, neu"), QStringLiteral("Das Opel-Areal; neu")),
                 (QList<DiffPiece>{{Kind::Same, QStringLiteral("Das Opel-Areal")},
                                   {Kind::Deleted, QStringLiteral(",")},
                                   {Kind::Inserted, QStringLiteral(";")},
                                   {Kind::Same, QStringLiteral(" neu")}}));
    }

    void bothWordingsCanBeReadBack()
    {
        const QString before =
            QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band. Das Image ist am Tiefpunkt.");
        const QString after = QStringLiteral("Am 5. Dezember 2014 rollt der allerletzte Zafira vom Band. Das "
                                             "Image der Stadt ist am Tiefpunkt.");
        const QList<DiffPiece> pieces = wordDiff(before, after);
        QCOMPARE(joined(pieces, Kind::Inserted), before);
        QCOMPARE(joined(pieces, Kind::Deleted), after);
        QVERIFY(pieces.contains(DiffPiece{Kind::Inserted, QStringLiteral("der Stadt ")}) ||
                pieces.contains(DiffPiece{Kind::Inserted, QStringLiteral(" der Stadt")}));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
