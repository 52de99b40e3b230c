#pragma once

#include "workarea.h"

#include "core/presskit.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QPrinter;
class QStandardItemModel;
class QUndoStack;

namespace Ui {
class KitsPage;
}

namespace pressdesk {

struct ChronicleDocument;
class EditController;
struct HouseStyle;
class KitListModel;
class KitPartsModel;
class Store;

// The Press Kits area: the kits beside the editor of the current one (title, date, release, cover photo
// and its parts in order, each part's settings), the checks before it is handed out, and export as one
// PDF or as a ZIP. Every change is saved at once as one undo step of the window's undo stack.
class KitsPage : public WorkArea
{
    Q_OBJECT
public:
    explicit KitsPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~KitsPage() override;

    void setStore(Store *store) override;
    void focusSearch() override;
    void createItem() override;
    QString createItemText() const override;
    void activate() override;
    bool commitPendingEdits() override;

    RecordId currentKitId() const { return m_kit.meta.id; }
    const PressKit &currentKit() const { return m_kit; }
    bool selectKit(RecordId id);
    RecordId newKit();
    bool deleteCurrent();
    bool addPart(KitPart::Kind kind);
    bool removeCurrentPart();
    bool movePart(int from, int to);
    bool exportTo(const QString &path);
    // The whole kit on a printer (a part alone: its pages, as the contents list them, in the dialog).
    bool printTo(QPrinter *printer);
    // The chronicle handout of the kit's fact sheet (its category and years; the whole timeline without
    // one): to a printer, or as PDF for the print shop.
    bool printChronicleTo(QPrinter *printer, bool a3);
    bool exportChronicleTo(const QString &path, bool a3);
    QStringList checks() const { return m_checks; }

private:
    void setUpActions();
    void showKit(const PressKit &kit);
    void showPartSettings();
    void fillChoices(const KitPart &part);
    void updateChecks();
    void reloadCurrent();
    // Saves `after` over the current kit as one undo step named text; true when it was saved.
    bool change(const PressKit &after, const QString &text);
    void changeCurrentPart(const KitPart &part, const QString &text);
    int currentPartRow() const;
    bool exportKit(bool zip);
    void printPreview();
    void printKit();
    void chroniclePreview(bool a3);
    void exportChronicle(bool a3);
    bool chronicle(ChronicleDocument &document, HouseStyle &style);

    std::unique_ptr<Ui::KitsPage> m_ui;
    QPointer<Store> m_store;
    EditController *m_controller;
    KitListModel *m_kits = nullptr;
    KitPartsModel *m_parts;
    QStandardItemModel *m_choices;
    PressKit m_kit;
    QStringList m_checks;
    QTimer m_textTimer; // an extra page's text is saved when typing pauses
    bool m_filling = false;
    bool m_loaded = false;
};

} // namespace pressdesk
