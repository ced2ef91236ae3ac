import assert from 'node:assert/strict';
import type { Meeting, Risk, RiskFactor, RiskRegister, Strategy } from '../../src/domain';
import {
  applyDataQualityChecks,
  checkAgendaAgainstPlan,
  checkAmbitionProgress,
  checkClosureDates,
  checkCombinedScores,
  checkDependencies,
  checkDuplicateEntries,
  checkOutOfDateDueDates,
  checkPrintedDates,
  checkQuotedScores,
  checkSummaryAgainstDetail,
  checkThemeName,
  checkThemeNamesUsed,
} from '../../src/domain/dataQuality';
import { testAction } from '../helpers/fixtures';

function risk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: 'risk-x',
    organisationId: 'test-trust',
    kind: 'risk',
    registerId: 'reg-x',
    reference: 'BAF 03',
    number: 3,
    status: 'approved',
    title: 'Finance risk',
    keywords: [],
    strategicLink: 'GREAT CARE',
    strategicAim: 'GREAT CARE',
    governance: 'Finance and Performance Committee',
    oversightCommittees: ['Finance and Performance Committee'],
    context: '',
    scores: {
      initial: { consequence: 4, likelihood: 5, printedCombined: 20 },
      current: { consequence: 4, likelihood: 3, printedCombined: 12 },
      target: { consequence: 4, likelihood: 2, printedCombined: 8 },
    },
    trend: { printed: null, direction: null },
    causes: [],
    effects: [],
    source: { documentId: 'src-x', section: 'BAF 03' },
    dataQuality: [],
    ...overrides,
  };
}

const register: RiskRegister = {
  id: 'reg-x',
  organisationId: 'test-trust',
  kind: 'register',
  title: 'Test BAF',
  aliases: [],
  date: { printed: 'May 2024', iso: '2024-05-09' },
  referencePrefix: 'BAF',
  appetite: { statement: 'open', bands: [], defaultLevel: 'open', upperLimit: 16 },
  summary: [{ reference: 'BAF 03', title: 'Finance  risk', printedScore: 20 }],
  notes: [],
  source: { documentId: 'src-x', section: 'Summary' },
  dataQuality: [],
};

describe('data-quality checks', () => {
  it('flags a combined score that is not consequence x likelihood', () => {
    const flags = checkCombinedScores(
      risk({
        scores: {
          ...risk().scores,
          initial: { consequence: 5, likelihood: 4, printedCombined: 25 },
        },
      }),
    );
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.kind, 'combined-not-product');
    assert.equal(flags[0]!.field, 'scores.initial');
    assert.equal(flags[0]!.printed, '25');
    assert.equal(flags[0]!.expected, '20');
  });

  it('flags a summary score that differs from the detail, in words a director can read', () => {
    const flags = checkSummaryAgainstDetail(risk(), register);
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.message, 'The summary table says 20; the detail says 4 x 3 = 12.');
  });

  it('does not flag a summary that agrees (titles compared without spacing or case)', () => {
    const agreeing = {
      ...register,
      summary: [{ reference: 'baf 03', title: 'FINANCE RISK', printedScore: 12 }],
    };
    assert.deepEqual(checkSummaryAgainstDetail(risk(), agreeing), []);
  });

  it('flags a date that does not exist', () => {
    const flags = checkPrintedDates(
      testAction(1, { originalDue: { printed: '31/06/2025', iso: null } }),
    );
    assert.equal(flags[0]?.kind, 'invalid-date');
    assert.deepEqual(checkPrintedDates(testAction(2)), []);
  });

  it('flags a closure dated after the paper that reports it as a mistyped year', () => {
    const closed = testAction(1, {
      status: 'closed',
      closure: { closedOn: { printed: 'December 2026', iso: null }, approvedBy: 'Group SEB' },
    });
    assert.equal(checkClosureDates(closed, '2026-01-29')[0]?.kind, 'mistyped-year');
    const fine = {
      ...closed,
      closure: { ...closed.closure!, closedOn: { printed: 'December 2025', iso: null } },
    };
    assert.deepEqual(checkClosureDates(fine, '2026-01-29'), []);
  });

  it('flags a quoted score the 5x5 matrix cannot produce', () => {
    const flags = checkQuotedScores(
      risk({ corporateRisk: '007 Quality Improvement acceleration score 60; 001 score 6' }),
    );
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.printed, 'score 60');
  });

  it('keeps a transcriber flag and does not repeat it', () => {
    const transcribed = risk({
      dataQuality: [
        {
          kind: 'summary-detail-mismatch',
          field: 'scores.current',
          printed: '20',
          message: 'by hand',
          detectedBy: 'transcriber',
        },
      ],
    });
    const [checked] = applyDataQualityChecks([register, transcribed]).filter(
      (r) => r.kind === 'risk',
    );
    assert.equal(checked!.dataQuality.filter((f) => f.field === 'scores.current').length, 1);
    assert.equal(checked!.dataQuality[0]!.message, 'by hand');
  });

  it("flags a closure dated after the paper in the paper's own month as not yet true", () => {
    const closed = testAction(1, {
      status: 'closed',
      closure: { closedOn: { printed: 'Jan 26', iso: '2026-01-31' }, approvedBy: 'Group SEB' },
    });
    const [f] = checkClosureDates(closed, '2026-01-29');
    assert.equal(f?.kind, 'inconsistent-record');
    assert.match(f.message, /29 January 2026 cannot report this action closed on 31 January 2026/);
    const onTheDay = {
      ...closed,
      closure: { ...closed.closure!, closedOn: { printed: '29/01/2026', iso: '2026-01-29' } },
    };
    assert.deepEqual(checkClosureDates(onTheDay, '2026-01-29'), []);
  });
});

function factor(overrides: Partial<RiskFactor> = {}): RiskFactor {
  return {
    kind: 'effect',
    title: 'Limited contribution to social value',
    controls: [],
    controlGaps: [],
    assurances: { firstLine: [], secondLine: [], thirdLine: [] },
    assuranceGaps: [],
    progress: [],
    ...overrides,
  };
}

describe("data-quality checks on a risk's lists and dates", () => {
  it('flags an entry listed twice, whatever its capitals, naming where the repeat is', () => {
    const flags = checkDuplicateEntries(
      risk({
        effects: [
          factor({ controls: ['Social Value Charter', 'People Plan', 'Social value charter'] }),
        ],
      }),
    );
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.kind, 'duplicate-entry');
    assert.equal(flags[0]!.field, 'effects.0.controls.2');
    assert.match(
      flags[0]!.message,
      /"Social Value Charter" and "Social value charter" as two controls/,
    );
    assert.deepEqual(
      checkDuplicateEntries(risk({ effects: [factor({ controls: ['A plan', 'B plan'] })] })),
      [],
    );
  });

  it('flags a "due" date that had passed when the paper was written, and not one still to come', () => {
    const withAudit = risk({
      causes: [
        factor({
          kind: 'cause',
          assurances: {
            firstLine: [],
            secondLine: [],
            thirdLine: ['Internal Audit Fit and Proper Persons Test due Q2 2024/25'],
          },
        }),
      ],
    });
    const [f] = checkOutOfDateDueDates(withAudit, '2026-01-29');
    assert.equal(f?.kind, 'out-of-date');
    assert.equal(f?.field, 'causes.0.assurances.thirdLine.0');
    assert.match(
      f.message,
      /in a paper of 29 January 2026; Q2 2024\/25 ended on 30 September 2024/,
    );
    assert.deepEqual(checkOutOfDateDueDates(withAudit, '2024-05-09'), []);
    assert.deepEqual(checkOutOfDateDueDates(withAudit, null), []);
  });

  const thrive = {
    kind: 'strategy',
    id: 'strat-t',
    organisationId: 'test-trust',
    framework: 'thrive',
    themes: [
      {
        id: 'theme-i',
        letter: 'I',
        name: 'Including everyone',
        objectives: [],
        progress: [],
        expectedNext: [],
        mitigations: [],
      },
      {
        id: 'theme-v',
        letter: 'V',
        name: 'Valuing our people',
        objectives: [],
        progress: [],
        expectedNext: [],
        mitigations: [],
      },
    ],
  } as unknown as Strategy;

  it('flags a THRIVE theme the risk names differently from the strategy, on both records', () => {
    const workforce = risk({
      reference: 'GROUP BAF DRAFT',
      strategicLink: 'THRIVE: VALUING EVERYONE',
      strategicAim: 'VALUING EVERYONE',
    });
    const culture = risk({
      reference: 'GROUP BAF 4',
      strategicLink: 'THRIVE: INCLUDING EVERYONE',
      strategicAim: 'INCLUDING EVERYONE',
    });
    const [f] = checkThemeName(workforce, thrive);
    assert.equal(f?.expected, 'Valuing our people');
    assert.deepEqual(checkThemeName(culture, thrive), []);
    assert.deepEqual(checkThemeName(risk(), thrive), [], 'a risk not linked to THRIVE');
    const [g] = checkThemeNamesUsed(thrive, [workforce, culture]);
    assert.equal(g?.field, 'themes.theme-v.name');
    assert.match(
      g.message,
      /"Valuing our people"; the Group BAF calls it "VALUING EVERYONE" \(GROUP BAF DRAFT\)/,
    );
  });
});

describe('data-quality checks across records', () => {
  it('flags an action due before the action it depends on', () => {
    const subCabinet = testAction(2, {
      reference: 'FTSU 2',
      originalDue: { printed: '31/08/2025', iso: '2025-08-31' },
    });
    const members = testAction(3, {
      reference: 'FTSU 3',
      dependsOn: [{ actionId: subCabinet.id, needs: 'the FTSU sub-cabinet' }],
    });
    const actions = new Map([subCabinet, members].map((a) => [a.id, a]));
    const [f] = checkDependencies(members, actions);
    assert.equal(f?.field, 'dependsOn.act-test-2');
    assert.equal(
      f?.message,
      'FTSU 3 is due 30 June 2025, before FTSU 2 (due 31 August 2025), which creates the FTSU sub-cabinet it depends on.',
    );
    const later = { ...members, originalDue: { printed: '30/09/2025', iso: '2025-09-30' } };
    assert.deepEqual(checkDependencies(later, actions), []);
  });

  it('flags workplan items a held meeting\'s minutes do not record, not "as required" ones', () => {
    const item = (title: string, extra = {}) => ({
      order: 1,
      section: 'Standing Items',
      title,
      type: null,
      lead: null,
      part: 'public' as const,
      asRequired: false,
      ...extra,
    });
    const meeting = {
      agenda: [
        item("Chair's welcome and apologies for absence", { workplanTitle: 'Apologies/Welcome' }),
      ],
      plannedAgenda: [
        item('Apologies/Welcome'),
        item('Chief Executive Report'),
        item('EMA paper', { asRequired: true }),
      ],
      dataQuality: [],
    } as unknown as Meeting;
    const flags = checkAgendaAgainstPlan(meeting);
    assert.deepEqual(
      flags.map((f) => f.printed),
      ['Chief Executive Report'],
    );
    assert.deepEqual(checkAgendaAgainstPlan({ ...meeting, plannedAgenda: undefined }), []);
  });

  it('flags an ambition at 100% whose annex says work has not started', () => {
    const ambition = (progressPct: number, successes: string[]) => ({
      id: 'amb-3',
      number: 3,
      text: 'Our services support good health',
      progressPct,
      successes,
      challenges: [],
    });
    const strategy = (a: ReturnType<typeof ambition>) =>
      ({ objectives: [{ id: 'obj', ambitions: [a] }] }) as unknown as Strategy;
    const notStarted = ['Health Promotion. Work has not commenced on this action yet.'];
    assert.equal(checkAmbitionProgress(strategy(ambition(100, notStarted)))[0]?.printed, '100%');
    assert.deepEqual(checkAmbitionProgress(strategy(ambition(80, notStarted))), []);
    assert.deepEqual(checkAmbitionProgress(strategy(ambition(100, ['Work is under way.']))), []);
  });
});
