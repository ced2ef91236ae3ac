import type { Action, PrintedScore, Risk, RiskRegister } from '../domain';
import { formatDate } from '../domain/dates';
import { appetiteFor, assessRisk, score } from '../domain/scoring';
import { referenceKey } from './identity';

/**
 * Register versions side by side: what changed from one BAF to the next (score moves and their
 * direction, new and closed risks, changed appetite, new and closed actions), and how one risk's
 * scores moved over every version ("how has BAF 2 moved over time").
 */

export interface RegisterVersion {
  register: RiskRegister;
  risks: readonly Risk[];
  /** The version's actions (its BAF action log as at that version), when known. */
  actions?: readonly Action[];
}

export interface VersionLabel {
  registerId: string;
  title: string;
  /** As the cover prints it ("January 2026"). */
  date: string;
}

export type Direction = 'up' | 'down' | 'same';

export interface ScoreText {
  consequence: number;
  likelihood: number;
  score: number;
  /** "4 x 4 = 16". */
  text: string;
}

export interface ScoreMove {
  reference: string;
  title: string;
  stage: 'current' | 'target';
  before: ScoreText | null;
  after: ScoreText | null;
  direction: Direction;
  /** "GROUP BAF 1 current score up from 12 (4 x 3) to 16 (4 x 4)". */
  sentence: string;
}

export interface RiskLine {
  reference: string;
  title: string;
  current: ScoreText;
}

export interface AppetiteChange {
  /** The risk whose appetite changed, or null for the register's own statement. */
  reference: string | null;
  before: string;
  after: string;
}

export interface ActionLine {
  reference: string;
  text: string;
  /** How it left: closed in the new version, or no longer listed. */
  how?: 'closed' | 'no longer listed';
}

export interface VersionChanges {
  from: VersionLabel;
  to: VersionLabel;
  scoreMoves: ScoreMove[];
  newRisks: RiskLine[];
  closedRisks: RiskLine[];
  appetiteChanges: AppetiteChange[];
  newActions: ActionLine[];
  closedActions: ActionLine[];
  unchangedRisks: string[];
  /** One paragraph for a card or a channel post. */
  summary: string;
}

export function scoreText(s: Pick<PrintedScore, 'consequence' | 'likelihood'>): ScoreText {
  const value = score(s);
  return {
    consequence: s.consequence,
    likelihood: s.likelihood,
    score: value,
    text: `${s.consequence} x ${s.likelihood} = ${value}`,
  };
}

function label(register: RiskRegister): VersionLabel {
  return { registerId: register.id, title: register.title, date: register.date.printed };
}

function direction(before: number, after: number): Direction {
  return after > before ? 'up' : after < before ? 'down' : 'same';
}

function appetiteText(level: string, limit: number | null): string {
  return limit === null ? level : `${level} (upper limit ${limit})`;
}

export function compareRegisterVersions(
  before: RegisterVersion,
  after: RegisterVersion,
): VersionChanges {
  const earlier = new Map(before.risks.map((r) => [referenceKey(r.reference), r]));
  const later = new Map(after.risks.map((r) => [referenceKey(r.reference), r]));
  const scoreMoves: ScoreMove[] = [];
  const appetiteChanges: AppetiteChange[] = [];
  const unchangedRisks: string[] = [];

  if (
    before.register.appetite.statement !== after.register.appetite.statement ||
    before.register.appetite.defaultLevel !== after.register.appetite.defaultLevel ||
    before.register.appetite.upperLimit !== after.register.appetite.upperLimit
  )
    appetiteChanges.push({
      reference: null,
      before: appetiteText(
        before.register.appetite.defaultLevel,
        before.register.appetite.upperLimit ?? null,
      ),
      after: appetiteText(
        after.register.appetite.defaultLevel,
        after.register.appetite.upperLimit ?? null,
      ),
    });

  for (const [key, risk] of later) {
    const old = earlier.get(key);
    if (!old) continue;
    let moved = false;
    for (const stage of ['current', 'target'] as const) {
      const b = old.scores[stage];
      const a = risk.scores[stage];
      const bt = b ? scoreText(b) : null;
      const at = a ? scoreText(a) : null;
      if (bt?.text === at?.text) continue;
      moved = true;
      const dir = direction(bt?.score ?? 0, at?.score ?? 0);
      scoreMoves.push({
        reference: risk.reference,
        title: risk.title,
        stage,
        before: bt,
        after: at,
        direction: dir,
        sentence: moveSentence(risk.reference, stage, bt, at, dir),
      });
    }
    const ab = appetiteFor(old, before.register.appetite);
    const aa = appetiteFor(risk, after.register.appetite);
    if (ab.level !== aa.level || ab.upperLimit !== aa.upperLimit) {
      moved = true;
      appetiteChanges.push({
        reference: risk.reference,
        before: appetiteText(ab.level, ab.upperLimit),
        after: appetiteText(aa.level, aa.upperLimit),
      });
    }
    if (!moved) unchangedRisks.push(risk.reference);
  }
  const line = (r: Risk): RiskLine => ({
    reference: r.reference,
    title: r.title,
    current: scoreText(r.scores.current),
  });
  const newRisks = [...later].filter(([k]) => !earlier.has(k)).map(([, r]) => line(r));
  const closedRisks = [...earlier].filter(([k]) => !later.has(k)).map(([, r]) => line(r));
  const { newActions, closedActions } = compareActions(before.actions ?? [], after.actions ?? []);
  const changes = {
    scoreMoves,
    newRisks,
    closedRisks,
    appetiteChanges,
    newActions,
    closedActions,
    unchangedRisks,
  };
  return {
    from: label(before.register),
    to: label(after.register),
    ...changes,
    summary: summarise(before.register, after.register, changes),
  };
}

function moveSentence(
  reference: string,
  stage: string,
  b: ScoreText | null,
  a: ScoreText | null,
  dir: Direction,
): string {
  const show = (s: ScoreText | null) =>
    s ? `${s.score} (${s.consequence} x ${s.likelihood})` : 'none';
  if (dir === 'same')
    return `${reference} ${stage} score stays ${a?.score ?? 'none'}, now ${show(a)} (was ${show(b)})`;
  return `${reference} ${stage} score ${dir} from ${show(b)} to ${show(a)}`;
}

function compareActions(before: readonly Action[], after: readonly Action[]) {
  const earlier = new Map(before.map((a) => [referenceKey(a.reference), a]));
  const later = new Map(after.map((a) => [referenceKey(a.reference), a]));
  const newActions: ActionLine[] = [...later]
    .filter(([k]) => !earlier.has(k))
    .map(([, a]) => ({ reference: a.reference, text: a.text }));
  const closedActions: ActionLine[] = [];
  for (const [key, old] of earlier) {
    if (old.status === 'closed') continue;
    const now = later.get(key);
    if (!now)
      closedActions.push({ reference: old.reference, text: old.text, how: 'no longer listed' });
    else if (now.status === 'closed')
      closedActions.push({ reference: old.reference, text: old.text, how: 'closed' });
  }
  return { newActions, closedActions };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summarise(
  before: RiskRegister,
  after: RiskRegister,
  c: Omit<VersionChanges, 'from' | 'to' | 'summary'>,
): string {
  const parts: string[] = [];
  const current = c.scoreMoves.filter((m) => m.stage === 'current' && m.direction !== 'same');
  const up = current.filter((m) => m.direction === 'up').map((m) => m.reference);
  const down = current.filter((m) => m.direction === 'down').map((m) => m.reference);
  if (up.length) parts.push(`current score up for ${up.join(', ')}`);
  if (down.length) parts.push(`current score down for ${down.join(', ')}`);
  if (c.newRisks.length) parts.push(`new: ${c.newRisks.map((r) => r.reference).join(', ')}`);
  if (c.closedRisks.length)
    parts.push(`no longer on the register: ${c.closedRisks.map((r) => r.reference).join(', ')}`);
  if (c.appetiteChanges.length)
    parts.push(`appetite changed for ${plural(c.appetiteChanges.length, 'item')}`);
  if (c.newActions.length) parts.push(plural(c.newActions.length, 'new action'));
  if (c.closedActions.length) parts.push(plural(c.closedActions.length, 'action') + ' closed');
  const head = `${after.title} against ${before.title}`;
  return parts.length
    ? `${head}: ${parts.join('; ')}.`
    : `${head}: no changes to scores, risks, appetite or actions.`;
}

export interface ScorePoint {
  registerId: string;
  /** The version as its cover prints it, and the day it stands for. */
  date: string;
  iso: string | null;
  initial: ScoreText;
  current: ScoreText;
  target: ScoreText | null;
  band: string;
  /** Where the current score stands against the appetite's upper limit. */
  tolerance: 'within' | 'at' | 'above' | null;
}

export interface ScoreHistory {
  reference: string;
  title: string;
  points: ScorePoint[];
  /** "GROUP BAF 2: 16 (January 2025), 12 (May 2025), 8 (January 2026)". */
  summary: string;
}

/** One risk's scores in every version that has it, oldest first; null when no version has it. */
export function scoreHistory(
  versions: readonly RegisterVersion[],
  reference: string,
): ScoreHistory | null {
  const key = referenceKey(reference);
  const points: (ScorePoint & { title: string; reference: string })[] = [];
  const ordered = [...versions].sort((a, b) =>
    (a.register.date.iso ?? '').localeCompare(b.register.date.iso ?? ''),
  );
  for (const version of ordered) {
    const risk = version.risks.find((r) => referenceKey(r.reference) === key);
    if (!risk) continue;
    const assessed = assessRisk(risk, version.register);
    points.push({
      reference: risk.reference,
      title: risk.title,
      registerId: version.register.id,
      date: version.register.date.printed,
      iso: version.register.date.iso,
      initial: scoreText(risk.scores.initial),
      current: scoreText(risk.scores.current),
      target: risk.scores.target ? scoreText(risk.scores.target) : null,
      band: assessed.current.band.name,
      tolerance: assessed.tolerance,
    });
  }
  const last = points.at(-1);
  if (!last) return null;
  const when = (p: ScorePoint) => (p.iso && !/[A-Za-z]/.test(p.date) ? formatDate(p.iso) : p.date);
  return {
    reference: last.reference,
    title: last.title,
    points: points.map(({ title: _t, reference: _r, ...p }) => p),
    summary: `${last.reference}: ${points.map((p) => `${p.current.score} (${when(p)})`).join(', ')}.`,
  };
}
