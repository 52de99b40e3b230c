#pragma once

#include "core/contact.h"
#include "storage/organisationrepository.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class ContactEditor;
}

namespace pressdesk {

class ContactChannelModel;
class OrganisationChoiceModel;

// The detail form of one press contact, beside the contacts table. It does not write: Save emits
// saveRequested() and the page turns contact() into one undo step. Problems found by Contact::validate()
// are shown beside their field as the user types; Save stays disabled while there are any.
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactEditor(QWidget *parent = nullptr);
    ~ContactEditor() override;

    // The organisations to choose from; the chosen one stays chosen (if it still exists).
    void setOrganisations(const QList<OrganisationChoice> &organisations);
    // Topics offered by the completer of the press topics field.
    void setTopicSuggestions(const QStringList &topics);

    // Shows a contact (a new one when its id is 0) and forgets unsaved edits.
    void setContact(const Contact &contact);
    // The values as edited, with the id and revision of the contact that was set.
    Contact contact() const;
    const Contact &originalContact() const { return m_original; }
    RecordId contactId() const { return m_original.meta.id; }
    bool isNewContact() const { return m_original.meta.isNew(); }
    // The edited values differ from the contact that was set.
    bool isModified() const { return m_modified; }
    bool isValid() const { return m_valid; }
    // Shows every problem, also those held back while a new contact is still untouched.
    void showAllProblems();

    RecordId organisationId() const;
    // Chooses an organisation as the user would (marks the form modified).
    void chooseOrganisation(RecordId id);
    // Puts the keyboard focus into the first name field.
    void focusName();

    // "Stadtentwicklung, Haushalt; Kultur" → the topics, trimmed, without duplicates.
    static QStringList parseTopics(const QString &text);
    static bool sameFields(const Contact &a, const Contact &b);

Q_SIGNALS:
    void saveRequested();
    void modifiedChanged(bool modified);
    void editOrganisationRequested(RecordId organisationId);
    void newOrganisationRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLabelColumn();
    void selectOrganisationRow(RecordId id);
    void edited();
    void showPhoto(const Contact &contact);
    void updateDisplayNamePlaceholder();
    void validate();
    void updateHeading();
    void addChannel(ChannelKind kind);
    void removeChannel();
    void setConsentDate(const QDate &date);
    QDate consentDate() const;
    bool confirmPublicWithoutConsent();
    static void showProblem(QLabel *label, QWidget *field, const QString &message);

    std::unique_ptr<Ui::ContactEditor> m_ui;
    ContactChannelModel *m_channels;
    OrganisationChoiceModel *m_organisationChoices = nullptr;
    Contact m_original;
    bool m_modified = false;
    bool m_valid = false;
    bool m_showAll = false;
    bool m_loading = false;
    bool m_publicWithoutConsentConfirmed = false; // asked once per contact shown
};

} // namespace pressdesk
