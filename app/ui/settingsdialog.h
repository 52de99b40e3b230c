#pragma once

#include "core/housestyle.h"
#include "core/record.h"
#include "core/releasedefaults.h"
#include "core/uilanguage.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace pressdesk {

class Store;

// Edit → Settings: the office's settings (organisation, house style, what new releases start with),
// stored in the open file so that they travel with it, and the user's own (language, export folder),
// stored in QSettings. OK saves the office's in one transaction; a problem keeps the dialog open with
// the problem named, nothing saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a file (store null) only the personal choices can be made.
    explicit SettingsDialog(Store *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // After OK: the language chosen, and whether it differs from the one before.
    UiLanguage::Choice language() const;
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void load();
    void fillChoices();
    void fillContactList();
    void chooseLogo();
    void setLogo(const QByteArray &logo);
    void chooseAccentColour();
    void updateFontCheck();
    HouseStyle houseStyle() const;
    ReleaseDefaults releaseDefaults() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Store *m_store;
    HouseStyle m_storedStyle; // keeps what the dialog does not show (a future key) as it was
    QByteArray m_logo;
    QList<RecordId> m_contactIds;
    QHash<RecordId, QString> m_contactNames;
    bool m_languageChanged = false;
};

} // namespace pressdesk
