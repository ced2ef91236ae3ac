import assert from 'node:assert/strict';
import type { View } from '../../cards';
import type { ImportMappingView, ImportPreviewView } from '../../src/imports/views';
import { applyProgressUpdate } from '../../src/domain/progressUpdate';
import type { Request } from '../../src/shared/request';
import { createImports } from '../../src/imports';
import { silentLogger } from '../../src/log';
import { importIds } from '../../src/store/importRecords';
import { DEMO, demoFeatures } from '../helpers/features';
import { bafRegister, mattersArising, ukDatesCsv } from '../fixtures/imports/layouts';

/**
 * The imports feature over the in-memory store seeded with the bundled dataset: a file from a
 * secretary becomes a mapping card, a preview and, once confirmed, records that answers read.
 */
const NOW = new Date('2026-02-10T12:00:00Z');

function expectKind<K extends View['kind']>(view: View, kind: K): Extract<View, { kind: K }> {
  assert.equal(view.kind, kind, JSON.stringify(view).slice(0, 600));
  return view as Extract<View, { kind: K }>;
}

/** The answers a secretary gives on the mapping card: every suggestion kept, plus these. */
function answers(view: ImportMappingView, extra: Record<string, string> = {}) {
  const out: Record<string, string> = {};
  for (const q of view.questions) if (q.value) out[q.id] = q.value;
  for (const d of view.dates) if (d.value) out[d.id] = d.value;
  return { ...out, ...extra };
}

describe('imports: the feature (mapping, preview, confirm) on the memory store', function () {
  this.timeout(30_000);
  let f: Awaited<ReturnType<typeof demoFeatures>>;
  beforeEach(async () => {
    f = await demoFeatures(NOW);
  });

  const fetchOf = (bytes: Buffer) => {
    const calls = { n: 0 };
    return { calls, fetch: () => (calls.n++, Promise.resolve(new Uint8Array(bytes))) };
  };

  async function secretary(text = 'file', organisationId: string | null = null): Promise<Request> {
    const r = await f.request(DEMO.secretary, text);
    return { ...r, where: { ...r.where, organisationId } };
  }

  it('refuses a file from anyone but a board secretary, without downloading it', async () => {
    const { calls, fetch } = fetchOf(await mattersArising());
    const view = await f.imports.imports.receive(
      await f.request(DEMO.doca, 'file'),
      'x.xlsx',
      fetch,
    );
    assert.match(expectKind(view, 'message').title, /Only board secretaries/);
    assert.equal(calls.n, 0, 'nothing downloaded');
  });

  it('refuses a file it cannot read, in words', async () => {
    const { fetch } = fetchOf(Buffer.from('this is not a spreadsheet at all'));
    const view = await f.imports.imports.receive(await secretary(), 'notes.docx', fetch);
    assert.match(expectKind(view, 'message').text, /\.xlsx|\.csv|read/i);
  });

  it('maps, previews and applies a matters-arising sheet; the same file again changes nothing', async () => {
    const { fetch } = fetchOf(await mattersArising());
    const req = await secretary();
    const mapping = expectKind(
      await f.imports.imports.receive(req, 'GTB actions.xlsx', fetch),
      'import-mapping',
    );
    const logQuestion = mapping.questions.find((q) => q.id === 'log|Action log');
    assert.ok(logQuestion, 'asks which log the sheet goes into');
    const preview = expectKind(
      await f.imports.imports.preview(
        req,
        mapping.sessionId,
        answers(mapping, { 'log|Action log': 'log-gtb-actions' }),
      ),
      'import-preview',
    );
    assert.equal(preview.blocked, null, JSON.stringify(preview.problems));
    const part = preview.parts[0]!;
    assert.match(part.target, /Group Trust Board|GTB/i);
    assert.ok(part.added.length + part.changed.length > 0, 'something to do');
    assert.ok(
      preview.problems.some((p) => /31\/09\/2025/.test(p.text)),
      'names the date that does not exist',
    );
    const outcome = await f.imports.imports.confirm(req, preview.sessionId, preview.submissionId);
    expectKind(outcome, 'import-outcome');
    // Answers now read the imported actions.
    const actions = await f.store.findActions({
      organisationId: 'lpt-nhft-group',
      logId: 'log-gtb-actions',
    });
    const gtb18 = actions.find((a) => a.value.reference === 'GTB/25/18');
    assert.ok(gtb18, 'the new action is stored');
    assert.equal(gtb18.value.provenance?.fileName, 'GTB actions.xlsx');
    assert.equal(gtb18.value.provenance?.importedBy.name, 'Alex Morgan');
    // Remembered for next time, and the same file twice changes nothing.
    const remembered = await f.records.get(importIds.mappings('lpt-nhft-group'));
    assert.ok(remembered, 'the mapping is remembered for the organisation');
    const again = expectKind(
      await f.imports.imports.receive(
        req,
        'GTB actions.xlsx',
        fetchOf(await mattersArising()).fetch,
      ),
      'import-mapping',
    );
    const second = expectKind(
      await f.imports.imports.preview(
        req,
        again.sessionId,
        answers(again, { 'log|Action log': 'log-gtb-actions' }),
      ),
      'import-preview',
    );
    assert.equal(second.nothingToDo, true, JSON.stringify(second.parts, null, 1).slice(0, 2000));
  });

  it('continues on another instance: the session and the file are in the store', async () => {
    const req = await secretary();
    const mapping = expectKind(
      await f.imports.imports.receive(req, 'GTB.xlsx', fetchOf(await mattersArising()).fetch),
      'import-mapping',
    );
    const other = createImports({
      store: f.store,
      records: f.records,
      batches: f.batches,
      referenceData: f.referenceData,
      log: silentLogger,
      clock: () => NOW,
    });
    const preview = expectKind(
      await other.imports.preview(
        req,
        mapping.sessionId,
        answers(mapping, { 'log|Action log': 'log-gtb-actions' }),
      ),
      'import-preview',
    );
    // Confirmed on the first instance, which still holds the file: it sees the other's answers.
    const done = await f.imports.imports.confirm(req, preview.sessionId, preview.submissionId);
    expectKind(done, 'import-outcome');
    const stranger = await other.imports.preview(
      await f.request(DEMO.doca, 'x'),
      mapping.sessionId,
      {},
    );
    assert.match(expectKind(stranger, 'message').title, /no longer open|someone else/);
  });

  it('applies a confirmed import once, however often Confirm is pressed', async () => {
    const req = await secretary();
    const mapping = expectKind(
      await f.imports.imports.receive(req, 'GTB.xlsx', fetchOf(await mattersArising()).fetch),
      'import-mapping',
    );
    const preview = expectKind(
      await f.imports.imports.preview(
        req,
        mapping.sessionId,
        answers(mapping, { 'log|Action log': 'log-gtb-actions' }),
      ),
      'import-preview',
    );
    const [a, b] = await Promise.all([
      f.imports.imports.confirm(req, preview.sessionId, preview.submissionId),
      f.imports.imports.confirm(req, preview.sessionId, preview.submissionId),
    ]);
    for (const v of [a, b])
      assert.ok(['import-outcome', 'message'].includes(v.kind), JSON.stringify(v));
    const later = await f.imports.imports.confirm(req, preview.sessionId, preview.submissionId);
    assert.match(JSON.stringify(later), /applied once|no longer open/);
    const actions = await f.store.findActions({
      organisationId: 'lpt-nhft-group',
      logId: 'log-gtb-actions',
    });
    const gtb18 = actions.filter((x) => x.value.reference === 'GTB/25/18');
    assert.equal(gtb18.length, 1);
    // One history entry for the one import: a second apply would add another.
    assert.equal(
      gtb18[0]!.value.history.filter((h) => h.event === 'imported').length,
      1,
      'written once',
    );
  });

  it('shows progress recorded in Teams since the last import as a conflict, kept unless taken', async () => {
    const req = {
      ...(await secretary()),
      where: { ...(await secretary()).where, organisationId: 'well-led-trust' },
    };
    const first = expectKind(
      await f.imports.imports.receive(req, 'Actions.csv', fetchOf(ukDatesCsv()).fetch),
      'import-mapping',
    );
    const p1 = expectKind(
      await f.imports.imports.preview(req, first.sessionId, answers(first)),
      'import-preview',
    );
    expectKind(
      await f.imports.imports.confirm(req, p1.sessionId, p1.submissionId),
      'import-outcome',
    );
    // An owner updates A1 in Teams after the import.
    const stored = (await f.store.findActions({ organisationId: 'well-led-trust' })).find(
      (a) => a.value.reference === 'A1',
    )!;
    const updated = applyProgressUpdate(
      stored.value,
      {
        note: 'Policy approved at ARC',
        deliveryStatus: 'delivered',
        revisedDue: null,
        revisedDueReason: null,
        proposeClosure: false,
        submissionId: 'owner-1',
      },
      { name: 'Yusuf Ali' },
      new Date('2026-02-11T09:00:00Z'),
    );
    await f.store.replace(updated, stored.etag);
    // The same file again would set the delivery status back to the file's "Green" (on track).
    const second = expectKind(
      await f.imports.imports.receive(req, 'Actions.csv', fetchOf(ukDatesCsv()).fetch),
      'import-mapping',
    );
    const p2 = expectKind(
      await f.imports.imports.preview(req, second.sessionId, answers(second)),
      'import-preview',
    );
    const conflicts = p2.parts.flatMap((p) => p.conflicts);
    assert.ok(
      conflicts.some((c) => c.reference === 'A1' && c.teamsBy === 'Yusuf Ali'),
      JSON.stringify(p2.parts),
    );
    assert.ok(
      conflicts.every((c) => !c.takesFile),
      'Teams is kept by default',
    );
    const taken = expectKind(
      await f.imports.imports.takeFile(req, p2.sessionId, conflicts[0]!.actionId),
      'import-preview',
    );
    assert.ok(taken.parts.flatMap((p) => p.conflicts).every((c) => c.takesFile));
  });

  it('imports a new BAF version beside the last one; directors see what changed and the scores over time', async () => {
    const req = await secretary();
    const bytes = await bafRegister({ current: { 'GROUP BAF 1': [4, 2] } });
    const mapping = expectKind(
      await f.imports.imports.receive(req, 'Group BAF March 2026.xlsx', fetchOf(bytes).fetch),
      'import-mapping',
    );
    const dateInput = mapping.dates[0];
    assert.ok(dateInput, 'asks the version’s date');
    const preview = await f.imports.imports.preview(
      req,
      mapping.sessionId,
      answers(mapping, {
        [dateInput.id]: 'March 2026',
        ...Object.fromEntries(
          mapping.questions.filter((q) => q.id.startsWith('log|')).map((q) => [q.id, q.value]),
        ),
      }),
    );
    const shown: ImportPreviewView = expectKind(preview, 'import-preview');
    assert.equal(shown.blocked, null, JSON.stringify(shown.problems.slice(0, 5)));
    const register = shown.parts.find((p) => /new version/.test(p.target));
    assert.ok(register, JSON.stringify(shown.parts.map((p) => p.target)));
    const before = (await f.referenceData.get()).registers.length;
    expectKind(
      await f.imports.imports.confirm(req, shown.sessionId, shown.submissionId),
      'import-outcome',
    );
    f.referenceData.invalidate();
    const data = await f.referenceData.get();
    assert.equal(data.registers.length, before + 1, 'the previous version is kept');
    const changed = expectKind(
      await f.imports.whatChanged(await f.request(DEMO.doca, 'x'), 'group'),
      'what-changed',
    );
    assert.match(changed.changes.summary, /GROUP BAF 1/);
    const moved = expectKind(
      await f.imports.scoresOverTime(await f.request(DEMO.doca, 'x'), 'GROUP BAF 1'),
      'score-history',
    );
    assert.ok(moved.history.points.length >= 2, JSON.stringify(moved.history));
  });

  it('lists who holds which role and changes a holder by name, with etags', async () => {
    const req = await f.request(DEMO.secretary, 'who holds which role');
    const roles = expectKind(
      await f.imports.roles.list({
        ...req,
        where: { ...req.where, organisationId: 'well-led-trust' },
      }),
      'roles',
    );
    assert.ok(
      roles.roles.find((r) => r.code === 'DoCA')?.holders.some((h) => h.name === 'Yusuf Ali'),
    );
    const changed = expectKind(
      await f.imports.roles.make(
        { ...req, where: { ...req.where, organisationId: 'well-led-trust' } },
        'Helen Shaw',
        'DoCA',
      ),
      'roles',
    );
    const doca = changed.roles.find((r) => r.code === 'DoCA')!;
    assert.deepEqual(
      doca.holders.map((h) => h.name),
      ['Helen Shaw'],
    );
    assert.match(changed.banner ?? '', /Helen Shaw now holds DoCA/);
    const refused = await f.imports.roles.make(
      await f.request(DEMO.doca, 'x'),
      'Helen Shaw',
      'DoCA',
    );
    assert.match(expectKind(refused, 'message').title, /Only board secretaries/);
  });

  it('a new trust: owners its log names become roles from the team roster, and its actions are linked', async () => {
    await f.store.create({
      id: 'new-trust',
      organisationId: 'new-trust',
      kind: 'organisation',
      name: 'New Town NHS Trust',
      shortName: 'NTT',
      type: 'trust',
      memberIds: [],
      aliases: [],
      dataQuality: [],
    });
    f.referenceData.invalidate();
    const r = await secretary('file', 'new-trust');
    const mapping = expectKind(
      await f.imports.imports.receive(r, 'Actions.csv', fetchOf(ukDatesCsv()).fetch),
      'import-mapping',
    );
    const preview = expectKind(
      await f.imports.imports.preview(r, mapping.sessionId, answers(mapping)),
      'import-preview',
    );
    assert.ok(
      preview.unresolvedOwners.some((o) => /^DoCA \(/.test(o)),
      preview.unresolvedOwners.join('; '),
    );
    expectKind(
      await f.imports.imports.confirm(r, preview.sessionId, preview.submissionId),
      'import-outcome',
    );
    const members = [{ aadObjectId: '11111111-2222-4333-8444-555555555555', name: 'Jane Doe' }];
    const roster = expectKind(
      await f.imports.roles.roster(r, { teamId: '19:board', teamName: 'Board' }, members),
      'roster',
    );
    const doca = roster.roles.find((x) => x.code === 'DoCA');
    assert.ok(doca, 'the log’s owner is offered as a role');
    const saved = expectKind(
      await f.imports.roles.saveRoster(
        r,
        'new-trust',
        { [`role|${doca.roleId}`]: members[0]!.aadObjectId },
        members,
      ),
      'roles',
    );
    assert.match(
      saved.banner ?? '',
      // A1, its duplicated row, and A4 name the DoCA.
      /Created the role DoCA\. Jane Doe now holds DoCA\. 3 imported actions are now linked/,
    );
    const a1 = (await f.store.findActions({ organisationId: 'new-trust' })).find(
      (a) => a.value.reference === 'A1',
    )!;
    const role = (await f.referenceData.get()).roles.find(
      (x) => x.organisationId === 'new-trust' && x.code === 'DoCA',
    )!;
    assert.deepEqual(a1.value.actionLeadRoleIds, [role.id]);
    const jane = (await f.store.findPersonByAadObjectId(members[0]!.aadObjectId))!.value;
    assert.deepEqual(jane.roleIds, [role.id]);
  });

  it('offers the action logs as a file to secretaries only', async () => {
    const offer = expectKind(
      await f.imports.exports.offer(await f.request(DEMO.secretary, 'export')),
      'file-offer',
    );
    assert.match(offer.fileName, /\.xlsx$/);
    assert.ok(offer.sizeInBytes > 1000);
    expectKind(await f.imports.exports.offer(await f.request(DEMO.doca, 'export')), 'message');
  });
});
