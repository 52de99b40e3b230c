#pragma once

#include "core/milestone.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CategoryEditor;
}

namespace pressdesk {

// Name and colour of a timeline category; Save only while both are valid.
class CategoryEditor : public QDialog
{
    Q_OBJECT
public:
    explicit CategoryEditor(QWidget *parent = nullptr);
    ~CategoryEditor() override;

    void setCategory(const Category &category);
    Category category() const;

private:
    void validate();

    std::unique_ptr<Ui::CategoryEditor> m_ui;
    Category m_original;
};

} // namespace pressdesk
