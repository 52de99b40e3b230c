#include "undo/releasecommands.h"
#include "undofixture.h"

#include <QTest>

using namespace pressdesk;

// Restoring a saved version of a release is one undo step, and never brings back an old state.
class TestReleaseCommands : public QObject
{
    Q_OBJECT

private:
    testsupport::UndoFixture m_fixture;
    RecordId m_releaseId = 0;

    PressRelease release() { return *m_fixture.store().releases().find(m_releaseId); }

private Q_SLOTS:
    void init()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        // A draft with two wordings: version 1 as first saved, version 2 after the lead was rewritten.
        PressRelease draft;
        draft.headline = QStringLiteral("Haus des Wissens ist beschlossen");
        draft.lead = QStringLiteral("Der Rat hat entschieden.");
        draft.content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Die Bibliothek zieht ein."))};
        Result<PressRelease> saved = m_fixture.store().releases().insert(draft);
        QVERIFY(saved);
        m_releaseId = saved->meta.id;
        PressRelease reworded = *saved;
        reworded.lead = QStringLiteral("Der Rat hat am Donnerstag entschieden.");
        reworded.content.blocks.append(ReleaseBlock::paragraph(QStringLiteral("Die Volkshochschule auch.")));
        reworded.state = ReleaseState::InReview;
        QVERIFY(m_fixture.store().releases().update(reworded));
        QCOMPARE(m_fixture.store().releases().versions(m_releaseId)->size(), 2);
    }

    void cleanup() { QCOMPARE(m_fixture.tearDown(), QStringList()); }

    void restoreIsOneUndoStepAndKeepsTheState()
    {
        const PressRelease before = release();
        QVERIFY(
            m_fixture.run(std::make_unique<RestoreReleaseVersionCommand>(m_fixture.store(), m_releaseId, 1)));
        QCOMPARE(m_fixture.stack().undoText(),
                 QStringLiteral("Restore version 1 of “Haus des Wissens ist beschlossen”"));
        PressRelease restored = release();
        QCOMPARE(restored.lead, QStringLiteral("Der Rat hat entschieden."));
        QCOMPARE(restored.content.blocks.size(), 1);
        QCOMPARE(restored.state, ReleaseState::InReview); // the wording comes back, not the old state
        // Restoring is a save that changes the wording: it is a version of its own.
        QCOMPARE(m_fixture.store().releases().versions(m_releaseId)->size(), 3);

        m_fixture.stack().undo();
        PressRelease undone = release();
        QCOMPARE(undone.lead, before.lead);
        QCOMPARE(undone.content, before.content);
        m_fixture.stack().redo();
        QCOMPARE(release().lead, QStringLiteral("Der Rat hat entschieden."));
        QCOMPARE(m_fixture.stack().count(), 1);
    }

    void aMissingVersionOrAPublishedReleaseIsRefused()
    {
        QVERIFY(!m_fixture.run(
            std::make_unique<RestoreReleaseVersionCommand>(m_fixture.store(), m_releaseId, 9)));
        QVERIFY(m_fixture.takeFailure().contains(QStringLiteral("Version 9")));
        PressRelease published = release();
        published.state = ReleaseState::Approved;
        published = *m_fixture.store().releases().update(published);
        published.state = ReleaseState::Published;
        QVERIFY(m_fixture.store().releases().update(published));
        QVERIFY(!m_fixture.run(
            std::make_unique<RestoreReleaseVersionCommand>(m_fixture.store(), m_releaseId, 1)));
        QVERIFY(m_fixture.takeFailure().contains(QStringLiteral("locked")));
        QCOMPARE(m_fixture.stack().count(), 0);
        QCOMPARE(release().lead, QStringLiteral("Der Rat hat am Donnerstag entschieden."));
    }

    // A block inserted, a state changed: one undo step each, against the release as it is when undone.
    void aChangeIsOneUndoStep()
    {
        const PressRelease before = release();
        PressRelease after = before;
        after.content.blocks.insert(1, ReleaseBlock::subheading(QStringLiteral("Was jetzt kommt")));
        after.state = ReleaseState::Approved;
        after.approvedBy = QStringLiteral("sommerfeld");
        QVERIFY(m_fixture.run(std::make_unique<ChangeReleaseCommand>(m_fixture.store(), before, after,
                                                                     QStringLiteral("Approve"))));
        QCOMPARE(release().content, after.content);
        QCOMPARE(release().state, ReleaseState::Approved);
        QCOMPARE(m_fixture.stack().undoText(), QStringLiteral("Approve"));

        m_fixture.stack().undo();
        QCOMPARE(release().content, before.content);
        QCOMPARE(release().state, ReleaseState::InReview);
        QVERIFY(release().approvedBy.isEmpty());
        m_fixture.stack().redo();
        QCOMPARE(release().state, ReleaseState::Approved);
        QCOMPARE(release().content, after.content);
        QCOMPARE(m_fixture.stack().count(), 1);
    }

    // Undo and redo replay the one change on the release as it is then: what was typed since stays.
    void replayKeepsTheTypingSince()
    {
        PressRelease before = release();
        before.content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Eins.")),
                                 ReleaseBlock::paragraph(QStringLiteral("Zwei."))};
        const ReleaseBlock quote = ReleaseBlock::quote(7);
        PressRelease after = before;
        after.content.blocks.insert(1, quote);
        // Typed since the insertion: the first paragraph changed, a third one added.
        PressRelease current = after;
        current.content.blocks[0] = ReleaseBlock::paragraph(QStringLiteral("Eins, geändert."));
        current.content.blocks.append(ReleaseBlock::paragraph(QStringLiteral("Drei.")));
        current.lead = QStringLiteral("Neuer Vorspann.");

        // Undo of the insertion removes the quote and nothing else.
        const PressRelease undone = ChangeReleaseCommand::replay(after, before, current);
        QCOMPARE(undone.content.blocks,
                 (QList<ReleaseBlock>{current.content.blocks.at(0), current.content.blocks.at(2),
                                      current.content.blocks.at(3)}));
        QCOMPARE(undone.lead, current.lead);
        // Redo puts it back after the paragraph it followed.
        QCOMPARE(ChangeReleaseCommand::replay(before, after, undone).content.blocks, current.content.blocks);

        // A move: the quote goes back to where it was, between the (edited) paragraphs.
        PressRelease moved = after;
        moved.content.blocks.move(1, 0);
        PressRelease typedAfterMove = moved;
        typedAfterMove.content.blocks[2] = ReleaseBlock::paragraph(QStringLiteral("Zwei, geändert."));
        QCOMPARE(ChangeReleaseCommand::replay(moved, after, typedAfterMove).content.blocks,
                 (QList<ReleaseBlock>{ReleaseBlock::paragraph(QStringLiteral("Eins.")), quote,
                                      ReleaseBlock::paragraph(QStringLiteral("Zwei, geändert."))}));

        // A replaced quote (its new wording) and a state: only those change.
        PressRelease newWording = after;
        newWording.content.blocks[1] = ReleaseBlock::quote(8);
        newWording.state = ReleaseState::Approved;
        const PressRelease replaced = ChangeReleaseCommand::replay(after, newWording, current);
        QCOMPARE(replaced.content.blocks.at(1), ReleaseBlock::quote(8));
        QCOMPARE(replaced.content.blocks.at(0), current.content.blocks.at(0));
        QCOMPARE(replaced.state, ReleaseState::Approved);
        QCOMPARE(replaced.lead, current.lead);
    }
};

QTEST_GUILESS_MAIN(TestReleaseCommands)
#include "tst_releasecommands.moc"
