#pragma once

#include "core/milestone.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MilestoneEditor;
}

namespace pressdesk {

// Edits one milestone. Problems are shown beside their field as the user types, and Save stays disabled
// until the milestone is valid: an empty title, an impossible date or an end before the start cannot be
// saved.
class MilestoneEditor : public QDialog
{
    Q_OBJECT
public:
    MilestoneEditor(const QList<Category> &categories, QWidget *parent = nullptr);
    ~MilestoneEditor() override;

    void setMilestone(const Milestone &milestone);
    // The values as edited, with the id and revision of the milestone that was set.
    Milestone milestone() const;
    bool isValid() const { return m_valid; }

private:
    void validate();
    void precisionChosen(int comboIndex);
    static void showProblem(QLabel *label, QLineEdit *edit, const QString &message);

    std::unique_ptr<Ui::MilestoneEditor> m_ui;
    Milestone m_original;
    bool m_valid = false;
    bool m_titleTouched = false; // a new milestone's empty title is not a mistake until it was left empty
};

} // namespace pressdesk
