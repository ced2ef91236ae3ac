import assert from 'node:assert/strict';
import type { CommitteeReport, Paper, PerformanceReport, TermsOfReference } from '../../src/domain';
import {
  checkCommitteeReport,
  checkPaper,
  checkPerformanceReport,
  checkTermsOfReference,
} from '../../src/domain/paperChecks';

const base = {
  organisationId: 'test-trust',
  dataQuality: [],
  source: { documentId: 'src-x', section: 'X' },
};

function paper(sections: Paper['sections']): Paper {
  return {
    ...base,
    id: 'paper-x',
    kind: 'paper',
    title: 'THRIVE Report',
    aliases: [],
    date: { printed: '29 January 2026', iso: '2026-01-29' },
    cover: {
      assuranceScale: [],
      strategicAlignment: [],
      riskReferences: [],
      legalAndRegulatory: [],
      previousPapers: [],
    },
    sections,
    recommendations: [],
    relatedIds: [],
  };
}

const count = (id: string, printed: string, n: number, totalOf?: string[]) => ({
  id,
  type: 'count' as const,
  label: `${id} label`,
  printed,
  count: n,
  ...(totalOf ? { totalOf } : {}),
});

describe('data-quality checks on papers and reports', () => {
  it('flags a printed total that is not the sum of its parts, and passes one that is', () => {
    const flags = checkPaper(
      paper([
        {
          id: 'nhft',
          heading: 'In NHFT',
          content: [],
          figures: [
            count('projects', '211', 211),
            count('programmes', '18', 18),
            count('total', '(219 in total)', 219, ['projects', 'programmes']),
          ],
        },
        {
          id: 'lpt',
          heading: 'LPT',
          content: [],
          figures: [
            count('p', '83', 83),
            count('q', '5', 5),
            count('t', '(88 in total)', 88, ['p', 'q']),
          ],
        },
      ]),
    );
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.field, 'sections.nhft.figures.total');
    assert.equal(flags[0]!.expected, '229');
    assert.equal(
      flags[0]!.message,
      'THRIVE Report prints total label as (219 in total), but 211 + 18 = 229.',
    );
  });

  it('adds figures without floating-point noise (1.1 + 2.2 is 3.3)', () => {
    const money = (id: string, pounds: number, totalOf?: string[]) => ({
      id,
      type: 'money' as const,
      label: id,
      printed: `£${pounds}m`,
      pounds,
      ...(totalOf ? { totalOf } : {}),
    });
    const fine = paper([
      {
        id: 's',
        heading: 'S',
        content: [],
        figures: [money('a', 1.1), money('b', 2.2), money('t', 3.3, ['a', 'b'])],
      },
    ]);
    assert.deepEqual(checkPaper(fine), []);
  });

  it('flags a list that prints an entry twice', () => {
    const flags = checkPaper(
      paper([
        {
          id: 'workshops',
          heading: 'Mental Health Act best practice workshops',
          content: [
            'The workshops have focused on:',
            { items: ['MHA reform', 'Perinatal mental health', 'MHA  Reform'] },
          ],
          figures: [],
        },
      ]),
    );
    assert.deepEqual(
      flags.map((f) => [f.field, f.message]),
      [
        [
          'sections.workshops.content.1.items.2',
          'The list under "Mental Health Act best practice workshops" prints "MHA reform" twice.',
        ],
      ],
    );
  });

  const report = (blocks: CommitteeReport['blocks']): CommitteeReport => ({
    ...base,
    id: 'aaa-x',
    kind: 'committeeReport',
    title: 'Alert, Advise and Assure Report',
    committee: 'People Committee',
    heldOn: { printed: '10 December 2025', iso: '2025-12-10' },
    blocks,
  });
  const block = (level: CommitteeReport['blocks'][number]['level']) => ({
    level,
    printedHeading: level.toUpperCase(),
    items: [],
  });

  it('flags an AAA report missing a level or printing one twice', () => {
    assert.deepEqual(
      checkCommitteeReport(report([block('alert'), block('advise'), block('assure')])),
      [],
    );
    const flags = checkCommitteeReport(report([block('alert'), block('assure'), block('assure')]));
    assert.deepEqual(
      flags.map((f) => [f.kind, f.field]),
      [
        ['missing-value', 'blocks.advise'],
        ['duplicate-entry', 'blocks.assure'],
      ],
    );
    assert.equal(flags[0]!.message, 'The People Committee report has no ADVISE section.');
  });

  function performance(overrides: Partial<PerformanceReport>): PerformanceReport {
    return {
      ...base,
      id: 'perf-x',
      kind: 'performanceReport',
      title: 'Headline Performance Report',
      date: { printed: 'January 2026', iso: null },
      framework: 'NHS Oversight Framework',
      segmentation: [],
      domainScores: [],
      indicators: [],
      notes: [],
      ...overrides,
    };
  }
  const value = (organisationId: string, printed: string, v: number | null) => ({
    organisationId,
    printed,
    value: v,
  });

  it('flags performance figures printed "Null", scores outside 1 to 4, and totals that do not add up', () => {
    const flags = checkPerformanceReport(
      performance({
        domainScores: [
          {
            id: 'access',
            domain: 'Access to Services',
            values: [value('nhft', '4.2', 4.2), value('lpt', '2.74', 2.74)],
          },
        ],
        indicators: [
          {
            id: 'eip',
            group: 'Mental Health',
            indicator: 'EIP 2-week RTT Performance',
            period: 'Nov-25',
            values: [value('nhft', 'Null', null)],
          },
          {
            id: 'adult',
            group: 'Community',
            indicator: 'Adult waiters',
            period: 'Nov-25',
            values: [value('nhft', '755', 755)],
          },
          {
            id: 'child',
            group: 'Community',
            indicator: 'Children waiters',
            period: 'Nov-25',
            values: [value('nhft', '661', 661)],
          },
          {
            id: 'total',
            group: 'Community',
            indicator: 'Total waiters',
            period: 'Nov-25',
            values: [value('nhft', '1,406', 1406)],
            totalOf: ['adult', 'child'],
          },
        ],
      }),
    );
    assert.deepEqual(
      flags.map((f) => [f.kind, f.field]),
      [
        ['impossible-value', 'domainScores.access.nhft'],
        ['missing-value', 'indicators.eip.nhft'],
        ['inconsistent-record', 'indicators.total.nhft'],
      ],
    );
    assert.equal(
      flags[1]!.message,
      'The report gives no NHFT figure for "EIP 2-week RTT Performance" (Nov-25); it prints "Null".',
    );
    assert.equal(flags[2]!.expected, '1416');
  });

  const tor = (overrides: Partial<TermsOfReference>): TermsOfReference => ({
    ...base,
    id: 'tor-x',
    kind: 'termsOfReference',
    body: 'Transition Group',
    aliases: [],
    purpose: ['To oversee the programme.'],
    responsibilities: [],
    membership: ['A', 'B', 'C', 'D'],
    chair: 'Group Chief Finance Officer',
    attendance: [],
    frequency: 'Monthly',
    quorum: { members: 3, printed: 'Quorate with three members.' },
    recordsAndReporting: [],
    ...overrides,
  });

  it('flags terms of reference without a chair, or with a quorum the membership cannot reach', () => {
    assert.deepEqual(checkTermsOfReference(tor({})), []);
    const [chair] = checkTermsOfReference(
      tor({
        chair: null,
        quorum: { members: 3, printed: 'Not quorate meetings continue if the Chair agrees.' },
      }),
    );
    assert.equal(
      chair?.message,
      'The Transition Group terms of reference do not say who chairs the group, though the quorum rule relies on the Chair.',
    );
    const [quorum] = checkTermsOfReference(tor({ membership: ['A', 'B'] }));
    assert.equal(quorum?.kind, 'impossible-value');
  });
});
