import type { DataQualityFlag } from './common';
import { importerFlag, repeatedEntries } from './flags';
import type {
  AssuranceLevel,
  CommitteeReport,
  Figure,
  Paper,
  PerformanceReport,
  TermsOfReference,
} from './paper';

/**
 * The importer's checks for papers, committee reports, performance reports and terms of reference: one
 * per kind. Like the register checks, they keep the printed values and say what is wrong.
 */

function figureValue(f: Figure): number {
  switch (f.type) {
    case 'money':
      return f.pounds;
    case 'percentage':
      return f.percent;
    case 'count':
      return f.count;
    case 'segment':
      return f.segment;
  }
}

/** Rounds away floating-point noise: £4.5m + £4.6m is compared as 9.1m, not 9.099999m. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A paper: printed totals that are not the sum of their parts, and list entries printed twice. */
export function checkPaper(paper: Paper): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  const figures = new Map(paper.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
  for (const section of paper.sections) {
    for (const total of section.figures) {
      if (!total.totalOf) continue;
      const parts = total.totalOf.map((id) => figures.get(id));
      if (parts.some((p) => !p)) continue;
      const sum = parts.reduce((n, p) => n + figureValue(p!), 0);
      if (!same(sum, figureValue(total)))
        flags.push(
          importerFlag({
            kind: 'inconsistent-record',
            field: `sections.${section.id}.figures.${total.id}`,
            printed: total.printed,
            expected: String(sum),
            message: `${paper.title} prints ${total.label} as ${total.printed}, but ${parts
              .map((p) => p!.printed)
              .join(' + ')} = ${sum}.`,
          }),
        );
    }
    section.content.forEach((block, i) => {
      if (typeof block === 'string') return;
      for (const { first, again, index } of repeatedEntries(block.items))
        flags.push(
          importerFlag({
            kind: 'duplicate-entry',
            field: `sections.${section.id}.content.${i}.items.${index}`,
            printed: again,
            message: `The list under "${section.heading}" prints "${first}" twice.`,
          }),
        );
    });
  }
  return flags;
}

const AAA_LEVELS: readonly AssuranceLevel[] = ['alert', 'advise', 'assure'];

/** An AAA report: each of alert, advise and assure printed once. */
export function checkCommitteeReport(report: CommitteeReport): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  for (const level of AAA_LEVELS) {
    const blocks = report.blocks.filter((b) => b.level === level);
    const name = level.toUpperCase();
    if (blocks.length === 0)
      flags.push(
        importerFlag({
          kind: 'missing-value',
          field: `blocks.${level}`,
          printed: '',
          message: `The ${report.committee} report has no ${name} section.`,
        }),
      );
    if (blocks.length > 1)
      flags.push(
        importerFlag({
          kind: 'duplicate-entry',
          field: `blocks.${level}`,
          printed: name,
          message: `The ${report.committee} report prints the ${name} heading ${blocks.length} times; Board Clerk lists every part under ${name}.`,
        }),
      );
  }
  return flags;
}

/** NHS Oversight Framework scores run from 1 (best) to 4. */
const NOF_SCORE = { min: 1, max: 4 };

/** A performance report: figures missing ("Null"), impossible oversight scores, totals that do not add up. */
export function checkPerformanceReport(report: PerformanceReport): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  for (const score of report.domainScores)
    for (const v of score.values)
      if (v.value !== null && (v.value < NOF_SCORE.min || v.value > NOF_SCORE.max))
        flags.push(
          importerFlag({
            kind: 'impossible-value',
            field: `domainScores.${score.id}.${v.organisationId}`,
            printed: v.printed,
            message: `${score.metric ?? score.domain} is scored ${v.printed}; oversight scores run from 1 to 4.`,
          }),
        );
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  for (const indicator of report.indicators) {
    for (const v of indicator.values)
      if (v.value === null)
        flags.push(
          importerFlag({
            kind: 'missing-value',
            field: `indicators.${indicator.id}.${v.organisationId}`,
            printed: v.printed,
            message: `The report gives no ${v.organisationId.toUpperCase()} figure for "${indicator.indicator}" (${indicator.period}); it prints "${v.printed || 'nothing'}".`,
          }),
        );
    if (!indicator.totalOf) continue;
    const parts = indicator.totalOf.map((id) => byId.get(id));
    if (parts.some((p) => !p)) continue;
    for (const total of indicator.values) {
      const values = parts.map(
        (p) => p!.values.find((v) => v.organisationId === total.organisationId)?.value,
      );
      if (total.value === null || values.some((v) => v === null || v === undefined)) continue;
      const sum = values.reduce<number>((n, v) => n + v!, 0);
      if (!same(sum, total.value))
        flags.push(
          importerFlag({
            kind: 'inconsistent-record',
            field: `indicators.${indicator.id}.${total.organisationId}`,
            printed: total.printed,
            expected: String(sum),
            message: `"${indicator.indicator}" for ${total.organisationId.toUpperCase()} is ${total.printed}, but its parts add up to ${sum}.`,
          }),
        );
    }
  }
  return flags;
}

/** Terms of reference: a chair named, and a quorum the membership can reach. */
export function checkTermsOfReference(tor: TermsOfReference): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  if (tor.chair === null)
    flags.push(
      importerFlag({
        kind: 'missing-value',
        field: 'chair',
        printed: '',
        message: `The ${tor.body} terms of reference do not say who chairs the group${
          /\bchair\b/i.test(tor.quorum.printed)
            ? ', though the quorum rule relies on the Chair'
            : ''
        }.`,
      }),
    );
  if (tor.quorum.members > tor.membership.length)
    flags.push(
      importerFlag({
        kind: 'impossible-value',
        field: 'quorum.members',
        printed: tor.quorum.printed,
        message: `The ${tor.body} needs ${tor.quorum.members} members to be quorate but lists only ${tor.membership.length}.`,
      }),
    );
  return flags;
}
