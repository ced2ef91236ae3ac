import type { Request } from '../shared/request';
import type { ReferenceData } from '../shared/referenceData';
import type { MessageView } from '../shared/viewTypes';
import { referenceKey } from './identity';
import { compareRegisterVersions, scoreHistory, type RegisterVersion } from './versions';
import type { ScoreHistoryView, WhatChangedView } from './views';

/**
 * The typed requests this feature answers, read with a small tolerant matcher of its own (the questions
 * feature may fold these in later): what changed in the BAF, how a risk moved over time, roles, and
 * export. Each returns null when the text is not for it.
 */

export type ImportAsk =
  | { ask: 'what-changed'; register: string | null }
  | { ask: 'score-history'; reference: string }
  | { ask: 'who-holds-roles' }
  | { ask: 'make-role'; person: string; role: string }
  | { ask: 'roles-from-team' }
  | { ask: 'export' };

const clean = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[?!.]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function readImportAsk(text: string): ImportAsk | null {
  const t = clean(text);
  if (
    /^(please )?(export|download)( (me|us))? (the |our |my )?(board )?action ?logs?( for the board pack)?( as (an )?(excel|xlsx|spreadsheet))?$/.test(
      t,
    )
  )
    return { ask: 'export' };
  if (
    /^(who holds (which|what|each) roles?|who('s| is) in (which|what) roles?|(show|list) (the )?roles( and (who holds them|holders))?)$/.test(
      t,
    )
  )
    return { ask: 'who-holds-roles' };
  if (/^(map |set up |assign )?roles? (from|to) (the |a )?(team|roster|team members)$/.test(t))
    return { ask: 'roles-from-team' };
  // "make Jane Doe the DoCA", "make Jane Doe a board secretary", "set Jane Doe as our CFO".
  const make = /^(?:please )?(?:make|set) (.+?) (?:as )?(?:the|a|an|our) (.+?)(?: role)?$/i.exec(
    text.trim().replace(/[?!.]+$/, ''),
  );
  if (
    make &&
    !/\b(reminder|meeting|broadcast)s?\b/i.test(text) &&
    make[2]!.split(/\s+/).length <= 8
  )
    return { ask: 'make-role', person: make[1]!.trim(), role: make[2]!.trim() };
  const moved =
    /^(?:how (?:has|did|have) |how's )(.+?) (?:moved|changed|scored|score[sd]?)(?: over (?:time|the versions|the year))?$/.exec(
      t,
    ) ??
    /^(?:score history|scores over time|history of (?:the )?scores?) (?:of |for )?(.+)$/.exec(t);
  if (moved && /\d/.test(moved[1]!)) return { ask: 'score-history', reference: moved[1]!.trim() };
  const changed =
    /^what(?:'s| has| is)? changed (?:in|on|since) (?:the )?(?:last )?(.*?)(?:baf|board assurance framework|register)(?: since (?:the )?last(?: one| version)?)?$/.exec(
      t,
    );
  if (changed) return { ask: 'what-changed', register: changed[1]?.trim() || null };
  return null;
}

function versions(data: ReferenceData, organisationId: string | null): RegisterVersion[] {
  return data.registers
    .filter((r) => !organisationId || r.organisationId === organisationId)
    .map((register) => ({
      register,
      risks: data.risks.filter((r) => r.registerId === register.id),
    }));
}

function byDate(a: RegisterVersion, b: RegisterVersion): number {
  return (a.register.date.iso ?? '').localeCompare(b.register.date.iso ?? '');
}

function noAnswer(title: string, text: string): MessageView {
  return { kind: 'message', title, text, suggestions: ['what changed in the BAF'] };
}

/** The organisation a question is about: the installation's, or the asker's own. */
function organisationOf(request: Request): string | null {
  return request.where.organisationId ?? request.who.person?.organisationId ?? null;
}

/** "What changed in the BAF": the latest version against the one before, in one organisation. */
export function whatChanged(
  request: Request,
  data: ReferenceData,
  register: string | null,
): WhatChangedView | MessageView {
  let all = versions(data, null);
  if (register) {
    const want = register.toLowerCase().replace(/\s+/g, ' ').trim();
    const named = all.filter((v) =>
      [v.register.title, ...v.register.aliases, v.register.referencePrefix].some((n) =>
        n.toLowerCase().includes(want),
      ),
    );
    const org = data.organisations.find(
      (o) =>
        o.shortName.toLowerCase() === want ||
        o.name.toLowerCase() === want ||
        o.aliases.some((a) => a.toLowerCase() === want),
    );
    all = named.length
      ? named
      : org
        ? all.filter((v) => v.register.organisationId === org.id)
        : all;
  }
  // One organisation's versions: the asker's when it has two to compare, else the BAF updated last.
  const groups = new Map<string, RegisterVersion[]>();
  for (const v of all)
    groups.set(v.register.organisationId, [...(groups.get(v.register.organisationId) ?? []), v]);
  const comparable = [...groups.entries()].filter(([, vs]) => vs.length >= 2);
  const newest = (vs: RegisterVersion[]) => [...vs].sort(byDate).at(-1)!.register.date.iso ?? '';
  const asker = organisationOf(request);
  const chosen =
    comparable.find(([org]) => org === asker)?.[1] ??
    comparable.sort(([, a], [, b]) => newest(b).localeCompare(newest(a)))[0]?.[1] ??
    [];
  const ordered = [...chosen].sort(byDate);
  const [previous, latest] = ordered.slice(-2);
  if (!previous || !latest)
    return noAnswer(
      'There is only one version of that BAF',
      'Board Clerk holds one version, so there is nothing to compare yet. When the board secretary imports the next version, ask again.',
    );
  return { kind: 'what-changed', changes: compareRegisterVersions(previous, latest) };
}

/** "How has BAF 2 moved over time": a risk's scores in every version that has it. */
export function scoresOverTime(
  request: Request,
  data: ReferenceData,
  reference: string,
): ScoreHistoryView | MessageView {
  const organisationId = organisationOf(request);
  const all = versions(data, null);
  const wanted = referenceKey(reference.replace(/^risk\s+/i, ''));
  // The reference as typed ("BAF 2") may be the end of a longer one ("GROUP BAF 2").
  const matches = (r: string) => {
    const k = referenceKey(r);
    return k === wanted || k.endsWith(` ${wanted}`);
  };
  const byOrg = new Map<string, RegisterVersion[]>();
  for (const v of all)
    if (v.risks.some((r) => matches(r.reference)))
      byOrg.set(v.register.organisationId, [...(byOrg.get(v.register.organisationId) ?? []), v]);
  const candidates = [...byOrg.entries()].sort(
    ([a, x], [b, y]) =>
      Number(b === organisationId) - Number(a === organisationId) || y.length - x.length,
  );
  const [, chosen] = candidates[0] ?? [];
  const risk = chosen?.flatMap((v) => v.risks).find((r) => matches(r.reference));
  const history = chosen && risk ? scoreHistory(chosen, risk.reference) : null;
  if (!history)
    return noAnswer(
      `I could not find ${reference} in any BAF version`,
      'Try the reference as the BAF prints it, for example "how has GROUP BAF 2 moved over time".',
    );
  return { kind: 'score-history', history };
}

/** What changed in one register version against the version before it (for the channel post). */
export function whatChangedFor(
  data: ReferenceData,
  registerId: string,
): WhatChangedView | MessageView {
  const register = data.registers.find((r) => r.id === registerId);
  if (!register) return noAnswer('That BAF version is not in Board Clerk', 'Import it first.');
  const ordered = versions(data, register.organisationId).sort(byDate);
  const at = ordered.findIndex((v) => v.register.id === registerId);
  const previous = at > 0 ? ordered[at - 1] : undefined;
  if (!previous)
    return noAnswer('There is no earlier version of that BAF', 'There is nothing to compare yet.');
  return { kind: 'what-changed', changes: compareRegisterVersions(previous, ordered[at]!) };
}
