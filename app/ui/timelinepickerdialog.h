#pragma once

#include "core/releasecontent.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class TimelinePickerDialog;
}

namespace pressdesk {

class Store;

// Picks what a timeline block of a release shows: milestones ticked in a list, or every approved milestone
// of a year range (and a category). The preview shows the year list as the release will print it.
class TimelinePickerDialog : public QDialog
{
    Q_OBJECT
public:
    TimelinePickerDialog(Store &store, QWidget *parent = nullptr);
    ~TimelinePickerDialog() override;

    TimelineSelection selection() const;
    // For tests and callers that know what they want.
    void tickMilestones(const QList<RecordId> &ids);
    void chooseRange(int fromYear, int toYear, RecordId categoryId = 0);
    QString previewText() const;

private:
    void fill();
    void updatePreview();

    std::unique_ptr<Ui::TimelinePickerDialog> m_ui;
    Store &m_store;
    QStandardItemModel *m_milestones;
};

} // namespace pressdesk
