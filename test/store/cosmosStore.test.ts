import assert from 'node:assert/strict';
import type { Minutes } from '../../src/domain';
import {
  AlreadyExistsError,
  ConcurrencyConflictError,
  NotFoundError,
} from '../../src/store/errors';
import { openTestStore } from '../helpers/embeddedStore';
import { testAction, testOrganisation, testPerson, testRole } from '../helpers/fixtures';

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

describe('Cosmos store on the embedded server', function () {
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  before(async () => {
    opened = await openTestStore();
    const s = opened.store;
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
  after(() => opened.dispose());

  it('reads a record back by kind, organisation and id, with an etag', async () => {
    const got = await opened.store.get('organisation', 'test-trust', 'test-trust');
    assert.equal(got?.value.name, 'Test NHS Trust');
    assert.ok(got?.etag);
  });

  it('answers null for a record that does not exist, or of another kind', async () => {
    assert.equal(await opened.store.get('organisation', 'test-trust', 'nope'), null);
    assert.equal(await opened.store.get('register', 'test-trust', 'test-trust'), null);
  });

  it('refuses to create a record twice', async () => {
    await assert.rejects(opened.store.create(testOrganisation), AlreadyExistsError);
  });

  it('refuses to store a record that breaks the schema, and stores nothing', async () => {
    const broken = { ...testAction(9), text: '' };
    await assert.rejects(opened.store.create(broken), /text/);
    assert.equal(await opened.store.get('action', 'test-trust', 'act-test-9'), null);
  });

  it('lists records of a kind within an organisation', async () => {
    const actions = await opened.store.list('action', { organisationId: 'test-trust' });
    assert.deepEqual(
      actions.map((a) => a.id),
      ['act-test-1', 'act-test-2', 'act-test-3'],
    );
    assert.deepEqual(await opened.store.list('action', { organisationId: 'elsewhere' }), []);
  });

  it('finds a person by Teams identity, whatever its case', async () => {
    const found = await opened.store.findPersonByAadObjectId(
      '11111111-2222-4333-8444-555555555555'.toUpperCase(),
    );
    assert.equal(found?.value.id, 'person-test-doca');
    assert.equal(
      await opened.store.findPersonByAadObjectId('99999999-2222-4333-8444-555555555555'),
      null,
    );
  });

  it('finds actions by role (lead or task lead), status and risk', async () => {
    const byRole = await opened.store.findActions({ roleIds: ['role-test-doca', 'role-other'] });
    assert.deepEqual(
      byRole.map((a) => a.value.id),
      ['act-test-1', 'act-test-2'],
    );
    const open = await opened.store.findActions({
      roleIds: ['role-test-doca', 'role-other'],
      statuses: ['open'],
    });
    assert.deepEqual(
      open.map((a) => a.value.id),
      ['act-test-1'],
    );
    const byRisk = await opened.store.findActions({ riskId: 'risk-x' });
    assert.deepEqual(
      byRisk.map((a) => a.value.id),
      ['act-test-3'],
    );
    assert.deepEqual(await opened.store.findActions({ roleIds: [] }), []);
  });

  it('treats query values as data, never as query text', async () => {
    const found = await opened.store.findActions({ logId: "log-test' OR 1=1 --" });
    assert.deepEqual(found, []);
  });

  it('finds minutes by a minute reference, whatever its case', async () => {
    const found = await opened.store.findMinutesByReference('tb/25/15');
    assert.deepEqual(
      found.map((m) => m.id),
      ['min-test'],
    );
  });

  it('replaces a record read at the current etag and returns the new etag', async () => {
    const read = await opened.store.get('action', 'test-trust', 'act-test-1');
    const saved = await opened.store.replace(
      { ...read!.value, deliveryStatus: 'on-track', revision: 1 },
      read!.etag,
    );
    assert.notEqual(saved.etag, read!.etag);
    const again = await opened.store.get('action', 'test-trust', 'act-test-1');
    assert.equal(again?.value.deliveryStatus, 'on-track');
  });

  it('rejects an update made from a stale read with a typed conflict, and keeps the newer data', async () => {
    const first = await opened.store.get('action', 'test-trust', 'act-test-3');
    await opened.store.replace({ ...first!.value, text: 'Changed by A' }, first!.etag);
    await assert.rejects(
      opened.store.replace({ ...first!.value, text: 'Changed by B' }, first!.etag),
      ConcurrencyConflictError,
    );
    const now = await opened.store.get('action', 'test-trust', 'act-test-3');
    assert.equal(now?.value.text, 'Changed by A');
  });

  it('lets exactly one of two racing updates win', async () => {
    const read = await opened.store.get('action', 'test-trust', 'act-test-2');
    const results = await Promise.allSettled([
      opened.store.replace({ ...read!.value, text: 'Racer 1' }, read!.etag),
      opened.store.replace({ ...read!.value, text: 'Racer 2' }, read!.etag),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const loser = results.find((r) => r.status === 'rejected');
    assert.ok(
      loser && loser.status === 'rejected' && loser.reason instanceof ConcurrencyConflictError,
    );
  });

  it('reports replacing a record that does not exist', async () => {
    await assert.rejects(opened.store.replace(testAction(42), 'whatever'), NotFoundError);
  });

  it('answers a ping', async () => {
    await opened.store.ping();
  });
});
