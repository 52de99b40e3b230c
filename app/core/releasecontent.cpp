#include "releasecontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace pressdesk {

namespace {

// The stored names of the kinds; never translated, never renamed (files keep them).
struct KindName
{
    ReleaseBlock::Kind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {ReleaseBlock::Kind::Paragraph, "paragraph"}, {ReleaseBlock::Kind::Subheading, "subheading"},
    {ReleaseBlock::Kind::BulletList, "list"},     {ReleaseBlock::Kind::Quote, "quote"},
    {ReleaseBlock::Kind::Timeline, "timeline"},   {ReleaseBlock::Kind::Photo, "photo"},
};

QString kindName(ReleaseBlock::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QString();
}

QJsonArray runsToJson(const TextRuns &runs)
{
    QJsonArray array;
    for (const TextRun &run : runs) {
        QJsonObject object{{QStringLiteral("text"), run.text}};
        if (run.bold)
            object.insert(QStringLiteral("bold"), true);
        if (run.italic)
            object.insert(QStringLiteral("italic"), true);
        if (!run.link.isEmpty())
            object.insert(QStringLiteral("link"), run.link);
        array.append(object);
    }
    return array;
}

QJsonArray idsToJson(const QList<RecordId> &ids)
{
    QJsonArray array;
    for (RecordId id : ids)
        array.append(id);
    return array;
}

// Reads the stored form strictly: a value of the wrong type is an error, not a default.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseContent)
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool readRuns(int block, const QJsonValue &value, TextRuns &runs)
    {
        if (!value.isArray())
            return fail(tr("Block %1: the text is not a list of runs.").arg(block + 1));
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject object = entry.toObject();
            if (!entry.isObject() || !object.value(QLatin1String("text")).isString())
                return fail(tr("Block %1: a run of text has no text.").arg(block + 1));
            TextRun run;
            run.text = object.value(QLatin1String("text")).toString();
            run.bold = object.value(QLatin1String("bold")).toBool();
            run.italic = object.value(QLatin1String("italic")).toBool();
            run.link = object.value(QLatin1String("link")).toString();
            runs.append(run);
        }
        return true;
    }

    bool readId(int block, const QJsonObject &object, const char *key, RecordId &id)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return fail(tr("Block %1: “%2” is not a record number.").arg(block + 1).arg(QLatin1String(key)));
        id = qint64(value.toDouble());
        return true;
    }

    bool readIds(int block, const QJsonObject &object, const char *key, QList<RecordId> &ids)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(
                tr("Block %1: “%2” is not a list of record numbers.").arg(block + 1).arg(QLatin1String(key)));
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isDouble() || entry.toDouble() != double(qint64(entry.toDouble())))
                return fail(tr("Block %1: “%2” is not a list of record numbers.")
                                .arg(block + 1)
                                .arg(QLatin1String(key)));
            ids.append(qint64(entry.toDouble()));
        }
        return true;
    }

    bool readDate(int block, const QJsonObject &object, const char *key, PartialDate &date)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        date = PartialDate::fromIsoString(value.toString());
        if (!value.isString() || !date.isValid())
            return fail(tr("Block %1: “%2” is not a date.").arg(block + 1).arg(QLatin1String(key)));
        return true;
    }

    bool readBlock(int index, const QJsonValue &value, ReleaseBlock &block)
    {
        if (!value.isObject())
            return fail(tr("Block %1 is not a block.").arg(index + 1));
        const QJsonObject object = value.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        const auto known =
            std::find_if(std::begin(kindNames), std::end(kindNames),
                         [&](const KindName &entry) { return type == QLatin1String(entry.name); });
        if (known == std::end(kindNames))
            return fail(tr("Block %1: unknown kind of block “%2”.").arg(index + 1).arg(type));
        block.kind = known->kind;
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
        case ReleaseBlock::Kind::Subheading:
            return readRuns(index, object.value(QLatin1String("runs")), block.runs);
        case ReleaseBlock::Kind::BulletList: {
            const QJsonValue items = object.value(QLatin1String("items"));
            if (!items.isArray())
                return fail(tr("Block %1: the list has no items.").arg(index + 1));
            for (const QJsonValue &item : items.toArray()) {
                TextRuns runs;
                if (!readRuns(index, item, runs))
                    return false;
                block.items.append(runs);
            }
            return true;
        }
        case ReleaseBlock::Kind::Quote:
            return readId(index, object, "quote", block.quoteId);
        case ReleaseBlock::Kind::Photo:
            return readId(index, object, "asset", block.assetId);
        case ReleaseBlock::Kind::Timeline:
            return readIds(index, object, "milestones", block.timeline.milestoneIds) &&
                   readIds(index, object, "categories", block.timeline.categoryIds) &&
                   readDate(index, object, "from", block.timeline.from) &&
                   readDate(index, object, "to", block.timeline.to);
        }
        return fail(tr("Block %1: unknown kind of block “%2”.").arg(index + 1).arg(type));
    }
};

void appendOnce(QList<RecordId> &ids, RecordId id)
{
    if (id != 0 && !ids.contains(id))
        ids.append(id);
}

} // namespace

bool isAllowedLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

QString plainText(const TextRuns &runs)
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    return text;
}

ReleaseBlock ReleaseBlock::paragraph(const QString &text)
{
    ReleaseBlock block;
    block.kind = Kind::Paragraph;
    block.runs = {TextRun{text, false, false, QString()}};
    return block;
}

ReleaseBlock ReleaseBlock::subheading(const QString &text)
{
    ReleaseBlock block = paragraph(text);
    block.kind = Kind::Subheading;
    return block;
}

ReleaseBlock ReleaseBlock::quote(RecordId quoteId)
{
    ReleaseBlock block;
    block.kind = Kind::Quote;
    block.quoteId = quoteId;
    return block;
}

ReleaseBlock ReleaseBlock::photo(RecordId assetId)
{
    ReleaseBlock block;
    block.kind = Kind::Photo;
    block.assetId = assetId;
    return block;
}

ReleaseBlock ReleaseBlock::milestones(const QList<RecordId> &milestoneIds)
{
    ReleaseBlock block;
    block.kind = Kind::Timeline;
    block.timeline.milestoneIds = milestoneIds;
    return block;
}

QByteArray ReleaseContent::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

QJsonObject ReleaseContent::toJsonObject() const
{
    QJsonArray blockArray;
    for (const ReleaseBlock &block : blocks) {
        QJsonObject object{{QStringLiteral("type"), kindName(block.kind)}};
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
        case ReleaseBlock::Kind::Subheading:
            object.insert(QStringLiteral("runs"), runsToJson(block.runs));
            break;
        case ReleaseBlock::Kind::BulletList: {
            QJsonArray items;
            for (const TextRuns &item : block.items)
                items.append(runsToJson(item));
            object.insert(QStringLiteral("items"), items);
            break;
        }
        case ReleaseBlock::Kind::Quote:
            object.insert(QStringLiteral("quote"), block.quoteId);
            break;
        case ReleaseBlock::Kind::Photo:
            object.insert(QStringLiteral("asset"), block.assetId);
            break;
        case ReleaseBlock::Kind::Timeline:
            if (!block.timeline.milestoneIds.isEmpty())
                object.insert(QStringLiteral("milestones"), idsToJson(block.timeline.milestoneIds));
            if (!block.timeline.categoryIds.isEmpty())
                object.insert(QStringLiteral("categories"), idsToJson(block.timeline.categoryIds));
            if (block.timeline.from.isValid())
                object.insert(QStringLiteral("from"), block.timeline.from.toIsoString());
            if (block.timeline.to.isValid())
                object.insert(QStringLiteral("to"), block.timeline.to.toIsoString());
            break;
        }
        blockArray.append(object);
    }
    return QJsonObject{{QStringLiteral("format"), FormatVersion}, {QStringLiteral("blocks"), blockArray}};
}

Result<ReleaseContent> ReleaseContent::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return makeError(Error::Kind::Corrupt,
                         tr("The text of the release is damaged: %1.").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const int format = root.value(QLatin1String("format")).toInt(0);
    if (format > FormatVersion)
        return makeError(Error::Kind::NewerVersion,
                         tr("The text of the release was written by a newer PressDesk (format %1); this one "
                            "reads format %2.")
                             .arg(format)
                             .arg(FormatVersion));
    if (!document.isObject() || format < 1 || !root.value(QLatin1String("blocks")).isArray())
        return makeError(Error::Kind::Corrupt, tr("The text of the release is damaged: it has no blocks."));
    ReleaseContent content;
    Reader reader;
    const QJsonArray blockArray = root.value(QLatin1String("blocks")).toArray();
    for (int index = 0; index < blockArray.size(); ++index) {
        ReleaseBlock block;
        if (!reader.readBlock(index, blockArray.at(index), block))
            return makeError(Error::Kind::Corrupt,
                             tr("The text of the release is damaged. %1").arg(reader.error));
        content.blocks.append(block);
    }
    if (const ValidationResult validation = content.validate(); !validation.isValid())
        return makeError(Error::Kind::Corrupt,
                         tr("The text of the release is damaged. %1").arg(validation.summary()));
    return content;
}

ValidationResult ReleaseContent::validate() const
{
    ValidationResult result;
    const QString field = QStringLiteral("body");
    const auto checkRuns = [&](int index, const TextRuns &runs) {
        for (const TextRun &run : runs) {
            if (run.text.contains(QLatin1Char('\n')) || run.text.contains(QChar::ParagraphSeparator))
                result.add(
                    field,
                    tr("Block %1: a line break inside a paragraph; make it two paragraphs.").arg(index + 1));
            if (!run.link.isEmpty() && !isAllowedLink(run.link))
                result.add(field,
                           tr("Block %1: “%2” is not a web or e-mail address.").arg(index + 1).arg(run.link));
        }
    };
    for (int index = 0; index < blocks.size(); ++index) {
        const ReleaseBlock &block = blocks.at(index);
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
            checkRuns(index, block.runs);
            break;
        case ReleaseBlock::Kind::Subheading:
            checkRuns(index, block.runs);
            if (plainText(block.runs).trimmed().isEmpty())
                result.add(field, tr("Block %1: a subheading without text.").arg(index + 1));
            break;
        case ReleaseBlock::Kind::BulletList:
            if (block.items.isEmpty())
                result.add(field, tr("Block %1: a list without items.").arg(index + 1));
            for (const TextRuns &item : block.items)
                checkRuns(index, item);
            break;
        case ReleaseBlock::Kind::Quote:
            if (block.quoteId <= 0)
                result.add(field, tr("Block %1: the quote block names no quote.").arg(index + 1));
            break;
        case ReleaseBlock::Kind::Photo:
            if (block.assetId <= 0)
                result.add(field, tr("Block %1: the photo block names no image.").arg(index + 1));
            break;
        case ReleaseBlock::Kind::Timeline: {
            const TimelineSelection &timeline = block.timeline;
            if (std::any_of(timeline.milestoneIds.begin(), timeline.milestoneIds.end(),
                            [](RecordId id) { return id <= 0; }))
                result.add(
                    field,
                    tr("Block %1: the timeline names a milestone that does not exist.").arg(index + 1));
            if (timeline.from.isValid() && timeline.to.isValid() && timeline.to < timeline.from)
                result.add(field, tr("Block %1: the timeline ends (%2) before it starts (%3).")
                                      .arg(index + 1)
                                      .arg(timeline.to.toDisplayString(), timeline.from.toDisplayString()));
            break;
        }
        }
    }
    return result;
}

namespace {
// The ids the blocks of one kind refer to, each once, in reading order.
template<typename IdsOfBlock>
QList<RecordId> collectIds(const QList<ReleaseBlock> &blocks, ReleaseBlock::Kind kind, IdsOfBlock idsOf)
{
    QList<RecordId> ids;
    for (const ReleaseBlock &block : blocks) {
        if (block.kind != kind)
            continue;
        for (RecordId id : idsOf(block))
            appendOnce(ids, id);
    }
    return ids;
}
} // namespace

QList<RecordId> ReleaseContent::quoteIds() const
{
    return collectIds(blocks, ReleaseBlock::Kind::Quote,
                      [](const ReleaseBlock &block) { return QList<RecordId>{block.quoteId}; });
}

QList<RecordId> ReleaseContent::chosenMilestoneIds() const
{
    return collectIds(blocks, ReleaseBlock::Kind::Timeline,
                      [](const ReleaseBlock &block) { return block.timeline.milestoneIds; });
}

QList<RecordId> ReleaseContent::assetIds() const
{
    return collectIds(blocks, ReleaseBlock::Kind::Photo,
                      [](const ReleaseBlock &block) { return QList<RecordId>{block.assetId}; });
}

} // namespace pressdesk
