#pragma once

#include "core/contact.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class AddressListEditor;
}

namespace pressdesk {

// The postal addresses of a contact or an organisation, edited one at a time in German order (street;
// addition, PO box; postcode, city; region, country; kind, public, preferred). A combo box picks the
// address shown when there are several; "Add Address" starts another, "Remove" drops the one shown. A
// new address is a work address and internal, like a typed channel: a home address never reaches a
// release by default.
class AddressListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AddressListEditor(QWidget *parent = nullptr);
    ~AddressListEditor() override;

    void setAddresses(const QList<PostalAddress> &addresses);
    // The addresses as edited, trimmed; empty ones left out. Unchanged addresses keep their ids.
    QList<PostalAddress> addresses() const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // Asked before an address is made public (the contact form asks for consent, as for a channel);
    // false keeps it internal.
    void setPublicationCheck(std::function<bool()> check) { m_publicationCheck = std::move(check); }

Q_SIGNALS:
    void edited();

private:
    static PostalAddress newAddress();
    void showCurrent();
    void takeFields();
    void refreshSelector();
    void addAddress();
    void removeAddress();
    void preferredToggled(bool preferred);
    void publicToggled(bool isPublic);
    QString summary(int index) const;

    std::unique_ptr<Ui::AddressListEditor> m_ui;
    QList<PostalAddress> m_addresses; // never empty: an empty entry stands for "no address yet"
    int m_current = 0;
    bool m_loading = false;
    std::function<bool()> m_publicationCheck;
};

} // namespace pressdesk
