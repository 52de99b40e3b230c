#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace Ui {
class AreaPage;
}

namespace pressdesk {

class RecordTableModel;

// One area of the main window (Timeline, Quotes, …): a filterable, sortable table of its records.
class AreaPage : public QWidget
{
    Q_OBJECT
public:
    AreaPage(const QString &title, const QString &emptyText, QWidget *parent = nullptr);
    ~AreaPage() override;

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
};

} // namespace pressdesk
