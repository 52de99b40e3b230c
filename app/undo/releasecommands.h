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
// boilerplate changed, the state moved along the workflow. Undo writes the release back as it was
// (against the revision it has then, so typing saved in between is not lost to a conflict).
class ChangeReleaseCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReleaseCommand)
public:
    ChangeReleaseCommand(Store &store, const PressRelease &before, const PressRelease &after,
                         const QString &text, QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return write(m_after); }
    Result<void> applyUndo() override { return write(m_before); }

private:
    Result<void> write(const PressRelease &release);

    PressRelease m_before;
    PressRelease m_after;
};

} // namespace pressdesk
