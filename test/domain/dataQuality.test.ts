import assert from 'node:assert/strict';
import type { Risk, RiskRegister } from '../../src/domain';
import {
  applyDataQualityChecks,
  checkClosureDates,
  checkCombinedScores,
  checkPrintedDates,
  checkQuotedScores,
  checkSummaryAgainstDetail,
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
});
