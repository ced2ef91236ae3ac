import assert from 'node:assert/strict';
import sinon from 'sinon';
import type { ProgressForm } from '../../src/domain/progressUpdate';
import { DEMO, demoFeatures } from '../helpers/features';

/** Action owners' saves and secretaries' closure decisions (in-memory store, fixed clock). */
const NOW = new Date('2026-01-12T10:00:00Z');
const FTSU5 = { actionId: 'act-wl-ftsu-5', organisationId: 'well-led-trust' };
const FORM: ProgressForm = {
  note: 'Speak Up month plans agreed with the guardian.',
  deliveryStatus: 'on-track',
  revisedDue: null,
  revisedDueReason: null,
  proposeClosure: false,
};

describe('progress on an action', () => {
  let f: Awaited<ReturnType<typeof demoFeatures>>;
  beforeEach(async () => (f = await demoFeatures(NOW)));

  const revision = async () =>
    (await f.store.get('action', FTSU5.organisationId, FTSU5.actionId))!.value.revision;

  it("saves an owner's update with who and when, once however often Teams retries it", async () => {
    const req = await f.request(DEMO.doca, 'x');
    const ref = { ...FTSU5, revision: await revision(), submissionId: 'sub-00000001' };
    const saved = await f.progress.save(req, ref, FORM);
    assert.equal(saved.kind, 'progress');
    if (saved.kind !== 'progress') return;
    assert.equal(saved.banner?.kind, 'saved');
    assert.match(saved.banner?.text ?? '', /Saved by Yusuf Ali on 12 January 2026/);
    const again = await f.progress.save(req, ref, FORM);
    assert.equal(again.kind === 'progress' && again.banner?.kind, 'duplicate');
    const stored = (await f.store.get('action', FTSU5.organisationId, FTSU5.actionId))!.value;
    assert.equal(stored.progress.filter((p) => p.note === FORM.note).length, 1);
    assert.equal(stored.history.at(-1)?.by.name, 'Yusuf Ali');
  });

  it('refuses a save from someone who does not own the action, and from a stranger', async () => {
    for (const who of [DEMO.ned, null]) {
      const ref = { ...FTSU5, revision: await revision(), submissionId: `sub-${who ?? 'anon'}-1` };
      const view = await f.progress.save(await f.request(who, 'x'), ref, FORM);
      assert.equal(view.kind === 'progress' && view.banner?.kind, 'error');
    }
    const stored = (await f.store.get('action', FTSU5.organisationId, FTSU5.actionId))!.value;
    assert.ok(!stored.progress.some((p) => p.note === FORM.note));
  });

  it('never overwrites a newer update: a stale card shows the latest and keeps what was typed', async () => {
    const req = await f.request(DEMO.doca, 'x');
    const stale = await revision();
    await f.progress.save(req, { ...FTSU5, revision: stale, submissionId: 'sub-first-001' }, FORM);
    const typed = { ...FORM, note: 'A second note typed on an old card.' };
    const view = await f.progress.save(
      req,
      { ...FTSU5, revision: stale, submissionId: 'sub-second-01' },
      typed,
    );
    assert.equal(view.kind, 'progress');
    if (view.kind !== 'progress') return;
    assert.equal(view.banner?.kind, 'conflict');
    assert.equal(view.typed?.note, typed.note);
  });

  it('announces a proposal for closure, and lets only a secretary decide it', async () => {
    const proposed = sinon.fake();
    f.events.on('closure-proposed', proposed);
    const owner = await f.request(DEMO.doca, 'x');
    await f.progress.save(
      owner,
      { ...FTSU5, revision: await revision(), submissionId: 'sub-propose-1' },
      { ...FORM, deliveryStatus: 'delivered', proposeClosure: true },
    );
    sinon.assert.calledOnce(proposed);
    const decide = async (who: string, id: string) =>
      f.progress.decideClosure(
        await f.request(who, 'x'),
        { ...FTSU5, revision: await revision(), submissionId: id },
        { approve: true, note: null },
      );
    const byOwner = await decide(DEMO.doca, 'sub-decide-01');
    assert.match(
      byOwner.kind === 'progress' ? (byOwner.banner?.text ?? '') : '',
      /Only a board secretary/,
    );
    const bySecretary = await decide(DEMO.secretary, 'sub-decide-02');
    assert.match(
      bySecretary.kind === 'progress' ? (bySecretary.banner?.text ?? '') : '',
      /Closed by Alex Morgan/,
    );
    assert.equal(
      (await f.store.get('action', FTSU5.organisationId, FTSU5.actionId))!.value.status,
      'closed',
    );
  });

  it('says when an action cannot be found', async () => {
    const view = await f.progress.open(await f.request(DEMO.doca, 'x'), {
      actionId: 'act-none',
      organisationId: 'well-led-trust',
    });
    assert.equal(view.kind, 'message');
  });
});
