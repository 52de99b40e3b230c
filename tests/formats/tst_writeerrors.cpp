// Every writer says so when the device refuses its bytes (a full disk, a pulled stick): it returns false
// with a message, never success with a half-written file.

#include "core/partialdate.h"
#include "failingdevice.h"
#include "formats/contactcsv.h"
#include "formats/timelinecsv.h"
#include "formats/timelinejson.h"
#include "formats/vcard.h"

#include <QTest>

using namespace pressdesk;

class TestWriteErrors : public QObject
{
    Q_OBJECT

private:
    static QList<Milestone> milestones()
    {
        QList<Milestone> all;
        for (int year = 2014; year <= 2020; ++year) {
            Milestone milestone;
            milestone.meta.id = year;
            milestone.start = PartialDate::fromYear(year);
            milestone.title = QStringLiteral("Meilenstein %1 mit einem langen Titel").arg(year);
            milestone.status = MilestoneStatus::Approved;
            all.append(milestone);
        }
        return all;
    }

    static QList<Contact> contacts()
    {
        QList<Contact> all;
        for (int i = 0; i < 20; ++i) {
            Contact contact;
            contact.meta.id = i + 1;
            contact.givenName = QStringLiteral("Lena %1").arg(i);
            contact.familyName = QStringLiteral("Müller");
            ContactChannel mail;
            mail.kind = ChannelKind::Email;
            mail.value = QStringLiteral("l%1@example.org").arg(i);
            mail.isPublic = true;
            contact.channels.append(mail);
            all.append(contact);
        }
        return all;
    }

private Q_SLOTS:
    void writersReportARefusedWrite_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("acceptedBytes");
        for (const char *format : {"timeline json", "timeline csv", "contacts csv", "vcard"}) {
            QTest::addRow("%s, nothing accepted", format) << QString::fromLatin1(format) << 0;
            QTest::addRow("%s, cut after 100 bytes", format) << QString::fromLatin1(format) << 100;
        }
    }

    void writersReportARefusedWrite()
    {
        QFETCH(QString, format);
        QFETCH(int, acceptedBytes);
        testsupport::FailingDevice device(acceptedBytes);
        QVERIFY(device.open(QIODevice::WriteOnly));
        Result<void> written;
        if (format == QLatin1String("timeline json"))
            written = TimelineJson::write(&device, milestones(), {}, TimelineJsonOptions{});
        else if (format == QLatin1String("timeline csv"))
            written = TimelineCsv::write(&device, milestones(), {}, TimelineCsvOptions{});
        else if (format == QLatin1String("contacts csv"))
            written = ContactCsv::write(&device, contacts(), {}, false, QLatin1Char(','));
        else
            written = VCard::write(&device, contacts(), {}, false);
        QVERIFY2(!written, "a refused write must not be reported as success");
        QCOMPARE(int(written.error().kind), int(Error::Kind::Io));
        QVERIFY2(!written.errorMessage().isEmpty(), "the failure comes with a message");
        QVERIFY(device.written().size() <= acceptedBytes);
    }
};

QTEST_GUILESS_MAIN(TestWriteErrors)
#include "tst_writeerrors.moc"
