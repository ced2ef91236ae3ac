import assert from 'node:assert/strict';
import { readOwners } from '../../src/imports/owners';
import { resolverFor } from '../fixtures/imports/dataset';

describe('imports: owners as files write them', () => {
  it('resolves role codes, titles, names, initials and lists of them; lists who it does not know', async () => {
    const resolve = await resolverFor('well-led-trust');
    const cases: [string, string[], string[]][] = [
      ['DoCA', ['role-wlt-doca'], []],
      ['Director of Corporate Affairs', ['role-wlt-doca'], []],
      ['Yusuf Ali', ['role-wlt-doca'], []],
      ['YA', ['role-wlt-doca'], []],
      ['Chair and ACE/DCE', ['role-wlt-chair', 'role-wlt-ace', 'role-wlt-dce'], []],
      ['Dol DDSP', ['role-wlt-doi', 'role-wlt-ddsp'], []],
      ['All Exec Dirs.', ['role-wlt-all-exec-dirs'], []],
      ['DoCA, Head of Estates', ['role-wlt-doca'], ['Head of Estates']],
      ['', [], []],
    ];
    for (const [printed, roleIds, unresolved] of cases)
      assert.deepEqual(readOwners(printed, resolve), { printed, roleIds, unresolved }, printed);
  });
});
