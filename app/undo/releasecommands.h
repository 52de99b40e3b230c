#pragma once

#include "core/pressrelease.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

// Brings back how a release read in one of its saved versions (wording, dates, body, boilerplate,
// Pressekontakt) as one undo step. The release keeps its state and correction number: an old version is
// restored as words, never as an old approval.
class RestoreReleaseVersionCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreReleaseVersionCommand)
public:
    RestoreReleaseVersionCommand(Store &store, RecordId releaseId, int versionNumber,
                                 QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override { return applyWording(m_restored); }
    Result<void> applyUndo() override { return applyWording(m_before); }

private:
    Result<void> applyWording(const PressRelease &wording);

    RecordId m_releaseId;
    int m_versionNumber;
    PressRelease m_before;
    PressRelease m_restored;
};

// A change to a release as one undo step: a block inserted, moved or removed, the Pressekontakt or the
// boilerplate changed, the state moved along the workflow. Undo and redo replay just that change on the
// release as it is then (replay()), so text typed and saved since the step stays.
class ChangeReleaseCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReleaseCommand)
public:
    ChangeReleaseCommand(Store &store, const PressRelease &before, const PressRelease &after,
                         const QString &text, QUndoCommand *parent = nullptr);

    // `current` with the change from → to made to it: the fields that differ between from and to are
    // taken from to; a block inserted, removed, replaced or moved is inserted, removed, replaced or moved
    // in current's blocks, found by its value near its old place. Other fields and blocks stay current's.
    static PressRelease replay(const PressRelease &from, const PressRelease &to, const PressRelease &current);

protected:
    Result<void> applyRedo() override { return write(m_before, m_after); }
    Result<void> applyUndo() override { return write(m_after, m_before); }

private:
    Result<void> write(const PressRelease &from, const PressRelease &to);

    PressRelease m_before;
    PressRelease m_after;
};

} // namespace pressdesk
