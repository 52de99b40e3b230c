#pragma once

#include "record.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace pressdesk {

// One part of a press kit ("Pressemappe"), in the order the press officer set. Each part starts on a
// page of its own in the kit's PDF and is a file of its own in the ZIP where it has one.
struct KitPart
{
    enum class Kind
    {
        Release,    // the kit's press release
        FactSheet,  // "Daten und Fakten": milestones of the timeline by year, with key figures
        Statements, // authorised quotes with speaker, role at the time, date and occasion
        Contacts,   // press contacts, public channels only
        Photos,     // photos with caption, credit and licence
        Text,       // an extra page of text
    };
    Kind kind = Kind::Release;
    // FactSheet: one category (0: all), a range of years (0: open).
    RecordId categoryId = 0;
    int fromYear = 0;
    int toYear = 0;
    // Statements (quotes), Contacts (contacts), Photos (assets): the chosen records in order. Empty
    // statements or contacts take the release's own.
    QList<RecordId> ids;
    // Text: its heading and text (paragraphs separated by blank lines).
    QString title;
    QString text;

    bool operator==(const KitPart &other) const
    {
        return kind == other.kind && categoryId == other.categoryId && fromYear == other.fromYear &&
               toYear == other.toYear && ids == other.ids && title == other.title && text == other.text;
    }
};
QString toStorageString(KitPart::Kind kind);
KitPart::Kind kitPartKindFromString(const QString &text, bool *ok = nullptr);

struct PressKit
{
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    RecordMeta meta;
    QString title; // "Pressemappe: Sechs Jahre Mark 51°7"
    QDate date;    // the press conference
    RecordId releaseId = 0;
    RecordId coverAssetId = 0; // an optional photo on the cover
    QList<KitPart> parts;

    ValidationResult validate() const;
    // The parts as stored in the kit's row; fromJson refuses what it cannot read, naming the problem.
    QByteArray partsJson() const;
    static Result<QList<KitPart>> partsFromJson(const QByteArray &json);
};

} // namespace pressdesk
