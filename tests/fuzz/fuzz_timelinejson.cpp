// TimelineJson::read on any bytes, as the timeline import reads a TimelineJS file; then what it promises:
// on failure no milestones and one message, on success drafts the timeline's rules accept (a start, a
// headline, an end not before the start) and one trimmed group per milestone; and what it read it writes,
// and reads back just as many.
#include "formats/timelinejson.h"

#include "fuzzsupport.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace pressdesk;

namespace {

Result<TimelineJsonContent> read(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return TimelineJson::read(&buffer);
}

QString describe(const Milestone &milestone)
{
    return QStringLiteral("%1–%2 “%3”")
        .arg(milestone.start.toIsoString(), milestone.end.toIsoString(), milestone.title);
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
    const Result<TimelineJsonContent> content = read(bytes);
    if (!content) {
        FUZZ_CHECK(!content.errorMessage().isEmpty(), content.errorMessage());
        return 0;
    }
    const QList<Milestone> &milestones = content->milestones;
    const QList<QString> &groups = content->categoryNames;
    FUZZ_CHECK(groups.size() == milestones.size(), QString::number(groups.size()));

    // The groups become categories, as the import makes them.
    QList<Category> categories;
    QList<Milestone> named = milestones;
    for (qsizetype i = 0; i < named.size(); ++i) {
        const Milestone &milestone = named.at(i);
        FUZZ_CHECK(milestone.status == MilestoneStatus::Draft && milestone.meta.id == 0, describe(milestone));
        FUZZ_CHECK(milestone.validate().isValid(), describe(milestone) + milestone.validate().summary());
        FUZZ_CHECK(groups.at(i) == groups.at(i).trimmed(), groups.at(i));
        if (!groups.at(i).isEmpty()) {
            Category category;
            category.meta.id = RecordId(categories.size() + 1);
            category.name = groups.at(i);
            categories.append(category);
            named[i].categoryId = category.meta.id;
        }
        named[i].meta.id = RecordId(i + 1);
    }

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    TimelineJsonOptions options;
    options.includeDrafts = true;
    options.titleHeadline = QStringLiteral("Bochum");
    const Result<void> written = TimelineJson::write(&out, named, categories, options);
    FUZZ_CHECK(written.ok(), written.errorMessage());
    const Result<TimelineJsonContent> again = read(out.data());
    FUZZ_CHECK(again.ok() && again->milestones.size() == milestones.size(),
               again.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out.data()));
    return 0;
}
