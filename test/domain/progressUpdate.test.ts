import assert from 'node:assert/strict';
import { Action } from '../../src/domain';
import {
  alreadyApplied,
  applyClosureDecision,
  applyProgressUpdate,
  hasErrors,
  type ProgressUpdate,
  readProgressForm,
  setbackOf,
  validateClosureDecision,
  validateProgressUpdate,
} from '../../src/domain/progressUpdate';

/** The rules of a progress update and a closure decision, as pure functions. */
const OWNER = { personId: 'person-doca', name: 'Yusuf Ali' };
const SECRETARY = { personId: 'person-sec', name: 'Alex Morgan' };
const NOW = new Date('2026-11-24T10:00:00Z');
const TODAY = '2026-11-24';

function action(overrides: Partial<Action> = {}): Action {
  return Action.parse({
    id: 'act-test-1',
    organisationId: 'test-trust',
    kind: 'action',
    logId: 'log-test',
    reference: 'Test 1',
    text: 'Refresh the FTSU policy',
    actionLeadRoleIds: ['role-doca'],
    originalDue: { printed: 'September 2025', iso: '2025-09-30' },
    status: 'open',
    source: { documentId: 'src-test', section: 'Test' },
    dataQuality: [],
    ...overrides,
  });
}

function update(overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    note: 'Policy drafted and out for consultation.',
    deliveryStatus: 'on-track',
    revisedDue: null,
    revisedDueReason: null,
    proposeClosure: false,
    submissionId: 'sub-00000001',
    ...overrides,
  };
}

describe('progress update rules', () => {
  it('accepts a note with a delivery status', () => {
    assert.deepEqual(validateProgressUpdate(action(), update(), TODAY), {});
  });

  it('requires a note, and keeps it within the limit', () => {
    assert.match(
      validateProgressUpdate(action(), update({ note: '  ' }), TODAY).note!,
      /Add a progress note/,
    );
    assert.match(
      validateProgressUpdate(action(), update({ note: 'x'.repeat(2001) }), TODAY).note!,
      /Keep the note to 2000 characters \(it is 2001\)/,
    );
  });

  it('refuses a revised date in the past, or without a reason', () => {
    assert.match(
      validateProgressUpdate(
        action(),
        update({ revisedDue: '2026-01-01', revisedDueReason: 'x' }),
        TODAY,
      ).revisedDue!,
      /cannot be in the past/,
    );
    assert.match(
      validateProgressUpdate(action(), update({ revisedDue: '2027-03-31' }), TODAY)
        .revisedDueReason!,
      /Say why the due date is moving/,
    );
    assert.match(
      validateProgressUpdate(
        action(),
        update({ revisedDue: '2027-02-30', revisedDueReason: 'x' }),
        TODAY,
      ).revisedDue!,
      /Enter a real date/,
    );
  });

  it('only proposes closure of a delivered action, and never updates a closed one', () => {
    assert.match(
      validateProgressUpdate(action(), update({ proposeClosure: true }), TODAY).deliveryStatus!,
      /Set the status to Delivered/,
    );
    assert.match(
      validateProgressUpdate(action({ status: 'closed' }), update(), TODAY).form!,
      /This action is closed/,
    );
  });

  it('reads the card form: a delivery status must be chosen, dates must be dates', () => {
    const read = readProgressForm(
      {
        note: 'n',
        deliveryStatus: '',
        revisedDue: '31/03/2027',
        revisedDueReason: null,
        proposeClosure: false,
      },
      'sub-00000002',
    );
    assert.equal(read.update, null);
    assert.match(read.errors.deliveryStatus!, /Choose a delivery status/);
    assert.match(read.errors.revisedDue!, /Enter a real date/);
    assert.ok(hasErrors(read.errors));
  });

  it('records a revised date beside the original, with one history entry of every change', () => {
    const next = applyProgressUpdate(
      action({ deliveryStatus: 'some-issues' }),
      update({ revisedDue: '2027-03-31', revisedDueReason: 'Consultation extended' }),
      OWNER,
      NOW,
    );
    assert.deepEqual(next.originalDue, { printed: 'September 2025', iso: '2025-09-30' });
    assert.equal(next.revisedDue?.iso, '2027-03-31');
    assert.equal(next.revisedDue?.reason, 'Consultation extended');
    assert.equal(next.revision, 1);
    assert.equal(next.progress.at(-1)?.note, 'Policy drafted and out for consultation.');
    const entry = next.history.at(-1)!;
    assert.equal(entry.event, 'progress-update');
    assert.deepEqual(entry.by, OWNER);
    assert.deepEqual(
      entry.changes.map((c) => `${c.field}: ${c.from} -> ${c.to}`),
      ['delivery status: Some issues -> On track', 'due date: 30 September 2025 -> 31 March 2027'],
    );
    assert.ok(alreadyApplied(next, 'sub-00000001'), 'the submission is recorded');
    assert.ok(!alreadyApplied(next, 'sub-00000009'));
  });

  it('proposes a delivered action for closure', () => {
    const next = applyProgressUpdate(
      action(),
      update({ deliveryStatus: 'delivered', proposeClosure: true }),
      OWNER,
      NOW,
    );
    assert.equal(next.status, 'proposed-for-closure');
    assert.equal(next.history.at(-1)?.event, 'proposed-for-closure');
  });

  it('lets a secretary approve (closing it today) or return (with a reason) a proposed closure', () => {
    const proposed = action({ status: 'proposed-for-closure' });
    assert.match(
      validateClosureDecision(action(), { approve: true, note: null }).form!,
      /not proposed for closure/,
    );
    assert.match(
      validateClosureDecision(proposed, { approve: false, reason: ' ' }).form!,
      /Say why the action is being returned/,
    );
    const closed = applyClosureDecision(
      proposed,
      { approve: true, note: 'Evidence seen' },
      SECRETARY,
      NOW,
      TODAY,
      'sub-00000003',
    );
    assert.equal(closed.status, 'closed');
    assert.deepEqual(closed.closure?.closedOn, { printed: '24 November 2026', iso: TODAY });
    assert.equal(closed.closure?.approvedBy, 'Alex Morgan');
    const returned = applyClosureDecision(
      proposed,
      { approve: false, reason: 'No evidence yet' },
      SECRETARY,
      NOW,
      TODAY,
      'sub-00000004',
    );
    assert.equal(returned.status, 'open');
    assert.equal(returned.history.at(-1)?.note, 'No evidence yet');
    assert.equal(returned.history.at(-1)?.event, 'closure-returned');
  });

  it('withdraws a proposal for closure when the owner reports a setback, and says why', () => {
    const proposed = action({ status: 'proposed-for-closure', deliveryStatus: 'delivered' });
    const setbacks: [Partial<ProgressUpdate>, RegExp, string[]][] = [
      [
        { deliveryStatus: 'some-issues' },
        /Some issues/,
        ['delivery status: Delivered -> Some issues', 'status: Proposed for closure -> Open'],
      ],
      [
        { deliveryStatus: 'not-on-track' },
        /Not on track/,
        ['delivery status: Delivered -> Not on track', 'status: Proposed for closure -> Open'],
      ],
      [
        { deliveryStatus: 'on-track' },
        /On track/,
        ['delivery status: Delivered -> On track', 'status: Proposed for closure -> Open'],
      ],
      [
        { deliveryStatus: 'delivered', revisedDue: '2027-03-31', revisedDueReason: 'Audit late' },
        /due date moves to 31 March 2027/,
        ['due date: 30 September 2025 -> 31 March 2027', 'status: Proposed for closure -> Open'],
      ],
    ];
    for (const [change, why, changes] of setbacks) {
      const u = update(change);
      assert.match(setbackOf(proposed, u)!, why);
      assert.deepEqual(validateProgressUpdate(proposed, u, TODAY), {});
      const next = applyProgressUpdate(proposed, u, OWNER, NOW);
      assert.equal(next.status, 'open', 'the proposal is withdrawn');
      const entry = next.history.at(-1)!;
      assert.equal(entry.event, 'closure-withdrawn');
      assert.deepEqual(
        entry.changes.map((c) => `${c.field}: ${c.from} -> ${c.to}`),
        changes,
      );
    }
    // Still delivered, due date unchanged: the proposal stands (a note for the secretary).
    const note = applyProgressUpdate(proposed, update({ deliveryStatus: 'delivered' }), OWNER, NOW);
    assert.equal(setbackOf(proposed, update({ deliveryStatus: 'delivered' })), null);
    assert.equal(note.status, 'proposed-for-closure');
    assert.equal(note.history.at(-1)?.event, 'progress-update');
    // An open action has no proposal to withdraw.
    assert.equal(setbackOf(action(), update({ deliveryStatus: 'not-on-track' })), null);
  });
});
