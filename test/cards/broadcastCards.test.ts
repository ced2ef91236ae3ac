import assert from 'node:assert/strict';
import { deliveryReportCard } from '../../cards/reminderCards';
import { broadcastListCard } from '../../cards/secretaryCards';
import type { BroadcastListItem } from '../../src/reminders/views';
import { visibleText } from '../helpers/botClient';
import { validateCard } from '../helpers/validateCard';

/** A broadcast reads as what happened to it: sent, partly sent, or failed. */
function item(overrides: Partial<BroadcastListItem>): BroadcastListItem {
  return {
    jobId: 'bc-1',
    title: 'Reminder: Group Trust Board (public), 1 April 2027',
    when: '24 November 2026 at 10.00am',
    status: 'completed',
    targets: 1,
    to: 'Group Trust Board › Board papers',
    delivered: 1,
    failed: 0,
    ...overrides,
  };
}

describe('broadcast outcomes in words', () => {
  it('calls a broadcast that reached nobody failed, in the list', () => {
    const { card, summary } = broadcastListCard({
      kind: 'broadcast-list',
      note: null,
      items: [
        item({ jobId: 'a', delivered: 0, failed: 1 }),
        item({
          jobId: 'b',
          targets: 3,
          to: 'Board papers; Yusuf Ali (personal chat); Sam Whitfield (personal chat)',
          delivered: 2,
          failed: 1,
        }),
        item({ jobId: 'c', targets: 2, to: '', delivered: 2, failed: 0 }),
      ],
    });
    validateCard(card);
    const text = visibleText(card);
    assert.match(
      text,
      /Failed · 24 November 2026 at 10\.00am · to Group Trust Board › Board papers · none delivered · 1 failed/,
    );
    assert.match(
      text,
      /Partly sent · .* · to Board papers; Yusuf Ali \(personal chat\); Sam Whitfield \(personal chat\) · 2 delivered · 1 failed/,
    );
    // (Where no place is named, how many.)
    assert.match(text, /Sent · .* · to 2 targets · 2 delivered/);
    assert.doesNotMatch(text, /Sent · [^\n]*· 0 delivered/);
    assert.match(summary, /1 failed/);
  });

  it('calls a broadcast that reached nobody failed, in the delivery report', () => {
    const failed = deliveryReportCard({
      kind: 'delivery-report',
      title: 'Reminder: Group Trust Board',
      when: 'Sent from 24 November 2026 at 10.00am',
      status: 'completed',
      rows: [{ label: 'Board papers', state: 'failed', detail: 'Teams refused: 403' }],
    });
    validateCard(failed.card);
    assert.match(visibleText(failed.card), /Failed: nothing was delivered/);
    assert.match(failed.summary, /Failed: nothing was delivered/);
    const partly = deliveryReportCard({
      kind: 'delivery-report',
      title: 'Reminder: Group Trust Board',
      when: 'Sent from 24 November 2026 at 10.00am',
      status: 'completed',
      rows: [
        { label: 'Board papers', state: 'failed', detail: 'Teams refused: 403' },
        { label: 'Yusuf Ali (personal chat)', state: 'delivered', detail: null },
      ],
    });
    assert.match(visibleText(partly.card), /Finished with failures/);
  });
});
