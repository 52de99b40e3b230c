#pragma once

#include "core/contact.h"

#include <QString>

namespace pressdesk {

// One contact as a reader (vCard, CSV) found it, before it is matched against the store. The
// organisation is carried by name because the file knows no ids; the importer finds or creates it. The
// department is the contact's own field.
struct ParsedContact
{
    Contact contact;
    QString organisationName;
    int line = 0; // first line of the record in the file (1-based)
};

} // namespace pressdesk
