// VCard::read on any bytes, as the import reads a file; then what it promises about its result: every
// contact has a name and passes the contact rules, every channel has a value and is internal, problems and
// warnings have their lines, and writing the contacts as vCard 4.0 and reading that again gives the same
// contacts, with no problem and no warning but those about values kept as text.
#include "formats/vcard.h"

#include "fuzzsupport.h"

#include <QBuffer>

#include <algorithm>

#include <cstddef>
#include <cstdint>

using namespace pressdesk;

namespace {

// What a contact carries through a round trip (the department is not written).
QString key(const ParsedContact &parsed)
{
    const Contact &c = parsed.contact;
    QStringList channels;
    for (const ContactChannel &channel : c.channels)
        channels.append(toStorageString(channel.kind) + QLatin1Char(':') + channel.value);
    return QStringList{c.honorific,
                       c.givenName,
                       c.familyName,
                       parsed.organisationName,
                       c.role,
                       channels.join(QLatin1Char(',')),
                       c.pressTopics.join(QLatin1Char(',')),
                       c.internalNote}
        .join(QLatin1Char('|'));
}

QStringList keys(const QList<ParsedContact> &contacts)
{
    QStringList result;
    for (const ParsedContact &parsed : contacts)
        result.append(key(parsed));
    return result;
}

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(QString::number(problem.line) + QStringLiteral(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

bool read(const QByteArray &bytes, QList<ParsedContact> *contacts, QList<Problem> *problems,
          QList<Problem> *warnings)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<VCardContent> content = VCard::read(&buffer);
    if (!content) {
        // The whole input refused: one problem for all of it, as line 0.
        problems->append(Problem{0, content.errorMessage()});
        return false;
    }
    *contacts = content->contacts;
    *problems = content->problems;
    *warnings = content->warnings;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ParsedContact> contacts;
    QList<Problem> problems;
    QList<Problem> warnings;
    const bool ok = read(bytes, &contacts, &problems, &warnings);
    if (!ok) {
        FUZZ_CHECK(contacts.isEmpty() && problems.size() == 1, describe(problems));
        return 0;
    }

    const int lineCount = int(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const QList<Problem> *list : {&problems, &warnings}) {
        for (const Problem &problem : *list)
            FUZZ_CHECK(!problem.message.isEmpty() && problem.line >= 1 && problem.line <= lineCount,
                       describe(*list));
    }
    QList<Contact> plain;
    QHash<RecordId, QString> organisations;
    for (const ParsedContact &parsed : contacts) {
        Contact contact = parsed.contact;
        contact.organisationId = RecordId(plain.size() + 1);
        organisations.insert(contact.organisationId, parsed.organisationName);
        FUZZ_CHECK(parsed.line >= 1 && parsed.line <= lineCount, key(parsed));
        FUZZ_CHECK(contact.validate().isValid(), key(parsed) + contact.validate().summary());
        for (const ContactChannel &channel : contact.channels)
            FUZZ_CHECK(!channel.value.isEmpty() && !channel.isPublic, key(parsed));
        plain.append(contact);
    }

    // What PressDesk writes, it reads back: vCard 4.0 with everything, then read again.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Result<void> written = VCard::write(&out, plain, organisations, true);
    FUZZ_CHECK(written.ok(), written.errorMessage());
    QList<ParsedContact> again;
    QList<Problem> againProblems;
    QList<Problem> againWarnings;
    if (plain.isEmpty())
        return 0;
    FUZZ_CHECK(read(out.data(), &again, &againProblems, &againWarnings),
               describe(againProblems) + QLatin1Char('\n') + QString::fromUtf8(out.data()));
    // An odd value (a phone field saying "ask Jenny") stays odd: it is written back as text and named again;
    // nothing else may be reported about what PressDesk wrote.
    qsizetype textChannels = 0;
    for (const Contact &contact : std::as_const(plain))
        textChannels +=
            std::count_if(contact.channels.cbegin(), contact.channels.cend(),
                          [](const ContactChannel &channel) { return channel.kind == ChannelKind::Other; });
    FUZZ_CHECK(againProblems.isEmpty() && againWarnings.size() <= textChannels,
               describe(againProblems + againWarnings));
    const QStringList before = keys(contacts);
    FUZZ_CHECK(keys(again) == before,
               QStringLiteral("before:\n%1\nafter:\n%2")
                   .arg(before.join(QLatin1Char('\n')), keys(again).join(QLatin1Char('\n'))));
    return 0;
}
