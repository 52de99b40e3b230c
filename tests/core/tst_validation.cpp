#include "core/contact.h"
#include "core/milestone.h"
#include "core/pressrelease.h"
#include "core/quote.h"

#include <QRegularExpression>
#include <QTest>

using namespace pressdesk;

// Validation speaks to the user: each rule gives a message naming the problem, on the right field.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void milestoneRules_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("sourceUrl");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("valid year") << "DHL kommt"
                                    << "2016"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
        QTest::newRow("valid range") << "Bochum Strategie"
                                     << "2016"
                                     << "2020"
                                     << "https://www.example.org/s"
                                     << ""
                                     << "";
        QTest::newRow("range within one year") << "Umbau"
                                               << "2016"
                                               << "2016-03-01"
                                               << ""
                                               << ""
                                               << "";
        QTest::newRow("empty title") << ""
                                     << "2016"
                                     << ""
                                     << ""
                                     << "title"
                                     << "needs a title";
        QTest::newRow("blank title") << "   "
                                     << "2016"
                                     << ""
                                     << ""
                                     << "title"
                                     << "needs a title";
        QTest::newRow("no date") << "DHL kommt"
                                 << ""
                                 << ""
                                 << ""
                                 << "start"
                                 << "needs a date";
        QTest::newRow("end before start") << "Umbau"
                                          << "2018"
                                          << "2017-12"
                                          << ""
                                          << "end"
                                          << "before the start";
        QTest::newRow("bad link") << "DHL kommt"
                                  << "2016"
                                  << ""
                                  << "www example"
                                  << "sourceUrl"
                                  << "web address";
    }

    void milestoneRules()
    {
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, sourceUrl);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Milestone milestone;
        milestone.title = title;
        milestone.start = PartialDate::fromIsoString(start);
        milestone.end = PartialDate::fromIsoString(end);
        milestone.sourceUrl = sourceUrl;
        const ValidationResult result = milestone.validate();
        QCOMPARE(result.isValid(), field.isEmpty());
        if (!field.isEmpty()) {
            QVERIFY2(result.messageFor(field).contains(messagePart), qPrintable(result.summary()));
            QCOMPARE(result.problems().size(), 1);
        }
    }

    void categoryColourMustBeHex()
    {
        Category category;
        category.name = QStringLiteral("Ansiedlung");
        QVERIFY(category.validate().isValid());
        category.colour = QStringLiteral("blue");
        QVERIFY(!category.validate().messageFor(QStringLiteral("colour")).isEmpty());
        category.colour = QStringLiteral("#12ab9F");
        category.name = QStringLiteral(" ");
        QVERIFY(!category.validate().messageFor(QStringLiteral("name")).isEmpty());
    }

    void contactRules_data()
    {
        QTest::addColumn<QString>("familyName");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");

        QTest::newRow("e-mail") << "Müller" << int(ChannelKind::Email) << "presse@example.org" << true;
        QTest::newRow("phone with spaces") << "Müller" << int(ChannelKind::Phone) << "0234 555 1001" << true;
        QTest::newRow("international phone")
            << "Müller" << int(ChannelKind::Mobile) << "+49 (170) 555-1001" << true;
        QTest::newRow("no name") << "" << int(ChannelKind::Email) << "presse@example.org" << false;
        QTest::newRow("bad e-mail") << "Müller" << int(ChannelKind::Email) << "presse.example.org" << false;
        QTest::newRow("letters as phone") << "Müller" << int(ChannelKind::Phone) << "call me" << false;
        QTest::newRow("empty channel") << "Müller" << int(ChannelKind::Web) << "  " << false;
    }

    void contactRules()
    {
        QFETCH(QString, familyName);
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        Contact contact;
        contact.familyName = familyName;
        contact.channels.append({0, ChannelKind(kind), value, QString(), true});
        QCOMPARE(contact.validate().isValid(), valid);
    }

    void channelChecksAgreeWithTheirRegularExpressions()
    {
        // The e-mail and phone checks are written out by hand (an import checks a million of them); they
        // must accept exactly what the regular expressions they replace accepted.
        const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()/\\-.]{3,}$"));
        QStringList values{QStringLiteral("presse@example.org"),
                           QStringLiteral("a@b.c"),
                           QStringLiteral("a@.bc"),
                           QStringLiteral("a@bc."),
                           QStringLiteral("@b.c"),
                           QStringLiteral("a@@b.c"),
                           QStringLiteral("a@b@c.d"),
                           QStringLiteral("a b@c.d"),
                           QStringLiteral("a@b\tc.d"),
                           QStringLiteral("jörg.weiß@straße.de"),
                           QStringLiteral("a@b..c"),
                           QStringLiteral("a@.b.c"),
                           QStringLiteral("a.b@c"),
                           QStringLiteral("a@b.c\u00a0d"),
                           QStringLiteral("a@b.c\u2003d"),
                           QStringLiteral("+"),
                           QStringLiteral("+12"),
                           QStringLiteral("+123"),
                           QStringLiteral("123"),
                           QStringLiteral("12"),
                           QStringLiteral("++123"),
                           QStringLiteral("0234 555-1001"),
                           QStringLiteral("(0234) 5/55.1001"),
                           QStringLiteral("0234 555 1001 x"),
                           QStringLiteral("\u0661\u0662\u0663"),
                           QStringLiteral("1+23"),
                           QStringLiteral("12\v3"),
                           QStringLiteral("a@b.c\v")};
        // And every string of up to four characters over the characters that matter.
        const QString alphabet = QStringLiteral("a@. +1(\t\u00a0");
        QStringList shorter{QString()};
        for (int length = 1; length <= 4; ++length) {
            QStringList longer;
            for (const QString &prefix : std::as_const(shorter)) {
                for (const QChar c : alphabet)
                    longer.append(prefix + c);
            }
            values += longer;
            shorter = longer;
        }
        for (const QString &value : std::as_const(values)) {
            for (const ChannelKind kind : {ChannelKind::Email, ChannelKind::Phone}) {
                Contact contact;
                contact.familyName = QStringLiteral("Müller");
                contact.channels.append({0, kind, value, QString(), true});
                const QString trimmed = value.trimmed();
                const bool expected = !trimmed.isEmpty() &&
                                      (kind == ChannelKind::Email ? email : phone).match(trimmed).hasMatch();
                QVERIFY2(contact.validate().isValid() == expected,
                         qPrintable(QStringLiteral("%1 \"%2\"")
                                        .arg(kind == ChannelKind::Email ? QStringLiteral("e-mail")
                                                                        : QStringLiteral("phone"),
                                             value)));
            }
        }
    }

    void consentCannotLieInTheFuture()
    {
        Contact contact;
        contact.familyName = QStringLiteral("Weißenberg");
        contact.consentOn = QDate::currentDate().addDays(3);
        QVERIFY(!contact.validate().messageFor(QStringLiteral("consentOn")).isEmpty());
        contact.consentOn = QDate::currentDate();
        QVERIFY(contact.validate().isValid());
    }

    void authorisationTransitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = AuthorisationState;
        const S all[] = {S::Draft, S::Requested, S::Authorised, S::Withdrawn};
        const QList<QPair<S, S>> legal = {{S::Draft, S::Requested},
                                          {S::Requested, S::Authorised},
                                          {S::Requested, S::Draft},
                                          {S::Authorised, S::Withdrawn}};
        for (S from : all) {
            for (S to : all) {
                const QByteArray name =
                    toStorageString(from).toLatin1() + " -> " + toStorageString(to).toLatin1();
                QTest::newRow(name.constData()) << int(from) << int(to) << legal.contains({from, to});
            }
        }
    }

    void authorisationTransitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(AuthorisationState(from), AuthorisationState(to)), allowed);
    }

    void quoteRules()
    {
        Quote quote;
        quote.text = QStringLiteral("Wir sind natürlich auch ein bisschen stolz.");
        quote.speakerId = 1;
        QVERIFY(quote.validate().isValid());
        quote.state = AuthorisationState::Authorised;
        QVERIFY(!quote.validate().messageFor(QStringLiteral("authorisedBy")).isEmpty());
        quote.authorisedBy = QStringLiteral("Thomas Eiskirch");
        QVERIFY(quote.validate().isValid());
        quote.speakerId = 0;
        quote.text.clear();
        QCOMPARE(quote.validate().problems().size(), 2);
    }

    void storageNamesRoundTrip()
    {
        for (AuthorisationState state : {AuthorisationState::Draft, AuthorisationState::Requested,
                                         AuthorisationState::Authorised, AuthorisationState::Withdrawn}) {
            bool ok = false;
            QCOMPARE(authorisationStateFromString(toStorageString(state), &ok), state);
            QVERIFY(ok);
        }
        for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Phone, ChannelKind::Mobile,
                                 ChannelKind::Web, ChannelKind::Fax, ChannelKind::Other}) {
            bool ok = false;
            QCOMPARE(channelKindFromString(toStorageString(kind), &ok), kind);
            QVERIFY(ok);
        }
        bool ok = true;
        releaseStateFromString(QStringLiteral("sent"), &ok);
        QVERIFY(!ok);
        milestoneStatusFromString(QStringLiteral("APPROVED"), &ok);
        QVERIFY(!ok);
    }

    void releaseEmbargoMustNotOutlastReleaseDate()
    {
        PressRelease release;
        release.headline = QStringLiteral("Bilanz");
        release.releaseDate = QDate(2020, 12, 7);
        release.embargoUntil = QDateTime(QDate(2020, 12, 8), QTime(10, 0), Qt::UTC);
        QVERIFY(!release.validate().messageFor(QStringLiteral("embargoUntil")).isEmpty());
        release.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(6, 0), Qt::UTC);
        QVERIFY(release.validate().isValid());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
