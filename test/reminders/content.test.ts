import assert from 'node:assert/strict';
import { actionDigestCard, overdueSummaryCard } from '../../cards/reminderCards';
import type { Action, GovernanceRecord } from '../../src/domain';
import type { BroadcastJob, BroadcastTarget } from '../../src/domain/delivery';
import { loadDataset } from '../../src/dataset/bundled';
import { BroadcastContent } from '../../src/reminders/content';
import type { ActionDigestView, OverdueSummaryView } from '../../src/reminders/views';
import type { ReferenceDataCache } from '../../src/shared/referenceData';
import type { ActionQuery, ConversationStore, GovernanceStore } from '../../src/store/store';
import { button, visibleText } from '../helpers/botClient';
import { bundledReferenceData } from '../helpers/dataset';
import { validateCard } from '../helpers/validateCard';

/** What the weekly chasers say: overdue means open and past due; proposals wait for the secretary. */
const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday
const DOCA: BroadcastTarget = {
  key: 'conv-doca',
  conversationRecordId: 'conv-doca',
  tenantId: 'tenant-1',
  kind: 'personal',
  label: 'Yusuf Ali (personal chat)',
  personId: 'person-wlt-doca',
};

function job(type: BroadcastJob['type']): BroadcastJob {
  return {
    id: `job-${type}`,
    jobId: `job-${type}`,
    kind: 'broadcast',
    type,
    title: type,
    organisationId: 'lpt-nhft-group',
    createdBy: { name: 'Board Clerk' },
    createdAt: NOW.toISOString(),
    dueAt: NOW.toISOString(),
    schedule: 'custom',
    targets: [DOCA],
    status: 'running',
    lease: null,
    report: null,
  };
}

describe('weekly chasers: what counts as overdue', () => {
  let content: BroadcastContent;

  before(async () => {
    const data = await bundledReferenceData();
    const { records } = await loadDataset();
    // The owner proposed FTSU 5 (due 30 September 2025) for closure; FTSU 4 and 6 are still open.
    const actions = records
      .filter((r: GovernanceRecord): r is Action => r.kind === 'action')
      .map((a) =>
        a.id === 'act-wl-ftsu-5'
          ? { ...a, status: 'proposed-for-closure' as const, deliveryStatus: 'delivered' as const }
          : a,
      );
    const store = {
      findActions: (q: ActionQuery) =>
        Promise.resolve(
          actions
            .filter(
              (a) =>
                (!q.statuses || q.statuses.includes(a.status)) &&
                (!q.roleIds ||
                  [...a.actionLeadRoleIds, ...a.taskLeadRoleIds].some((r) =>
                    q.roleIds!.includes(r),
                  )),
            )
            .map((value) => ({ value, etag: '1' })),
        ),
      findPersonalConversation: () => Promise.resolve(null),
    } as unknown as GovernanceStore & ConversationStore;
    const referenceData = { get: () => Promise.resolve(data) } as unknown as ReferenceDataCache;
    content = new BroadcastContent(
      store,
      referenceData,
      () => Promise.resolve(null),
      () => NOW,
    );
  });

  it('lists an action proposed for closure as awaiting the secretary, not as overdue, in the digest', async () => {
    const digest = (await content.render(job('action-digest'), DOCA)) as ActionDigestView;
    const refs = (list: { reference: string }[]) => list.map((a) => a.reference);
    assert.ok(refs(digest.overdue).includes('Well-Led FTSU 4'));
    assert.ok(!refs(digest.overdue).includes('Well-Led FTSU 5'), 'not counted as overdue');
    assert.deepEqual(refs(digest.awaitingDecision), ['Well-Led FTSU 5']);
    const { card, summary } = actionDigestCard(digest);
    validateCard(card);
    assert.match(summary, /1 awaiting the board secretary/);
    assert.match(visibleText(card), /Proposed for closure, awaiting the board secretary \(1\)/);
  });

  it('keeps proposals out of the overdue summary’s count, lists them apart, and points to every overdue action', async () => {
    const view = (await content.render(job('overdue-summary'), DOCA)) as OverdueSummaryView;
    assert.ok(!view.overdue.some((a) => a.reference === 'Well-Led FTSU 5'));
    // FTSU 5, and the Group BAF closures the paper puts to the Group Trust Board.
    assert.ok(view.awaitingDecision.some((a) => a.reference === 'Well-Led FTSU 5'));
    assert.ok(view.awaitingDecision.every((a) => a.status === 'proposed-for-closure'));
    const { card, summary } = overdueSummaryCard(view);
    validateCard(card);
    assert.match(summary, new RegExp(`^Overdue actions: ${view.overdue.length}\\.`));
    const text = visibleText(card);
    assert.ok(view.overdue.length > 10, 'the summary lists more than a card shows');
    assert.match(text, new RegExp(`…and ${view.overdue.length - 10} more\\.`));
    assert.doesNotMatch(text, /my actions/, 'not the secretary’s own actions');
    assert.equal(button(card, 'All overdue actions').data.question, 'overdue actions');
    assert.equal(
      button(card, 'Actions proposed for closure').data.question,
      'actions proposed for closure',
    );
  });
});
