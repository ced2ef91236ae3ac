import type { Action, CommitteeReport, Risk, RiskFactor, RiskRegister } from '../../domain';
import { organisationInSentence } from '../../domain/organisation';
import { coverNamesRisk, latestReportOf } from '../../domain/paper';
import { formatDate, withDatesInWords } from '../../domain/dates';
import { ownsAction, rolesHeldBy } from '../../domain/permissions';
import {
  appetiteFor,
  assessRisk,
  bandFor,
  bandingFor,
  toleranceStatus,
} from '../../domain/scoring';
import type { ReferenceData } from '../../shared/referenceData';
import { z } from 'zod';
import { Id } from '../../domain/common';
import { AppetiteLevel } from '../../domain/risk';
import type {
  ActionView,
  Citation,
  HeatMapCell,
  RiskSummaryView,
  RiskView,
  ScoreView,
} from '../../shared/viewTypes';
import {
  actionView,
  citation,
  listInWords,
  printedDate,
  riskName,
  riskSummaryView,
  riskView,
  toleranceWords,
} from '../../shared/views';
import type { MessageAnswer } from '../answers';
import { kind } from '../kind';
import { answerPaper } from './papers';
import {
  RiskFacetSchema,
  RiskListFilter,
  RiskPart,
  RiskReference,
  Text,
  type RiskFacet,
} from '../question';
import { escapeRegExp, list, normalise, sentencesOf, stem, stemsOf } from '../text';
import { queryTerms } from '../search';
import { notLinked, type AnswerContext } from './context';

export interface RiskAnswer {
  kind: 'risk';
  risk: RiskView;
  /** Said first, under its name: how its score has moved, when asked why it is where it is. */
  lead?: string;
  notes: string[];
  /** Where in the risk the words asked about are ("the culture risk: what about racism?"). */
  mentions?: RiskMentions | null;
}

export interface RiskMentions {
  /** The words asked about, as asked. */
  about: string;
  parts: { where: string; text: string; lead: string | null; due: string | null }[];
}

export interface RiskListAnswer {
  kind: 'risk-list';
  title: string;
  registerTitle: string;
  filterLabel: string;
  risks: RiskSummaryView[];
  /** Rows from consequence 5 down to 1, columns likelihood 1 to 5. */
  heatMap: HeatMapCell[][];
  showHeatMap: boolean;
  appetiteStatement: string;
  /** The answer in a sentence, said before the list when the list is not itself the answer. */
  lead: string | null;
  notes: string[];
  source: Citation;
  /** Whose own risks they are ("my risks"): where others see it, named as theirs, not "Your…". */
  askedBy?: string;
  /** The question that asked for the list, for the way back to it from a risk opened on it. */
  question?: string;
}

/** What the papers misprint of a stage's score ("prints an initial score of 5 x 4 = 25"), said beside it. */
function misprintedAt(
  found: readonly { found: { risk: Risk } | null }[],
  stage: 'initial' | 'target' | null,
): string {
  return found
    .flatMap((f) => f.found?.risk.dataQuality.filter((q) => q.field === `scores.${stage}`) ?? [])
    .map((q) => `${q.message} `)
    .join('');
}

/** A risk as a comparison shows it. */
export interface ComparedRiskView extends RiskSummaryView {
  registerTitle: string;
  initial: ScoreView;
  /** Who oversees it, as the register prints it. */
  governance: string;
  source: Citation;
}

export interface RiskCompareAnswer {
  kind: 'risk-compare';
  title: string;
  /** One sentence: which is higher now, and how they stand against target and appetite. */
  verdict: string;
  risks: ComparedRiskView[];
  notes: string[];
}

export interface RiskOwnerAnswer {
  kind: 'risk-owner';
  risk: RiskSummaryView;
  registerTitle: string;
  /** "The register names no lead for GROUP BAF 4": what the paper does (or does not) say. */
  statement: string;
  /** The governance line as printed: who oversees it. */
  governance: string;
  /** Who leads its actions, by role, with the people who hold each role. */
  actionLeads: { role: string; people: string[]; actions: number; titles: string[] }[];
  notes: string[];
  source: Citation;
}

export interface DataQualityAnswer {
  kind: 'data-quality';
  title: string;
  items: { record: string; message: string; source: Citation }[];
  notes: string[];
}

/**
 * Which register a question means when it names none: the one of the conversation's organisation (or,
 * for a trust, of a group it belongs to), otherwise the most recent.
 */
export function defaultRegister(
  data: ReferenceData,
  organisationId: string | null,
): RiskRegister | null {
  const newestFirst = [...data.registers].sort((a, b) =>
    (b.date.iso ?? '').localeCompare(a.date.iso ?? ''),
  );
  if (organisationId) {
    const own = newestFirst.find((r) => r.organisationId === organisationId);
    if (own) return own;
    const groups = data.organisations
      .filter((o) => o.memberIds.includes(organisationId))
      .map((o) => o.id);
    const group = newestFirst.find((r) => groups.includes(r.organisationId));
    if (group) return group;
  }
  return newestFirst[0] ?? null;
}

function findRisk(data: ReferenceData, registerId: string, ref: RiskReference): Risk | undefined {
  return data.risks.find(
    (r) =>
      r.registerId === registerId &&
      (ref.draft ? r.status === 'draft' : r.number === ref.number && r.status !== 'draft'),
  );
}

/** Risks of other registers about the same topic words. */
function sameTopicElsewhere(data: ReferenceData, risk: Risk, words: string): Risk[] {
  const wanted = normalise(words).split(' ');
  return data.risks.filter(
    (r) =>
      r.registerId !== risk.registerId &&
      r.keywords.some((k) =>
        wanted.some((w) => w.length > 3 && normalise(k).split(' ').includes(w)),
      ),
  );
}

export interface ResolvedRisk {
  risk: Risk;
  register: RiskRegister;
  /** The same reference in other registers, to name when the question did not say which. */
  alternatives: { risk: Risk; register: RiskRegister }[];
}

/** The one "find the risk the user means" resolver, used by every answer that names a risk. */
export function resolveRisk(ctx: AnswerContext, ref: RiskReference): ResolvedRisk | null {
  const { data } = ctx;
  const register = ref.registerId
    ? data.registers.find((r) => r.id === ref.registerId)
    : defaultRegister(data, ctx.organisationId);
  if (!register) return null;
  const registerOf = (r: Risk) => data.registers.find((x) => x.id === r.registerId)!;
  const risk = findRisk(data, register.id, ref);
  if (!risk) {
    // "BAF 08" with no register named, where the register meant has no risk 8: the one register that
    // has it (the Group BAF has five risks; LPT's has nine).
    const elsewhere = ref.registerId
      ? []
      : data.registers.flatMap((r) => findRisk(data, r.id, ref) ?? []);
    return elsewhere.length === 1
      ? { risk: elsewhere[0]!, register: registerOf(elsewhere[0]!), alternatives: [] }
      : null;
  }
  const alternatives =
    ref.by === 'topic'
      ? sameTopicElsewhere(data, risk, ref.text).map((r) => ({ risk: r, register: registerOf(r) }))
      : ref.registerId
        ? []
        : data.registers
            .filter((r) => r.id !== register.id)
            .map((r) => ({ register: r, risk: findRisk(data, r.id, ref) }))
            .filter((x): x is { register: RiskRegister; risk: Risk } => !!x.risk);
  return { risk, register, alternatives };
}

/**
 * A list asked of the risks the asker counted ("which of the 6 group BAF risks…"): where the register
 * holds another number, said first ("No: … has 5 risks and 1 draft, not 6.").
 */
function withCountChecked(
  ctx: AnswerContext,
  list: RiskListAnswer,
  registerId: string | null,
  claimed: number,
): RiskListAnswer {
  // (The register the list was drawn from, found as the list found it.)
  const register = registerAsked(ctx, registerId);
  if (!register) return list;
  const risks = ctx.data.risks.filter((r) => r.registerId === register.id);
  const approved = risks.filter((r) => r.status !== 'draft').length;
  if (claimed === approved) return list;
  const counted = wholeRegisterCount(risks).replace(/^all /, '');
  const said =
    claimed === risks.length
      ? `${list.registerTitle} has ${counted} (${risks.length} in all): ${risks.length - approved === 1 ? 'the draft is' : 'the drafts are'} not yet approved.`
      : `No: ${list.registerTitle} has ${counted}, not ${claimed}.`;
  return { ...list, lead: list.lead ? `${said} ${list.lead}` : said };
}

/** The whole register counted as a director would: "5 risks and 1 draft", not "6 of 6 risks". */
function wholeRegisterCount(risks: readonly Risk[]): string {
  const drafts = risks.filter((r) => r.status === 'draft').length;
  const approved = risks.length - drafts;
  const counted = `${approved} ${approved === 1 ? 'risk' : 'risks'}`;
  return drafts
    ? `${counted} and ${drafts} ${drafts === 1 ? 'draft' : 'drafts'}`
    : `all ${counted}`;
}

export function registerLabel(register: RiskRegister): string {
  return register.title.includes(register.date.printed)
    ? register.title
    : `${register.title} (${register.date.printed})`;
}

/** How to ask for a risk in words ("Group BAF 3", "LPT BAF draft risk"). */
export function askFor(risk: Risk, register: RiskRegister): string {
  return `${register.aliases[0] ?? register.title} ${risk.status === 'draft' ? 'draft risk' : (risk.number ?? '')}`.trim();
}

/** A risk by its reference with its trust's name, where the reference has none: "LPT BAF 06". */
export function withItsTrust(ctx: AnswerContext, risk: Risk): string {
  const trust = ctx.data.organisations.find((o) => o.id === risk.organisationId)?.shortName;
  return trust && !risk.reference.toUpperCase().startsWith(trust.toUpperCase())
    ? `${trust} ${risk.reference}`
    : risk.reference;
}

/** A risk by its reference and what it is about: "BAF 04 (estates)". */
function withSubject(risk: Risk): string {
  return risk.keywords[0] ? `${risk.reference} (${risk.keywords[0]})` : risk.reference;
}

export function riskNotFound(ctx: AnswerContext, ref: RiskReference): MessageAnswer {
  const register = registerAsked(ctx, ref.registerId);
  const known = register
    ? ctx.data.risks
        .filter((r) => r.registerId === register.id)
        .sort((a, b) => (a.number ?? 99) - (b.number ?? 99))
    : [];
  return {
    kind: 'message',
    // ("The LPT one", of a risk found by its subject: that register has none about it.)
    title:
      ref.by === 'topic' && ref.number === null && !ref.draft && register
        ? `${register.title} has no ${ref.text} risk`
        : `I can't find ${ref.draft ? 'a draft risk' : `risk ${ref.number ?? ''}`.trim()}${register ? ` in ${register.title}` : ''}`,
    text: known.length
      ? `${register!.title} has ${known.map(withSubject).join(', ')}.`
      : 'There are no risk registers in Board Clerk yet.',
    suggestions: known.slice(0, 3).map((r) => `What is ${askFor(r, register!)} score?`),
  };
}

function alternativeNotes(found: ResolvedRisk, ctx: AnswerContext, ref: RiskReference): string[] {
  const { register, alternatives } = found;
  const notes = alternatives.map(
    ({ risk: other, register: r }) =>
      `${registerLabel(r)} also has ${withSubject(other)}: ask "${askFor(other, r)}" for it.`,
  );
  if (alternatives.length && ref.by !== 'topic')
    notes.unshift(
      `Answered from ${registerLabel(register)}, ${ctx.organisationId ? 'the register for this conversation' : 'the most recent register'}.`,
    );
  if (found.risk.status === 'draft')
    notes.unshift(
      `${found.risk.reference} is a draft: proposed to the board and not yet on the approved register.`,
    );
  return notes;
}

export async function answerRiskDetail(
  ctx: AnswerContext,
  ref: RiskReference,
  facets: RiskFacet[],
  about: string | null = null,
): Promise<RiskAnswer | MessageAnswer> {
  const found = resolveRisk(ctx, ref);
  if (!found) return riskNotFound(ctx, ref);
  const { risk, register } = found;
  const wantsActions = facets.includes('actions') || facets.includes('everything');
  // Read once, and only when the card shows them or a passage found is one of them.
  let read: Promise<ActionView[]> | null = null;
  const actions = () =>
    (read ??= ctx.store
      .findActions({ riskId: risk.id, organisationId: risk.organisationId })
      .then((found) => found.map((a) => actionView(ctx.data, a.value, ctx.today))));
  const view = riskView(ctx.data, risk, register, facets, wantsActions ? await actions() : []);
  return {
    kind: 'risk',
    risk: view,
    // "Why hasn't it come down?": how its score has moved, said first; the register's reasons follow.
    ...(facets.includes('context') ? { lead: scoreMovement(view, facets) } : {}),
    notes: alternativeNotes(found, ctx, ref),
    mentions: about ? await mentionsIn(ctx, risk, actions, about) : null,
  };
}

/** How a risk's score has moved from its initial score, and how far it stands from its target. */
function scoreMovement(view: RiskView, facets: readonly RiskFacet[]): string {
  const parts = (['context', 'controls', 'gaps', 'assurances', 'progress'] as const).filter((f) =>
    facets.includes(f),
  );
  const [initial, current] = [view.initial.score, view.current.score];
  const moved =
    current < initial
      ? `has come down from ${initial} when first scored to ${current} now`
      : current > initial
        ? `has gone up from ${initial} when first scored to ${current} now`
        : `has not moved from ${current}, its score when first scored`;
  return `${view.reference} ${moved}; ${toTarget(view)}. The register’s ${listInWords([...parts])} ${parts.length === 1 ? 'is' : 'are'} below.`;
}

/** How far a risk is from its target: "its target is 8, 8 lower", "it is at its target of 12". */
function toTarget(view: RiskView): string {
  const [current, target] = [view.current.score, view.target?.score];
  return target === undefined
    ? 'the register gives no target'
    : current > target
      ? `its target is ${target}, ${current - target} lower`
      : `it is at its target of ${target}`;
}

/** A word the text writes as a short form in capitals ("TAR"), not as a word ("plan"). */
function shortFormIn(text: string, word: string): boolean {
  return word.length <= 5 && new RegExp(`\\b${escapeRegExp(word.toUpperCase())}\\b`).test(text);
}

/** How many passages of a risk that mention what was asked a card lists. */
const MENTIONS_SHOWN = 8;

/**
 * The passages of one risk (its causes, controls, gaps, assurances, progress and actions) that hold a
 * word asked about that its title does not: "what are we doing about racism on the culture risk" is
 * answered by the action on racism, which the risk's scores alone never show.
 */
async function mentionsIn(
  ctx: AnswerContext,
  risk: Risk,
  actions: () => Promise<readonly ActionView[]>,
  about: string,
): Promise<RiskMentions | null> {
  // (Its key words are not its title: "cyber" finds the EPRR risk, and says where it is named.)
  const named = new Set(normalise(`${risk.reference} ${risk.title}`).split(' ').map(stem));
  const fresh = (words: readonly string[]) =>
    words.filter((w) => w.length > 2 && !named.has(stem(normalise(w))));
  const asked = fresh(about.split(/\s+/));
  if (!asked.length) return null;
  const question = asked.join(' ');
  // The words asked and their synonyms, less the risk's own: what a passage must hold to be shown.
  const typedStems = new Set(asked.map((w) => stem(normalise(w))));
  const terms = queryTerms(question).map((t) =>
    [t.word, ...t.synonyms].filter((w) => !named.has(stem(normalise(w)))),
  );
  // Held in the passage itself (the search may have matched it by a title word of the risk's): for
  // each word asked, the word or a synonym the passage holds, the word typed first.
  const held = (text: string) => {
    const own = stemsOf(text);
    return terms.flatMap((forms) => {
      const found = forms.filter((w) => own.has(stem(normalise(w))));
      const short = found.find((w) => shortFormIn(text, w));
      return found.length
        ? [found.find((w) => typedStems.has(stem(normalise(w)))) ?? short ?? found[0]!]
        : [];
    });
  };
  const hits = [
    ...ctx.passages.search(question, { kinds: ['risk-part'], limit: 200 }),
    ...(await ctx.actionPassages()).search(question, { kinds: ['action'], limit: 200 }),
  ]
    .filter((h) => h.doc.riskId === risk.id && !h.doc.private)
    .map((h) => ({ h, holds: held(h.doc.text) }))
    .filter((x) => x.holds.length)
    // The work on it first: an action says who is doing something about it, and by when.
    .sort(
      (a, b) =>
        b.holds.length - a.holds.length ||
        Number(!!b.h.doc.actionId) - Number(!!a.h.doc.actionId) ||
        b.h.score - a.h.score,
    );
  // The words typed before their synonyms: "racism" finds the action on racism before "bullying".
  // (A short form the papers use for it, "TAR" for racism, is the word typed too.)
  const typed = (x: (typeof hits)[number]) =>
    x.holds.some((w) => typedStems.has(stem(normalise(w))) || shortFormIn(x.h.doc.text, w));
  const best = hits.some(typed) ? hits.filter(typed) : hits;
  const most = best[0]?.holds.length ?? 0;
  const shown = best.filter((x) => x.holds.length === most).slice(0, MENTIONS_SHOWN);
  const views = shown.some((x) => x.h.doc.actionId) ? await actions() : [];
  const parts = shown.map(({ h }) => {
    const action = h.doc.actionId ? views.find((a) => a.id === h.doc.actionId) : undefined;
    return {
      where: action ? `action ${action.reference}` : h.doc.where.replace(/^(a|an|its|the) /, ''),
      text: withDatesInWords(action ? action.text : h.doc.text),
      lead: action?.leads ?? null,
      due: action?.due ?? null,
    };
  });
  // ("racism or TAR": a short form as the papers write it.)
  const said = [
    ...new Set(
      shown.flatMap((x) =>
        x.holds.map((w) => (shortFormIn(x.h.doc.text, w) ? w.toUpperCase() : w)),
      ),
    ),
  ];
  return parts.length ? { about: list(said, 'or'), parts } : null;
}

function heatMap(risks: readonly Risk[], register: RiskRegister): HeatMapCell[][] {
  const bands = bandingFor(register);
  const rows: HeatMapCell[][] = [];
  for (let consequence = 5; consequence >= 1; consequence--) {
    const row: HeatMapCell[] = [];
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const score = consequence * likelihood;
      const band = bandFor(score, bands);
      row.push({
        consequence,
        likelihood,
        score,
        band: band.name,
        colour: band.colour,
        risks: risks
          .filter(
            (r) =>
              r.scores.current.consequence === consequence &&
              r.scores.current.likelihood === likelihood,
          )
          // A draft is plotted too, named as one: it is on the board's agenda, not yet the register.
          .map((r) => (r.status === 'draft' ? `${r.reference} (draft)` : r.reference)),
      });
    }
    rows.push(row);
  }
  return rows;
}

const FILTER_LABELS: Record<RiskListFilter['kind'], string> = {
  all: 'All risks',
  highest: 'Highest-scoring risks',
  lowest: 'Lowest-scoring risks',
  'above-appetite': 'Risks above appetite',
  'target-above-appetite': 'Risks whose target is above appetite',
  'back-within-appetite': 'Risks above appetite now whose target is within it',
  'within-appetite': 'Risks within appetite (at or below the tolerance limit)',
  'nearest-appetite': 'Closest to breaching appetite',
  'at-target': 'Risks at target',
  'above-target': 'Risks not yet at target',
  'most-improved': 'Most improved since the initial score',
  improved: 'Risks scored lower now than at their initial scoring',
  unmoved: 'Risks scored the same now as at their initial scoring',
  'since-last': 'Risks moved since the last report',
  'last-updated': 'When the risks were last updated',
  oversight: 'Which committee oversees each risk',
  new: 'New risks',
  moved: 'Risks whose score has moved since the initial score',
  'furthest-from-target': 'Furthest from target',
  'most-parts': 'Risks by the number of',
  'getting-worse': 'Risks getting worse',
  'score-above': 'Risks scoring above',
  'score-of': 'Risks scoring',
  committee: 'Risks overseen by',
  'not-committee': 'Risks not overseen by',
  'strategic-aim': 'Risks linked to',
  band: 'Risks in band',
  audit: 'Risks with an internal audit',
};

/** What a list of risks is: "Risks scoring 20 now", "Risks overseen by the Quality Committee". */
function listLabel(filter: RiskListFilter): string {
  const detail =
    filter.kind === 'committee' || filter.kind === 'not-committee'
      ? ` the ${filter.committee}`
      : filter.kind === 'strategic-aim'
        ? ` ${filter.aim}`
        : filter.kind === 'band'
          ? ` ${filter.band}`
          : filter.kind === 'score-above'
            ? ` ${filter.min}`
            : filter.kind === 'score-of'
              ? filter.stage
                ? ` ${filter.score} ${filter.stage === 'target' ? 'as their target' : 'at their initial scoring'}`
                : ` ${filter.score} now`
              : filter.kind === 'audit' && filter.rating
                ? ` rated ${filter.rating} assurance`
                : filter.kind === 'most-parts'
                  ? ` ${FACETS_COUNTED[filter.part][0]} they list, ${filter.fewest ? 'fewest' : 'most'} first`
                  : '';
  if (filter.kind === 'audit' && filter.without) return 'Risks citing no internal audit';
  if ((filter.kind === 'highest' || filter.kind === 'lowest') && filter.stage)
    return `Risks with the ${filter.kind} ${filter.stage} score`;
  return `${FILTER_LABELS[filter.kind]}${detail}`;
}

/** Initial minus current: how far a risk has come down since it was first scored. */
const improvement = (v: ListedRisk) => v.initial - v.current.score;
/** Current minus target: how far a risk still has to go. */
const distanceToTarget = (v: ListedRisk) => v.current.score - (v.target?.score ?? v.current.score);

type ListedRisk = RiskSummaryView & {
  initial: number;
  governance: string;
  trend: string | null;
  /** The risk's last update as shown ("9 May 2024") and as a date, when the register prints one. */
  lastUpdated: { shown: string; iso: string | null } | null;
  /** The internal audits its assurances cite, with the rating each gave. */
  audits: CitedAudit[];
  /** How many controls, gaps and sources of assurance its causes and effects list. */
  counted: Record<CountedFacet, number>;
};

interface CitedAudit {
  /** As the register prints it: "Internal Audit Supporting Timely Recruitment April 2023 Limited Assurance". */
  text: string;
  /** None when it prints none ("Advisory", "due Q2 2024/25"). */
  rating: 'limited' | 'moderate' | 'significant' | null;
}

/** Internal audit, not the Audit and Risk Committee or the external auditors. */
const AUDIT = /\binternal audit\b|\bia\b|\b360 audit\b/i;
/** The ratings internal audit gives, in the three kinds a board reads them as. */
const AUDIT_RATINGS: readonly [RegExp, NonNullable<CitedAudit['rating']>][] = [
  [
    /\b(no|limited|partial|minimal|unsatisfactory) assurance\b|\b(high risk|low confidence)\b/i,
    'limited',
  ],
  [
    /\b(moderate|reasonable|adequate) assurance\b|\b(medium risk|moderate confidence)\b/i,
    'moderate',
  ],
  [
    /\b(significant|substantial|high|full|good) assurance\b|\b(low risk|high confidence)\b/i,
    'significant',
  ],
];

const citedAudits = new WeakMap<Risk, CitedAudit[]>();

/** The internal audits a risk's assurances cite, with the rating each prints, if any (read once). */
function auditsOf(risk: Risk): CitedAudit[] {
  let cited = citedAudits.get(risk);
  if (!cited) citedAudits.set(risk, (cited = readAudits(risk)));
  return cited;
}

/** Whether audits cited include one the filter asks for (of its rating, or any). */
function citesAuditAsked(
  audits: readonly CitedAudit[],
  filter: Extract<RiskListFilter, { kind: 'audit' }>,
): boolean {
  return audits.some((a) => !filter.rating || a.rating === filter.rating);
}

function readAudits(risk: Risk): CitedAudit[] {
  const assurances = [...risk.causes, ...risk.effects].flatMap((f) => [
    ...f.assurances.firstLine,
    ...f.assurances.secondLine,
    ...f.assurances.thirdLine,
  ]);
  return [...new Set(assurances)]
    .filter((text) => AUDIT.test(text))
    .map((text) => ({ text, rating: AUDIT_RATINGS.find(([re]) => re.test(text))?.[1] ?? null }));
}

/** "Internal audits cited, rated limited: … (BAF 06)." and the others cited, when a rating was asked. */
function auditSentence(
  all: ListedRisk[],
  filter: Extract<RiskListFilter, { kind: 'audit' }>,
): string {
  const rating = filter.without ? null : filter.rating;
  const cited = all.flatMap((v) => v.audits.map((a) => ({ ...a, risk: riskName(v) })));
  const asked = cited.filter((a) => (rating ? a.rating === rating : true));
  const shown = (as: typeof cited) =>
    as.map((a) => `${a.text} (${a.risk}${a.rating ? '' : ', no rating printed'})`).join('; ');
  if (!cited.length) return 'No risk on this register cites an internal audit.';
  if (filter.without) {
    const none = all.filter((v) => !v.audits.length).map(riskName);
    return `${none.length} of ${all.length} risks cite no internal audit among their assurances${none.length ? `: ${none.join(', ')}` : ''}. Those the others cite: ${shown(cited)}.`;
  }
  const others = rating ? cited.filter((a) => a.rating !== rating) : [];
  return [
    asked.length
      ? `Internal audits cited as assurance${rating ? `, rated ${rating} assurance` : ''}: ${shown(asked)}.`
      : `No internal audit the register cites is rated ${rating} assurance.`,
    others.length ? `The others cited: ${shown(others)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A risk's score at the stage a ranking is by (the current, unless initial or target is asked). */
function stageScore(v: ListedRisk, stage: 'initial' | 'target' | undefined): number | null {
  return stage === 'target'
    ? (v.target?.score ?? null)
    : stage === 'initial'
      ? v.initial
      : v.current.score;
}

/** The risks a ranking by a stage can rank: those that print a score for it. */
function ranked(views: ListedRisk[], stage: 'initial' | 'target' | undefined): ListedRisk[] {
  return views.filter((v) => stageScore(v, stage) !== null);
}

/** The approved risks first, best by `key` (highest first), the top ones tied at the best value. */
function topBy(
  views: ListedRisk[],
  key: (v: ListedRisk) => number,
  limit: number | null,
): ListedRisk[] {
  const approved = views.filter((v) => !v.draft).sort((a, b) => key(b) - key(a));
  if (limit) return approved.slice(0, limit);
  const best = approved[0] ? key(approved[0]) : null;
  return approved.filter((v) => key(v) === best);
}

/** Points a risk's current score can rise before it breaches its upper limit of tolerance. */
function headroom(v: ListedRisk): number {
  return (v.appetite.upperLimit ?? 25) - v.current.score;
}

function committeeMatches(v: ListedRisk, committee: string): boolean {
  const wanted = normalise(committee).replace(/ committees?$/, '');
  return v.oversight.includes(committee) || normalise(v.governance).includes(wanted);
}

function applyFilter(views: ListedRisk[], filter: RiskListFilter): ListedRisk[] {
  switch (filter.kind) {
    case 'all':
      return views;
    case 'highest':
      return topBy(ranked(views, filter.stage), (v) => stageScore(v, filter.stage)!, filter.limit);
    case 'lowest':
      return topBy(ranked(views, filter.stage), (v) => -stageScore(v, filter.stage)!, filter.limit);
    case 'above-appetite':
      return views.filter((v) => v.appetite.tolerance === 'above');
    case 'target-above-appetite':
      return views.filter((v) => v.appetite.targetTolerance === 'above');
    case 'back-within-appetite':
      return views.filter(
        (v) => v.appetite.tolerance === 'above' && v.appetite.targetTolerance !== 'above',
      );
    case 'within-appetite':
      return views.filter((v) => v.appetite.tolerance !== 'above');
    case 'nearest-appetite':
      return topBy(
        views.filter((v) => v.appetite.tolerance !== 'above' && v.appetite.upperLimit !== null),
        (v) => -headroom(v),
        null,
      );
    case 'at-target':
      return views.filter((v) => v.atTarget);
    case 'above-target':
      // Furthest from target first (drafts after the approved, as in any ranking): how far each has
      // to go is what such a list is read for.
      return views
        .filter((v) => !v.atTarget)
        .sort(
          (a, b) => Number(a.draft) - Number(b.draft) || distanceToTarget(b) - distanceToTarget(a),
        );
    case 'most-improved': {
      const top = topBy(views, improvement, null);
      return top.length && improvement(top[0]!) > 0 ? top : [];
    }
    case 'improved':
      return views.filter((v) => v.current.score < v.initial);
    case 'unmoved':
      return views.filter(scoredAsFirst);
    case 'since-last':
      return views.filter((v) => v.trend === 'increasing' || v.trend === 'decreasing');
    case 'last-updated':
    case 'oversight':
      return views;
    case 'new':
      return views.filter((v) => v.draft);
    case 'moved':
      return views.filter((v) => v.initial !== v.current.score);
    case 'furthest-from-target':
      return topBy(views, distanceToTarget, null).filter((v) => v.target);
    case 'most-parts': {
      // Every risk, ranked; drafts after the approved ones, as in any ranking.
      const count = (v: ListedRisk) => v.counted[filter.part] * (filter.fewest ? 1 : -1);
      return [...views].sort((a, b) => Number(a.draft) - Number(b.draft) || count(a) - count(b));
    }
    case 'getting-worse':
      return views.filter((v) => v.trend === 'increasing' || v.current.score > v.initial);
    case 'score-above':
      return views.filter((v) => v.current.score > filter.min);
    case 'score-of':
      return views.filter((v) => stageScore(v, filter.stage) === filter.score);
    case 'committee':
      return views.filter((v) => committeeMatches(v, filter.committee));
    case 'not-committee':
      return views.filter((v) => !committeeMatches(v, filter.committee));
    case 'strategic-aim':
      return views.filter((v) => v.strategicAim === filter.aim);
    case 'band':
      return views.filter((v) => v.current.band === filter.band);
    case 'audit':
      return filter.without
        ? views.filter((v) => !v.audits.length)
        : views.filter((v) => citesAuditAsked(v.audits, filter));
  }
}

/**
 * "How up to date is it?": when each risk was last updated, grouped by date, newest first ("15 January
 * 2026 (GROUP BAF 1, GROUP BAF 5); …"), and which print no date.
 */
function lastUpdatedSentences(all: ListedRisk[]): { lead: string; undated: string | null } {
  const byDate = new Map<string, string[]>();
  const newest = [...all].sort((a, b) =>
    (b.lastUpdated?.iso ?? '').localeCompare(a.lastUpdated?.iso ?? ''),
  );
  const drafts = new Set(all.filter((v) => v.draft).map((v) => v.reference));
  for (const v of newest) {
    const key = v.lastUpdated?.shown ?? '';
    byDate.set(key, [...(byDate.get(key) ?? []), v.reference]);
  }
  const dated = [...byDate].filter(([date]) => date);
  const undated = byDate.get('') ?? [];
  // Newest and oldest said first ("which was updated most recently", "which has gone longest
  // without"), of the approved risks: a draft is no risk of the board's yet, and is said apart.
  const approvedDated = [...byDate]
    .map(([date, refs]) => [date, refs.filter((r) => !drafts.has(r))] as const)
    .filter(([date, refs]) => date && refs.length);
  const [newestDate, newestRefs] = approvedDated[0] ?? [];
  const [oldestDate, oldestRefs] = approvedDated.at(-1) ?? [];
  const draftsDated = newest.filter((v) => v.draft && v.lastUpdated);
  const ends =
    approvedDated.length > 1
      ? `Most recently updated: ${listInWords(newestRefs!)} (${newestDate}); longest without an update: ${listInWords(oldestRefs!)} (${oldestDate})${draftsDated.length ? `; ${listInWords(draftsDated.map((v) => `${/draft/i.test(v.reference) ? '' : 'the draft '}${v.reference} was updated ${v.lastUpdated!.shown}`))}` : ''}. `
      : '';
  return {
    lead:
      dated.length === 1 && !undated.length
        ? `Every risk on this register was last updated on ${dated[0]![0]} (${all.length} risks).`
        : `${ends}Last updated: ${dated.map(([date, refs]) => `${date} (${refs.join(', ')})`).join('; ') || 'no dates printed'}.`,
    undated:
      dated.length && undated.length
        ? `No date of last update is printed for ${undated.join(', ')}.`
        : null,
  };
}

/**
 * "Which committee oversees each risk": the committees, each with its risks, as the register prints
 * them ("Finance and Performance Committee: GROUP BAF 1, GROUP BAF 2"); the governance line where a
 * risk names no committee.
 */
function oversightSentence(all: ListedRisk[]): string {
  const byCommittee = new Map<string, string[]>();
  for (const v of all) {
    const by = v.oversight.length ? v.oversight : [v.governance || 'no committee given'];
    for (const c of by) byCommittee.set(c, [...(byCommittee.get(c) ?? []), riskName(v)]);
  }
  // Most first, each with its count: "which committee oversees the most?" is answered by the order.
  const ranked = [...byCommittee].sort((a, b) => b[1].length - a[1].length);
  return `Oversight: ${ranked.map(([c, refs]) => `${c}, ${refs.length} risk${refs.length === 1 ? '' : 's'}: ${refs.join(', ')}`).join('; ')}.`;
}

/** Lists chosen by the risks' current scores. */
const BY_SCORE: ReadonlySet<RiskListFilter['kind']> = new Set([
  'all',
  'highest',
  'lowest',
  'above-appetite',
  'within-appetite',
  'score-above',
  'score-of',
  'band',
]);

/** The register's summary rows whose printed score is not its risk's current score on its page. */
function summaryDisagreements(register: RiskRegister, all: ListedRisk[]): string[] {
  return register.summary.flatMap((row) => {
    const risk = all.find((v) => v.reference === row.reference);
    if (!risk || risk.current.score === row.printedScore) return [];
    return [
      `${risk.reference}: the register's summary table prints ${row.printedScore}, but its own page scores it ${risk.current.consequence} x ${risk.current.likelihood} = ${risk.current.score}; this list uses its page.`,
    ];
  });
}

/** What a superlative found, said in words (the card lists the risks). */
function filterNotes(filter: RiskListFilter, shown: ListedRisk[], all: ListedRisk[]): string[] {
  const notes: string[] = [];
  const drafts = all.filter((v) => v.draft);
  // A draft is named as a draft, beside the approved risks, never as the board's top risk on its own.
  const what = (say: (d: ListedRisk) => string) =>
    drafts.map(
      (d) =>
        `${d.reference} (draft, proposed and not yet approved) ${say(d)}; it is not counted among the approved risks.`,
    );
  switch (filter.kind) {
    case 'highest':
    case 'lowest': {
      const stage = filter.stage;
      const at = (v: ListedRisk) => stageScore(v, stage);
      // In a ranking of them all, only those at the top score are the highest.
      if (shown[0])
        notes.push(
          `${filter.kind === 'highest' ? 'Highest' : 'Lowest'} approved ${stage ? `${stage} ` : ''}score: ${shown
            .filter((v) => at(v) === at(shown[0]!))
            .map(
              (v) =>
                `${v.reference} at ${at(v)}${filter.kind === 'highest' && !stage ? ` (${v.current.band})` : ''}`,
            )
            .join(', ')}.`,
        );
      // ("Which has the lowest target?": those printing none are said, not ranked as nought.)
      const unscored = stage ? all.filter((v) => !v.draft && at(v) === null) : [];
      if (unscored.length)
        notes.push(
          `${listInWords(unscored.map((v) => v.reference))} ${unscored.length === 1 ? 'prints' : 'print'} no ${stage} score, so ${unscored.length === 1 ? 'is' : 'are'} not ranked.`,
        );
      // ("Top 3" where the fourth ties with the third: the tie said, not silently cut.)
      const last = shown.filter((v) => !v.draft).at(-1);
      const tied = last
        ? all.filter((v) => !v.draft && !shown.includes(v) && at(v) === at(last))
        : [];
      if (filter.limit && tied.length)
        notes.push(
          `${listInWords(tied.map((v) => v.reference))} also ${tied.length === 1 ? 'scores' : 'score'} ${at(last!)}, tied with ${last!.reference}, but ${tied.length === 1 ? 'falls' : 'fall'} outside the ${filter.limit} asked for.`,
        );
      if (filter.kind === 'highest') notes.push(...what((d) => `scores ${d.current.score}`));
      break;
    }
    case 'most-improved':
      if (shown[0])
        notes.push(
          shown
            .map(
              (v) =>
                `${v.reference} has come down most: from ${v.initial} at its initial scoring to ${v.current.score} now (${improvement(v)} points).`,
            )
            .join(' '),
        );
      else notes.push('No approved risk has come down from its initial score.');
      notes.push(
        ...what((d) =>
          d.initial > d.current.score
            ? `came down from ${d.initial} to ${d.current.score}`
            : d.initial < d.current.score
              ? `went up from ${d.initial} to ${d.current.score}`
              : `is at ${d.current.score}, as when first scored`,
        ),
      );
      break;
    case 'since-last': {
      const printed = all.filter((v) => v.trend !== null);
      notes.push(
        !printed.length
          ? 'This register prints no trend against its last report. Movement since each risk was first scored is under "which risks moved since initial".'
          : shown.length
            ? `The register's trend column shows ${shown.length} risk${shown.length === 1 ? '' : 's'} moved since its last report.`
            : `The register's trend column shows every risk unchanged since its last report (${printed.length} risks).`,
      );
      break;
    }
    case 'new':
      notes.push(
        shown.length
          ? `${shown.map((v) => `${v.reference}${v.draft ? ' (draft, proposed to the board and not yet approved)' : ''}`).join(', ')}.`
          : 'No risk on this register is new or proposed.',
      );
      break;
    case 'unmoved':
      notes.push(
        shown.length
          ? shown
              .map(
                (v) =>
                  `${riskName(v)}: ${v.initial} at its initial scoring and ${v.current.score} now.`,
              )
              .join(' ')
          : 'Every risk on this register is scored differently now from its initial scoring.',
      );
      break;
    case 'improved':
      notes.push(
        shown.length
          ? shown.map((v) => `${riskName(v)}: from ${v.initial} to ${v.current.score}.`).join(' ')
          : 'No risk on this register is scored lower now than at its initial scoring.',
      );
      break;
    case 'moved': {
      const still = all.filter(scoredAsFirst).map((v) => v.reference);
      if (still.length) notes.push(`Unchanged since the initial score: ${still.join(', ')}.`);
      break;
    }
    case 'nearest-appetite':
      if (shown[0])
        notes.push(
          `Closest to breaching appetite: ${listInWords(shown.map((v) => v.reference))}, at ${shown[0].current.score} against an upper limit of tolerance of ${shown[0].appetite.upperLimit}${headroom(shown[0]) === 0 ? ' (at the limit, so any rise breaches it)' : ` (${headroom(shown[0])} point${headroom(shown[0]) === 1 ? '' : 's'} of headroom)`}.`,
        );
      else notes.push('Every approved risk on this register is above appetite already.');
      break;
    case 'furthest-from-target':
      if (shown[0])
        notes.push(
          shown
            .map(
              (v) =>
                `${v.reference} is furthest from target: ${v.current.score} now against a target of ${v.target?.score} (${distanceToTarget(v)} points to go).`,
            )
            .join(' '),
        );
      notes.push(
        ...all
          .filter((v) => !v.target && !v.draft)
          .map((v) => `${v.reference} prints no target score.`),
      );
      break;
    case 'most-parts': {
      // "GROUP BAF 3 lists the most gaps in control and assurance: 14. GROUP BAF 1: 10; …"
      const approved = shown.filter((v) => !v.draft);
      const [what] = FACETS_COUNTED[filter.part];
      const end = approved[0]?.counted[filter.part];
      if (end === undefined) break;
      const first = approved.filter((v) => v.counted[filter.part] === end);
      const rest = shown
        .filter((v) => !first.includes(v))
        .map((v) => `${riskName(v)}: ${v.counted[filter.part]}`);
      notes.push(
        `${listInWords(first.map((v) => v.reference))} ${first.length === 1 ? 'lists' : 'list'} the ${filter.fewest ? 'fewest' : 'most'} ${what}: ${end}${first.length > 1 ? ' each' : ''}.${rest.length ? ` ${rest.join('; ')}.` : ''}`,
      );
      break;
    }
    case 'getting-worse':
      if (!shown.length)
        notes.push(
          'No risk on this register is scored higher now than at its initial scoring, and none has an increasing trend.',
        );
      break;
    default:
      break;
  }
  return notes;
}

function listed(risk: Risk, register: RiskRegister): ListedRisk {
  const factors = [...risk.causes, ...risk.effects];
  return {
    ...riskSummaryView(risk, register),
    initial: assessRisk(risk, register).initial.score,
    governance: risk.governance,
    trend: risk.trend.direction,
    lastUpdated: risk.lastUpdated
      ? { shown: printedDate(risk.lastUpdated)!, iso: risk.lastUpdated.iso }
      : null,
    audits: auditsOf(risk),
    counted: {
      controls: partsOf(factors, 'controls'),
      gaps: partsOf(factors, 'gaps'),
      assurances: partsOf(factors, 'assurances'),
    },
  };
}

/** Where an answer in words comes from, as its last sentence. */
function sourceSentence(c: { document: string; section: string; date: string | null }): string {
  return `Source: ${c.document}${c.date && !c.document.includes(c.date) ? ` (${c.date})` : ''}, ${c.section}.`;
}

/** The register a question names, else the one it means (the asker's organisation's, the newest). */
function registerAsked(ctx: AnswerContext, registerId: string | null): RiskRegister | null {
  return registerId
    ? (ctx.data.registers.find((r) => r.id === registerId) ?? null)
    : defaultRegister(ctx.data, ctx.organisationId);
}

const NO_REGISTERS: MessageAnswer = {
  kind: 'message',
  title: 'No risk registers yet',
  text: 'There are no risk registers in Board Clerk yet.',
  suggestions: [],
};

/**
 * The other registers, under a list of one: for a list chosen by committee (a committee oversees risks
 * on several registers), which of theirs it holds too.
 */
function othersNote(
  ctx: AnswerContext,
  others: readonly RiskRegister[],
  filter: RiskListFilter,
): string {
  if (filter.kind !== 'committee')
    return `Also in Board Clerk: ${others.map(registerLabel).join('; ')}. Name it to see its risks.`;
  return others
    .map((register) => {
      const there = applyFilter(
        ctx.data.risks.filter((r) => r.registerId === register.id).map((r) => listed(r, register)),
        filter,
      );
      return there.length
        ? `${registerLabel(register)} also has ${listInWords(there.map(riskName))} overseen by the ${filter.committee}: name that register to see ${there.length === 1 ? 'it' : 'them'}.`
        : `${registerLabel(register)} has none overseen by the ${filter.committee}.`;
    })
    .join(' ');
}

export function answerRiskList(
  ctx: AnswerContext,
  registerId: string | null,
  filter: RiskListFilter,
  among?: RiskListFilter,
  except?: { filter?: RiskListFilter; risks?: RiskReference[] },
  /** "My risks": only these (the risks whose actions the asker leads); none named, every risk. */
  mine: ReadonlySet<string> | null = null,
): RiskListAnswer | MessageAnswer {
  // The asker's risks with no register named: the register holding most of them.
  const register = registerAsked(ctx, registerId ?? (mine ? registerMostMine(ctx, mine) : null));
  if (!register) return NO_REGISTERS;
  const risks = ctx.data.risks
    .filter((r) => r.registerId === register.id && (!mine || mine.has(r.id)))
    .sort(
      (a, b) =>
        (a.status === 'draft' ? 1 : 0) - (b.status === 'draft' ? 1 : 0) ||
        (a.number ?? 0) - (b.number ?? 0),
    );
  const listedRisks = risks.map((r) => listed(r, register));
  // "Which of those…": the risks of the last list only.
  const all = among ? applyFilter(listedRisks, among) : listedRisks;
  const left = leftOut(ctx, all, except);
  const views = applyFilter(all, filter).filter((v) => !left.ids.has(v.id));
  // "Any limited assurance audits?" with no register named, of one that cites none: a register that does.
  if (filter.kind === 'audit' && !filter.without && !registerId && !views.length && !among) {
    const other = ctx.data.registers.find(
      (r) =>
        r.id !== register.id &&
        ctx.data.risks.some(
          (risk) => risk.registerId === r.id && citesAuditAsked(auditsOf(risk), filter),
        ),
    );
    const answer = other && answerRiskList(ctx, other.id, filter, among, except);
    if (answer?.kind === 'risk-list')
      return {
        ...answer,
        notes: [
          `No risk on ${registerLabel(register)} cites an internal audit${filter.rating ? ` rated ${filter.rating} assurance` : ''}.`,
          ...answer.notes,
        ],
      };
  }
  const notes: string[] = filterNotes(filter, views, all);
  // A ranking by target or initial score says so first, in the chat summary too: the rows show
  // today's scores ("Lowest approved target score: BAF 02 at 8…"). So does a ranking by counts.
  const stageRanking =
    (((filter.kind === 'highest' || filter.kind === 'lowest') && filter.stage) ||
      filter.kind === 'most-parts') &&
    views.length
      ? (notes.shift() ?? null)
      : filter.kind === 'score-of' && filter.stage
        ? `${views.length ? `${listInWords(views.map((v) => v.reference))}: ${views.length} of ${all.filter((v) => !v.draft).length}` : 'None'} ${filter.stage === 'target' ? `with a target score of ${filter.score}` : `scored ${filter.score} at their initial scoring`}.`
        : null;
  if (mine) notes.unshift(...mineNotes(ctx, mine, register.id));
  // A list chosen by score says where the register's summary table prints another score than the
  // risk's own page ("BAF 03: 20 in the summary, 4 x 3 = 12 on its page"): a reader of either sees why.
  if (BY_SCORE.has(filter.kind))
    notes.push(...summaryDisagreements(register, left.ids.size ? views : all));
  // "How up to date is it?": the dates are the answer, said before the list behind them.
  const updated = filter.kind === 'last-updated' ? lastUpdatedSentences(all) : null;
  if (updated?.undated) notes.push(updated.undated);
  // "…and which committees have them instead": each one's, as the register prints it.
  if (filter.kind === 'not-committee' && views.length)
    notes.push(
      `Overseen instead by: ${views
        .map((v) => {
          const by = v.oversight.length ? v.oversight.join(' and ') : v.governance;
          return `${riskName(v)}, ${by || 'no committee given'}`;
        })
        .join('; ')}.`,
    );
  // "Which risks are above appetite?" answered by drafts alone: said first, so a draft is never read
  // as the board's risk above appetite.
  const noneApproved =
    filter.kind === 'above-appetite' && !views.some((v) => !v.draft)
      ? views.length
        ? `No approved risk on this register is above appetite: ${views.length === 1 ? 'the one listed is a draft' : 'those listed are drafts'}.`
        : 'No approved risk on this register is above appetite.'
      : null;
  // "Which targets would still sit outside appetite?": none said first, with the highest target.
  const targets = all.flatMap((v) => (v.target ? [v.target.score] : []));
  const noTargetAbove =
    filter.kind === 'target-above-appetite' && !views.length
      ? `None: every target on this register is within its tolerance${targets.length ? ` (the highest target is ${Math.max(...targets)})` : ''}.`
      : filter.kind === 'back-within-appetite'
        ? `${views.length ? `${listInWords(views.map((v) => `${v.reference} (${v.current.score} now, target ${v.target?.score ?? 'none'})`))} ${views.length === 1 ? 'is' : 'are'} above appetite now, with ${views.length === 1 ? 'a target' : 'targets'} within it.` : 'No risk on this register is above appetite now with a target within it.'} The register prints no date for reaching a target.`
        : null;
  if (filter.kind === 'above-appetite') {
    // ("GROUP BAF 1 (digital, 16)": what it is about, which is how people name it.)
    const atLimit = all
      .filter((v) => v.appetite.tolerance === 'at')
      .map((v) => {
        const about = ctx.data.risks.find((r) => r.id === v.id)?.keywords[0];
        return `${v.reference} (${about ? `${about}, ` : ''}${v.current.score})`;
      });
    if (atLimit.length) notes.push(`At the tolerance limit: ${atLimit.join(', ')}.`);
  }
  // Earlier versions of a register are other registers of its organisation (imported over time).
  const versions = ctx.data.registers.filter((r) => r.organisationId === register.organisationId);
  if (filter.kind === 'since-last' && versions.length > 1)
    notes.push(
      `Board Clerk holds ${versions.length} versions of this register: ask "what changed in the BAF" to compare the latest with the one before.`,
    );
  if (filter.kind === 'since-last')
    for (const paper of ctx.data.papers.filter((p) => p.relatedIds.includes(register.id)))
      notes.push(
        `The ${paper.title} paper (${paper.date.printed}) sets out what changed: ask "what does the ${paper.aliases[0] ?? paper.title} say about changes".`,
      );
  // Said where a draft is shown (or plotted on the whole register's map), not under every list.
  if (
    views.some((v) => v.draft) ||
    (filter.kind === 'all' && risks.some((r) => r.status === 'draft'))
  )
    notes.push('Draft risks are proposed for approval and are not yet on the register.');
  const others = ctx.data.registers.filter((r) => r.id !== register.id);
  if (!registerId && others.length && !mine) notes.push(othersNote(ctx, others, filter));
  return {
    kind: 'risk-list',
    title: `${listLabel(filter)}${left.label ? `, ${left.label}` : ''}`,
    registerTitle: registerLabel(register),
    filterLabel:
      views.length === risks.length && !among
        ? wholeRegisterCount(risks)
        : `${views.length} of ${among ? `the ${all.length} ${listLabel(among).replace(/^\w/, (c) => c.toLowerCase())}` : `${risks.length} risks`}`,
    risks: views.map(
      ({
        initial: _i,
        governance: _g,
        trend: _t,
        lastUpdated: _u,
        audits: _a,
        counted: _c,
        ...v
      }) => v,
    ),
    // Every risk is plotted; a draft is marked as a draft on the map.
    heatMap: heatMap(risks, register),
    showHeatMap: filter.kind === 'all' && !left.ids.size,
    appetiteStatement: register.appetite.statement,
    lead:
      stageRanking ??
      updated?.lead ??
      noneApproved ??
      noTargetAbove ??
      (filter.kind === 'above-target' && views.length ? eachDistanceToTarget(views) : null) ??
      (filter.kind === 'oversight'
        ? oversightSentence(all)
        : filter.kind === 'audit'
          ? auditSentence(all, filter)
          : null),
    notes,
    source: citation(ctx.data, register.source),
  };
}

/** "How far off target is each risk?": each one's current score against its target, and the gap. */
function eachDistanceToTarget(views: readonly ListedRisk[]): string {
  return `How far each is from its target: ${views
    .map((v) =>
      v.target
        ? `${v.reference} ${v.current.score} against ${v.target.score} (${distanceToTarget(v)} to go)`
        : `${v.reference} ${v.current.score} (no target printed)`,
    )
    .join('; ')}.`;
}

/** The risks a list leaves out, and the words that say so ("not overseen by…", "except GROUP BAF 1"). */
function leftOut(
  ctx: AnswerContext,
  all: ListedRisk[],
  except: { filter?: RiskListFilter; risks?: RiskReference[] } | undefined,
): { ids: Set<string>; label: string } {
  if (!except) return { ids: new Set(), label: '' };
  const byFilter = except.filter ? applyFilter(all, except.filter) : [];
  // A filter that would leave nothing of the whole register is no exception to it.
  if (!except.risks?.length && byFilter.length === all.length) return { ids: new Set(), label: '' };
  const named = (except.risks ?? []).flatMap((ref) => {
    const found = resolveRisk(ctx, ref);
    return found ? [found.risk.id] : [];
  });
  const ids = new Set([...byFilter.map((v) => v.id), ...named]);
  const names = all.filter((v) => named.includes(v.id)).map((v) => riskName(v));
  const label = [
    except.filter
      ? `leaving out ${listLabel(except.filter).replace(/^\w/, (c) => c.toLowerCase())}`
      : '',
    names.length ? `except ${names.join(' and ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { ids, label };
}

/** "Is BAF 3 worse than BAF 4?": both risks side by side, and the answer in one sentence. */
export function answerRiskCompare(
  ctx: AnswerContext,
  refs: RiskReference[],
  /** "Is its initial score higher than digital's?": that stage compared, not the current score. */
  stage: 'initial' | 'target' | null = null,
): RiskCompareAnswer | MessageAnswer {
  const found = refs.map((ref) => ({ ref, found: resolveRisk(ctx, ref) }));
  const missing = found.find((f) => !f.found);
  if (missing) return riskNotFound(ctx, missing.ref);
  // Risks of two registers are named with their organisation ("LPT BAF 01" beside "GROUP BAF 1").
  const registers = new Set(found.map(({ found: f }) => f!.register.id));
  const risks: ComparedRiskView[] = found.map(({ found: f }) => {
    const { risk, register } = f!;
    const summary = riskSummaryView(risk, register);
    const named = registers.size > 1 ? withItsTrust(ctx, risk) : summary.reference;
    return {
      ...summary,
      reference: named,
      registerTitle: registerLabel(register),
      initial: {
        ...riskView(ctx.data, risk, register, ['scores'], []).initial,
      },
      governance: risk.governance,
      source: citation(ctx.data, risk.source),
    };
  });
  const [a, b] = risks as [ComparedRiskView, ComparedRiskView];
  const name = (v: ComparedRiskView) => riskName(v);
  const scoreAt = (v: ComparedRiskView) => (stage === 'target' ? v.target : v.initial);
  const [sa, sb] = stage ? [scoreAt(a), scoreAt(b)] : [null, null];
  const atStage =
    sa && sb
      ? sa.score === sb.score
        ? `At ${stage} scoring, ${name(a)} and ${name(b)} score the same: ${sa.score}.`
        : (() => {
            const [hi, lo] = sa.score > sb.score ? [a, b] : [b, a];
            const [hs, ls] = hi === a ? [sa, sb] : [sb, sa];
            return `At ${stage} scoring, ${name(hi)} is the higher: ${hs.score} (${hs.band}) against ${ls.score} (${ls.band}) for ${name(lo)}.`;
          })()
      : '';
  const now =
    a.current.score === b.current.score
      ? `${name(a)} and ${name(b)} score the same now: ${a.current.score} (${a.current.band}).`
      : (() => {
          const [hi, lo] = a.current.score > b.current.score ? [a, b] : [b, a];
          return `${name(hi)} is the higher risk now: ${hi.current.score} (${hi.current.band}) against ${lo.current.score} (${lo.current.band}) for ${name(lo)}.`;
        })();
  // "Which one is further from target?": how far each stands above its target, when both have one.
  const gap = (v: ComparedRiskView) => (v.target ? v.current.score - v.target.score : null);
  const standing = (v: ComparedRiskView) =>
    gap(v)! > 0
      ? `${gap(v)} above its target of ${v.target!.score}`
      : `at its target of ${v.target!.score}`;
  const [ga, gb] = [gap(a), gap(b)];
  const fromTarget =
    ga === null || gb === null
      ? ''
      : Math.max(ga, 0) === Math.max(gb, 0)
        ? ` Neither is further from target: ${name(a)} is ${standing(a)}, ${name(b)} ${standing(b)}.`
        : (() => {
            const [far, near] = ga > gb ? [a, b] : [b, a];
            return ` ${name(far)} is further from target: ${standing(far)}, while ${name(near)} is ${standing(near)}.`;
          })();
  // Each risk's scores and appetite are in its own rows; the notes add only what the rows do not say.
  const notes: string[] = [];
  if (registers.size > 1)
    notes.push(
      `${risks.length === 2 ? 'The two are' : 'They are'} on different registers (${[...new Set(risks.map((v) => v.registerTitle))].join('; ')}), each scored as at its own date.`,
    );
  if (risks.some((v) => v.draft))
    notes.push('A draft risk is proposed to the board and not yet on the approved register.');
  return {
    kind: 'risk-compare',
    title: `${risks.length === 2 ? risks.map((v) => v.reference).join(' and ') : listInWords(risks.map((v) => v.reference))} compared`,
    // (A stage asked is said first, the scores now after it.)
    // (Three or more: each ranked, not only the first two set against each other.)
    verdict:
      risks.length > 2
        ? rankedVerdict(risks, stage)
        : `${atStage ? `${atStage} ${misprintedAt(found, stage)}` : ''}${now}${fromTarget}`,
    risks,
    notes,
  };
}

/**
 * Three or more risks compared: ranked highest first at the stage asked (or now), then by how far each
 * stands above its target ("Highest now: GROUP BAF 1 at 16 (Extreme); then GROUP BAF 3 and GROUP BAF 5
 * at 12 (High).").
 */
function rankedVerdict(
  risks: readonly ComparedRiskView[],
  stage: 'initial' | 'target' | null,
): string {
  const scored = risks.flatMap((v) => {
    const at = stage === 'target' ? v.target : stage === 'initial' ? v.initial : v.current;
    return at ? [{ name: riskName(v), score: at.score, band: at.band }] : [];
  });
  const levels = [...new Set(scored.map((x) => x.score))].sort((x, y) => y - x);
  const when = stage ? `at ${stage} scoring` : 'now';
  const tiers = levels.map((score) => {
    const here = scored.filter((x) => x.score === score);
    return `${listInWords(here.map((x) => x.name))} at ${score} (${here[0]!.band})`;
  });
  const ranking =
    levels.length === 1
      ? `All ${scored.length} score the same ${when}: ${tiers[0]!.replace(/^.* at /, '')}.`
      : `Highest ${when}: ${tiers[0]}; then ${tiers.slice(1).join('; then ')}.`;
  const gaps = risks.flatMap((v) =>
    v.target ? [{ name: riskName(v), gap: Math.max(v.current.score - v.target.score, 0) }] : [],
  );
  if (stage || gaps.length < 2) return ranking;
  const far = Math.max(...gaps.map((g) => g.gap));
  const furthest = gaps.filter((g) => g.gap === far).map((g) => g.name);
  const atTarget = gaps.filter((g) => g.gap === 0).map((g) => g.name);
  return far === 0
    ? `${ranking} All ${gaps.length} with a target are at it.`
    : `${ranking} Furthest from target: ${listInWords(furthest)}, ${far} above${furthest.length === 1 ? ' its target' : ' their targets'}${atTarget.length ? `; ${listInWords(atTarget)} ${atTarget.length === 1 ? 'is' : 'are'} at target` : ''}.`;
}

/**
 * "Its 4 actions are led by the Chief Finance Officer"; "5 of its 7 actions are led by …; 2 name no
 * lead Board Clerk knows".
 */
function leadsSentence(
  total: number,
  unled: number,
  leads: readonly { role: string; actions: number }[],
  only: string | null = null,
): string {
  if (!total) return 'It has no actions logged.';
  // One action: named, so "who owns the action on it" says which work it is.
  const which = only ? ` (${only.replace(/[.\s]+$/, '')})` : '';
  if (!leads.length) return `None of its ${total} actions names a lead Board Clerk knows.`;
  const led = total - unled;
  const each = leads.map((l) =>
    leads.length === 1 ? `the ${l.role}` : `the ${l.role} (${l.actions})`,
  );
  const listed = listInWords(each);
  const whose = led === total ? `Its ${total}` : `${led} of its ${total}`;
  const rest = unled
    ? `; ${unled === 1 ? 'the other names' : `the other ${unled} name`} no lead Board Clerk knows`
    : '';
  // ("…(8), … (2) and … (1)" of 10: an action two roles lead is counted for each, said so.)
  const jointly =
    leads.length > 1 && leads.reduce((n, l) => n + l.actions, 0) > led
      ? ' (an action led jointly is counted for each of its leads)'
      : '';
  return `${whose} action${which}${led === 1 && led === total ? ' is' : 's are'} led by ${listed}${jointly}${rest}.`;
}

/** "Who owns BAF 4?": what the register says (or that it names no lead), and who leads its actions. */
export async function answerRiskOwner(
  ctx: AnswerContext,
  ref: RiskReference,
): Promise<RiskOwnerAnswer | MessageAnswer> {
  const found = resolveRisk(ctx, ref);
  if (!found) return riskNotFound(ctx, ref);
  const { risk, register } = found;
  const actions = (
    await ctx.store.findActions({ riskId: risk.id, organisationId: risk.organisationId })
  ).map((a) => a.value);
  // Each lead's actions, by what they are ("who leads the actions on it?" wants which is whose).
  const byRole = new Map<string, string[]>();
  for (const a of actions)
    for (const id of a.actionLeadRoleIds) byRole.set(id, [...(byRole.get(id) ?? []), a.text]);
  const actionLeads = [...byRole]
    .sort((x, y) => y[1].length - x[1].length)
    .map(([roleId, titles]) => {
      const role = ctx.data.roles.find((r) => r.id === roleId);
      const people = ctx.data.people
        .filter((p) => rolesHeldBy(p, ctx.data.roles).includes(roleId))
        .map((p) => `${p.name}${p.isDemo ? ' (demo directory)' : ''}`);
      return { role: role?.title ?? roleId, people, actions: titles.length, titles };
    });
  const unassigned = actions.filter((a) => !a.actionLeadRoleIds.length && a.printedActionLead);
  const notes: string[] = [];
  if (unassigned.length)
    notes.push(
      `Leads printed without a role Board Clerk knows: ${[...new Set(unassigned.map((a) => a.printedActionLead))].join('; ')}.`,
    );
  if (!actions.length) notes.push(`No actions are logged against ${risk.reference}.`);
  if (risk.status === 'draft')
    notes.push(`${risk.reference} is a draft: proposed to the board and not yet approved.`);
  const committees = risk.oversightCommittees.join(' and ');
  return {
    kind: 'risk-owner',
    risk: riskSummaryView(risk, register),
    registerTitle: registerLabel(register),
    // Who carries its actions, said first: that is what "who owns it" usually wants to know.
    statement: `${registerLabel(register)} names no single owner or lead for ${risk.reference}. It is overseen by the ${committees}. ${leadsSentence(actions.length, actions.filter((a) => !a.actionLeadRoleIds.length).length, actionLeads, actions.length === 1 ? actions[0]!.text : null)}`,
    governance: risk.governance,
    actionLeads,
    notes,
    source: citation(ctx.data, risk.source),
  };
}

export async function answerDataQuality(
  ctx: AnswerContext,
  registerId: string | null,
  recordId: string | null = null,
  whose = false,
  about: string | null = null,
): Promise<DataQualityAnswer> {
  const answer = recordId ? await recordQuality(ctx, recordId, whose) : everyFlag(ctx, registerId);
  return about ? flagsAboutFirst(ctx, answer, about) : answer;
}

/** A flag as shown: the record it is on, what is wrong, and where the record is printed. */
type FlagItem = DataQualityAnswer['items'][number];

/** A record that can carry data-quality flags, as the flags of one record are shown. */
type Flagged =
  | ReferenceData['logs'][number]
  | ReferenceData['registers'][number]
  | ReferenceData['papers'][number]
  | ReferenceData['strategies'][number]
  | ReferenceData['risks'][number]
  | ReferenceData['organisations'][number]
  | Action;

/** A record's flags; an action named by its reference and what it is ("…closure 11: Mapping…"). */
function flagItems(data: ReferenceData, r: Flagged): FlagItem[] {
  const record =
    'name' in r
      ? r.name
      : r.kind === 'action'
        ? `${r.reference}: ${sentencesOf(r.text)[0] ?? r.text}`
        : 'reference' in r
          ? r.reference
          : r.title;
  return r.dataQuality.map((f) => ({
    record,
    message: f.message,
    source: citation(data, r.source ?? { documentId: r.id, section: '' }),
  }));
}

/**
 * "Why does the research mapping turn up again under culture?": the flags whose record or words hold
 * most of the words asked, wherever they are (an action's too), first.
 */
async function flagsAboutFirst(
  ctx: AnswerContext,
  answer: DataQualityAnswer,
  about: string,
): Promise<DataQualityAnswer> {
  const wanted = [...stemsOf(about)];
  if (wanted.length < 2) return answer;
  const actions = (await ctx.store.findActions({})).map((a) => a.value);
  // One of each flag (an action's may be in the answer already), with how many words asked it holds.
  const candidates = new Map<string, { item: FlagItem; held: number }>();
  for (const item of [...answer.items, ...actions.flatMap((a) => flagItems(ctx.data, a))]) {
    const own = stemsOf(`${item.record} ${item.message}`);
    candidates.set(`${item.record}\n${item.message}`, {
      item,
      held: wanted.filter((w) => own.has(w)).length,
    });
  }
  const need = Math.max(2, Math.ceil(wanted.length / 2));
  const first = [...candidates.values()]
    .filter((c) => c.held >= need)
    .sort((a, b) => b.held - a.held)
    .map((c) => c.item);
  if (!first.length) return answer;
  const rest = answer.items.filter(
    (i) => !first.some((f) => f.record === i.record && f.message === i.message),
  );
  return {
    ...answer,
    items: [...first, ...rest],
    notes: [
      `${first.length === 1 ? 'The first flag holds' : `The first ${first.length} flags hold`} the words you asked (${about}).`,
      ...answer.notes,
    ],
  };
}

/** Every flag of the registers (or one), and of the other records Board Clerk holds. */
function everyFlag(ctx: AnswerContext, registerId: string | null): DataQualityAnswer {
  const { data } = ctx;
  const records = [
    ...data.registers,
    ...data.risks,
    ...data.meetings,
    ...data.minutes,
    ...data.strategies,
    ...data.organisations,
    ...data.logs,
  ].filter(
    (r) => !registerId || (r.kind === 'risk' ? r.registerId === registerId : r.id === registerId),
  );
  const items = records.flatMap((r) =>
    r.dataQuality.map((f) => ({
      record: 'reference' in r ? r.reference : 'title' in r ? r.title : r.name,
      message: f.message,
      source: citation(
        data,
        'source' in r && r.source ? r.source : { documentId: r.id, section: '' },
      ),
    })),
  );
  return {
    kind: 'data-quality',
    title: 'Data-quality flags in the board papers',
    items,
    notes: [
      `Board Clerk keeps each paper's printed values and flags where a paper contradicts itself. As at ${formatDate(ctx.today)}.`,
      'Action-level flags (for example a due date that does not exist) show on each action.',
    ],
  };
}

/** "What would get it to target", "what would it take to bring it down to its target". */
const TO_TARGET_ASKED =
  /\b(get|bring|take|getting|bringing|reach|reaching|hit|hitting)\b.{0,60}\bto (its |the |our )?target\b|\b(path|route|road) to (its |the )?target\b/;

/** How far a risk is from its target, said before the gaps and actions that would close it. */
function toTargetSaid(v: RiskView, gapsShown: boolean): string {
  if (!v.target) return `${v.reference} has no target score in the register.`;
  return v.current.score <= v.target.score
    ? `${v.reference} is already at its target score of ${v.target.score}: the register's actions below keep it there.`
    : `${v.reference} is at ${v.current.score} against a target of ${v.target.score} (${v.current.score - v.target.score} to go): the ${gapsShown ? 'gaps and actions' : 'actions'} below are the register's route there.`;
}

/** "Is it at target?": yes or no, with its current and target scores. */
function atTargetSaid(v: RiskView): string {
  if (!v.target) return `${v.reference} has no target score in the register.`;
  return v.current.score <= v.target.score
    ? `Yes: ${v.reference} is at its target score of ${v.target.score} (${v.current.consequence} x ${v.current.likelihood}).`
    : `No: ${v.reference} is at ${v.current.score} now, against a target of ${v.target.score} (${v.current.score - v.target.score} to go).`;
}

/** Yes or no to a target or a standing against appetite the asker believes of a risk. */
function claimChecked(
  v: RiskView,
  target: number | undefined,
  tolerance: 'above' | 'within' | undefined,
): string | null {
  if (target !== undefined) {
    if (!v.target) return `No: ${v.reference} has no target score in the register.`;
    const at = `${v.reference}'s target score is ${v.target.score} (${v.target.consequence} x ${v.target.likelihood})`;
    return v.target.score === target ? `Yes: ${at}.` : `No: ${at}, not ${target}.`;
  }
  const standing = v.appetite.tolerance;
  if (!tolerance || !standing || v.appetite.upperLimit === null) return null;
  // (In the words the risk's card uses for it: "Within tolerance: 12 is below the upper limit of 16".)
  const right = (standing === 'above') === (tolerance === 'above');
  return `${right ? 'Yes' : 'No'}, for ${v.reference}. ${toleranceWords(v.appetite, v.current.score)}.`;
}

/** "What is BAF 1 score?", "the culture risk gaps". */
export const riskDetail = kind(
  'risk.detail',
  {
    risk: RiskReference,
    facets: z.array(RiskFacetSchema),
    /** Words asked about beside the risk ("the culture risk: what about racism?"). */
    about: z.string().nullable().optional(),
    /**
     * What is said first: whether its score has moved ("is it getting better?"), or the committee
     * that oversees it ("which committee has oversight of the digital risk?").
     */
    first: z.enum(['movement', 'oversight', 'target-date', 'link', 'papers']).optional(),
    /** "How many gaps in assurance does it have?": those parts counted, said first. */
    counted: z.array(RiskPart).max(4).optional(),
    /** Words pasted from it ("'Funding for academic posts' - which risk?"): where it prints them, first. */
    quoted: Text.optional(),
    /** "LPT BAF 05 current score is 16?": the score the asker believes, said yes or no first. */
    scoreClaimed: z.number().int().min(1).max(25).optional(),
    /** "Does group baf 1 have a target score of 8?": the target believed, said yes or no first. */
    targetClaimed: z.number().int().min(1).max(25).optional(),
    /** "Is it right that group baf 3 is above appetite?": the standing believed, yes or no first. */
    toleranceClaimed: z.enum(['above', 'within']).optional(),
    /** "Is group baf 5 at target?": whether its current score is its target, yes or no first. */
    atTargetClaimed: z.boolean().optional(),
  },
  async (q, ctx, text) => {
    const answer = await answerRiskDetail(ctx, q.risk, q.facets, q.about ?? null);
    if (answer.kind === 'risk' && !answer.lead && !q.first) {
      const claimed = q.atTargetClaimed
        ? atTargetSaid(answer.risk)
        : claimChecked(answer.risk, q.targetClaimed, q.toleranceClaimed);
      if (claimed) return { ...answer, lead: claimed };
    }
    // "What would get BAF 2 to target?": how far it has to go, or that it is there already.
    if (answer.kind === 'risk' && !answer.lead && !q.first && TO_TARGET_ASKED.test(normalise(text)))
      return { ...answer, lead: toTargetSaid(answer.risk, q.facets.includes('gaps')) };
    if (answer.kind === 'risk' && !answer.lead && q.scoreClaimed !== undefined && !q.first) {
      const { reference, current } = answer.risk;
      const at = `${reference} is at ${current.score} now (${current.consequence} x ${current.likelihood})`;
      return {
        ...answer,
        lead:
          current.score === q.scoreClaimed ? `Yes: ${at}.` : `No: ${at}, not ${q.scoreClaimed}.`,
      };
    }
    // (Where pasted words are printed in it is said first: "… is a gap in control of GROUP BAF 3".)
    if (q.quoted && answer.kind === 'risk') {
      const where = whereQuoted(ctx, answer.risk.id, q.quoted);
      if (where) return { ...answer, lead: answer.lead ? `${where} ${answer.lead}` : where };
    }
    // (A count asked is said before what the card leads with.)
    if (q.counted?.length && answer.kind === 'risk') {
      const counted = partsCounted(ctx, answer.risk.id, q.counted);
      return counted
        ? { ...answer, lead: answer.lead ? `${counted} ${answer.lead}` : counted }
        : answer;
    }
    if (!q.first || answer.kind !== 'risk' || answer.lead) return answer;
    const v = answer.risk;
    const lead =
      q.first === 'movement'
        ? movementSaid(v, WORSE_ASKED.test(text))
        : q.first === 'oversight'
          ? oversightSaid(v, ctx.data.committeeReports)
          : q.first === 'link'
            ? linkSaid(v)
            : q.first === 'papers'
              ? papersSaid(ctx.data, v)
              : targetDateSaid(v);
    return { ...answer, lead };
  },
);

/**
 * Where a risk prints words pasted from it: "“Beacon Unit viability” is a gap in assurance of BAF 04,
 * against its cause “…”."
 */
function whereQuoted(ctx: AnswerContext, riskId: string, quoted: string): string | null {
  const risk = ctx.data.risks.find((r) => r.id === riskId);
  if (!risk) return null;
  const wanted = normalise(quoted);
  for (const f of [...risk.causes, ...risk.effects]) {
    const printed: [string, readonly string[]][] = [
      ['a control of', f.controls],
      ['a gap in control of', f.controlGaps],
      ['a gap in assurance of', f.assuranceGaps],
      ['a first-line source of assurance on', f.assurances.firstLine],
      ['a second-line source of assurance on', f.assurances.secondLine],
      ['a third-line source of assurance on', f.assurances.thirdLine],
      ['progress the register reports for', f.progress],
    ];
    for (const [what, lines] of printed) {
      const line = lines.find((s) => normalise(s).includes(wanted));
      if (!line) continue;
      // (Pasted in part: the whole line as printed, its dates in words.)
      const whole =
        normalise(line) === wanted ? '' : ` It reads in full: “${withDatesInWords(line)}”.`;
      return `“${quoted}” is ${what} ${risk.reference}, against its ${f.kind} “${f.title}”.${whole}`;
    }
  }
  return null;
}

/** Each part of a risk that can be counted, in words, and how many one cause or effect lists. */
export const PARTS_COUNTED: Record<RiskPart, readonly [string, (factor: RiskFactor) => number]> = {
  controls: ['controls', (f) => f.controls.length],
  'control-gaps': ['gaps in control', (f) => f.controlGaps.length],
  'assurance-gaps': ['gaps in assurance', (f) => f.assuranceGaps.length],
  assurances: [
    'sources of assurance',
    (f) =>
      f.assurances.firstLine.length +
      f.assurances.secondLine.length +
      f.assurances.thirdLine.length,
  ],
};

export type CountedFacet = 'controls' | 'gaps' | 'assurances';

/** The parts of a risk each facet shown counts, and those parts together in words. */
export const FACETS_COUNTED: Record<CountedFacet, readonly [string, readonly RiskPart[]]> = {
  controls: ['controls', ['controls']],
  gaps: ['gaps in control and assurance', ['control-gaps', 'assurance-gaps']],
  assurances: ['sources of assurance', ['assurances']],
};

/** How many of a facet's parts some causes and effects list together. */
export function partsOf(factors: readonly RiskFactor[], facet: CountedFacet): number {
  return factors.reduce(
    (n, f) => n + FACETS_COUNTED[facet][1].reduce((m, part) => m + PARTS_COUNTED[part][1](f), 0),
    0,
  );
}

/**
 * "How many controls does it list altogether?": the controls, gaps or sources of assurance asked of,
 * counted over its causes and effects.
 */
function partsCounted(
  ctx: AnswerContext,
  riskId: string,
  parts: readonly RiskPart[],
): string | null {
  const risk = ctx.data.risks.find((r) => r.id === riskId);
  if (!risk) return null;
  const { causes, effects } = risk;
  const said = parts.map((part) => {
    const [what, of] = PARTS_COUNTED[part];
    const [c, e] = [causes, effects].map((fs) => fs.reduce((n, f) => n + of(f), 0)) as [
      number,
      number,
    ];
    return c + e
      ? `${c + e} ${what} (${c} against its causes, ${e} against its effects)`
      : `no ${what}`;
  });
  return said.length ? `${risk.reference} lists ${listInWords(said)}.` : null;
}

/** "When is it expected to hit its target?": registers print no date for that; said, with the gap. */
function targetDateSaid(view: RiskView): string {
  const { reference, current, target } = view;
  if (!target) return `The register gives ${reference} no target score, and no date for one.`;
  return current.score > target.score
    ? `The register prints no date by which ${reference} is expected to reach its target of ${target.score}; it is at ${current.score} now, ${current.score - target.score} above it.`
    : `${reference} is at its target of ${target.score} already; the register prints no target date.`;
}

/** Papers whose cover sheet names a risk among the BAF risks it relates to. */
function papersNaming(data: ReferenceData, riskId: string): ReferenceData['papers'] {
  const risk = data.risks.find((r) => r.id === riskId);
  const register = data.registers.find((r) => r.id === risk?.registerId);
  if (!risk || !register) return [];
  return data.papers.filter((p) => coverNamesRisk(p, risk, register.organisationId));
}

/** "Which papers relate to BAF 1?": the papers whose covers name it, as they print it. */
function papersSaid(data: ReferenceData, view: RiskView): string {
  const papers = papersNaming(data, view.id);
  if (!papers.length)
    return `No paper Board Clerk holds names ${view.reference} on its cover sheet.`;
  const named = papers.map(
    (p) =>
      `${p.title} (${p.date.iso ? formatDate(p.date.iso) : p.date.printed}; its cover: “${p.cover.riskReferences.join('; ')}”)`,
  );
  return `Papers whose cover sheet names ${view.reference} among the BAF risks they relate to: ${named.join('; ')}.`;
}

/** "Which ambition does it support?": the strategic aim and link its register prints. */
function linkSaid(view: RiskView): string {
  const said = [
    view.strategicLink ? `its strategic link is ${view.strategicLink}` : '',
    view.strategicAim ? `its strategic aim, as printed: ${view.strategicAim}` : '',
  ].filter(Boolean);
  return said.length
    ? `${view.reference}: ${said.join('; ')}.`
    : `The register prints no strategic link for ${view.reference}.`;
}

/**
 * "Which committee oversees it?": the committee its register names, the governance route, and what
 * that committee last reported to the board, where Board Clerk holds its report.
 */
function oversightSaid(view: RiskView, reports: readonly CommitteeReport[]): string {
  const committees = listInWords(view.oversight);
  const route = view.governance ? ` Its governance route, as printed: ${view.governance}.` : '';
  const report = latestReportOf(view.oversight, reports);
  if (!report) return `${view.reference} is overseen by the ${committees}.${route}`;
  const count = (level: string) =>
    report.blocks.filter((b) => b.level === level).reduce((n, b) => n + b.items.length, 0);
  const on = (n: number) => (n ? `${n} item${n === 1 ? '' : 's'}` : 'nothing');
  const subjects = report.blocks
    .filter((b) => b.level === 'alert' || b.level === 'advise' || b.level === 'assure')
    .flatMap((b) => b.items.flatMap((i) => i.subject ?? []));
  const among = subjects.length ? ` (among them ${listInWords(subjects.slice(0, 3))})` : '';
  return `${view.reference} is overseen by the ${committees}.${route} Its latest report to the board in Board Clerk, the ${report.committee}’s of ${report.heldOn.printed}, alerts on ${on(count('alert'))}, advises on ${on(count('advise'))} and assures on ${on(count('assure'))}${among}.`;
}

/** Asked whether a risk got worse, not better: "has it gone up?", "why has it risen?". */
const WORSE_ASKED =
  /\b(gone up|go(ing)? up|went up|risen|rise|rising|rose|increas\w*|worse|worsen\w*|deteriorat\w*|climb\w*|higher)\b/i;

/**
 * "Is the workforce risk getting better?": yes or no by its score since it was first scored, with the
 * register's own trend when it prints one, and how far it is from its target.
 */
function movementSaid(view: RiskView, worseAsked = false): string {
  const [initial, current] = [view.initial.score, view.current.score];
  // ("Why's the research risk gone up to 16?" of a risk that came down: no, said first.)
  const [better, worse] = worseAsked ? ['No', 'Yes'] : ['Yes', 'No'];
  const moved =
    current < initial
      ? `${better}: since it was first scored, ${view.reference} has come down from ${initial} to ${current}.`
      : current > initial
        ? `${worse}: ${view.reference} has gone up from ${initial} when first scored to ${current}.`
        : `Not on its score: ${view.reference} is still at ${current}, as when it was first scored.`;
  // An initial score the paper prints wrongly reads as a different movement: both said.
  const misprinted = view.flags.find(
    (f) => f.kind === 'combined-not-product' && f.field === 'scores.initial',
  );
  const printed = misprinted?.printed
    ? ` The paper prints its initial score as ${misprinted.printed}, but ${view.initial.consequence} x ${view.initial.likelihood} is ${initial}.`
    : '';
  const trend = view.trend
    ? ` The register's trend since its last report: ${view.trend}.`
    : ' The register prints no trend since its last report.';
  const toGo = toTarget(view);
  return `${moved}${printed}${trend} ${toGo[0]!.toUpperCase()}${toGo.slice(1)}.`;
}

/**
 * "What appetite did the LPT board go with?", "what band counts as open?", "which band does 12 fall
 * in?": the register's appetite statement, its bands as printed, and the band a score or level asked
 * about falls in.
 */
export const riskAppetite = kind(
  'risk.appetite',
  {
    registerId: Id.nullable(),
    score: z.number().int().min(0).max(25).nullable(),
    level: AppetiteLevel.nullable(),
    /** The risk the score is of: "LPT BAF 02 is on 12 now - which band is that?" */
    risk: RiskReference.nullable().optional(),
    /** The level is the asker's belief of the register's ("it's cautious, isn't it?"), checked. */
    checked: z.boolean().optional(),
  },
  (q, ctx, text): MessageAnswer => {
    const resolved = q.risk ? resolveRisk(ctx, q.risk) : null;
    const register = resolved?.register ?? registerAsked(ctx, q.registerId);
    if (!register) return NO_REGISTERS;
    const { appetite } = register;
    // "What has to happen if a target score isn't within appetite?": what the register's guide says.
    const onTargets = /\btargets?\b/i.test(text)
      ? register.notes
          .flatMap((n) => sentencesOf(n))
          .filter((s) => /\btarget\b/i.test(s) && /\bappetite\b/i.test(s))
          .map((s) => `The register's guide: “${s.trim()}”`)
      : [];
    const name = (level: string) => level[0]!.toUpperCase() + level.slice(1);
    const bands = appetite.bands.map((b) => `${name(b.level)} ${b.min}–${b.max}`).join('; ');
    const asked = q.level
      ? appetite.bands.find((b) => b.level === q.level)
      : q.score !== null
        ? appetite.bands.find((b) => q.score! >= b.min && q.score! <= b.max)
        : appetite.bands.find((b) => b.level === appetite.defaultLevel);
    // A score asked of: within the tolerance of the appetite that applies (the risk's own, if named).
    const applies = appetiteFor(resolved?.risk ?? {}, appetite);
    const standing = q.score !== null ? toleranceStatus(q.score, applies) : null;
    const where = { within: 'within', at: 'at the limit of', above: 'above' }[standing ?? 'within'];
    const against =
      q.score === null || !standing || q.level
        ? null
        : resolved
          ? `${riskName({ reference: resolved.risk.reference, draft: resolved.risk.status === 'draft' })} sits under a${/^[aeiou]/.test(applies.level) ? 'n' : ''} ${name(applies.level)} appetite (upper limit of tolerance ${applies.upperLimit}), so at ${q.score} it is ${where} tolerance.`
          : `Against an upper limit of tolerance of ${applies.upperLimit}, a score of ${q.score} is ${where} tolerance.`;
    const applied = `a${/^[aeiou]/.test(appetite.defaultLevel) ? 'n' : ''} ${name(appetite.defaultLevel)} appetite${appetite.upperLimit !== undefined ? ` with an upper limit of tolerance of ${appetite.upperLimit}` : ''}`;
    const checked =
      q.checked && q.level && q.score === null
        ? q.level === appetite.defaultLevel
          ? // ("Is it open or cautious?": the level, not a yes.)
            `${/\bor\b/i.test(text) ? name(q.level) : 'Yes'}: the register applies ${applied}.`
          : `Not ${name(q.level)}: the register applies ${applied}.`
        : null;
    const lead = asked
      ? q.score !== null && !q.level
        ? `A score of ${q.score} is in the ${name(asked.level)} band (${asked.min}–${asked.max}).`
        : `${name(asked.level)} appetite is the band ${asked.min}–${asked.max}${asked.level === appetite.defaultLevel ? `, the level the register applies to its risks` : ''}.`
      : `The register applies ${applied}.`;
    return {
      kind: 'message',
      title: `${registerLabel(register)}: risk appetite`,
      // (What the guide says of targets answers the question: said first.)
      text: [
        ...onTargets,
        ...(checked ? [checked] : []),
        ...(checked && !asked ? [] : [lead]),
        ...(against ? [against] : []),
        bands ? `Its appetite bands: ${bands}.` : bandsElsewhere(ctx, register, appetite),
        `Applied to its risks: ${name(appetite.defaultLevel)}${appetite.upperLimit !== undefined ? ` (upper limit of tolerance ${appetite.upperLimit})` : ''}.`,
        `The board's statement: “${appetite.statement}”`,
        sourceSentence(citation(ctx.data, register.source)),
      ].join(' '),
      suggestions: ['Which risks are above appetite?'],
    };
  },
);

/**
 * A register that prints no appetite bands: the bands another register of the papers prints, and
 * where its own level and limit fall in them ("Open 13–16 there; this register's limit is 16").
 */
function bandsElsewhere(
  ctx: AnswerContext,
  register: RiskRegister,
  appetite: RiskRegister['appetite'],
): string {
  const other = ctx.data.registers
    .filter((r) => r.id !== register.id && r.appetite.bands.length)
    .sort((a, b) => (b.date.iso ?? '').localeCompare(a.date.iso ?? ''))[0];
  if (!other) return 'It prints no appetite bands.';
  const name = (level: string) => level[0]!.toUpperCase() + level.slice(1);
  const bands = other.appetite.bands.map((b) => `${name(b.level)} ${b.min}–${b.max}`).join('; ');
  const own = other.appetite.bands.find((b) => b.level === appetite.defaultLevel);
  const lines = own
    ? ` ${name(own.level)} there is ${own.min}–${own.max}${appetite.upperLimit === own.max ? `, up to the same limit of ${own.max} this register sets` : appetite.upperLimit !== undefined ? `; this register sets its limit at ${appetite.upperLimit}` : ''}.`
    : '';
  return `It prints no appetite bands; ${registerLabel(other)} sets them out: ${bands}.${lines}`;
}

/** An approved risk scored now as it was first scored: it has not moved at all. */
function scoredAsFirst(v: ListedRisk): boolean {
  return !v.draft && v.current.score === v.initial;
}

/** "Which risks are above appetite?", "red risks", "most improved". */
export const riskList = kind(
  'risk.list',
  {
    registerId: Id.nullable(),
    filter: RiskListFilter,
    /**
     * The risk a one-answer list put first ("which risk scores highest"), kept with the question as the
     * conversation's subject: "who owns it?" is about that risk. Set after answering, never read.
     */
    top: RiskReference.nullable().optional(),
    /**
     * The risks the list showed, in its order, kept with the question as the conversation's subject:
     * "the second one" is the second of them. Set after answering, never read in answering.
     */
    shown: z.array(RiskReference).max(20).optional(),
    /** The list a follow-up picks from ("which of those has the furthest to go?"): the last one's. */
    among: RiskListFilter.optional(),
    /** "My risks": those whose actions the asker leads (the registers name no owner for a risk). */
    mine: z.boolean().optional(),
    /** How many risks the asker believes the register has ("which of the 6 group BAF risks…"). */
    claimed: z.number().int().positive().max(99).optional(),
    /**
     * Left out of the list: those a filter picks ("risks NOT governed through F&P") or risks named
     * ("above appetite, not counting the draft").
     */
    except: z
      .object({ filter: RiskListFilter.optional(), risks: z.array(RiskReference).optional() })
      .optional(),
  },
  async (q, ctx, text) => {
    const asked = withQuestion(text);
    if (!q.mine) {
      const list =
        (q.filter.kind === 'since-last' && changesPaperOf(ctx, q.registerId)) ||
        answerRiskList(ctx, q.registerId, q.filter, q.among, q.except);
      return list.kind === 'risk-list'
        ? asked(q.claimed ? withCountChecked(ctx, list, q.registerId, q.claimed) : list)
        : list;
    }
    if (!ctx.asker) return notLinked(ctx);
    const mine = await risksOfMine(ctx);
    if (!mine.size)
      return {
        kind: 'message',
        title: 'None of the risks has an action of yours',
        text: `The registers name no owner for each risk, and none of your roles (${ctx.asker.jobTitle}) leads an action on one. Ask "my actions" for what you do lead.`,
        suggestions: ['My actions'],
      } satisfies MessageAnswer;
    const list = answerRiskList(ctx, q.registerId, q.filter, q.among, q.except, mine);
    return list.kind === 'risk-list'
      ? asked({
          ...list,
          title:
            q.filter.kind === 'all'
              ? 'Your risks'
              : `Your ${list.title.replace(/^\w/, (c) => c.toLowerCase())}`,
          askedBy: ctx.asker.name,
        })
      : list;
  },
);

/** The list with the question that asked for it (its card decides whether to carry it back). */
function withQuestion(text: string) {
  const question = text.trim();
  return <A extends RiskListAnswer>(list: A): A => (question ? { ...list, question } : list);
}

/**
 * "My risks", "which of the risks I'm responsible for…": the registers name no owner for a risk, so a
 * director's risks are those whose actions they lead or are task lead on (by the roles they hold).
 */
async function risksOfMine(ctx: AnswerContext): Promise<Set<string>> {
  const asker = ctx.asker!;
  const actions = (await ctx.store.findActions({})).map((a) => a.value);
  return new Set(
    actions.flatMap((a) => (a.riskId && ownsAction(asker, a, ctx.data.roles) ? [a.riskId] : [])),
  );
}

function registerMostMine(ctx: AnswerContext, mine: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  for (const r of ctx.data.risks)
    if (mine.has(r.id)) counts.set(r.registerId, (counts.get(r.registerId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** How a director's risks were found, and theirs on the other registers. */
function mineNotes(ctx: AnswerContext, mine: ReadonlySet<string>, registerId: string): string[] {
  const elsewhere = ctx.data.registers.flatMap((g) => {
    const theirs = ctx.data.risks.filter((r) => r.registerId === g.id && mine.has(r.id));
    return g.id === registerId || !theirs.length
      ? []
      : [`${registerLabel(g)}: ${theirs.map((r) => r.reference).join(', ')}`];
  });
  return [
    'The registers name no owner for each risk: these are the risks whose actions you lead or are task lead on.',
    ...(elsewhere.length ? [`Also yours: ${elsewhere.join('; ')}.`] : []),
  ];
}

/**
 * "What's changed on the group BAF since the last board?" of a register that prints no movement
 * against its last report, when the paper presenting it has a section on what changed: that section,
 * which is the answer (the register's list would say only "none moved").
 */
function changesPaperOf(ctx: AnswerContext, registerId: string | null) {
  const register = registerAsked(ctx, registerId);
  if (!register) return null;
  const risks = ctx.data.risks.filter((r) => r.registerId === register.id);
  if (risks.some((r) => r.trend.direction !== null)) return null;
  const papers = ctx.data.papers.filter(
    (p) => p.relatedIds.includes(register.id) && p.sections.some((s) => CHANGES.test(s.heading)),
  );
  if (papers.length !== 1) return null;
  const answer = answerPaper(ctx, papers[0]!.id, 'changes', 'say');
  return answer.kind === 'paper'
    ? {
        ...answer,
        notes: [
          `No risk on ${registerLabel(register)} shows a movement against its last report: what changed is set out in the paper that presented it.`,
          ...answer.notes,
        ],
      }
    : null;
}

const CHANGES = /\bchanges?\b/i;

/** Lists that ask for one risk: the highest, the lowest, the most improved, the furthest from target. */
export function asksForOneRisk(filter: RiskListFilter): boolean {
  switch (filter.kind) {
    case 'highest':
    case 'lowest':
      return filter.limit === null || filter.limit === 1;
    case 'most-improved':
    case 'furthest-from-target':
      return true;
    default:
      return false;
  }
}

/** The risks a list showed, in its order, as references a follow-up can name. */
export function shownRisksOf(data: ReferenceData, answer: RiskListAnswer): RiskReference[] {
  return answer.risks.slice(0, 20).flatMap((shown) => {
    const risk = data.risks.find((r) => r.id === shown.id);
    if (!risk) return [];
    return [
      {
        registerId: risk.registerId,
        number: shown.draft ? null : shown.number,
        draft: shown.draft,
        text: shown.reference,
        by: shown.draft ? ('draft' as const) : ('number' as const),
      },
    ];
  });
}

/** The approved risk a one-answer list put first, as a question would name it. */
export function topRiskOf(data: ReferenceData, answer: RiskListAnswer): RiskReference | null {
  const first = answer.risks.find((r) => !r.draft);
  const risk = first && data.risks.find((r) => r.id === first.id);
  if (!first || !risk || first.number === null) return null;
  return {
    registerId: risk.registerId,
    number: first.number,
    draft: false,
    text: first.reference,
    by: 'number',
  };
}

/** "Is BAF 3 worse than BAF 4?" */
export const riskCompare = kind(
  'risk.compare',
  {
    risks: z.array(RiskReference).min(2).max(4),
    /** The stage compared, when one is asked ("initial"); else the scores now. */
    stage: z.enum(['initial', 'target']).optional(),
  },
  (q, ctx) => answerRiskCompare(ctx, q.risks, q.stage ?? null),
);

/** "Who owns BAF 4?" */
export const riskOwner = kind('risk.owner', { risk: RiskReference }, (q, ctx) =>
  answerRiskOwner(ctx, q.risk),
);

/**
 * One record's flags, and whose it is: a log (with its actions' flags), a register, a paper, a
 * strategy. "Which trust is the well-led plan for?", "is there a mistake in the THRIVE figures?"
 */
async function recordQuality(
  ctx: AnswerContext,
  recordId: string,
  whose: boolean,
): Promise<DataQualityAnswer> {
  const { data } = ctx;
  const record = [
    ...data.logs,
    ...data.registers,
    ...data.papers,
    ...data.strategies,
    ...data.risks,
  ].find((r) => r.id === recordId);
  const organisation = data.organisations.find((o) => o.id === record?.organisationId);
  const title = record ? ('reference' in record ? record.reference : record.title) : recordId;
  // A log's flags include its actions'; a risk's, the actions under it ("duplicated under culture").
  const actions =
    record?.kind === 'actionLog'
      ? (await ctx.store.findActions({ logId: record.id })).map((a) => a.value)
      : record?.kind === 'risk'
        ? (await ctx.store.findActions({ riskId: record.id })).map((a) => a.value)
        : [];
  const items = [record, organisation, ...actions].flatMap((r) => (r ? flagItems(data, r) : []));
  return {
    kind: 'data-quality',
    title: whose ? `${title}: whose it is` : `Data-quality flags: ${title}`,
    items,
    notes: [
      organisation
        ? `${title} is held for ${organisationInSentence(organisation)}${organisation.shortName !== organisation.name ? ` (${organisation.shortName})` : ''}.`
        : `The papers do not say which organisation ${title} is for.`,
    ],
  };
}

/** "Any data quality problems in the BAF?", "which trust is the well-led plan for?" */
export const dataQuality = kind(
  'data-quality',
  {
    registerId: Id.nullable(),
    /** One record (a log, a paper, a strategy) rather than every register. */
    recordId: Id.nullable().optional(),
    /** "Which trust is it for?": whose the record is, as well as its flags. */
    whose: z.boolean().optional(),
    /** What the question says of the flaw ("the research mapping … under culture"): those first. */
    about: Text.nullable().optional(),
  },
  (q, ctx) =>
    answerDataQuality(ctx, q.registerId, q.recordId ?? null, q.whose ?? false, q.about ?? null),
);

/** "What's on NHFT's BAF?" where the papers hold none for it: said plainly, with the registers held. */
export function answerNoRegister(ctx: AnswerContext, organisationId: string): MessageAnswer {
  const { data } = ctx;
  const organisation = data.organisations.find((o) => o.id === organisationId);
  const name = organisation?.shortName ?? organisationId;
  const groups = data.organisations.filter((o) => o.memberIds.includes(organisationId));
  const held = data.registers.map((r) => {
    const owner = data.organisations.find((o) => o.id === r.organisationId);
    const member = groups.some((g) => g.id === r.organisationId);
    return `${registerLabel(r)}${member ? ` (the ${owner?.shortName ?? 'group'} ${name} belongs to)` : ''}`;
  });
  return {
    kind: 'message',
    title: `The papers do not include ${name}'s own board assurance framework`,
    text: `Board Clerk holds ${held.join('; ')}.`,
    suggestions: data.registers
      .slice(0, 2)
      .map((r) => `Show the ${r.aliases[0] ?? r.title} heat map`),
  };
}

/** "What's on NHFT's board assurance framework?" for an organisation whose register is not held. */
export const registerNotHeld = kind('register.none', { organisationId: Id }, (q, ctx) =>
  answerNoRegister(ctx, q.organisationId),
);
