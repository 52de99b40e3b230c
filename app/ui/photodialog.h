#pragma once

#include "core/pressrelease.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PhotoDialog;
}

namespace pressdesk {

// A photo for a release: an image file (kept in the database file as an asset, so the release travels
// whole), its caption, credit and licence. Caption and credit are required: a press photo is never printed
// without them.
class PhotoDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PhotoDialog(QWidget *parent = nullptr);
    ~PhotoDialog() override;

    // Reads an image file; false (and a message in the dialog) when it is not an image that can be used.
    bool loadFile(const QString &path);
    Asset asset() const;

    static constexpr qint64 MaximumBytes = 25 * 1024 * 1024;

private:
    void chooseFile();
    void updateOk();

    std::unique_ptr<Ui::PhotoDialog> m_ui;
    Asset m_asset;
};

} // namespace pressdesk
