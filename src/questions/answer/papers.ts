import type { Paper, PaperSection } from '../../domain';
import { formatDate, londonDateOf } from '../../domain/dates';
import { citation } from '../../shared/views';
import type { Answer, PaperSectionView } from '../answers';
import { contentWords, normalise, stem } from '../text';
import type { AnswerContext } from './context';

/**
 * The papers beyond the registers: what a paper says (about some words), the figures it prints and the
 * decision it asks; a committee's Alert, Advise and Assure report; the performance report's oversight
 * segments and indicators; a group's terms of reference. Every answer quotes the paper and cites it.
 */

/** A short answer saying what there is not. */
function nothing(title: string, text: string): Answer {
  return { kind: 'message', title, text, suggestions: [] };
}

function sectionView(section: PaperSection): PaperSectionView {
  return {
    heading: section.heading,
    paragraphs: section.content.map((c) =>
      typeof c === 'string'
        ? c
        : c.items.map((i, n) => (c.numbered ? `${n + 1}. ${i}` : `• ${i}`)).join('\n'),
    ),
    figures: section.figures.map((f) => ({ label: f.label, printed: f.printed })),
  };
}

function subtitleOf(ctx: AnswerContext, paper: Paper): string {
  const meeting = ctx.data.meetings.find((m) => m.id === paper.meetingId);
  return [
    meeting ? `${meeting.body}, ${formatDate(londonDateOf(meeting.startsAt))}` : paper.date.printed,
    paper.cover.sponsor ? `brought by ${paper.cover.sponsor}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const PURPOSE = /purpose|executive summary|introduction/i;

export function answerPaper(
  ctx: AnswerContext,
  paperId: string,
  words: string,
  want: 'say' | 'figures' | 'decision',
): Answer {
  const paper = ctx.data.papers.find((p) => p.id === paperId);
  if (!paper)
    return nothing('I can’t find that paper', 'It is not among the papers Board Clerk holds.');
  const base = {
    kind: 'paper' as const,
    title: paper.title,
    subtitle: subtitleOf(ctx, paper),
    sections: [] as PaperSectionView[],
    figures: [] as { label: string; printed: string; section: string }[],
    decision: paper.decision
      ? { type: paper.decision.type, printed: paper.decision.printed }
      : null,
    recommendations: paper.recommendations,
    notes: [] as string[],
    source: citation(ctx.data, paper.source),
  };
  const hits = words
    ? ctx.passages
        .search(words, { kinds: ['paper-section'], limit: 20 })
        .filter((h) => h.doc.id.startsWith(`${paper.id}#`))
    : [];
  const sectionOf = (id: string) => paper.sections.find((s) => `${paper.id}#${s.id}` === id);
  if (want === 'decision')
    return {
      ...base,
      notes:
        paper.decision || paper.recommendations.length
          ? []
          : ['The paper asks no decision of the board.'],
    };
  if (want === 'figures') {
    const all = paper.sections.flatMap((s) => s.figures.map((f) => ({ f, s })));
    const asked = new Set(contentWords(normalise(words)).map(stem));
    const wanted = all.filter(({ f }) =>
      contentWords(normalise(f.label)).some((w) => asked.has(stem(w))),
    );
    const figures = (wanted.length ? wanted : all).map(({ f, s }) => ({
      label: f.label,
      printed: f.printed,
      section: s.heading,
    }));
    return {
      ...base,
      figures,
      decision: null,
      recommendations: [],
      notes: !all.length
        ? ['The paper prints no figures.']
        : !wanted.length && words
          ? [`The paper prints no figure about “${words}”; these are all its figures.`]
          : [],
    };
  }
  const found = hits.map((h) => sectionOf(h.doc.id)).filter((s): s is PaperSection => !!s);
  const sections = found.length
    ? found.slice(0, 3)
    : paper.sections.filter((s) => PURPOSE.test(s.heading)).slice(0, 1);
  const notes: string[] = [];
  if (words && !found.length)
    notes.push(
      `The ${paper.title} says nothing about “${words}”. Its sections: ${paper.sections.map((s) => s.heading).join('; ')}.`,
    );
  return {
    ...base,
    sections: sections.map(sectionView),
    decision: words && found.length ? null : base.decision,
    recommendations: words && found.length ? [] : base.recommendations,
    notes,
  };
}

const LEVELS: Record<string, string> = {
  alert: 'Alert',
  advise: 'Advise',
  assure: 'Assure',
  risk: 'Risk',
  'celebrating-outstanding': 'Celebrating outstanding',
};

export function answerCommitteeReport(
  ctx: AnswerContext,
  reportId: string | null,
  level: string | null,
): Answer {
  const reports = [...ctx.data.committeeReports].sort((a, b) =>
    (b.heldOn.iso ?? '').localeCompare(a.heldOn.iso ?? ''),
  );
  const report = reports.find((r) => r.id === reportId) ?? reports[0];
  if (!report)
    return nothing(
      'No committee reports',
      'There are no Alert, Advise and Assure reports in Board Clerk yet.',
    );
  const blocks = report.blocks.filter((b) => !level || b.level === level);
  const notes: string[] = [];
  if (level) {
    const items = blocks.flatMap((b) => b.items);
    notes.push(
      items.length
        ? `The ${report.committee} ${level === 'alert' ? 'alerts the board to' : level === 'advise' ? 'advises the board of' : level === 'assure' ? 'assures the board on' : 'reports under'} ${items.length} item${items.length === 1 ? '' : 's'}.`
        : `The ${report.committee} ${level === 'alert' ? 'alerts the board to nothing' : `reports nothing under ${LEVELS[level]}`}: the report prints “None”.`,
    );
    if (!items.length) {
      const others = report.blocks
        .filter((b) => b.items.length)
        .map((b) => `${LEVELS[b.level]} (${b.items.length})`);
      if (others.length) notes.push(`It reports under ${others.join(', ')}.`);
    }
  }
  if (reports.length > 1 && !reportId)
    notes.push(
      `Also in Board Clerk: ${reports
        .slice(1)
        .map((r) => `${r.committee} (${r.heldOn.printed})`)
        .join('; ')}.`,
    );
  return {
    kind: 'committee-report',
    title: `${report.title}: ${report.committee}`,
    committee: report.committee,
    heldOn: report.heldOn.printed,
    blocks: (level && !blocks.some((b) => b.items.length)
      ? report.blocks.filter((b) => b.items.length)
      : blocks
    ).map((b) => ({
      level: LEVELS[b.level] ?? b.level,
      heading: b.printedHeading,
      items: b.items.map((i) => ({ subject: i.subject ?? null, text: i.text })),
    })),
    notes,
    source: citation(ctx.data, report.source),
  };
}

const ARROW: Record<string, string> = { up: 'up', down: 'down', same: 'unchanged' };

export function answerPerformance(
  ctx: AnswerContext,
  want: 'segment' | 'indicator',
  organisationIds: readonly string[],
  indicatorIds: readonly string[],
): Answer {
  const report = [...ctx.data.performanceReports].sort((a, b) =>
    (b.date.iso ?? b.date.printed).localeCompare(a.date.iso ?? a.date.printed),
  )[0];
  if (!report)
    return nothing('No performance report', 'There is no performance report in Board Clerk yet.');
  const orgName = (id: string) => ctx.data.organisations.find((o) => o.id === id)?.shortName ?? id;
  const members = ctx.data.organisations.flatMap((o) =>
    organisationIds.includes(o.id) ? [o.id, ...o.memberIds] : [],
  );
  const wanted = (id: string) => !organisationIds.length || members.includes(id);
  const segments = report.segmentation
    .filter((s) => wanted(s.organisationId))
    .map((s) => ({
      organisation: orgName(s.organisationId),
      segment: s.segment,
      printed: s.printedSegment,
      period: s.assessmentPeriod,
      detail: [
        s.financialOverride ? 'with a financial override' : 'no financial override',
        s.providerImprovementProgramme
          ? 'in the Provider Improvement Programme'
          : 'not in the Provider Improvement Programme',
      ].join(', '),
    }));
  const rows = [
    ...report.indicators
      .filter((i) => indicatorIds.includes(i.id))
      .map((i) => ({
        label: i.indicator,
        detail: `${i.group}, ${i.period}${i.benchmarks?.national ? ` · national ${i.benchmarks.national}` : ''}${i.benchmarks?.regional ? ` · regional ${i.benchmarks.regional}` : ''}`,
        values: i.values
          .filter((v) => wanted(v.organisationId))
          .map((v) => ({
            organisation: orgName(v.organisationId),
            printed: v.printed,
            target: v.target ?? null,
            trend: v.trend?.direction ? ARROW[v.trend.direction]! : null,
          })),
      })),
    ...report.domainScores
      .filter((d) => indicatorIds.includes(d.id))
      .map((d) => ({
        label: d.metric ?? `${d.domain} (domain score)`,
        detail: `${report.framework}: ${d.domain}${d.metric ? '' : ', scored 1 (best) to 4'}`,
        values: d.values
          .filter((v) => wanted(v.organisationId))
          .map((v) => ({
            organisation: orgName(v.organisationId),
            printed: v.printed,
            target: v.target ?? null,
            trend: v.direction?.direction ? ARROW[v.direction.direction]! : null,
          })),
      })),
  ];
  const notes: string[] = [];
  if (want === 'segment')
    notes.push(
      segments.length
        ? `${segments.map((s) => `${s.organisation} is in segment ${s.segment} (${s.printed})`).join('; ')} of the ${report.framework}, for ${segments[0]!.period}. Segment 1 is the best of 5.`
        : 'The report gives no segment for that organisation.',
    );
  notes.push(...report.notes.slice(0, 1));
  return {
    kind: 'performance',
    title:
      want === 'segment'
        ? `${report.framework} segments`
        : `${report.title}: ${rows.map((r) => r.label).join(', ')}`,
    segments: want === 'segment' ? segments : [],
    rows: want === 'segment' ? [] : rows,
    notes,
    source: citation(ctx.data, report.source),
  };
}

export function answerTermsOfReference(
  ctx: AnswerContext,
  termsId: string,
  part: 'all' | 'chair' | 'quorum' | 'membership' | 'frequency' | 'purpose',
): Answer {
  const t = ctx.data.termsOfReference.find((x) => x.id === termsId);
  if (!t) return nothing('I can’t find those terms of reference', '');
  const parts: PaperSectionView[] = [
    { heading: 'Purpose', paragraphs: t.purpose, figures: [] },
    {
      heading: 'Chair',
      paragraphs: [t.chair ?? 'The terms of reference do not say who chairs it.'],
      figures: [],
    },
    { heading: 'Membership', paragraphs: t.membership, figures: [] },
    { heading: 'Quorum', paragraphs: [t.quorum.printed], figures: [] },
    { heading: 'Frequency', paragraphs: [t.frequency], figures: [] },
  ];
  const wanted =
    part === 'all'
      ? parts
      : parts.filter(
          (p) => p.heading.toLowerCase() === (part === 'membership' ? 'membership' : part),
        );
  return {
    kind: 'paper',
    title: `${t.body}: terms of reference`,
    subtitle: t.established ? `Established ${t.established.printed}` : '',
    sections: wanted,
    figures: [],
    decision: null,
    recommendations: [],
    notes: part === 'chair' && !t.chair ? ['The terms of reference do not name a chair.'] : [],
    source: citation(ctx.data, t.source),
  };
}
