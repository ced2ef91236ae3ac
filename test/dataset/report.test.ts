import assert from 'node:assert/strict';
import { loadDatasetByFile } from '../../src/dataset/load';
import { describeDataset, formatDatasetReport } from '../../src/dataset/report';
import { testAction, testOrganisation } from '../helpers/fixtures';

describe('the dataset check report (npm run check:data)', () => {
  const files = [
    { file: 'organisations.json', records: [testOrganisation] },
    {
      file: 'actions.json',
      records: [
        testAction(1, { originalDue: { printed: '31/06/2025', iso: null } }),
        testAction(2, {
          dataQuality: [
            {
              kind: 'missing-value',
              field: 'text',
              printed: '',
              message: 'The plan prints no wording for this action.',
              detectedBy: 'transcriber',
            },
          ],
        }),
      ],
    },
  ];

  it('reports per file the records per kind and the flags recorded and found', () => {
    const report = describeDataset(files);
    const actions = report.files.find((f) => f.file === 'actions.json')!;
    assert.equal(actions.records, 2);
    assert.deepEqual(actions.kinds, { action: 2 });
    assert.equal(actions.recorded, 1);
    assert.equal(actions.found, 1, 'the importer finds 31/06/2025');
    const lines = formatDatasetReport(report, { flags: true });
    assert.equal(
      lines[1],
      'actions.json: 2 records (action 2); 2 data-quality flags (1 recorded, 1 found by the checks)',
    );
    assert.ok(lines.includes('  flags by kind: invalid-date 1, missing-value 1'));
    assert.ok(
      lines.some((l) =>
        l.startsWith('  - act-test-1 [invalid-date] originalDue: The source gives 31/06/2025'),
      ),
    );
    assert.equal(lines.at(-1), '3 records in 2 files');
  });

  it('reports references to records that do not exist as problems', () => {
    // The actions belong to a log and cite a source the files do not hold.
    const { problems } = describeDataset(files);
    assert.ok(problems.includes('act-test-1.logId -> log-test: no such record'));
  });

  it('checks every bundled file and finds no problems', async () => {
    const report = describeDataset(await loadDatasetByFile());
    assert.deepEqual(report.problems, []);
    const papers = report.files.find((f) => f.file === 'group-trust-board-2026-01-29-papers.json');
    assert.deepEqual(papers?.kinds, {
      paper: 5,
      committeeReport: 1,
      termsOfReference: 1,
      performanceReport: 1,
    });
  });
});
