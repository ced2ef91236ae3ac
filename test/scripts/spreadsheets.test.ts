import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { openStore } from '../../src/store/openStore';
import { runExport, runImport, runSecretary } from '../../scripts/spreadsheets';
import { mattersArising } from '../fixtures/imports/layouts';
import { tempDir } from '../helpers/tempDir';

/** `npm run import` and `npm run export` against a configured (embedded) store. */
describe('scripts: npm run import / npm run export', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let env: NodeJS.ProcessEnv;
  const run = async (
    command: typeof runImport,
    argv: string[],
  ): Promise<{ code: number; out: string }> => {
    const lines: string[] = [];
    const code = await command(argv, env, { out: (l) => lines.push(l) });
    return { code, out: lines.join('\n') };
  };

  beforeEach(async () => {
    temp = await tempDir();
    env = { DATA_DIR: path.join(temp.dir, 'data'), LOG_LEVEL: 'silent' };
    const opened = await openStore(
      { mode: 'embedded', dataDir: env.DATA_DIR!, database: 'board-clerk' },
      silentLogger,
    );
    await seedDataset(opened.store, await loadDataset(), silentLogger);
    await opened.close();
  });
  afterEach(() => temp.cleanup());

  it('prints the preview, applies only with --yes, and an export imported back changes nothing', async () => {
    const file = path.join(temp.dir, 'GTB actions.xlsx');
    await writeFile(file, await mattersArising());
    const args = [file, '--org', 'lpt-nhft-group', '--answer', 'log|Action log=log-gtb-actions'];
    const dry = await run(runImport, args);
    assert.equal(dry.code, 0, dry.out);
    assert.match(dry.out, /Preview of GTB actions\.xlsx/);
    assert.match(dry.out, /\+ GTB\/25\/18/);
    assert.match(dry.out, /Nothing written\. Run again with --yes/);
    const applied = await run(runImport, [...args, '--yes', '--as', 'Digital Team']);
    assert.equal(applied.code, 0, applied.out);
    assert.match(applied.out, /Imported\./);
    const again = await run(runImport, args);
    assert.match(again.out, /Nothing would change/);

    const out = path.join(temp.dir, 'export.xlsx');
    const exported = await run(runExport, ['--out', out, '--org', 'lpt-nhft-group']);
    assert.equal(exported.code, 0, exported.out);
    assert.ok((await readFile(out)).length > 1000);
    const back = await run(runImport, [out, '--org', 'lpt-nhft-group']);
    assert.match(
      back.out,
      /Nothing would change: the file matches what Board Clerk holds/,
      back.out,
    );
  });

  it('a new trust: its organisation is created with its first import (only with --yes), then its first secretary', async () => {
    const file = path.join(temp.dir, 'GTB actions.xlsx');
    await writeFile(file, await mattersArising());
    const unknown = await run(runImport, [file, '--org', 'no-such-trust']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.out, /--new-org/);
    const first = [file, '--org', 'new-trust', '--new-org', 'New Town NHS Trust'];
    const dry = await run(runImport, first);
    assert.match(dry.out, /new-trust \(New Town NHS Trust\) is new/);
    assert.match(dry.out, /as a new action log/);
    assert.doesNotMatch(dry.out, /Created/, 'nothing is written without --yes');
    assert.equal(
      (
        await run(runSecretary, [
          '--org',
          'new-trust',
          '--name',
          'X',
          '--aad',
          '11111111-2222-4333-8444-555555555555',
        ])
      ).code,
      2,
    );
    const created = await run(runImport, [...first, '--yes']);
    assert.match(created.out, /Created the organisation new-trust/);
    assert.match(created.out, /Imported\./);
    const secretary = await run(runSecretary, [
      '--org',
      'new-trust',
      '--name',
      'Jane Doe',
      '--aad',
      '11111111-2222-4333-8444-555555555555',
    ]);
    assert.equal(secretary.code, 0, secretary.out);
    assert.match(secretary.out, /Jane Doe is a board secretary of new-trust/);
    const opened = await openStore(
      { mode: 'embedded', dataDir: env.DATA_DIR!, database: 'board-clerk' },
      silentLogger,
    );
    try {
      const jane = await opened.store.findPersonByAadObjectId(
        '11111111-2222-4333-8444-555555555555',
      );
      assert.equal(jane?.value.isBoardSecretary, true);
      assert.equal(jane?.value.organisationId, 'new-trust');
    } finally {
      await opened.close();
    }
  });
});
