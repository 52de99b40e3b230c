#pragma once

#include "partialdate.h"
#include "record.h"
#include "result.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pressdesk {

// A stretch of paragraph text with one look: the inline formatting a release supports, nothing more.
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // an http(s) or mailto address; empty for plain text

    friend bool operator==(const TextRun &a, const TextRun &b)
    {
        return a.text == b.text && a.bold == b.bold && a.italic == b.italic && a.link == b.link;
    }
};
using TextRuns = QList<TextRun>;

// Whether a link may stand in a release: an http(s) address with a host, or a mailto address.
bool isAllowedLink(const QString &link);

// The text of runs without their formatting.
QString plainText(const TextRuns &runs);

// Which milestones a timeline block shows: the ones chosen by hand, in date order, or (when none are
// chosen) every approved milestone in a date range and, if any are named, in some categories.
struct TimelineSelection
{
    QList<RecordId> milestoneIds;
    PartialDate from; // invalid: open
    PartialDate to;   // invalid: open
    QList<RecordId> categoryIds;

    bool isFilter() const { return milestoneIds.isEmpty(); }
    friend bool operator==(const TimelineSelection &a, const TimelineSelection &b)
    {
        return a.milestoneIds == b.milestoneIds && a.from == b.from && a.to == b.to &&
               a.categoryIds == b.categoryIds;
    }
};

// One block of a release's body. Which members count depends on the kind.
struct ReleaseBlock
{
    enum class Kind
    {
        Paragraph,  // runs
        Subheading, // runs (plain text in practice)
        BulletList, // items
        Quote,      // quoteId: a quote of the register, rendered with its speaker's role at the time
        Timeline,   // timeline
        Photo,      // assetId: an image with caption, credit and licence
    };

    Kind kind = Kind::Paragraph;
    TextRuns runs;
    QList<TextRuns> items;
    RecordId quoteId = 0;
    TimelineSelection timeline;
    RecordId assetId = 0;

    static ReleaseBlock paragraph(const QString &text);
    static ReleaseBlock subheading(const QString &text);
    static ReleaseBlock quote(RecordId quoteId);
    static ReleaseBlock photo(RecordId assetId);
    static ReleaseBlock milestones(const QList<RecordId> &milestoneIds);

    friend bool operator==(const ReleaseBlock &a, const ReleaseBlock &b)
    {
        return a.kind == b.kind && a.runs == b.runs && a.items == b.items && a.quoteId == b.quoteId &&
               a.timeline == b.timeline && a.assetId == b.assetId;
    }
    friend bool operator!=(const ReleaseBlock &a, const ReleaseBlock &b) { return !(a == b); }
};

// The body of a release as data, not as markup: every output (plain text, PDF, print, ODT) reads this.
// Stored as JSON in the release's row; read back only when it is well-formed and every block is valid.
class ReleaseContent
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseContent)
public:
    // The version of the stored form this program writes; a newer one is refused, not misread.
    static constexpr int FormatVersion = 1;

    QList<ReleaseBlock> blocks;

    QByteArray toJson() const;
    QJsonObject toJsonObject() const; // what toJson() writes, for documents that embed it
    static Result<ReleaseContent> fromJson(const QByteArray &json);

    ValidationResult validate() const;
    bool isEmpty() const { return blocks.isEmpty(); }

    // The register entries the body refers to, each once, in the order of their first use.
    QList<RecordId> quoteIds() const;
    QList<RecordId> chosenMilestoneIds() const;
    QList<RecordId> assetIds() const;

    friend bool operator==(const ReleaseContent &a, const ReleaseContent &b) { return a.blocks == b.blocks; }
    friend bool operator!=(const ReleaseContent &a, const ReleaseContent &b) { return !(a == b); }
};

} // namespace pressdesk
