import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../../src/dataset/bundled';
import type {
  Action,
  CommitteeReport,
  DataQualityFlag,
  GovernanceRecord,
  Meeting,
  Paper,
  PaperSection,
  PerformanceReport,
  Risk,
  Strategy,
  TermsOfReference,
} from '../../src/domain';
import { daysOverdue, describeDue } from '../../src/domain/actionRules';
import { packageRoot } from '../../src/paths';

/**
 * The bundled dataset against the papers in ../shared/seeds: the facts an audit corrected, the traps it
 * found, and a sample of the sections transcribed later, each with the paper's own wording.
 */

type Of<K extends GovernanceRecord['kind']> = Extract<GovernanceRecord, { kind: K }>;

let records: GovernanceRecord[];
function get<K extends GovernanceRecord['kind']>(kind: K, id: string): Of<K> {
  const r = records.find((x) => x.id === id);
  assert.ok(r, `no record ${id}`);
  assert.equal(r.kind, kind, `${id} is a ${r.kind}`);
  return r as Of<K>;
}
const action = (id: string): Action => get('action', id);
const paper = (id: string): Paper => get('paper', id);

/** The flag on a record for a field, failing clearly when there is none. */
function flagOn(record: { id: string; dataQuality: DataQualityFlag[] }, field: string) {
  const f = record.dataQuality.find((x) => x.field === field);
  assert.ok(
    f,
    `${record.id} has no flag on ${field}; it has ${record.dataQuality.map((x) => x.field).join(', ')}`,
  );
  return f;
}

function section(p: Paper, id: string): PaperSection {
  const s = p.sections.find((x) => x.id === id);
  assert.ok(s, `${p.id} has no section ${id}`);
  return s;
}

/** A section's paragraphs and list items as one text, to search the printed wording. */
function textOf(s: PaperSection): string {
  return s.content.map((b) => (typeof b === 'string' ? b : b.items.join('\n'))).join('\n');
}

function figure(p: Paper, id: string) {
  const f = p.sections.flatMap((s) => s.figures).find((x) => x.id === id);
  assert.ok(f, `${p.id} has no figure ${id}`);
  return f;
}

describe('the bundled dataset', () => {
  before(async () => {
    ({ records } = await loadDataset());
  });

  describe('dataset: facts corrected against the papers', () => {
    const NOVEMBER = [
      'act-group-baf-1-c1',
      'act-group-baf-2-c2',
      'act-group-baf-2-c3',
      'act-group-baf-3-c4',
      'act-group-baf-3-c5',
      'act-group-baf-3-c6',
      'act-group-baf-4-c7',
      'act-group-baf-4-c8',
      'act-group-baf-4-c9',
      'act-group-baf-4-c10',
    ];
    const DECEMBER = ['act-group-baf-2-2', 'act-group-baf-2-3', 'act-group-baf-4-c11'];

    it('holds the 13 Group BAF closures as supported by Group SEB, awaiting the Group Trust Board', () => {
      // "were presented to Group SEB (10 in November 2025 and three in December 2026) and were
      // supported ahead of approval by the Group Trust Board this month"
      for (const [ids, month] of [
        [NOVEMBER, 'November 2025'],
        [DECEMBER, 'December 2025'],
      ] as const)
        for (const id of ids) {
          const a = action(id);
          assert.equal(a.status, 'proposed-for-closure', id);
          assert.equal(a.closure, null, `${id} is not closed`);
          assert.equal(a.closureProposal?.supportedBy, 'Group Strategic Executive Board');
          assert.equal(a.closureProposal?.supportedOn.printed, month);
          assert.equal(a.closureProposal?.awaitingApprovalBy, 'Group Trust Board');
          assert.equal(a.closureProposal?.decisionMeetingId, 'mtg-gtb-2026-01-29');
        }
      const proposed = records.filter(
        (r) => r.kind === 'action' && r.logId === 'log-group-baf-actions' && r.closureProposal,
      );
      assert.equal(proposed.length, 13);
      assert.equal(
        records.filter(
          (r) => r.kind === 'action' && r.logId === 'log-group-baf-actions' && r.closure,
        ).length,
        0,
        'the paper reports no Group BAF closure as approved',
      );
      const report = paper('paper-gtb-2026-01-29-group-baf');
      assert.match(
        textOf(section(report, 'changes')),
        /were supported ahead of approval by the Group Trust Board this month/,
      );
      assert.equal(report.decision?.type, 'approval');
      assert.deepEqual(report.decision?.printed, ['Approval of proposed changes']);
      const dec = flagOn(action('act-group-baf-4-c11'), 'closureProposal.supportedOn');
      assert.equal(dec.kind, 'mistyped-year');
      assert.equal(dec.printed, 'three in December 2026');
    });

    it('gives Group BAF 1 action 1 no closure date after the paper and no approver the paper does not print', () => {
      const a = action('act-group-baf-1-1');
      assert.equal(a.closure, null);
      assert.equal(a.status, 'open');
      assert.equal(a.originalDue?.printed, 'Group SEB Jan 26');
      assert.equal(a.progress[0]?.note, 'Group SEB Jan 26 - approved');
      assert.match(
        flagOn(a, 'deliveryStatus').message,
        /does not put the action forward for closure/,
      );
      for (const r of records)
        if (r.kind === 'action' && r.closure?.closedOn.iso) {
          const source = get('source', r.source.documentId);
          assert.ok(
            !source.date || r.closure.closedOn.iso <= source.date,
            `${r.id} closed after its paper`,
          );
        }
    });

    it('keeps LPT BAF 01 action 1 due May 2024 as printed, revised to October 2024 from its progress', () => {
      const a = action('act-lpt-baf-01-1');
      assert.equal(a.text, 'Policy refresh and compliance');
      assert.deepEqual(a.originalDue, { printed: 'May 2024', iso: '2024-05-31' });
      assert.equal(a.revisedDue?.iso, '2024-10-31');
      assert.equal(a.revisedDue?.reason, 'Policy review date extended to Oct 24');
      assert.equal(daysOverdue(a, '2024-07-01'), null, 'not overdue from May');
      assert.equal(daysOverdue(a, '2024-11-01'), 1);
      assert.equal(describeDue(a), 'due May 2024, revised to October 2024');
    });

    it('flags the THRIVE printed total that contradicts the arithmetic: 211 + 18 = 229, not 219', () => {
      const thrive = get('strategy', 'strat-group-thrive-2026-01');
      const f = flagOn(thrive, 'figures');
      assert.equal(f.printed, '219');
      assert.equal(f.expected, '229');
      const computed = flagOn(
        paper('paper-gtb-2026-01-29-thrive'),
        'sections.nhft.figures.nhft-total',
      );
      assert.equal(computed.detectedBy, 'importer');
      assert.equal(computed.printed, '(219 in total)');
      assert.equal(computed.expected, '229');
      assert.match(
        textOf(section(paper('paper-gtb-2026-01-29-thrive'), 'nhft')),
        /Of the 229 programmes and projects; 6% are off track/,
      );
    });

    it('takes the 25 September 2025 agenda from the minutes, keeps the workplan version and flags the difference', () => {
      const meeting: Meeting = get('meeting', 'mtg-gtb-2025-09-25');
      assert.deepEqual(
        meeting.agenda.map((a) => a.minuteReference),
        Array.from({ length: 13 }, (_, i) => `GTB/25/${i + 8}`),
      );
      assert.equal(meeting.agenda[0]?.title, "Chair's welcome and apologies for absence");
      assert.equal(meeting.agenda[0]?.workplanTitle, 'Apologies/Welcome');
      assert.equal(meeting.agenda[8]?.title, 'Group Strategic Executive Board (SEB) Report');
      assert.ok(!meeting.agenda.some((a) => /Chief Executive Report|Finance update/.test(a.title)));
      const planned = meeting.plannedAgenda?.map((a) => a.title) ?? [];
      assert.ok(planned.includes('Chief Executive Report (to include feedback from Group SEB)'));
      assert.ok(planned.includes('Group and System Finance update'));
      for (const title of [
        'Chief Executive Report (to include feedback from Group SEB)',
        'Group and System Finance update',
      ])
        assert.match(
          flagOn(meeting, `plannedAgenda.${title}`).message,
          /The workplan plans .* for the Group Trust Board of \d+ \w+ \d{4}, but its minutes record no such item/,
        );
      assert.match(flagOn(meeting, 'agenda.GTB/25/16').message, /oral Group SEB report/);
      const minutes = get('minutes', 'min-gtb-2025-09-25');
      const gtb15 = minutes.items.find((i) => i.reference === 'GTB/25/15');
      assert.ok(
        gtb15?.printedText?.some((p) => /Kate Dyer agreed it was a valuable suggestion/.test(p)),
      );
    });

    it('keeps the workplan agenda for 29 January 2026 (no agenda page, no minutes) and flags where the pack differs', () => {
      const meeting: Meeting = get('meeting', 'mtg-gtb-2026-01-29');
      assert.equal(meeting.minutesId, undefined);
      assert.equal(
        meeting.plannedAgenda,
        undefined,
        'the agenda is the plan: nothing to set it against',
      );
      assert.equal(meeting.agenda.length, 13);
      assert.ok(meeting.agenda.some((a) => a.title === 'Group and System Finance update'));
      assert.match(flagOn(meeting, 'agenda').message, /prints no agenda of its own/);
      assert.equal(flagOn(meeting, 'agenda').kind, 'inferred-value');
      const missing = flagOn(meeting, 'agenda.Group and System Finance update');
      assert.equal(missing.kind, 'inconsistent-record');
      assert.match(missing.message, /contains no such paper/);
      for (const [field, id] of [
        ['agenda.Group Value Programme update', 'paper-gtb-2026-01-29-value-programme'],
        ['agenda.Alert, Advise and Assure Report', 'aaa-jpcc-2025-12-10'],
      ] as const) {
        const extra = flagOn(meeting, field);
        assert.equal(extra.kind, 'inconsistent-record');
        assert.match(extra.message, /which the workplan does not plan for that meeting/);
        const inPack = records.find((r) => r.id === id);
        assert.ok(inPack && 'meetingId' in inPack && inPack.meetingId === meeting.id);
        assert.ok(!meeting.agenda.some((a) => a.title === field.slice('agenda.'.length)));
      }
    });

    it('restores the printed wording of Group BAF 3 and 4 actions and the draft-risk action', () => {
      const heading = 'Cultural work to address civil unrest and wider including;';
      const printed: [string, string][] = [
        ['act-group-baf-4-1', 'Delivery of TAR actions'],
        [
          'act-group-baf-4-2',
          'Progressing NHSE letter & actions set out within regarding tackling racism including antisemitism',
        ],
        ['act-group-baf-4-3', 'Staff Survey 25-26 – actions & implementation of priority areas'],
        ['act-group-baf-4-4', 'Launch of 2025 Staff Survey and group staff survey engagement'],
        [
          'act-group-baf-4-5',
          'Agreed reasonable adjustments clinics to run for the foreseeable future',
        ],
      ];
      for (const [id, text] of printed) {
        assert.equal(action(id).text, text);
        assert.equal(action(id).printedHeading, heading);
      }
      assert.equal(
        action('act-group-baf-3-4').text,
        'Assurance over uptake and PRES survey outcomes',
      );
      assert.equal(
        action('act-group-baf-3-4').printedActionLead,
        'Medical Directors: quarterly data presented to respective QSCs',
      );
      assert.equal(
        action('act-group-baf-draft-6').text,
        'Delivery of the workforce and agency reduction plan',
      );
      assert.equal(action('act-group-baf-draft-7').text, 'Delivery of the NHFT value programme');
      assert.match(flagOn(action('act-group-baf-draft-6'), 'text').message, /'as above'/);
    });

    it('says that Group BAF 3 actions 8 and 9 name only "Medical Director", and which one Board Clerk assumes', () => {
      for (const [id, printed] of [
        ['act-group-baf-3-8', 'Medical Director & Director of Strategy'],
        ['act-group-baf-3-9', 'Medical Director'],
      ] as const) {
        const a = action(id);
        assert.equal(a.printedActionLead, printed);
        assert.ok(a.actionLeadRoleIds.includes('role-grp-lpt-medical-director'));
        const f = flagOn(a, 'actionLeadRoleIds');
        assert.equal(f.kind, 'inferred-value');
        assert.equal(f.printed, printed);
        assert.match(f.message, /LPT Medical Director/);
        assert.match(f.message, /the paper does not say which trust's/);
      }
    });

    it('stores no day the papers do not print for the registers', () => {
      assert.deepEqual(get('register', 'reg-group-baf-2026-01').date, {
        printed: 'January 2026',
        iso: null,
      });
      assert.deepEqual(get('register', 'reg-lpt-baf-2024-25').date, {
        printed: 'May 2024',
        iso: null,
      });
    });

    it('puts the three flattened-table entries in the Actions column, saying why', () => {
      const baf2: Risk = get('risk', 'risk-group-baf-2');
      for (const [id, text] of [
        [
          'act-group-baf-2-4',
          'Environmental analysis and agenda items in SEB & EMB e.g. H&WB update in SEB',
        ],
        ['act-group-baf-2-5', '3A into SEB & ICB Meetings feedback'],
      ] as const) {
        assert.equal(action(id).text, text);
        assert.equal(action(id).riskId, 'risk-group-baf-2');
        assert.match(flagOn(action(id), 'text').message, /Actions column/);
        assert.ok(!baf2.causes[0]!.progress.includes(text));
      }
      const lpt9 = action('act-lpt-baf-09-2');
      assert.match(lpt9.text, /^Individual work programmes operating in every directorate/);
      assert.match(flagOn(lpt9, 'text').message, /five cells for six columns/);
      assert.deepEqual(get('risk', 'risk-lpt-baf-09').effects[0]!.progress, []);
    });
  });

  describe('dataset: traps in the papers, flagged in words a board secretary understands', () => {
    it('a duplicated third-line assurance cell (GROUP BAF 2)', () => {
      const f = flagOn(get('risk', 'risk-group-baf-2'), 'causes.0.assurances.thirdLine');
      assert.equal(f.kind, 'duplicate-entry');
      assert.match(f.message, /prints its content twice/);
    });

    it('a control duplicated with different capitals (GROUP BAF 2)', () => {
      const f = flagOn(get('risk', 'risk-group-baf-2'), 'effects.0.controls.5');
      assert.equal(f.detectedBy, 'importer');
      assert.match(f.message, /"Social Value Charter" and "Social value charter"/);
    });

    it('a source of assurance that contradicts a gap on the same risk (GROUP BAF 4)', () => {
      const f = flagOn(get('risk', 'risk-group-baf-4'), 'effects.0.assurances.firstLine');
      assert.equal(f.printed, 'Closed cultures covered in staff inductions');
      assert.equal(f.expected, 'Closed cultures not currently in staff inductions');
    });

    it('a matters-arising sheet with no actions while the minutes say "would be taken forward"', () => {
      const f = flagOn(get('actionLog', 'log-gtb-actions'), 'notes');
      assert.equal(f.printed, 'No actions identified');
      assert.match(f.message, /would be taken forward/);
      assert.match(f.message, /GTB\/25\/15/);
    });

    it('workplan items for a meeting whose minutes record neither', () => {
      const flags = get('meeting', 'mtg-gtb-2025-09-25').dataQuality.filter((f) =>
        f.field.startsWith('plannedAgenda.'),
      );
      assert.deepEqual(flags.map((f) => f.printed).sort(), [
        'Chief Executive Report (to include feedback from Group SEB)',
        'Group and System Finance update',
      ]);
    });

    it('an ambition at 100% progress whose annex says work has not started', () => {
      const f = flagOn(
        get('strategy', 'strat-ccs-ambitions-2023-26'),
        'objectives.obj-outstanding-care.ambitions.amb-3.progressPct',
      );
      assert.equal(f.printed, '100%');
      assert.match(f.message, /Health Promotion. Work has not commenced on this action yet/);
    });

    it('a stale "due Q2 2024/25" in a January 2026 paper, and not in the May 2024 one', () => {
      const f = flagOn(get('risk', 'risk-group-baf-4'), 'causes.0.assurances.thirdLine.1');
      assert.equal(f.kind, 'out-of-date');
      assert.match(f.message, /Q2 2024\/25 ended on 30 September 2024/);
      const lpt = get('risk', 'risk-lpt-baf-07');
      assert.ok(lpt.causes[0]!.assurances.thirdLine.some((t) => /due Q2 2024\/25/.test(t)));
      assert.ok(!lpt.dataQuality.some((x) => x.kind === 'out-of-date'));
    });

    it('dependent actions due before the action that creates the sub-cabinet they need', () => {
      for (const id of ['act-wl-ftsu-3', 'act-wl-ftsu-10'])
        assert.match(
          flagOn(action(id), 'dependsOn.act-wl-ftsu-2').message,
          /before Well-Led FTSU 2 \(due 31 August 2025\), which creates the FTSU sub-cabinet/,
        );
    });

    it('a THRIVE theme named two ways in two papers', () => {
      const risk = flagOn(get('risk', 'risk-group-baf-draft-workforce'), 'strategicAim');
      assert.equal(risk.printed, 'VALUING EVERYONE');
      assert.equal(risk.expected, 'Valuing our people');
      const strategy: Strategy = get('strategy', 'strat-group-thrive-2026-01');
      assert.match(flagOn(strategy, 'themes.theme-v.name').message, /VALUING EVERYONE/);
    });

    it('a possibly mistyped year in GROUP BAF 4 dates', () => {
      const due = flagOn(action('act-group-baf-4-3'), 'originalDue');
      assert.equal(due.kind, 'mistyped-year');
      assert.equal(due.printed, '31.3.27');
      assert.match(due.message, /may be mistyped/);
      const planned = flagOn(get('risk', 'risk-group-baf-4'), 'causes.0.progress');
      assert.match(planned.printed, /from December 24$/);
    });

    it('a corporate risk quoted at "score 60", which a 5 x 5 matrix cannot give (LPT BAF 02)', () => {
      const risk = get('risk', 'risk-lpt-baf-02');
      assert.match(risk.corporateRisk ?? '', /007 Quality Improvement acceleration score 60$/);
      const f = flagOn(risk, 'corporateRisk');
      assert.equal(f.kind, 'impossible-value');
      assert.equal(f.detectedBy, 'transcriber');
      assert.equal(f.printed, 'score 60');
      assert.match(f.message, /risk 007 \(Quality Improvement acceleration\)/);
      assert.match(f.message, /the highest score is 25/);
    });

    it('a risk whose detail page has no Target Risk row (LPT BAF 03)', () => {
      const risk = get('risk', 'risk-lpt-baf-03');
      assert.equal(risk.scores.target, null);
      const f = flagOn(risk, 'scores.target');
      assert.equal(f.kind, 'missing-value');
      assert.equal(f.detectedBy, 'transcriber');
      assert.match(f.message, /^BAF 03 prints no target score: .*no Target Risk row/);
      assert.equal(flagOn(risk, 'scores.current').expected, '12', 'the 20 v 12 flag stays');
    });

    it('words every flag as sentences, never as codes', () => {
      for (const r of records)
        for (const f of r.dataQuality) {
          assert.match(f.message, /^[A-Z'"(0-9]/, `${r.id} ${f.field}: ${f.message}`);
          assert.match(f.message, /[.")]$/, `${r.id} ${f.field}: ${f.message}`);
        }
    });
  });

  describe('dataset: the papers transcribed from the Group Trust Board pack of 29 January 2026', () => {
    it("has the Chief Executive's report, with university status in the paper's words", () => {
      const ceo = paper('paper-gtb-2026-01-29-chief-executive');
      assert.equal(ceo.cover.sponsor, 'Angela Hillery, Chief Executive');
      assert.match(
        textOf(section(ceo, 'university-status')),
        /LPT and NHFT are partnering with the University of Leicester \(UoL\) to progress an application to become a University Group\./,
      );
      assert.equal(ceo.decision?.type, 'briefing');
      assert.equal(ceo.decision?.printed[0], 'Briefing – no decision required');
      assert.match(
        textOf(section(ceo, 'mental-health-bill')),
        /The Mental Health Bill has received Royal Assent on 18 December 2025/,
      );
      assert.match(
        flagOn(ceo, 'sections.group-value').message,
        /minutes of the public meeting of 25 September 2025/,
      );
    });

    it('has the committee AAA report: nothing to alert or advise, assurance as printed', () => {
      const aaa: CommitteeReport = get('committeeReport', 'aaa-jpcc-2025-12-10');
      assert.equal(aaa.committee, 'Joint People and Culture Committee in Common');
      assert.equal(aaa.heldOn.iso, '2025-12-10');
      const level = (l: string) => aaa.blocks.filter((b) => b.level === l);
      assert.deepEqual(level('alert')[0]?.items, []);
      assert.deepEqual(level('advise')[0]?.items, []);
      const assured = level('assure').flatMap((b) => b.items);
      assert.equal(assured.length, 12);
      assert.deepEqual(
        assured.find((i) => i.subject === 'LPT Health and Wellbeing update')?.text,
        'Over the past year there are over 102,000 interactions through a variety of methods to ensure opportunities for engagement.',
      );
      assert.match(flagOn(aaa, 'blocks.assure').message, /prints the ASSURE heading 2 times/);
    });

    it('has the East Midlands Alliance paper: its six members and the decision to note', () => {
      const ema = paper('paper-gtb-2026-01-29-ema');
      const members = section(ema, 'ema-2').content.find((b) => typeof b !== 'string');
      assert.deepEqual(typeof members === 'object' && members.items.length, 6);
      assert.equal(ema.decision?.type, 'noting');
      assert.deepEqual(ema.decision?.printed, [
        'The Group Board notes the range of work and achievements within the East Midlands Alliance',
      ]);
      assert.equal(figure(ema, 'csw-staff').printed, 'Over 500');
    });

    it('has the Group Value Programme: what it has to save, and what it has saved', () => {
      const value = paper('paper-gtb-2026-01-29-value-programme');
      const target = figure(value, 'savings-target');
      assert.equal(target.type === 'percentage' && target.percent, 6.5);
      const money = (id: string) => {
        const f = figure(value, id);
        assert.equal(f.type, 'money');
        return f.type === 'money' ? [f.printed, f.pounds] : null;
      };
      assert.deepEqual(money('benchmarking-saving'), ['£15.9m', 15_900_000]);
      assert.deepEqual(money('savings-2025-26'), ['c.£360k', 360_000]);
      assert.deepEqual(money('savings-full-year'), ['£900k', 900_000]);
      assert.deepEqual(money('additional-savings'), ['c.£1.7m', 1_700_000]);
      assert.equal(
        value.decision?.printed[0],
        'Group Trust Board is asked to consider the contents of the paper.',
      );
    });

    it("has the Transition Group's terms of reference, and flags the chair they do not name", () => {
      const tor: TermsOfReference = get('termsOfReference', 'tor-grp-transition-group');
      assert.equal(tor.membership.length, 6);
      assert.ok(tor.membership.includes('Group Chief Finance Officer'));
      assert.equal(tor.quorum.members, 3);
      assert.ok(tor.attendance.includes('Members are expected to attend 75% of meetings.'));
      assert.equal(tor.frequency, 'The meeting will be held every month.');
      assert.equal(flagOn(tor, 'chair').kind, 'missing-value');
    });

    it('has the headline performance report: segments, domain scores and key indicators', () => {
      const perf: PerformanceReport = get('performanceReport', 'perf-gtb-2026-01');
      for (const org of ['lpt', 'nhft']) {
        const s = perf.segmentation.find((x) => x.organisationId === org);
        assert.equal(s?.segment, 2);
        assert.equal(s?.printedSegment, 'Two');
        assert.equal(s?.assessmentPeriod, 'Quarter Two; 2025-26');
        assert.equal(s?.financialOverride, false);
      }
      const access = perf.domainScores.find((d) => d.id === 'domain-access-to-services');
      assert.deepEqual(
        access?.values.map((v) => [v.organisationId, v.value, v.direction?.direction]),
        [
          ['nhft', 3.59, 'down'],
          ['lpt', 2.74, 'down'],
        ],
      );
      const sickness = perf.indicators.find((i) => i.indicator === 'Sickness Overall');
      assert.deepEqual(
        sickness?.values.map((v) => [v.organisationId, v.printed, v.target]),
        [
          ['nhft', '7.2%', '< 4.6%'],
          ['lpt', '6.0%', '< 4.5%'],
        ],
      );
      assert.ok(
        perf.dataQuality.some(
          (f) => f.field === 'indicators.mental-health-eip-2-week-rtt-performance.nhft',
        ),
        'the NHFT "Null" is flagged as missing',
      );
    });

    it('has the Trust Ambitions cover sheet: risk references, legal and regulatory requirements', () => {
      const ambitions = paper('paper-ccs-trust-ambitions-2023-09');
      assert.deepEqual(ambitions.cover.riskReferences, [
        '3467',
        '3514',
        '3530',
        '3533',
        '3534',
        '3540',
        '3562',
      ]);
      assert.deepEqual(ambitions.cover.legalAndRegulatory, [
        'Care Quality Commission Fundamental Standards of Care',
        'NHS England well-led Framework',
        'NHS Constitution for England Principles and Values',
        'NHS People Promise',
      ]);
      assert.equal(ambitions.cover.assuranceLevel, 'Substantial');
      assert.match(
        textOf(section(ambitions, 'supporting-strategies')),
        /2\.3 The strategic objective to 'Be Collaborative' is not directly linked/,
      );
    });
  });

  describe('dataset: wording as printed', function () {
    const seeds = path.join(packageRoot(), '..', 'shared', 'seeds');
    const files: Record<string, string[]> = {
      'src-gtb-2026-01-29': ['003_859a1cc92e11bd8d.txt'],
      'src-lpt-baf-2024-05': ['004_d73ee4edd4649f8e.txt'],
      'src-well-led-review-2024': ['002_711b891109a82d82.txt'],
      'src-trust-ambitions-2023-09': ['001_08835350ec9ac137.txt', '000_f2845acbf7c9e819.txt'],
    };
    /** Words and numbers only, with markup and markdown links taken out, as extraction damage is repaired. */
    const normalise = (s: string) =>
      s
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<sup>(.*?)<\/sup>/g, '$1')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/[’‘]/g, "'")
        .toLowerCase()
        .replace(/[^a-z0-9']+/g, ' ')
        .trim();
    let printed: Record<string, string>;
    let byColumn: Record<string, string>;
    before(function () {
      if (!existsSync(seeds)) this.skip(); // the papers live beside the repository, not in it
      const read = (f: string) => readFileSync(path.join(seeds, f), 'utf8');
      printed = Object.fromEntries(
        Object.entries(files).map(([id, fs]) => [
          id,
          fs.map((f) => normalise(read(f))).join(' | '),
        ]),
      );
      // A flattened table row holds one cell per column; a column's text runs on across rows.
      const columns: string[][] = [];
      for (const line of read('001_08835350ec9ac137.txt').split('\n'))
        line.split('\t').forEach((cell, i) => (columns[i] ??= []).push(cell));
      byColumn = {
        'src-trust-ambitions-2023-09': columns.map((c) => normalise(c.join(' '))).join(' | '),
      };
    });

    // Split across a page break in the source, with the table header reprinted inside the sentence.
    const SPLIT_BY_A_PAGE = new Set(['act-wl-leadership-4']);
    const SPLIT_TEXT_BY_A_PAGE = new Set([
      'Demographic Data. Training has been developed to support our people in implementing the process – this is pivotal in ensuring colleagues fully understand the benefits of asking for this type of data.',
    ]);
    /** Whether a transcribed text is in the paper; 001's table cells are also read column by column. */
    const inPaper = (documentId: string, text: string) =>
      SPLIT_TEXT_BY_A_PAGE.has(text) ||
      printed[documentId]!.includes(normalise(text)) ||
      (byColumn[documentId]?.includes(normalise(text)) ?? false);

    it('every action text appears in its paper (or is flagged as not printed)', () => {
      for (const r of records) {
        if (r.kind !== 'action' || SPLIT_BY_A_PAGE.has(r.id)) continue;
        if (r.dataQuality.some((f) => f.field === 'text' && f.kind === 'missing-value')) continue;
        assert.ok(inPaper(r.source.documentId, r.text), `${r.id}: "${r.text}" is not in the paper`);
      }
    });

    it("every entry of a risk's causes and effects, and of the strategies' reports, appears in its paper", () => {
      const check = (id: string, documentId: string, texts: readonly string[]) => {
        for (const text of texts)
          assert.ok(inPaper(documentId, text), `${id}: "${text.slice(0, 80)}" is not in the paper`);
      };
      for (const r of records) {
        if (r.kind === 'risk')
          for (const f of [...r.causes, ...r.effects])
            check(r.id, r.source.documentId, [
              ...f.controls,
              ...f.controlGaps,
              ...f.assurances.firstLine,
              ...f.assurances.secondLine,
              ...f.assurances.thirdLine,
              ...f.assuranceGaps,
              ...f.progress,
            ]);
        if (r.kind === 'strategy') {
          for (const a of r.objectives.flatMap((o) => o.ambitions))
            check(r.id, r.source.documentId, [
              ...a.conditions,
              ...a.successes,
              ...a.challenges,
              ...a.financialRisks,
              ...a.newIssues,
              ...a.focus,
            ]);
          for (const t of r.themes)
            check(r.id, r.source.documentId, [
              ...t.objectives,
              ...t.progress,
              ...t.expectedNext,
              ...t.mitigations,
            ]);
        }
      }
    });

    it('every paragraph and list item of the transcribed papers appears in its paper', () => {
      for (const r of records) {
        if (r.kind !== 'paper') continue;
        for (const s of r.sections)
          for (const block of s.content)
            for (const text of typeof block === 'string' ? [block] : block.items)
              assert.ok(
                inPaper(r.source.documentId, text),
                `${r.id} ${s.id}: "${text.slice(0, 80)}" is not in the paper`,
              );
      }
    });
  });
});
