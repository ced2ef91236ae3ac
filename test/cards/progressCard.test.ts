import assert from 'node:assert/strict';
import { actionListCard } from '../../cards/actionCards';
import { progressCard } from '../../cards/progressCard';
import { VERBS } from '../../cards/verbs';
import { button, input, visibleText } from '../helpers/botClient';
import { pressWithNothingTyped } from '../helpers/cardInputs';
import { validateCard } from '../helpers/validateCard';
import { actionViewOf, progressViewOf } from '../helpers/views';

/** The progress card and action lists: who can press what, and what each press needs typed. */
describe('progress card and closure decisions', () => {
  const proposed = actionViewOf({
    status: 'proposed-for-closure',
    deliveryStatus: 'delivered',
    canUpdate: true,
  });

  it('lets a secretary approve or return without the owner’s progress form getting in the way', () => {
    const { card } = progressCard(
      progressViewOf({ action: proposed, editable: true, canDecideClosure: true }),
    );
    validateCard(card);
    const approve = pressWithNothingTyped(card, 'Approve closure');
    assert.deepEqual(approve.blockedBy, [], 'Approve needs nothing typed');
    const ret = pressWithNothingTyped(card, 'Return to owner');
    assert.deepEqual(ret.blockedBy, ['closureNote'], 'Return asks for its reason, nothing else');
    assert.ok(!ret.sends.includes('note'), 'the progress note is not part of the decision');
    // The owner's form is still there for a secretary who wants to add a note.
    const save = pressWithNothingTyped(card, 'Save update');
    assert.deepEqual(save.blockedBy, ['deliveryStatus', 'note'].sort());
    assert.equal(button(card, 'Return to owner').verb, VERBS.returnClosure.name);
  });

  it('says who supported a closure from a paper’s list and who is to approve it', () => {
    const fromTheList = actionViewOf({
      status: 'proposed-for-closure',
      deliveryStatus: null,
      closureProposal:
        'Supported for closure by the Group Strategic Executive Board in November 2025; for approval by the Group Trust Board on 29 January 2026.',
    });
    const { card } = progressCard(progressViewOf({ action: fromTheList }));
    validateCard(card);
    const shown = visibleText(card);
    assert.match(shown, /Proposed for closure\s+·\s+Awaiting approval/);
    assert.match(shown, /Closure\s+Supported for closure by the Group Strategic Executive Board/);
  });

  it('shows what the register prints as progress when the action has no note of its own', () => {
    const fromTheRegister = actionViewOf({
      area: 'Effect: Limited contribution to social value',
      registerProgress: ['Ongoing discussions with Health Innovation East Midlands'],
    });
    const shown = visibleText(progressCard(progressViewOf({ action: fromTheRegister })).card);
    assert.match(
      shown,
      /No progress note yet\. In the register, for its effect “Limited contribution to social value”: Ongoing discussions with Health Innovation East Midlands/,
    );
    assert.doesNotMatch(shown, /No progress reported yet/);
  });

  it('shows an area numbered as the paper prints it ("1. Digital"), not as a Markdown list', () => {
    const { card } = progressCard(progressViewOf({ action: actionViewOf({ area: '1. Digital' }) }));
    const json = JSON.stringify(card);
    assert.ok(json.includes('1.\\u00a0Digital') || json.includes('1.\u00a0Digital'), json);
    assert.ok(!json.includes('"1. Digital"'), 'no list marker with an ordinary space');
  });

  it('offers to keep the due date now in force, not the one it was revised from', () => {
    const revised = actionViewOf({
      due: 'due 31 March 2026, revised to 26 February 2027',
      dueIso: '2027-02-26',
      canUpdate: true,
    });
    const { card } = progressCard(progressViewOf({ action: revised, editable: true }));
    const json = JSON.stringify(card);
    assert.match(json, /leave blank to keep 26 February 2027/);
    assert.doesNotMatch(json, /leave blank to keep 31 March 2026/);
  });

  it('tells an owner that a setback withdraws the proposal for closure', () => {
    const { card } = progressCard(progressViewOf({ action: proposed, editable: true }));
    validateCard(card);
    assert.match(
      visibleText(card),
      /proposed for closure.*Some issues, Not on track or a new due date withdraws the proposal/i,
    );
    assert.throws(() => button(card, 'Approve closure'), 'owners do not decide');
  });

  it('offers a secretary Approve and Return on each action of a list, needing no progress note', () => {
    const actions = [1, 2, 3].map((n) =>
      actionViewOf({
        id: `act-wl-ftsu-${n}`,
        reference: `Well-Led FTSU ${n}`,
        status: 'proposed-for-closure',
        deliveryStatus: 'delivered',
        canUpdate: true,
        canDecideClosure: true,
        revision: 10 + n,
      }),
    );
    const { card } = actionListCard({
      kind: 'action-list',
      title: 'Actions',
      description: 'Actions proposed for closure for every action log',
      actions,
      total: 3,
      firstShown: 1,
      notes: [],
      nextPage: null,
      previousPage: null,
      firstPage: null,
      question: 'actions proposed for closure',
    });
    validateCard(card);
    const approve = button(card, 'Approve closure');
    assert.equal(approve.verb, VERBS.approveClosure.name);
    assert.equal(approve.data.actionId, 'act-wl-ftsu-1');
    assert.equal(approve.data.revision, 11);
    assert.equal(approve.data.back, 'actions proposed for closure');
    assert.deepEqual(pressWithNothingTyped(card, 'Approve closure').blockedBy, []);
    const ret = pressWithNothingTyped(card, 'Return to owner');
    assert.equal(ret.blockedBy.length, 1, 'Return asks for one reason: its own');
    assert.deepEqual(ret.sends, ret.blockedBy, 'and sends nothing else');
    // Each action's reason is its own.
    const reasons = [1, 2, 3].map((n) => input(card, `returnReason-act-wl-ftsu-${n}`));
    assert.ok(reasons.every(Boolean), 'one reason input per action');
    // Owners who are not secretaries see no decision buttons.
    const owners = actionListCard({
      kind: 'action-list',
      title: 'Actions',
      description: 'x',
      actions: actions.map((a) => ({ ...a, canDecideClosure: false })),
      total: 3,
      firstShown: 1,
      notes: [],
      nextPage: null,
      previousPage: null,
      firstPage: null,
      question: 'q',
    });
    assert.throws(() => button(owners.card, 'Approve closure'));
  });
});
