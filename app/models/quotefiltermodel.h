#pragma once

#include "core/quote.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pressdesk {

// The quotes the register shows: by speaker, authorisation state, topic and text. Every typed word must
// occur in the wording, the occasion or the source; case and accents do not matter ("mull" finds
// "Müller"). Works on a QuoteListModel; sorts like a table.
class QuoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuoteFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setSpeakerId(RecordId speakerId); // 0: all speakers
    RecordId speakerId() const { return m_speakerId; }
    void setState(std::optional<AuthorisationState> state);
    std::optional<AuthorisationState> state() const { return m_state; }
    void setTopic(const QString &topic); // empty: all topics
    QString topic() const { return m_topic; }

    // Lower case without accents, for comparing what was typed with what is stored.
    static QString folded(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // folded
    RecordId m_speakerId = 0;
    std::optional<AuthorisationState> m_state;
    QString m_topic;
};

} // namespace pressdesk
