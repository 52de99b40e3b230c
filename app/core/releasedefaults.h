#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// What a new press release starts with, and how it is exported unless the user says otherwise: an office
// setting kept in the file, so that every colleague's new release has the same place, boilerplate and
// Pressekontakt.
struct ReleaseDefaults
{
    QString place;                          // the Spitzmarke's place: "Bochum"
    RecordId boilerplateOrganisationId = 0; // 0: none
    QList<RecordId> contactIds;             // the Pressekontakt, in the order printed
    bool exportPdfa = false;                // the plain PDF export writes PDF/A (the archive's form)

    // Whether any default was set; an office without them gets the newest release's instead.
    bool isEmpty() const
    {
        return place.trimmed().isEmpty() && boilerplateOrganisationId == 0 && contactIds.isEmpty();
    }

    friend bool operator==(const ReleaseDefaults &a, const ReleaseDefaults &b)
    {
        return a.place == b.place && a.boilerplateOrganisationId == b.boilerplateOrganisationId &&
               a.contactIds == b.contactIds && a.exportPdfa == b.exportPdfa;
    }

    QByteArray toJson() const;
    // Unknown keys are ignored and missing ones keep their defaults.
    static Result<ReleaseDefaults> fromJson(const QByteArray &json);
};

} // namespace pressdesk
