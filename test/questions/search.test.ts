import assert from 'node:assert/strict';
import { PassageIndex, queryTerms, referenceIndexOf } from '../../src/questions/search';
import type { SearchDoc } from '../../src/questions/search';
import { bundledReferenceData } from '../helpers/dataset';

function doc(id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id,
    kind: 'action',
    record: id,
    where: 'an action',
    title: '',
    text,
    keywords: '',
    organisationId: 'org',
    source: { documentId: 'src', section: 's' },
    private: false,
    ask: null,
    ...extra,
  };
}

describe('search over the papers', () => {
  it('stems: "recruiting" finds "recruitment", "policies" finds "policy"', () => {
    const index = new PassageIndex([
      doc('a', 'Recruitment campaign for nursing posts'),
      doc('b', 'Review the policy on estates'),
    ]);
    assert.equal(index.search('recruiting')[0]?.doc.id, 'a');
    assert.equal(index.search('policies')[0]?.doc.id, 'b');
  });

  it('has a public view that never returns, counts or corrects towards a private passage', () => {
    const index = new PassageIndex([
      doc('a', 'Tenure review for the guardian role'),
      doc('b', 'Quillfeather review with HR', { private: true }),
      doc('c', 'Guardian training review'),
    ]);
    const open = index.publicOnly();
    assert.deepEqual(
      index
        .search('review')
        .map((h) => h.doc.id)
        .sort(),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      open
        .search('review')
        .map((h) => h.doc.id)
        .sort(),
      ['a', 'c'],
    );
    // The same scores as the whole index, less the private passage.
    const scores = (hits: { doc: SearchDoc; score: number }[]) =>
      hits.filter((h) => h.doc.id !== 'b').map((h) => [h.doc.id, h.score]);
    assert.deepEqual(
      scores(open.search('guardian review')),
      scores(index.search('guardian review')),
    );
    assert.equal(open.search('quillfeather').length, 0);
    assert.equal(open.search('quilfeather').length, 0, 'a typo is not corrected to a private word');
    assert.equal(open.size, 2);
    assert.equal(open.publicOnly(), open);
  });

  it('tolerates typos in longer words, never in short ones', () => {
    const index = new PassageIndex([
      doc('a', 'Cyber security training'),
      doc('b', 'new ned induction'),
    ]);
    assert.equal(index.search('secruity')[0]?.doc.id, 'a');
    assert.equal(index.search('net').length, 0, '"net" must not find "new" or "ned"');
  });

  it('finds what the papers call AI note taking: ambient voice technology', () => {
    const index = new PassageIndex([
      doc('a', 'Completed MagicNotes trial of ambient voice technology'),
      doc('b', 'Review the estates strategy'),
    ]);
    assert.equal(index.search('ai note taking')[0]?.doc.id, 'a');
    assert.equal(index.search('did the avt pilot finish')[0]?.doc.id, 'a');
  });

  it('adds the lexicon’s everyday synonyms, and says which word matched', () => {
    assert.ok(queryTerms('money').some((t) => t.synonyms.includes('finance')));
    const index = new PassageIndex([
      doc('a', 'Financial plan and budget'),
      doc('b', 'Ward staffing'),
    ]);
    const [hit] = index.search('how exposed are we on money');
    assert.equal(hit?.doc.id, 'a');
    assert.ok(
      hit.matched.some((m) => /financ|budget/.test(m)),
      hit.matched.join(),
    );
  });

  it('searches some kinds only, and survives a passage id printed twice', () => {
    const index = new PassageIndex([
      doc('a', 'estates backlog', { kind: 'risk-part' }),
      doc('a', 'duplicate of a'),
      doc('b', 'estates strategy', { kind: 'minute-item' }),
    ]);
    assert.equal(index.size, 2);
    assert.deepEqual(
      index.search('estates', { kinds: ['minute-item'] }).map((h) => h.doc.id),
      ['b'],
    );
  });

  it('while typing, also takes the last word as the start of one ("digi" finds digital)', () => {
    const index = new PassageIndex([
      doc('a', 'Digital transformation programme'),
      doc('b', 'Workforce plan'),
    ]);
    assert.equal(index.search('digi').length, 0, 'a finished question: "digi" is no word');
    assert.deepEqual(
      index.search('digi', { typing: true }).map((h) => h.doc.id),
      ['a'],
    );
    assert.deepEqual(
      index.search('workf', { typing: true }).map((h) => h.doc.id),
      ['b'],
    );
    assert.equal(index.search('di', { typing: true }).length, 0, 'from three letters');
  });

  it('indexes every kind of record a director can ask about', async () => {
    const index = referenceIndexOf(await bundledReferenceData());
    const kinds = (q: string) => new Set(index.search(q, { limit: 40 }).map((h) => h.doc.kind));
    assert.ok(kinds('university').has('paper-section'));
    assert.ok(kinds('QSIR').has('minute-item'));
    assert.ok(kinds('vacancy rate').has('performance'));
    assert.ok(kinds('transition group quorum').has('terms-of-reference'));
    assert.ok(kinds('wellbeing').has('committee-report'));
    assert.ok(kinds('digital maturity').has('risk'));
    assert.ok(kinds('thrive technology').has('theme'));
  });
});
