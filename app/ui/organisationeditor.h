#pragma once

#include "core/contact.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class OrganisationEditor;
}

namespace pressdesk {

// Edits one organisation: name, kind, website, its postal addresses and the boilerplate paragraph
// ("Über …") that ends its press releases. Problems show beside their field; Save stays disabled until the
// organisation is valid.
class OrganisationEditor : public QDialog
{
    Q_OBJECT
public:
    explicit OrganisationEditor(QWidget *parent = nullptr);
    ~OrganisationEditor() override;

    // Kinds offered in the kind field (those already in use); the user may type another.
    void setKindSuggestions(const QStringList &kinds);
    void setOrganisation(const Organisation &organisation);
    // How many contacts belong to it (shown as a hint; -1 hides the hint).
    void setContactCount(int count);
    // The values as edited, with the id and revision of the organisation that was set.
    Organisation organisation() const;
    bool isValid() const { return m_valid; }

private:
    void validate();
    static void showProblem(QLabel *label, QLineEdit *edit, const QString &message);

    std::unique_ptr<Ui::OrganisationEditor> m_ui;
    Organisation m_original;
    bool m_valid = false;
};

} // namespace pressdesk
