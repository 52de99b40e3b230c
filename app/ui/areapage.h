#pragma once

#include "workarea.h"

#include <functional>

#include <memory>

class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace Ui {
class AreaPage;
}

namespace pressdesk {

class RecordTableModel;
class Store;

// One area of the main window (Timeline, Quotes, …): a filterable, sortable table of its records.
class AreaPage : public WorkArea
{
    Q_OBJECT
public:
    // Makes the list's model for an open file.
    using ModelFactory = std::function<RecordTableModel *(Store *store, QObject *parent)>;

    AreaPage(const QString &title, const QString &emptyText, ModelFactory makeModel,
             QWidget *parent = nullptr);
    ~AreaPage() override;

    // A new model for the file (none without one); the previous model is deleted.
    void setStore(Store *store) override;

    void setModel(RecordTableModel *model);
    RecordTableModel *model() const { return m_model; }
    QTableView *tableView() const;
    QLineEdit *filterEdit() const;
    QString title() const { return m_title; }

private:
    void updateCount();

    std::unique_ptr<Ui::AreaPage> m_ui;
    QSortFilterProxyModel *m_proxy;
    RecordTableModel *m_model = nullptr;
    QString m_title;
    QString m_emptyText;
    ModelFactory m_makeModel;
};

} // namespace pressdesk
