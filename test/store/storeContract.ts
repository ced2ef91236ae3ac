import assert from 'node:assert/strict';
import type { Minutes } from '../../src/domain';
import type { BroadcastJob, ConversationRecord, Delivery } from '../../src/domain/delivery';
import type { ContainerName } from '../../src/store/containers';
import {
  AlreadyExistsError,
  ConcurrencyConflictError,
  InvalidStoredDocumentError,
  NotFoundError,
} from '../../src/store/errors';
import type { BoardClerkStore } from '../../src/store/store';
import { testAction, testOrganisation, testPerson, testRole } from '../helpers/fixtures';

/**
 * What every store implementation must do, run against the Cosmos store on the embedded server and
 * against the memory store (so unit tests on the memory store stand for the real thing).
 */
export interface StoreHarness {
  store: BoardClerkStore;
  /** Stores a document as it is, skipping the schema (as an older version might have written it). */
  insertUnchecked(
    container: ContainerName,
    doc: Record<string, unknown> & { id: string },
  ): Promise<void>;
  /** The same data through a second, independent client (another instance). */
  otherClient(): Promise<BoardClerkStore>;
  dispose(): Promise<void>;
}

const minutes: Minutes = {
  id: 'min-test',
  organisationId: 'test-trust',
  kind: 'minutes',
  meetingId: 'mtg-test',
  body: 'Trust Board',
  title: 'Minutes',
  heldOn: '2025-09-25',
  printedHeading: 'Minutes of the meeting',
  present: [],
  inAttendance: [],
  apologies: [],
  items: [
    {
      reference: 'TB/25/15',
      title: 'BAF',
      summary: 'Received the BAF.',
      resolution: 'To approve.',
      actionReferences: [],
    },
  ],
  source: { documentId: 'src-test', section: 'Minutes' },
  dataQuality: [],
};

const AT = '2026-01-10T09:00:00.000Z';

export function conversation(
  id: string,
  overrides: Partial<ConversationRecord> = {},
): ConversationRecord {
  return {
    id,
    kind: 'conversation',
    tenantId: 'tenant-a',
    scope: 'team',
    conversationId: `19:${id}@thread.tacv2`,
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    botId: '28:bot',
    channels: [],
    status: 'installed',
    installedAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function broadcast(jobId: string, overrides: Partial<BroadcastJob> = {}): BroadcastJob {
  return {
    id: jobId,
    jobId,
    kind: 'broadcast',
    type: 'meeting-reminder',
    title: 'Reminder',
    organisationId: 'test-trust',
    createdBy: { name: 'Secretary' },
    createdAt: AT,
    dueAt: AT,
    schedule: 'now',
    targets: [
      {
        key: 'conv-1',
        conversationRecordId: 'conv-1',
        tenantId: 'tenant-a',
        kind: 'personal',
        label: 'Chat 1',
      },
    ],
    status: 'scheduled',
    lease: null,
    report: null,
    ...overrides,
  };
}

export function delivery(jobId: string, n: number, overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: `${jobId}.${String(n).padStart(4, '0')}`,
    jobId,
    kind: 'delivery',
    target: {
      key: `conv-${n}`,
      conversationRecordId: `conv-${n}`,
      tenantId: 'tenant-a',
      kind: 'personal',
      label: `Chat ${n}`,
    },
    status: 'pending',
    attempts: 0,
    permanent: false,
    updatedAt: AT,
    ...overrides,
  };
}

export function storeContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(name, function () {
    let h: StoreHarness;
    let s: BoardClerkStore;
    before(async () => {
      h = await open();
      s = h.store;
      await s.create(testOrganisation);
      await s.create(testRole);
      await s.create(testPerson);
      await s.create(minutes);
      await s.create(testAction(1));
      await s.create(
        testAction(2, { taskLeadRoleIds: ['role-other'], actionLeadRoleIds: [], status: 'closed' }),
      );
      await s.create(testAction(3, { actionLeadRoleIds: ['role-nobody'], riskId: 'risk-x' }));
    });
    after(() => h.dispose());

    describe('governance records', () => {
      it('reads a record back by kind, organisation and id, with an etag', async () => {
        const got = await s.get('organisation', 'test-trust', 'test-trust');
        assert.equal(got?.value.name, 'Test NHS Trust');
        assert.ok(got?.etag);
      });

      it('answers null for a record that does not exist, of another kind, or in another organisation', async () => {
        assert.equal(await s.get('organisation', 'test-trust', 'nope'), null);
        assert.equal(await s.get('register', 'test-trust', 'test-trust'), null);
        assert.equal(await s.get('action', 'other-trust', 'act-test-1'), null);
      });

      it('refuses to create a record twice', async () => {
        await assert.rejects(s.create(testOrganisation), AlreadyExistsError);
      });

      it('refuses to store a record that breaks the schema, and stores nothing', async () => {
        const broken = { ...testAction(9), text: '' };
        await assert.rejects(s.create(broken), /text/);
        assert.equal(await s.get('action', 'test-trust', 'act-test-9'), null);
      });

      it('lists records of a kind within an organisation, ordered by id', async () => {
        const actions = await s.list('action', { organisationId: 'test-trust' });
        assert.deepEqual(
          actions.map((a) => a.id),
          ['act-test-1', 'act-test-2', 'act-test-3'],
        );
        assert.deepEqual(await s.list('action', { organisationId: 'elsewhere' }), []);
        assert.deepEqual(
          (await s.list('organisation')).map((o) => o.id),
          ['test-trust'],
          'the store’s bookkeeping is never listed as a record',
        );
      });

      it('finds a person by Teams identity, whatever its case', async () => {
        const found = await s.findPersonByAadObjectId(
          '11111111-2222-4333-8444-555555555555'.toUpperCase(),
        );
        assert.equal(found?.value.id, 'person-test-doca');
        assert.equal(await s.findPersonByAadObjectId('99999999-2222-4333-8444-555555555555'), null);
      });

      it('finds actions by role (lead or task lead), status, risk, log and organisation', async () => {
        const byRole = await s.findActions({ roleIds: ['role-test-doca', 'role-other'] });
        assert.deepEqual(
          byRole.map((a) => a.value.id),
          ['act-test-1', 'act-test-2'],
        );
        const open = await s.findActions({
          roleIds: ['role-test-doca', 'role-other'],
          statuses: ['open'],
        });
        assert.deepEqual(
          open.map((a) => a.value.id),
          ['act-test-1'],
        );
        const byRisk = await s.findActions({ riskId: 'risk-x' });
        assert.deepEqual(
          byRisk.map((a) => a.value.id),
          ['act-test-3'],
        );
        assert.deepEqual(await s.findActions({ roleIds: [] }), []);
        assert.equal((await s.findActions({ logId: 'log-test' })).length, 3);
        assert.deepEqual(await s.findActions({ organisationId: 'elsewhere' }), []);
      });

      it('treats query values as data, never as query text', async () => {
        const found = await s.findActions({ logId: "log-test' OR 1=1 --" });
        assert.deepEqual(found, []);
      });

      it('finds minutes by a minute reference, whatever its case', async () => {
        const found = await s.findMinutesByReference('tb/25/15');
        assert.deepEqual(
          found.map((m) => m.id),
          ['min-test'],
        );
        assert.deepEqual(await s.findMinutesByReference('TB/25/99'), []);
      });

      it('replaces a record read at the current etag and returns the new etag', async () => {
        const read = await s.get('action', 'test-trust', 'act-test-1');
        const saved = await s.replace(
          { ...read!.value, deliveryStatus: 'on-track', revision: 1 },
          read!.etag,
        );
        assert.notEqual(saved.etag, read!.etag);
        const again = await s.get('action', 'test-trust', 'act-test-1');
        assert.equal(again?.value.deliveryStatus, 'on-track');
        assert.equal(again?.etag, saved.etag);
      });

      it('rejects an update made from a stale read with a typed conflict, and keeps the newer data', async () => {
        const first = await s.get('action', 'test-trust', 'act-test-3');
        await s.replace({ ...first!.value, text: 'Changed by A' }, first!.etag);
        await assert.rejects(
          s.replace({ ...first!.value, text: 'Changed by B' }, first!.etag),
          ConcurrencyConflictError,
        );
        const now = await s.get('action', 'test-trust', 'act-test-3');
        assert.equal(now?.value.text, 'Changed by A');
      });

      it('lets exactly one of two racing updates win', async () => {
        const read = await s.get('action', 'test-trust', 'act-test-2');
        const results = await Promise.allSettled([
          s.replace({ ...read!.value, text: 'Racer 1' }, read!.etag),
          s.replace({ ...read!.value, text: 'Racer 2' }, read!.etag),
        ]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        const loser = results.find((r) => r.status === 'rejected');
        assert.ok(
          loser && loser.status === 'rejected' && loser.reason instanceof ConcurrencyConflictError,
        );
      });

      it('reports replacing a record that does not exist', async () => {
        await assert.rejects(s.replace(testAction(42), 'whatever'), NotFoundError);
      });

      it('keeps what it returned apart from what it stores', async () => {
        const read = await s.get('organisation', 'test-trust', 'test-trust');
        // A store hands out a copy, or (the read model) a frozen record that refuses the change.
        try {
          read!.value.name = 'Changed in memory only';
        } catch (e) {
          assert.ok(e instanceof TypeError && Object.isFrozen(read!.value), String(e));
        }
        assert.equal(
          (await s.get('organisation', 'test-trust', 'test-trust'))?.value.name,
          'Test NHS Trust',
        );
      });

      it('leaves a stored document that breaks the schema out of queries, and reports it when read', async () => {
        await h.insertUnchecked('actions', {
          ...testAction(77),
          status: 'lost-in-translation',
        });
        const ids = (await s.findActions({ organisationId: 'test-trust' })).map((a) => a.value.id);
        assert.ok(!ids.includes('act-test-77'));
        await assert.rejects(
          s.get('action', 'test-trust', 'act-test-77'),
          InvalidStoredDocumentError,
        );
      });

      it('answers a ping and reports good health', async () => {
        await s.ping();
        assert.equal((await s.health()).status, 'ok');
      });
    });

    describe('system values', () => {
      it('reports its bookkeeping values in their own change feed, latest version once', async () => {
        const start = await s.readSystemChanges(null);
        await s.writeSystemValue('feed-marker', { v: 1 });
        await s.writeSystemValue('feed-marker', { v: 2 });
        const next = await s.readSystemChanges(start.continuation);
        assert.deepEqual(
          next.values.map((v) => [v.id, v.value]),
          [['feed-marker', { v: 2 }]],
        );
        assert.ok(next.values[0]?.etag);
        assert.deepEqual((await s.readSystemChanges(next.continuation)).values, []);
        const all = await s.readSystemChanges(null);
        assert.ok(all.values.some((v) => v.id === 'feed-marker'));
        assert.ok(
          all.values.every((v) => v.id !== 'test-trust'),
          'governance records are not bookkeeping',
        );
      });

      it('reads nothing until written, then the latest value', async () => {
        assert.equal(await s.readSystemValue('contract-marker'), null);
        await s.writeSystemValue('contract-marker', { v: 1 });
        await s.writeSystemValue('contract-marker', { v: 2 });
        assert.deepEqual(await s.readSystemValue('contract-marker'), { v: 2 });
      });

      it('writes several values together, each over its own etag, refusing only the stale ones', async () => {
        const created = await s.replaceSystemValues([
          { id: 'batch-a', value: { v: 1 }, etag: null },
          { id: 'batch-b', value: { v: 1 }, etag: null },
        ]);
        assert.ok(created.every((w) => w !== 'conflict'));
        const etagOfA = (created[0] as { etag: string }).etag;
        const written = await s.replaceSystemValues([
          { id: 'batch-a', value: { v: 2 }, etag: etagOfA },
          { id: 'batch-b', value: { v: 2 }, etag: null }, // stale: it exists
          { id: 'batch-c', value: { v: 2 }, etag: '"not-its-etag"' }, // stale: none stored
        ]);
        assert.notEqual(written[0], 'conflict');
        assert.deepEqual(written.slice(1), ['conflict', 'conflict']);
        assert.deepEqual(await s.readSystemValue('batch-a'), { v: 2 });
        assert.deepEqual(await s.readSystemValue('batch-b'), { v: 1 });
        assert.equal(await s.readSystemValue('batch-c'), null);
        await s.writeSystemValues([
          { id: 'batch-b', value: { v: 3 } },
          { id: 'batch-c', value: { v: 3 } },
        ]);
        assert.deepEqual(await s.readSystemValue('batch-b'), { v: 3 });
        assert.deepEqual(await s.readSystemValue('batch-c'), { v: 3 });
      });
    });

    describe('conversations', () => {
      before(async () => {
        await s.createConversation(conversation('team-a1'));
        await s.createConversation(conversation('team-a2', { status: 'removed' }));
        await s.createConversation(conversation('team-b1', { tenantId: 'tenant-b' }));
        await s.createConversation(
          conversation('chat-a-person', {
            scope: 'personal',
            userAadObjectId: '11111111-2222-4333-8444-555555555555',
          }),
        );
      });

      it('keeps each tenant’s conversations to that tenant', async () => {
        const a = await s.listConversations({ tenantId: 'tenant-a' });
        assert.deepEqual(
          a.map((c) => c.value.id),
          ['chat-a-person', 'team-a1', 'team-a2'],
        );
        const b = await s.listConversations({ tenantId: 'tenant-b', status: 'installed' });
        assert.deepEqual(
          b.map((c) => c.value.id),
          ['team-b1'],
        );
        assert.equal(await s.getConversation('tenant-b', 'team-a1'), null);
        assert.equal((await s.getConversation('tenant-a', 'team-a1'))?.value.id, 'team-a1');
      });

      it('filters by status across tenants', async () => {
        const installed = await s.listConversations({ status: 'installed' });
        assert.deepEqual(
          installed.map((c) => c.value.id),
          ['chat-a-person', 'team-a1', 'team-b1'],
        );
      });

      it('finds the installed personal chat with a person', async () => {
        const found = await s.findPersonalConversation('11111111-2222-4333-8444-555555555555');
        assert.equal(found?.value.id, 'chat-a-person');
        assert.equal(
          await s.findPersonalConversation('99999999-2222-4333-8444-555555555555'),
          null,
        );
      });

      it('updates a conversation at its etag only', async () => {
        const read = await s.getConversation('tenant-a', 'team-a1');
        const saved = await s.replaceConversation(
          { ...read!.value, teamName: 'Board' },
          read!.etag,
        );
        assert.notEqual(saved.etag, read!.etag);
        await assert.rejects(
          s.replaceConversation({ ...read!.value, teamName: 'Stale' }, read!.etag),
          ConcurrencyConflictError,
        );
        await assert.rejects(s.createConversation(conversation('team-a1')), AlreadyExistsError);
      });
    });

    describe('broadcasts and deliveries', () => {
      before(async () => {
        await s.createBroadcast(broadcast('job-late', { dueAt: '2026-01-10T10:00:00.000Z' }));
        await s.createBroadcast(broadcast('job-early', { dueAt: '2026-01-10T08:00:00.000Z' }));
        await s.createBroadcast(
          broadcast('job-leased', {
            status: 'running',
            lease: { owner: 'other', until: '2026-01-10T09:30:00.000Z' },
          }),
        );
        await s.createBroadcast(
          broadcast('job-lapsed', {
            status: 'running',
            dueAt: '2026-01-10T08:30:00.000Z',
            lease: { owner: 'dead', until: '2026-01-10T08:59:00.000Z' },
          }),
        );
        await s.createBroadcast(broadcast('job-done', { status: 'completed' }));
        await s.createBroadcast(
          broadcast('job-other-meeting', {
            organisationId: 'other-trust',
            meetingId: 'mtg-2',
            dueAt: '2026-02-01T09:00:00.000Z',
          }),
        );
      });

      it('reads a broadcast back with its defaults applied, never a delivery in its place', async () => {
        const job = await s.getBroadcast('job-early');
        assert.equal(job?.value.title, 'Reminder');
        assert.equal(job?.value.lease, null);
        await s.createDelivery(delivery('job-x', 1, { id: 'job-x' }));
        assert.equal(await s.getBroadcast('job-x'), null);
      });

      it('lists the due broadcasts not held by a live lease, earliest first', async () => {
        const due = await s.findDueBroadcasts('2026-01-10T09:00:00.000Z');
        assert.deepEqual(
          due.map((j) => j.value.id),
          ['job-early', 'job-lapsed'],
        );
      });

      it('lists broadcasts by organisation and meeting, earliest first', async () => {
        const all = await s.listBroadcasts({ organisationId: 'test-trust' });
        assert.deepEqual(all.map((j) => j.value.id).sort(), [
          'job-done',
          'job-early',
          'job-lapsed',
          'job-late',
          'job-leased',
        ]);
        const due = all.map((j) => j.value.dueAt);
        assert.deepEqual(due, [...due].sort());
        const byMeeting = await s.listBroadcasts({ meetingId: 'mtg-2' });
        assert.deepEqual(
          byMeeting.map((j) => j.value.id),
          ['job-other-meeting'],
        );
      });

      it('claims a broadcast for exactly one of two racing instances', async () => {
        const read = (await s.getBroadcast('job-late'))!;
        const claim = (owner: string) =>
          s.replaceBroadcast(
            {
              ...read.value,
              status: 'running',
              lease: { owner, until: '2026-01-10T11:00:00.000Z' },
            },
            read.etag,
          );
        const results = await Promise.allSettled([claim('a'), claim('b')]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      });

      it('keeps each broadcast’s deliveries to it, ordered by id', async () => {
        await s.createDelivery(delivery('job-early', 2));
        await s.createDelivery(delivery('job-early', 1));
        await s.createDelivery(delivery('job-late', 1));
        const list = await s.listDeliveries('job-early');
        assert.deepEqual(
          list.map((d) => d.value.id),
          ['job-early.0001', 'job-early.0002'],
        );
        await assert.rejects(s.createDelivery(delivery('job-early', 1)), AlreadyExistsError);
      });

      it('updates a delivery at its etag only', async () => {
        const [first] = await s.listDeliveries('job-early');
        const sent = await s.replaceDelivery(
          { ...first!.value, status: 'delivered', attempts: 1 },
          first!.etag,
        );
        assert.notEqual(sent.etag, first!.etag);
        await assert.rejects(
          s.replaceDelivery({ ...first!.value, status: 'failed' }, first!.etag),
          ConcurrencyConflictError,
        );
      });

      it('creates deliveries in bulk, leaving the ones that exist as they were', async () => {
        await s.createDelivery(delivery('job-bulk', 3, { status: 'delivered', attempts: 1 }));
        const wanted = Array.from({ length: 250 }, (_, i) => delivery('job-bulk', i));
        const result = await s.createDeliveries(wanted);
        assert.equal(result.created.length, 249);
        assert.deepEqual(result.alreadyExisted, ['job-bulk.0003']);
        assert.ok(result.created.every((c) => c.etag));
        const stored = await s.listDeliveries('job-bulk');
        assert.equal(stored.length, 250);
        assert.equal(stored.find((d) => d.value.id === 'job-bulk.0003')?.value.status, 'delivered');
        const etags = new Map(stored.map((d) => [d.value.id, d.etag]));
        assert.ok(result.created.every((c) => etags.get(c.value.id) === c.etag));
      });

      it('refuses a bulk create with an invalid delivery, and stores none of it', async () => {
        const batch = [delivery('job-bad', 1), { ...delivery('job-bad', 2), attempts: -1 }];
        await assert.rejects(s.createDeliveries(batch), /attempts/);
        assert.deepEqual(await s.listDeliveries('job-bad'), []);
      });
    });

    describe('change feed', () => {
      it('reads every document of a container from the beginning, then only what changed, latest version once', async () => {
        const first = await s.readChanges('actions', null);
        const ids = first.documents.map((d) => d.value.id);
        for (const id of ['act-test-1', 'act-test-2', 'act-test-3']) assert.ok(ids.includes(id));
        assert.ok(!ids.includes('act-test-77'), 'documents that break the schema are left out');

        const nothing = await s.readChanges('actions', first.continuation);
        assert.deepEqual(nothing.documents, []);

        await s.create(testAction(50));
        let read = (await s.get('action', 'test-trust', 'act-test-1'))!;
        read = await s.replace({ ...read.value, text: 'First change' }, read.etag);
        read = await s.replace({ ...read.value, text: 'Second change' }, read.etag);
        const next = await s.readChanges('actions', nothing.continuation);
        assert.deepEqual(
          next.documents.map((d) => [d.value.id, d.value.kind === 'action' && d.value.text]),
          [
            ['act-test-50', 'Test action 50'],
            ['act-test-1', 'Second change'],
          ],
        );
        assert.equal(next.documents[1]?.etag, read.etag);
        assert.deepEqual((await s.readChanges('actions', next.continuation)).documents, []);
      });

      it('keeps containers apart and leaves out the store’s bookkeeping', async () => {
        const governance = await s.readChanges('governance', null);
        const kinds = new Set(governance.documents.map((d) => d.value.kind));
        assert.ok(kinds.has('organisation') && kinds.has('minutes'));
        assert.ok(!kinds.has('action'));
        assert.ok(governance.documents.every((d) => (d.value.kind as string) !== '_system'));
        const broadcasts = await s.readChanges('broadcasts', null);
        assert.ok(broadcasts.documents.some((d) => d.value.kind === 'delivery'));
      });

      it('shows a write made through one client to another client reading the feed', async () => {
        const other = await h.otherClient();
        const start = await other.readChanges('conversations', null);
        const created = await s.createConversation(conversation('team-feed'));
        const seen = await other.readChanges('conversations', start.continuation);
        assert.deepEqual(
          seen.documents.map((d) => [d.value.id, d.etag]),
          [['team-feed', created.etag]],
        );
      });
    });
  });
}
