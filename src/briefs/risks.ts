import type { IsoDate, Meeting, Risk, RiskRegister } from '../domain';
import { londonDateOf, periodEnd, printedMonth } from '../domain/dates';
import { score } from '../domain/scoring';
import type { BriefRiskView } from '../shared/briefViews';
import type { ReferenceData } from '../shared/referenceData';
import { citation, flagViews, riskSummaryView } from '../shared/views';

/**
 * The risks a director should look at before a meeting, from the latest version of each register of
 * the organisation that holds it: those above or at the upper limit of tolerance, those whose current
 * score moved since the register's previous version (or, with only one version held, whose printed
 * trend is increasing or decreasing), and those with data-quality flags. Each with the reasons in words.
 */

/** The day a register version stands for: its date, or the start of the month it prints. */
export function versionDate(register: Pick<RiskRegister, 'date'>): IsoDate | null {
  if (register.date.iso) return register.date.iso;
  const month = printedMonth(register.date.printed);
  return month ? `${month}-01` : periodEnd(register.date.printed);
}

/** Versions of one register share an organisation and a reference prefix ("GROUP BAF"). */
function sameRegister(a: RiskRegister, b: RiskRegister): boolean {
  return a.organisationId === b.organisationId && a.referencePrefix === b.referencePrefix;
}

function byDate(a: RiskRegister, b: RiskRegister): number {
  return (versionDate(a) ?? '').localeCompare(versionDate(b) ?? '') || a.id.localeCompare(b.id);
}

/**
 * The register versions a meeting reads: for each register of the meeting's organisation, the latest
 * version dated on or before the meeting (or the earliest, when every version is dated after it).
 */
export function registersFor(
  meeting: Pick<Meeting, 'organisationId' | 'startsAt'>,
  registers: readonly RiskRegister[],
): RiskRegister[] {
  const day = londonDateOf(meeting.startsAt);
  const own = registers.filter((r) => r.organisationId === meeting.organisationId).sort(byDate);
  const out: RiskRegister[] = [];
  for (const register of own) {
    if (out.some((r) => sameRegister(r, register))) continue;
    const versions = own.filter((r) => sameRegister(r, register));
    const dated = versions.filter((r) => (versionDate(r) ?? '') <= day);
    out.push(dated.at(-1) ?? versions[0]!);
  }
  return out;
}

/** The version before this one, or null when Board Clerk holds only this one. */
export function previousVersion(
  register: RiskRegister,
  registers: readonly RiskRegister[],
): RiskRegister | null {
  const versions = registers.filter((r) => sameRegister(r, register)).sort(byDate);
  const at = versions.findIndex((r) => r.id === register.id);
  return at > 0 ? versions[at - 1]! : null;
}

/** "BAF 01" and "BAF 1" are the same risk in two versions. */
function referenceKey(reference: string): string {
  return reference
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

function movement(
  risk: Risk,
  earlier: RiskRegister | null,
  earlierRisks: readonly Risk[],
): string | null {
  if (!earlier) {
    const printed = risk.trend.direction;
    return printed === 'increasing' || printed === 'decreasing'
      ? `The register prints its trend as ${printed}`
      : null;
  }
  const before = earlierRisks.find(
    (r) => referenceKey(r.reference) === referenceKey(risk.reference),
  );
  if (!before) return `New since ${earlier.title}`;
  const was = score(before.scores.current);
  const now = score(risk.scores.current);
  if (was === now) return null;
  return `Current score ${now > was ? 'up' : 'down'} from ${was} to ${now} since ${earlier.title}`;
}

export interface RisksToLookAt {
  risks: BriefRiskView[];
  notes: string[];
}

export function risksToLookAt(
  data: ReferenceData,
  meeting: Pick<Meeting, 'organisationId' | 'startsAt'>,
): RisksToLookAt {
  const risks: (BriefRiskView & { order: number })[] = [];
  const notes: string[] = [];
  const registers = registersFor(meeting, data.registers);
  for (const register of registers) {
    const earlier = previousVersion(register, data.registers);
    const earlierRisks = earlier ? data.risks.filter((r) => r.registerId === earlier.id) : [];
    const own = data.risks.filter((r) => r.registerId === register.id);
    let listed = 0;
    for (const risk of own) {
      const summary = riskSummaryView(risk, register);
      const { tolerance, upperLimit } = summary.appetite;
      const reasons: string[] = [];
      if (tolerance === 'above')
        reasons.push(
          `Above tolerance: ${summary.current.score} against an upper limit of ${upperLimit} (${summary.appetite.level} appetite)`,
        );
      else if (tolerance === 'at')
        reasons.push(
          `At the upper limit of tolerance (${upperLimit}, ${summary.appetite.level} appetite)`,
        );
      const moved = movement(risk, earlier, earlierRisks);
      if (moved) reasons.push(moved);
      const flags = risk.dataQuality.length;
      if (flags) reasons.push(`${flags} data-quality flag${flags === 1 ? '' : 's'}`);
      if (!reasons.length) continue;
      listed++;
      risks.push({
        risk: summary,
        registerTitle: register.title,
        reasons,
        flags: flagViews(risk.dataQuality),
        source: citation(data, risk.source),
        order: tolerance === 'above' ? 0 : tolerance === 'at' ? 1 : moved ? 2 : 3,
      });
    }
    notes.push(
      `${register.title}: ${listed} of ${own.length} risks to look at. ${
        earlier
          ? `Movement is against ${earlier.title}.`
          : 'Board Clerk holds no earlier version, so movement is the trend the register prints.'
      }`,
    );
  }
  if (!registers.length) notes.push('Board Clerk holds no risk register for this organisation.');
  return {
    risks: risks
      .sort((a, b) => a.order - b.order || b.risk.current.score - a.risk.current.score)
      .map(({ order: _order, ...r }) => r),
    notes,
  };
}
