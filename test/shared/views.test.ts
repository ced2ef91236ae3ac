import assert from 'node:assert/strict';
import { loadDataset } from '../../src/dataset/bundled';
import type { Action } from '../../src/domain';
import { approvalWords } from '../../src/shared/views';
import { bundledReferenceData } from '../helpers/dataset';

describe('views of actions', () => {
  it('says a closure awaits the board before its meeting, and after it that the decision is not on record', async () => {
    const data = await bundledReferenceData();
    const { records } = await loadDataset();
    const proposed = records.find(
      (r): r is Action => r.kind === 'action' && r.status === 'proposed-for-closure',
    )!;
    const proposal = proposed.closureProposal!;
    assert.equal(
      approvalWords(data, proposal, '2026-01-20', false),
      'await approval by the Group Trust Board on 29 January 2026',
    );
    assert.equal(
      approvalWords(data, proposal, '2026-12-06', true),
      'was put for approval to the Group Trust Board on 29 January 2026; the papers Board Clerk holds do not record the decision',
    );
  });
});
