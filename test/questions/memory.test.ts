import assert from 'node:assert/strict';
import sinon from 'sinon';
import {
  InMemoryConversationMemory,
  InMemoryUnansweredLog,
  EARLIER_KEPT,
  nextSubjects,
  parseSubjects,
  type Subjects,
  SUBJECT_TTL_MS,
  SUBJECTS,
  UNANSWERED_LIMITS,
} from '../../src/questions/memory';
import type { Question } from '../../src/questions/question';
import { StoredConversationValues, StoredTextLog } from '../../src/store/featureRecords';
import { MemoryStore } from '../../src/store/memoryStore';

const Q: Question = {
  intent: 'risk.detail',
  risk: { registerId: null, number: 4, draft: false, text: 'baf 4', by: 'number' },
  facets: ['scores'],
};
const S: Subjects = { last: Q, earlier: [] };
const T0 = new Date('2026-11-23T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 86_400_000;

describe('what the questions feature keeps between messages', () => {
  for (const [name, make] of [
    ['in memory', () => new InMemoryConversationMemory()],
    ['in the store', () => new StoredConversationValues(new MemoryStore(), SUBJECTS)],
  ] as const)
    it(`remembers a thread's subject for an hour, per thread and tenant (${name})`, async () => {
      const memory = make();
      const thread = { tenantId: 't1', threadKey: '19:c@thread.tacv2;messageid=1' };
      await memory.remember(thread, S, T0);
      assert.deepEqual(await memory.recall(thread, later(SUBJECT_TTL_MS - 1)), S);
      assert.equal(await memory.recall(thread, later(SUBJECT_TTL_MS + 1)), null);
      assert.equal(
        await memory.recall({ ...thread, threadKey: '19:c@thread.tacv2;messageid=2' }, T0),
        null,
      );
      assert.equal(await memory.recall({ ...thread, tenantId: 't2' }, T0), null);
    });

  it('reads a damaged or outdated subject as none, rather than failing', async () => {
    const store = new MemoryStore();
    const thread = { tenantId: 't', threadKey: 'c' };
    // Written by an older version of Board Clerk, read by this one (another instance, or after a restart).
    const older = new StoredConversationValues(store, SUBJECTS);
    await older.remember(thread, { last: { intent: 'no-such-intent' } } as unknown as Subjects, T0);
    await older.flush();
    const memory = new StoredConversationValues(store, SUBJECTS);
    assert.equal(await memory.recall(thread, T0), null);
  });

  it('answers at once from a subject not yet stored, and stores many subjects in one write', async () => {
    const store = new MemoryStore();
    const writes = sinon.spy(store, 'writeSystemValues');
    const memory = new StoredConversationValues(store, SUBJECTS);
    const threads = Array.from({ length: 20 }, (_, i) => ({ tenantId: 't', threadKey: `c${i}` }));
    await memory.remember(threads[0]!, S, T0);
    assert.deepEqual(await memory.recall(threads[0]!, T0), S);
    await memory.flush();
    for (const thread of threads.slice(1)) await memory.remember(thread, S, T0);
    await memory.flush();
    assert.deepEqual(
      writes.getCalls().map((c) => c.args[0].length),
      [1, 19],
    );
    // Another instance over the same store finds every one.
    const other = new StoredConversationValues(store, SUBJECTS);
    for (const thread of threads) assert.deepEqual(await other.recall(thread, T0), S);
  });

  it('writes a subject to the store on its own, soon after it is remembered', async () => {
    const store = new MemoryStore();
    const memory = new StoredConversationValues(store, SUBJECTS);
    const thread = { tenantId: 't', threadKey: 'c' };
    await memory.remember(thread, S, T0);
    const other = new StoredConversationValues(store, SUBJECTS);
    const started = Date.now();
    while (!(await other.recall(thread, T0)) && Date.now() - started < 2_000)
      await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(
      await other.recall(thread, T0),
      S,
      'stored within 2 s, with no flush asked for',
    );
  });

  it('prefers a newer subject another instance stored over its own not yet written', async () => {
    const store = new MemoryStore();
    const slow = new StoredConversationValues(store, SUBJECTS);
    const other = new StoredConversationValues(store, SUBJECTS);
    const thread = { tenantId: 't', threadKey: 'c' };
    sinon.stub(store, 'writeSystemValues').onFirstCall().rejects(new Error('store down'));
    await slow.remember(thread, S, T0);
    await slow.flush().catch(() => undefined);
    (store.writeSystemValues as sinon.SinonStub).callThrough();
    const newer: Question = { ...Q, risk: { ...Q.risk, number: 7, text: 'baf 7' } };
    await other.remember(thread, { last: newer, earlier: [] }, later(60_000));
    await other.flush();
    assert.deepEqual(await slow.recall(thread, later(61_000)), { last: newer, earlier: [] });
  });

  it('keeps a subject the store refused, and writes it once the store is back', async () => {
    const store = new MemoryStore();
    const failures: string[] = [];
    const memory = new StoredConversationValues(store, {
      ...SUBJECTS,
      onWriteFailed: (e) => failures.push(e.message),
    });
    const thread = { tenantId: 't', threadKey: 'c' };
    const write = sinon.stub(store, 'writeSystemValues');
    write.onFirstCall().rejects(new Error('store down'));
    write.callThrough();
    await memory.remember(thread, S, T0);
    await assert.rejects(memory.flush(), /store down/);
    assert.deepEqual(failures, ['store down']);
    assert.deepEqual(await memory.recall(thread, T0), S);
    await memory.flush();
    assert.deepEqual(await new StoredConversationValues(store, SUBJECTS).recall(thread, T0), S);
  });

  it('keeps the last few subjects, newest first, without repeating one', () => {
    const risk = (n: number): Question => ({
      ...Q,
      risk: { ...Q.risk, number: n, text: `baf ${n}` },
    });
    let held: Subjects | null = null;
    for (const n of [1, 2, 3, 2, 4, 5, 6, 7, 8, 9]) held = nextSubjects(held, risk(n));
    assert.deepEqual(held!.last, risk(9));
    // (Six kept before the last, newest first; the oldest asked, 1 and 3, are gone.)
    assert.equal(EARLIER_KEPT, 6);
    assert.deepEqual(held!.earlier, [risk(8), risk(7), risk(6), risk(5), risk(4), risk(2)]);
    // The same asked again is not a new subject: the earlier ones stay.
    assert.deepEqual(nextSubjects(held, risk(9)).earlier, held!.earlier);
  });

  it('reads a subject stored before earlier ones were kept, and drops only an earlier one it no longer accepts', () => {
    assert.deepEqual(parseSubjects(Q), S);
    assert.deepEqual(parseSubjects({ last: Q, earlier: [{ intent: 'no-such-intent' }, Q] }), {
      last: Q,
      earlier: [Q],
    });
    assert.equal(parseSubjects({ last: { intent: 'no-such-intent' }, earlier: [Q] }), null);
    assert.equal(parseSubjects('BAF 4'), null);
  });

  for (const [name, make] of [
    ['in memory', () => new InMemoryUnansweredLog()],
    ['in the store', () => new StoredTextLog(new MemoryStore(), UNANSWERED_LIMITS)],
  ] as const)
    it(`keeps unanswered questions by tenant, text and time only, for a bounded time (${name})`, async () => {
      const log = make();
      await log.record('t1', 'what is the canteen menu', T0);
      await log.record('t1', 'x'.repeat(1000), later(DAY));
      await log.record('t2', 'another tenant', later(DAY));
      const week = await log.since('t1', later(-7 * DAY), later(DAY));
      assert.deepEqual(
        week.map((q) => q.text.length),
        ['what is the canteen menu'.length, UNANSWERED_LIMITS.maxLength],
      );
      assert.deepEqual(Object.keys(week[0]!).sort(), ['at', 'text']);
      // After the retention window the old day is gone, even once its record is reused.
      const much = later((UNANSWERED_LIMITS.retentionDays + 1) * DAY);
      await log.record('t1', 'a new question', much);
      const all = await log.since('t1', later(-DAY), much);
      assert.deepEqual(
        all.map((q) => q.text),
        ['a new question'],
      );
    });

  it('keeps at most a day’s worth of questions in one record', async () => {
    const log = new StoredTextLog(new MemoryStore(), { ...UNANSWERED_LIMITS, perDay: 3 });
    for (let i = 0; i < 5; i++) await log.record('t', `question ${i}`, later(i * 1000));
    assert.equal((await log.since('t', T0, later(DAY))).length, 3);
  });
});
