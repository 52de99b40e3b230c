#pragma once

#include <QLabel>

namespace pressdesk {

// The heading of an area ("Quotes", "Contacts"): bold and larger than the desktop's font, relative to it so
// that a user's larger font stays larger. Promoted from QLabel in the area forms.
class AreaTitle : public QLabel
{
    Q_OBJECT
public:
    explicit AreaTitle(QWidget *parent = nullptr);
};

} // namespace pressdesk
