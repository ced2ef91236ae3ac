import { z } from 'zod';
import { Id, IsoDate } from '../../domain/common';
import { formatDate, withDatesInWords } from '../../domain/dates';
import type { Citation, ScoreView } from '../../shared/viewTypes';
import { riskSummaryView, citation } from '../../shared/views';
import type { MessageAnswer } from '../answers';
import { EXAMPLE_QUESTIONS } from '../examples';
import { kind } from '../kind';
import { ABBREVIATIONS } from '../lexicon';
import { Text } from '../question';
import { queryTerms, searchAll, type SearchHit } from '../search';
import { holdsEvery, list, normalise, stem, stemsOf, words } from '../text';
import type { AnswerContext } from './context';
import { askFor, registerLabel } from './risks';

/**
 * Search as the floor: a topic ("anything on net zero?") is answered with the risks it appears in,
 * saying where, and the other passages that mention it; a question no rule fits is answered from the
 * passages that come closest, with what matched and the source, or plainly "the papers don't say".
 */

/** A passage search found, with what matched and where it comes from. */
export interface SearchHitView {
  /** The record: "GROUP BAF 4", "Well-Led FTSU 5", "GTB/25/15". */
  record: string;
  /** Where in it: "a control", "a progress note", "the minutes of the Group Trust Board". */
  where: string;
  title: string;
  /** The passage, shortened around the words that matched. */
  excerpt: string;
  matched: string[];
  source: Citation;
  /** The question that shows the whole record. */
  ask: string | null;
  /** A progress note or private business: left out where others may see it. */
  private?: true;
}

/** A risk a topic appears in, and where in it. */
export interface TopicRiskView {
  reference: string;
  title: string;
  registerTitle: string;
  draft: boolean;
  current: ScoreView;
  /** "its title", "2 controls", "a gap in assurance". */
  where: string[];
  /** The words of the best passage that matched, when it is a part of the risk (a control, its progress). */
  excerpt?: string;
  ask: string;
}

export interface SearchAnswer {
  kind: 'search';
  title: string;
  /** What was looked for, and what this answer is: "Where the papers cover net zero". */
  intro: string;
  /** Risks the words appear in, and where in each. */
  risks: TopicRiskView[];
  hits: SearchHitView[];
  /** A passage holds more of the words asked than any risk: the passages come first. */
  papersFirst?: boolean;
  /** No passage holds every word of a topic asked: these hold part of it. */
  partly?: boolean;
  notes: string[];
  suggestions: string[];
}

const EXCERPT = 220;

/** The most items of one committee report shown ahead of other passages. */
const MOST_FROM_ONE_PART = 2;

/**
 * Passages in rank order, no more than two items of one committee report ahead of other passages:
 * five items of one report ("ASSURE", "ADVISE"…) must not push out the one paper that answers. (A
 * report's items repeat its words; a table's figures or a paper's sections each say something else.)
 * The rest follow in their order.
 */
function varied<
  T extends { doc: { kind: string; source: { documentId: string; section: string } } },
>(hits: readonly T[]): T[] {
  const seen = new Map<string, number>();
  const first: T[] = [];
  const later: T[] = [];
  for (const h of hits) {
    if (h.doc.kind !== 'committee-report') {
      first.push(h);
      continue;
    }
    const part = `${h.doc.source.documentId}|${h.doc.source.section}`;
    const n = seen.get(part) ?? 0;
    seen.set(part, n + 1);
    (n < MOST_FROM_ONE_PART ? first : later).push(h);
  }
  return [...first, ...later];
}

/**
 * The part of a passage that answers: from the start of the sentence that holds the most of the words
 * matched, each weighed by how few of the passage's sentences hold it (a word of the title, in every
 * sentence, tells little; "apply" and "run" in one sentence tell where the answer is). Words asked
 * that the part leaves out ("green champions / lease cars") bring a second part, where they are,
 * when they are in few of its sentences.
 */
export function excerptOf(
  text: string,
  matched: readonly string[],
  figures = false,
  question = '',
  /** How much of the passage the first part shows: more when it is the only passage found. */
  length = EXCERPT,
): string {
  if (text.length <= length) return text;
  const asked = matched.map((word) => stem(normalise(word)));
  // The question's other words ("report", "often") break a tie between sentences with the same words
  // matched: "service plans … which forum do they report into" is the sentence saying "reported".
  const besides = [
    ...new Set(
      words(normalise(question))
        .filter((w) => w.length >= 4)
        .map(stem),
    ),
  ].filter((w) => !asked.includes(w));
  // ("3.2 Progress with…": a point between digits is a paragraph's number, not a sentence's end.)
  const sentences = [...text.matchAll(/(?:[^.!?;\n]|\.(?=\d))+[.!?;\n]*/g)].map((m) => {
    const stems = stemsOf(m[0]);
    return {
      at: m.index,
      words: asked.map((s) => stems.has(s)),
      figure: /\d/.test(m[0]),
      besides: besides.filter((w) => stems.has(w)).length,
    };
  });
  const holding = asked.map((_, i) => sentences.filter((s) => s.words[i]).length);
  const bestFrom = (wanted: readonly boolean[], tieBreak = false) => {
    let best = { at: -1, weight: 0 };
    for (const sentence of sentences) {
      // A question asking for a figure ("down from what to what?") is answered by a sentence with one.
      const holds = sentence.words.some((has, i) => has && wanted[i]);
      const weight = sentence.words.reduce(
        (sum, has, i) => sum + (has && wanted[i] ? 1 / holding[i]! : 0),
        (figures && sentence.figure && holds ? 1 : 0) +
          (tieBreak && holds ? sentence.besides * 0.01 : 0),
      );
      if (weight > best.weight) best = { at: sentence.at, weight };
    }
    return best.at;
  };
  const first = Math.max(0, bestFrom(asked.map(() => true)));
  const end = first + length;
  const inPart = new Set(words(normalise(text.slice(first, end))).map(stem));
  const shown = asked.map((s) => inPart.has(s));
  // The sentence the question's other words prefer, when the first part cuts it short.
  const preferred = bestFrom(
    asked.map(() => true),
    true,
  );
  const preferredEnd = sentences.find((s) => s.at > preferred)?.at ?? text.length;
  // Only words that tell where they are: a word in many sentences (a title's) does not call a part.
  const telling = (i: number) => holding[i]! > 0 && holding[i]! * 3 <= sentences.length;
  const byWords = bestFrom(shown.map((has, i) => !has && telling(i)));
  const second = byWords >= 0 ? byWords : preferred > first && preferredEnd > end ? preferred : -1;
  const part = (start: number, length = EXCERPT) => {
    const slice = text.slice(start, start + length).trim();
    // A part that ends a sentence needs no mark that more follows.
    const more = start + length < text.length && !/[.!?]$/.test(slice);
    return `${start > 0 ? '…' : ''}${slice}${more ? '…' : ''}`;
  };
  if (second < 0) return part(first, length);
  // Words neither part has, where they tell of a third ("who reviews the model… and who has NHS England
  // asked": the CFO group's date and the review, two sentences apart).
  const inSecond = new Set(words(normalise(text.slice(second, second + EXCERPT))).map(stem));
  const third = bestFrom(asked.map((s, i) => !inPart.has(s) && !inSecond.has(s) && telling(i)));
  // (The same sentence twice is one part running to that sentence's end.)
  const starts = [first, second, ...(third >= 0 ? [third] : [])].sort((x, y) => x - y);
  // Parts that would overlap are one part, running on to the end of the later one's sentence (to a
  // limit).
  const runs: { from: number; to: number }[] = [];
  for (const at of starts) {
    const last = runs[runs.length - 1];
    if (last && at < last.from + EXCERPT) {
      const next = sentences.find((x) => x.at > at)?.at ?? text.length;
      last.to = Math.min(last.from + 3 * EXCERPT, Math.max(last.to, next));
    } else runs.push({ from: at, to: at + EXCERPT });
  }
  return runs.map((r) => part(r.from, r.to - r.from)).join(' ');
}

/** The passage that matches best is shown whole when it is this short (a section of a few sentences). */
const WHOLE_PASSAGE = 3 * EXCERPT;
/** The only passage found is shown whole up to this length: it is all the papers say, so say it. */
const WHOLE_SOLE_PASSAGE = 7 * EXCERPT;

/** A question asking for a figure or a date: how many, how much, from what to what, when. */
const ASKS_FIGURE =
  /\b(how (many|much|long|far|big)|what (figure|number|percentage|rate|amount|date|day)|(down|up) from|from (what|and)|by how much|to what|when|by when)\b|%/i;

function hitView(
  ctx: AnswerContext,
  hit: SearchHit,
  best: 'sole' | boolean,
  figures: boolean,
  question: string,
): SearchHitView {
  const { doc } = hit;
  const text = doc.text || doc.title;
  const whole = best === 'sole' ? WHOLE_SOLE_PASSAGE : best ? WHOLE_PASSAGE : 0;
  return {
    record: doc.record,
    where: doc.where,
    title: doc.title || (doc.kind === 'progress-note' ? '' : doc.title),
    // (A date as printed, "12/04/24", is followed by its words: the answer to "when was it held".)
    excerpt: withDatesInWords(
      text.length <= whole
        ? text
        : excerptOf(
            text,
            hit.matched,
            figures,
            question,
            best === 'sole' ? WHOLE_PASSAGE : EXCERPT,
          ),
    ),
    matched: hit.matched,
    source: citation(ctx.data, doc.source),
    ask: doc.ask,
    ...(doc.private ? { private: true as const } : {}),
  };
}

function plural(where: string, n: number): string {
  if (n === 1) return where;
  const noun = where.replace(/^(a|an|its|the) /, '');
  return `${n} ${noun.replace(/^(\w+)/, (w) => (w.endsWith('s') ? w : `${w}s`))}`;
}

/** The most words asked that one passage holds, among risks' passages or the others. */
function bestOf(hits: readonly SearchHit[], ofRisks: boolean): number {
  return Math.max(
    0,
    ...hits
      .filter((h) => (h.doc.kind === 'risk' || h.doc.kind === 'risk-part') === ofRisks)
      .map((h) => h.wordsMatched),
  );
}

/** The risks the hits belong to, each with where the words appear in it. */
function risksOf(
  ctx: AnswerContext,
  hits: readonly SearchHit[],
  registerId: string | null,
  /** The stems of the words asked, as typed. */
  asked: readonly string[],
): TopicRiskView[] {
  const byRisk = new Map<string, Map<string, number>>();
  const best = new Map<string, number>();
  // "Solar panels": the progress line that says it, not only that a progress line does.
  // (The line holding most of the words asked as typed, then the best scored: "Presentation on
  // research to CQC…" for "research … cqc", not a line with "quality", which only a synonym matched.)
  const excerpts = new Map<string, { literal: number; score: number; text: string }>();
  for (const h of hits) {
    const riskId = h.doc.riskId;
    if (!riskId || h.doc.private) continue;
    best.set(riskId, Math.max(best.get(riskId) ?? 0, h.score));
    const shown = excerpts.get(riskId);
    const literal = asked.filter((w) => holdsEvery(h.doc.text, [w])).length;
    if (
      h.doc.kind === 'risk-part' &&
      (!shown || literal > shown.literal || (literal === shown.literal && h.score > shown.score))
    )
      excerpts.set(riskId, {
        literal,
        score: h.score,
        text: withDatesInWords(excerptOf(h.doc.text, h.matched)),
      });
    const where =
      h.doc.kind === 'risk' ? (h.titleMatch ? 'its title' : 'its description') : h.doc.where;
    const counts = byRisk.get(riskId) ?? new Map<string, number>();
    counts.set(where, (counts.get(where) ?? 0) + 1);
    byRisk.set(riskId, counts);
  }
  const out: (TopicRiskView & { score: number })[] = [];
  for (const [riskId, counts] of byRisk) {
    const risk = ctx.data.risks.find((r) => r.id === riskId);
    const register = ctx.data.registers.find((r) => r.id === risk?.registerId);
    if (!risk || !register || (registerId && register.id !== registerId)) continue;
    const view = riskSummaryView(risk, register);
    out.push({
      reference: risk.reference,
      title: risk.title,
      registerTitle: registerLabel(register),
      draft: view.draft,
      current: view.current,
      where: [...counts].map(([w, n]) => plural(w, n)),
      ...(excerpts.has(riskId) ? { excerpt: excerpts.get(riskId)!.text } : {}),
      ask: askFor(risk, register),
      score: best.get(riskId) ?? 0,
    });
  }
  // Approved before draft (a draft is named as a draft, never first on its own), then best match first.
  return out
    .sort((a, b) => Number(a.draft) - Number(b.draft) || b.score - a.score)
    .map(({ score: _score, ...view }) => view);
}

/**
 * The words of a question the answer can say are missing: its own, not the asking or dating ones.
 * Short forms spelt out as the search spells them ("nom and rem": nomination, remuneration); one the
 * papers print too is one word ("NHSE", not "NHS", "England" and "NHSE").
 */
function askedWords(text: string): string[] {
  return [
    ...new Set(
      // "Across the two trusts" says where, not what: it is not a word the papers should hold.
      queryTerms(normalise(text).replace(/\b(two|both) (trusts|organisations)\b/g, '$2'))
        .map((t) => t.shortForm ?? t.word)
        .filter((w) => w.length > 2 && !/\d/.test(w) && !ASKING.has(w)),
    ),
  ];
}

const ASKING = new Set(
  `whats what who whos which when where why how does did has have was were will would could should
  can much many year years month months week weeks day days today end start quarter`.split(/\s+/),
);

/**
 * What the closest passages leave out, said plainly: the words the papers never use ("The papers do
 * not mention flu or jab."), those the passages shown do not ("The closest passages do not mention
 * deficit."), or that no one passage has them all ("Not one passage mentions NHFT, CQC and rating
 * together.").
 */
function notCovered(ctx: AnswerContext, text: string, hits: readonly SearchHit[]): string {
  const asked = askedWords(text);
  const shown = new Set(hits.flatMap((h) => h.matched.map((m) => stem(normalise(m)))));
  // A word is mentioned where its spelling out is ("NHSE" where the papers write "NHS England").
  const mentioned = (w: string, held: ReadonlySet<string>) => {
    if (held.has(stem(w))) return true;
    const parts = (ABBREVIATIONS[w] ?? '').split(' ').filter((x) => x && x !== w);
    return parts.length > 0 && parts.every((x) => held.has(stem(x)));
  };
  const missing = asked.filter((w) => !mentioned(w, shown));
  // Together: one passage holds every word named here (the search may have counted more words).
  const together = hits.some((h) => {
    const held = new Set(h.matched.map((m) => stem(normalise(m))));
    return asked.every((w) => mentioned(w, held));
  });
  if (!missing.length)
    return asked.length < 2 || together
      ? ''
      : ` Not one passage mentions ${list(asked, 'and')} together.`;
  const never = missing.filter(
    (w) => !ctx.passages.search(w, { limit: 1, synonyms: false }).length,
  );
  const rest = missing.filter((w) => !never.includes(w));
  return [
    never.length ? ` The papers do not mention ${list(never, 'or')}.` : '',
    rest.length ? ` The closest passages do not mention ${list(rest, 'or')}.` : '',
  ].join('');
}

/** The passage matched every word asked as it was typed (not a synonym: "money" for "cash"). */
function holdsAskedWords(hit: SearchHit, text: string, share = 1): boolean {
  const matched = new Set(hit.matched.map((w) => stem(normalise(w))));
  const asked = askedWords(text).map((w) => stem(w));
  return asked.length >= 2 && asked.filter((w) => matched.has(w)).length >= asked.length * share;
}

const FIGURE_WORDS = /\b(figures?|numbers?|stats?|statistics?)\b/gi;

/**
 * Papers named by the words asked whose cover links them to risks: "The East Midlands Alliance Common
 * Board Paper's cover links it to Group BAF 1." (the risks a paper says it bears on).
 */
function papersLinkedToRisks(ctx: AnswerContext, text: string): string {
  const stems = askedWords(text).map((w) => stem(w));
  if (!stems.length) return '';
  return ctx.data.papers
    .filter(
      (p) =>
        p.cover.riskReferences.length > 0 &&
        [p.title, ...p.aliases].some((name) => holdsEvery(name, stems)),
    )
    .map((p) => `The ${p.title}’s cover links it to ${list(p.cover.riskReferences, 'and')}. `)
    .join('');
}

/** The passages of the risk registers: a risk's own, its parts', and its actions'. */
const RISK_KINDS = ['risk', 'risk-part', 'action'] as const;

export async function answerSearch(
  ctx: AnswerContext,
  text: string,
  mode: 'topic' | 'unknown',
  registerId: string | null,
  suggestions: readonly string[],
  pack: IsoDate | null = null,
  risksOnly = false,
): Promise<SearchAnswer | MessageAnswer> {
  // ("What was the wellbeing interactions figure?": a figure is asked for, not the word "figure".)
  const searched = mode === 'unknown' ? text.replace(FIGURE_WORDS, ' ') : text;
  const asked = text.trim().replace(/[?.!]+$/, '');
  const actions = await ctx.actionPassages();
  // Only the risks' own words and their actions', where the registers were asked of; where no risk
  // mentions it, the papers that do, said so.
  // (As named, without synonyms: "the East Midlands Alliance" is not every partnership.)
  const onRisksAs = (synonyms: boolean) =>
    searchAll(ctx.passages, actions, searched, { limit: 40, kinds: RISK_KINDS, synonyms }).filter(
      (h) => !!h.doc.riskId,
    );
  const literally = risksOnly ? onRisksAs(false) : [];
  const onRisks = risksOnly && !literally.length ? onRisksAs(true) : literally;
  const everywhere = onRisks.length
    ? onRisks
    : searchAll(ctx.passages, actions, searched, { limit: 40 });
  const risksNote =
    (risksOnly && !onRisks.length
      ? `No risk on the registers Board Clerk holds mentions ${asked}; the papers do. `
      : '') + (risksOnly ? papersLinkedToRisks(ctx, searched) : '');
  // One meeting's papers ("anything on the Mental Health Bill in the January pack"): the passages of
  // the papers published for it, or where else the papers have it when that pack does not.
  const packSources = new Set(
    pack ? ctx.data.sources.filter((s) => s.date === pack).map((s) => s.id) : [],
  );
  const inPack = pack
    ? everywhere.filter((h) => packSources.has(h.doc.source.documentId))
    : everywhere;
  const all = inPack.length ? inPack : everywhere;
  const packNote =
    risksNote +
    (pack && !inPack.length && everywhere.length
      ? packSources.size
        ? `The papers for ${formatDate(pack)} don't mention ${asked}; other papers do. `
        : `Board Clerk does not hold the papers published for ${formatDate(pack)}; other papers cover it. `
      : '');
  const top = all[0]?.score ?? 0;
  // Passing mentions far below the best are noise; a topic keeps every passage that has its own words.
  // A topic of several words that some passages have together ("solar panels") drops those with one
  // of them only ("recruitment panels"), unless they match strongly.
  const together = all.some((h) => h.wordsAsked > 1 && h.wordsMatched >= h.wordsAsked);
  // A question's passages: those near the best score, and those with more of its words than any
  // other (a passage with "staff survey response rate" is not noise beside many that say "staff").
  // (Only when the best-scored has at least two fewer: a word or two more is often a common word.)
  const most = Math.max(0, ...all.map((h) => h.wordsMatched));
  // (Or one word more of five or more asked: "what did the October Alliance Board agree about CAMHS
  // tier 3.5 and Waterlily" is the one passage with Waterlily among the rest.)
  const best = all[0]?.wordsMatched ?? 0;
  const wordsAsked = all[0]?.wordsAsked ?? 0;
  const fuller =
    mode === 'unknown' && most >= 3 && (most - best >= 2 || (most >= 5 && most > best));
  const holdsAll = (h: (typeof all)[number]) => h.wordsAsked >= 2 && h.wordsMatched >= h.wordsAsked;
  const wholeNearTop = all.some((h) => h.score >= top * 0.35 && holdsAll(h));
  // (Every word as the best-scored counts them: an action's index may not count a year asked.)
  const holdsAllAsTop = (h: (typeof all)[number]) =>
    holdsAll(h) && h.wordsAsked === all[0]?.wordsAsked;
  const hits = all
    .filter((h) =>
      mode === 'topic'
        ? together
          ? h.wordsMatched >= h.wordsAsked || h.score >= top * 0.5
          : h.score >= top * 0.05 || h.wordsMatched === h.wordsAsked
        : h.score >= top * 0.35 ||
          (fuller && h.wordsMatched === most) ||
          // A passage holding every word asked is no noise, however common its words, when none
          // of those near the best holds them all.
          (!wholeNearTop && holdsAll(h)),
    )
    .sort((a, b) =>
      fuller
        ? Number(b.wordsMatched === most) - Number(a.wordsMatched === most)
        : // (The one passage holding every word asked, first, when the best-scored holds half of
          // them or fewer: not after those with one of them.)
          // (So when the best holds fewer than three or more asked: "how much have the joint roles
          // saved": the passage on their savings, not the list of the roles.)
          mode === 'unknown' && best < wordsAsked && (best * 2 <= wordsAsked || wordsAsked >= 3)
          ? Number(holdsAllAsTop(b)) - Number(holdsAllAsTop(a))
          : 0,
    );
  const risks = risksOf(
    ctx,
    hits,
    registerId,
    askedWords(searched).map((w) => stem(w)),
  );
  const passages = varied(hits.filter((h) => h.doc.kind !== 'risk' && h.doc.kind !== 'risk-part'));
  const others = passages
    .slice(0, mode === 'topic' ? 6 : 5)
    .map((h, i) =>
      hitView(
        ctx,
        h,
        i === 0 && (passages.length === 1 && !risks.length ? 'sole' : true),
        ASKS_FIGURE.test(text),
        text,
      ),
    );
  if (!risks.length && !others.length)
    return {
      kind: 'message',
      title:
        mode === 'topic' ? `The papers don't mention ${asked}` : "Sorry, I didn't understand that",
      text:
        mode === 'topic'
          ? `${asked} is not in the board papers Board Clerk holds (the risk registers, action logs, minutes, agendas, papers and strategy reports). These are close to what you asked:`
          : `The board papers don't say anything about "${asked}". I answer from the risk registers, action logs, meetings and minutes, and strategy reports. These are close to what you asked:`,
      suggestions: [...suggestions],
    };
  const matched = [...new Set(hits.flatMap((h) => h.matched))].slice(0, 6);
  // "flying cars": a topic of several words that no passage has together is not covered.
  const partly =
    mode === 'topic' &&
    askedWords(searched).length > 1 &&
    !hits.some((h) => h.wordsMatched >= h.wordsAsked);
  // A passage holding every word asked, ranked first ("what joint committees have been set up"): not
  // a question Board Clerk knows, but likely the answer. Said so, rather than "didn't understand".
  // (Of the passages shown, so "the first passage below" is the one it names.)
  const first = hits.find((h) => h.doc.kind !== 'risk' && h.doc.kind !== 'risk-part');
  const papersFirst = others.length > 0 && bestOf(hits, false) > bestOf(hits, true);
  const likelyAnswer =
    mode === 'unknown' && papersFirst && !!first && holdsAskedWords(first, searched);
  // Most of the words asked, in the first passage ("when did the joint nom and rem first meet": all
  // but "first"): the papers come close, which is not a question misunderstood.
  const closeAnswer =
    mode === 'unknown' &&
    !likelyAnswer &&
    papersFirst &&
    !!first &&
    askedWords(searched).length >= 4 &&
    holdsAskedWords(first, searched, 0.75);
  return {
    kind: 'search',
    ...(partly ? { partly } : {}),
    title:
      mode === 'unknown'
        ? likelyAnswer
          ? 'What the papers say'
          : closeAnswer
            ? 'The closest the papers come'
            : "Sorry, I didn't understand that"
        : partly
          ? `The papers don't mention ${asked}`
          : pack && inPack.length
            ? `Where the papers for ${formatDate(pack)} cover ${asked}`
            : onRisks.length
              ? `Where the risk registers mention ${asked}`
              : `Where the papers cover ${asked}`,
    intro:
      mode === 'unknown' && likelyAnswer
        ? `The first passage below has every word you asked (${matched.join(', ')}):`
        : closeAnswer
          ? `The first passage below has most of the words you asked.${notCovered(ctx, searched, hits)} These passages come closest (matching ${matched.join(', ')}):`
          : mode === 'unknown'
            ? `The papers don't answer that directly.${notCovered(ctx, searched, hits)} These passages come closest (matching ${matched.join(', ')}):`
            : partly
              ? `${notCovered(ctx, searched, hits).trim()} These passages mention part of it (${matched.join(', ')}):`
              : `${packNote}${[
                  risks.length ? `${risks.length} risk${risks.length === 1 ? '' : 's'}` : '',
                  others.length
                    ? `${others.length}${risks.length ? ' other' : ''} passage${others.length === 1 ? '' : 's'}`
                    : '',
                ]
                  .filter(Boolean)
                  .join(
                    ' and ',
                  )} ${risks.length + others.length === 1 ? 'mentions' : 'mention'} ${matched.join(', ')}.`,
    risks: risks.slice(0, 6),
    hits: others,
    papersFirst,
    notes: risks.length > 6 ? [`…and ${risks.length - 6} more risks.`] : [],
    suggestions: risks.slice(0, 3).map((r) => r.ask),
  };
}

/** A subject rather than a record: "anything on net zero?" finds where the papers cover it. */
export const topic = kind(
  'topic',
  // `pack`: the date of the meeting whose papers were asked about, when one was.
  // `risksOnly`: where the risk registers mention it ("where does the EMA show up on the BAFs?").
  {
    text: Text,
    registerId: Id.nullable(),
    pack: IsoDate.nullable().optional(),
    risksOnly: z.boolean().optional(),
  },
  (q, ctx) =>
    answerSearch(
      ctx,
      q.text,
      'topic',
      q.registerId,
      [...EXAMPLE_QUESTIONS.slice(13, 16)],
      q.pack ?? null,
      q.risksOnly ?? false,
    ),
);

/** No rule fits: answered from search over the papers, or plainly "the papers don't say". */
export const unknown = kind('unknown', { text: Text, suggestions: z.array(Text) }, (q, ctx) =>
  answerSearch(ctx, q.text, 'unknown', null, q.suggestions),
);
