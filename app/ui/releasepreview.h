#pragma once

#include "core/housestyle.h"
#include "core/releasedocument.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace pressdesk {

// The release's pages as they will print, beside the editor. Layout and drawing run on a worker thread
// (ReleasePages, the renderer of the PDF and of printing), so typing is never held up; a newer request
// replaces one still running, and only the newest result is shown.
class ReleasePreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit ReleasePreview(QWidget *parent = nullptr);
    ~ReleasePreview() override;

    void render(const ReleaseDocument &document, const HouseStyle &style);
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    const QList<QImage> &pages() const { return m_pages; }
    bool isRendering() const { return m_watcher.isRunning() || m_pending; }
    QString message() const; // why nothing is shown (fonts missing), empty otherwise

Q_SIGNALS:
    void rendered(int pageCount);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Outcome
    {
        int generation = 0;
        QList<QImage> pages;
        QString error;
    };
    void start();
    void finished();
    void showPages();

    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
    bool m_pending = false; // a request waits for the running one to end
    ReleaseDocument m_document;
    HouseStyle m_style;
    bool m_hasDocument = false;
    QList<QImage> m_pages;
    QString m_error;
    QWidget *m_canvas;
    QVBoxLayout *m_canvasLayout;
    QList<QLabel *> m_labels;
    QLabel *m_messageLabel;
};

} // namespace pressdesk
