#include "releasepreview.h"

#include "render/hyphenator.h"
#include "render/releasepages.h"

#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pressdesk {

ReleasePreview::ReleasePreview(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget)
    , m_canvasLayout(new QVBoxLayout(m_canvas))
    , m_messageLabel(new QLabel(m_canvas))
{
    setWidgetResizable(true);
    setAccessibleName(tr("Page preview"));
    m_canvas->setBackgroundRole(QPalette::Dark);
    m_canvas->setAutoFillBackground(true);
    m_canvasLayout->setSpacing(8);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_canvasLayout->addWidget(m_messageLabel);
    m_canvasLayout->addStretch(1);
    setWidget(m_canvas);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReleasePreview::finished);
    // The German hyphenation patterns take seconds to read: read them once, in the background, before
    // the first preview needs them.
    static const bool warming = [] {
        QThreadPool::globalInstance()->start([] { static_cast<void>(Hyphenator::isAvailable()); });
        return true;
    }();
    Q_UNUSED(warming);
}

ReleasePreview::~ReleasePreview()
{
    m_watcher.waitForFinished();
}

QString ReleasePreview::message() const
{
    return m_error;
}

void ReleasePreview::render(const ReleaseDocument &document, const HouseStyle &style)
{
    m_document = document;
    m_style = style;
    m_hasDocument = true;
    if (m_watcher.isRunning()) {
        m_pending = true; // started again when the running one ends: one worker at a time
        return;
    }
    start();
}

void ReleasePreview::clear()
{
    m_hasDocument = false;
    m_pending = false;
    ++m_generation;
    m_pages.clear();
    m_error.clear();
    showPages();
}

void ReleasePreview::start()
{
    m_pending = false;
    const int generation = ++m_generation;
    // As wide as the view, sharp on high-density screens.
    const int width = std::max(200, viewport()->width() - 24);
    const double dotsPerInch = width / (ReleasePages::pageWidth / 72.0) * devicePixelRatioF();
    const ReleaseDocument document = m_document;
    const HouseStyle style = m_style;
    m_watcher.setFuture(QtConcurrent::run([generation, document, style, dotsPerInch] {
        Outcome outcome;
        outcome.generation = generation;
        Result<ReleasePages> pages = ReleasePages::layOut(document, style);
        if (!pages) {
            outcome.error = pages.errorMessage();
            return outcome;
        }
        for (int page = 0; page < pages->pageCount(); ++page)
            outcome.pages.append(pages->pageImage(page, dotsPerInch));
        return outcome;
    }));
}

void ReleasePreview::finished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.generation == m_generation) {
        m_pages = outcome.pages;
        m_error = outcome.error;
        showPages();
        Q_EMIT rendered(int(m_pages.size()));
    }
    if (m_pending && m_hasDocument)
        start();
}

void ReleasePreview::showPages()
{
    while (m_labels.size() > m_pages.size())
        delete m_labels.takeLast();
    while (m_labels.size() < m_pages.size()) {
        auto *label = new QLabel(m_canvas);
        label->setAlignment(Qt::AlignHCenter);
        m_canvasLayout->insertWidget(m_canvasLayout->count() - 1, label);
        m_labels.append(label);
    }
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QPixmap pixmap = QPixmap::fromImage(m_pages.at(i));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_labels.at(i)->setPixmap(pixmap);
        m_labels.at(i)->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()));
    }
    m_messageLabel->setText(m_error);
    m_messageLabel->setVisible(!m_error.isEmpty());
}

void ReleasePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // Only a real change of width is worth new pages (a scroll bar appearing is not).
    if (m_hasDocument && !m_pages.isEmpty() &&
        std::abs(event->size().width() - event->oldSize().width()) > verticalScrollBar()->width())
        render(m_document, m_style);
}

} // namespace pressdesk
