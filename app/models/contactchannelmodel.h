#pragma once

#include "core/contact.h"

#include <QAbstractTableModel>

#include <functional>

namespace pressdesk {

// The channels of the contact being edited (not the Store): kind, value, label and whether the channel
// may be published. Every cell is editable; the kind is stored as an int ChannelKind in Qt::EditRole.
class ContactChannelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        ValueColumn,
        LabelColumn,
        PublicColumn,
        ColumnCount
    };

    explicit ContactChannelModel(QObject *parent = nullptr);

    void setChannels(const QList<ContactChannel> &channels);
    const QList<ContactChannel> &channels() const { return m_channels; }
    // Appends a channel and returns its row.
    int addChannel(const ContactChannel &channel);
    void removeChannel(int row);
    // Asked before a channel is made public by ticking it; false keeps it internal.
    void setPublicationCheck(std::function<bool()> check) { m_publicationCheck = std::move(check); }

    static QList<ChannelKind> allKinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // Any change by the user or by add/remove (not by setChannels()).
    void edited();

private:
    QList<ContactChannel> m_channels;
    std::function<bool()> m_publicationCheck;
};

} // namespace pressdesk
