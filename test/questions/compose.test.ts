import assert from 'node:assert/strict';
import type { SearchCommand, SearchResultView } from '../../src/questions';
import { namesReference } from '../../src/questions/compose';
import { DEMO, demoFeatures } from '../helpers/features';

/**
 * Search from the compose box, as the questions feature answers it: what each command finds for what is
 * typed so far (the same reader and index as questions), and what it opens on when nothing is typed.
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const STRANGER = '9a9a9a9a-1111-4222-8333-444444444444';

/** What a result is, as a person reads it in the list: its reference (or a meeting's title). */
function named(r: SearchResultView): string {
  switch (r.type) {
    case 'risk':
      return r.risk.reference;
    case 'action':
      return r.action.reference;
    case 'meeting':
      return r.meeting.title;
    case 'minute':
      return r.item.reference;
  }
}

describe('search from the compose box', function () {
  this.timeout(30_000);
  let f: Awaited<ReturnType<typeof demoFeatures>>;
  before(async () => {
    f = await demoFeatures(NOW);
  });

  async function search(command: SearchCommand, query: string, who: string | null = DEMO.doca) {
    return f.questions.search(await f.request(who, ''), command, query);
  }
  const names = async (command: SearchCommand, query: string, who?: string | null) =>
    (await search(command, query, who)).map(named);

  describe('risks', () => {
    it('opens on the register’s risks above appetite, then the rest, highest first', async () => {
      const results = await search('risk', '');
      const risks = results.map((r) => (r.type === 'risk' ? r.risk : null));
      assert.equal(risks[0]?.reference, 'GROUP BAF DRAFT');
      assert.equal(risks[0]?.appetite.tolerance, 'above');
      const rest = risks.slice(1).map((r) => r!.current.score);
      assert.deepEqual(
        rest,
        [...rest].sort((a, b) => b - a),
      );
      assert.equal(new Set(results.map(named)).size, 6, 'every Group BAF risk, each once');
    });

    it('finds a risk by its number in every register, and by its register and number', async () => {
      assert.deepEqual(await names('risk', '1'), ['GROUP BAF 1', 'BAF 01']);
      assert.deepEqual(await names('risk', 'baf 1'), ['GROUP BAF 1', 'BAF 01']);
      assert.deepEqual(await names('risk', 'lpt 3'), ['BAF 03']);
      assert.deepEqual(await names('risk', 'Group BAF 4'), ['GROUP BAF 4']);
    });

    it('finds risks by title and topic, with typos and as the word is typed', async () => {
      assert.deepEqual((await names('risk', 'culture')).slice(0, 2).sort(), [
        'BAF 07',
        'GROUP BAF 4',
      ]);
      assert.equal((await names('risk', 'estaets'))[0], 'BAF 04');
      assert.equal((await names('risk', 'digi'))[0], 'GROUP BAF 1');
      assert.ok((await names('risk', 'cyber')).includes('BAF 05'));
    });

    it('lists an approved risk before a draft, as answers do', async () => {
      assert.deepEqual(await names('risk', 'workforce'), ['BAF 06', 'GROUP BAF DRAFT']);
    });

    it('says how to ask for it, with its scores, register and source', async () => {
      const [result] = await search('risk', 'Group BAF 4');
      assert.ok(result?.type === 'risk');
      assert.equal(result.ask, 'Group BAF 4');
      assert.equal(result.openUrl, null, 'the Teams edge adds the link');
      assert.match(result.registerTitle, /Group BAF/);
      assert.match(result.source.document, /Group Trust Board/);
    });
  });

  describe('actions', () => {
    it('opens on the person’s overdue actions, most overdue first, then those due soon', async () => {
      const results = await search('action', '');
      const mine = await f.ask(DEMO.doca, 'my overdue actions');
      assert.ok(mine.kind === 'action-list' && mine.actions.length > 0);
      assert.deepEqual(
        results.slice(0, mine.actions.length).map(named),
        mine.actions.map((a) => a.reference),
      );
      for (const r of results)
        assert.ok(
          r.type === 'action' &&
            (r.action.daysOverdue !== null || r.action.dueIso! <= '2026-12-08'),
          named(r),
        );
    });

    it('opens on every overdue action for someone the directory does not know', async () => {
      const results = await search('action', '', STRANGER);
      assert.ok(results.length > 10);
      for (const r of results) assert.ok(r.type === 'action' && r.action.daysOverdue! > 0);
      assert.ok(results.some((r) => r.type === 'action' && !/DoCA/.test(r.action.leads)));
    });

    it('finds an action by its reference as typed, and nothing else', async () => {
      assert.deepEqual(await names('action', 'ftsu 5'), ['Well-Led FTSU 5']);
      assert.deepEqual(await names('action', 'Well-Led FTSU 5'), ['Well-Led FTSU 5']);
      assert.deepEqual(await names('action', 'GTB/25/2'), ['GTB/25/2']);
      const ftsu = await names('action', 'FTSU');
      assert.ok(ftsu.filter((n) => n.startsWith('Well-Led FTSU')).length >= 11);
    });

    it('finds actions by their owner, as a role or a person, as questions do', async () => {
      for (const owner of ['Director of Finance', 'CFO', 'Sophie Marsh']) {
        const results = await names('action', owner);
        const asked = await f.ask(DEMO.doca, `actions for ${owner}`);
        assert.ok(asked.kind === 'action-list' && asked.actions.length > 0, owner);
        assert.deepEqual(
          results.slice(0, asked.actions.length),
          asked.actions.map((a) => a.reference),
          owner,
        );
      }
      const [first] = await search('action', 'Director of Finance');
      assert.ok(first?.type === 'action' && /Financ/.test(first.action.leads));
    });

    it('finds actions by their words', async () => {
      assert.ok(
        (await names('action', 'board development')).slice(0, 3).includes('Well-Led Leadership 1'),
      );
    });
  });

  describe('minutes and meetings', () => {
    it('opens on the next meeting, then the items of the latest minutes', async () => {
      const results = await names('minute', '');
      // No meeting is on record after 24 November 2026: the last one stands in for the next.
      assert.equal(results[0], 'Group Trust Board (public), 29 January 2026');
      assert.deepEqual(
        results.slice(1),
        Array.from({ length: 13 }, (_, i) => `GTB/25/${i + 8}`),
      );
    });

    it('finds minuted items by reference as typed', async () => {
      assert.deepEqual(
        await names('minute', 'GTB/25/1'),
        Array.from({ length: 10 }, (_, i) => `GTB/25/${i + 10}`),
      );
      assert.deepEqual(await names('minute', 'GTB/25/15'), ['GTB/25/15']);
      assert.deepEqual(await names('minute', 'gtb 25 15'), ['GTB/25/15']);
    });

    it('finds minutes and meetings by their words and dates', async () => {
      assert.deepEqual((await names('minute', 'qsir')).sort(), [
        'GTB/25/9',
        'Group Trust Board (public), 25 September 2025',
      ]);
      assert.deepEqual(
        (await names('minute', 'september')).sort(),
        [
          ...Array.from({ length: 13 }, (_, i) => `GTB/25/${i + 8}`),
          'Group Trust Board (public), 25 September 2025',
        ].sort(),
      );
      assert.deepEqual(await names('minute', 'january board'), [
        'Group Trust Board (public), 29 January 2026',
      ]);
    });

    it('says how to ask for a meeting and a minute', async () => {
      const [meeting] = await search('minute', 'january board');
      assert.equal(meeting?.ask, 'Group Trust Board agenda 29 January 2026');
      const [item] = await search('minute', 'GTB/25/15');
      assert.equal(item?.ask, 'GTB/25/15');
    });
  });

  it('asks Board Clerk for each result in words that open that very record', async () => {
    const opened = async (command: SearchCommand, query: string) => {
      const [result] = await search(command, query);
      assert.ok(result, `${command} ${query}`);
      const answer = await f.ask(DEMO.doca, result.ask);
      switch (answer.kind) {
        case 'risk':
          return [named(result), answer.risk.reference];
        case 'action':
          return [named(result), answer.action.reference];
        case 'minute-item':
          return [named(result), answer.item.reference];
        case 'meeting':
          return [named(result), answer.meeting?.title];
        default:
          return [named(result), `${result.ask} was answered as ${answer.kind}`];
      }
    };
    for (const [command, query] of [
      ['risk', 'workforce'],
      ['risk', 'lpt 3'],
      ['risk', 'group baf draft'],
      ['action', 'ftsu 5'],
      ['action', 'GTB/25/2'],
      ['minute', 'GTB/25/15'],
      ['minute', 'january board'],
    ] as const) {
      const [found, answered] = await opened(command, query);
      assert.equal(answered, found, `${command} "${query}"`);
    }
  });

  it('lists each record once, and nothing when nothing matches', async () => {
    for (const [command, query] of [
      ['risk', 'culture risk'],
      ['action', 'FTSU'],
      ['minute', 'digital'],
    ] as const) {
      const found = await names(command, query);
      assert.equal(new Set(found).size, found.length, `${command} ${query}: ${found.join()}`);
    }
    assert.deepEqual(await names('minute', 'zzzz'), []);
  });

  it('reads a reference as typed so far: whole words, the last one unfinished', () => {
    assert.ok(namesReference('lpt 3', 'LPT BAF 3'));
    assert.ok(namesReference('baf 3', 'BAF 03'));
    assert.ok(namesReference('gtb/25/1', 'GTB/25/15'));
    assert.ok(!namesReference('gtb/2/15', 'GTB/25/15'));
    assert.ok(!namesReference('baf 3 lpt', 'LPT BAF 3'), 'in order');
    assert.ok(!namesReference('', 'LPT BAF 3'));
  });
});
