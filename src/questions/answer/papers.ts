import { z } from 'zod';
import type { Paper, PaperSection } from '../../domain';
import { Id } from '../../domain/common';
import {
  formatDate,
  formatMonth,
  londonDateOf,
  MONTHS,
  printedDayOrMonthEnd,
} from '../../domain/dates';
import { figureSetOf } from '../../domain/paper';
import { rolesHeldBy } from '../../domain/permissions';
import { CHECKING, extremeAsked } from '../lexicon';
import type { ReferenceData } from '../../shared/referenceData';
import type { Citation } from '../../shared/viewTypes';
import { citation } from '../../shared/views';
import { truncate } from '../../shared/clip';
import type { MessageAnswer } from '../answers';
import { kind } from '../kind';
import { Text } from '../question';
import {
  contentWords,
  escapeRegExp,
  holdsEvery,
  namedByMostOf,
  normalise,
  sentencesOf,
  stem,
  words as wordsOf,
} from '../text';
import type { AnswerContext } from './context';
import { answerSearch } from './search';

/** A section of a paper as printed: its heading, paragraphs, and the figures in it. */
export interface PaperSectionView {
  heading: string;
  paragraphs: string[];
  figures: { label: string; printed: string }[];
}

export interface PaperAnswer {
  kind: 'paper';
  title: string;
  /** The meeting it went to, its date, who brought it. */
  subtitle: string;
  sections: PaperSectionView[];
  /** Figures asked for, with the section each is in and the paper's sentence printing it (`quote`). */
  figures: { label: string; printed: string; section: string; quote?: string }[];
  decision: { type: string; printed: string[] } | null;
  recommendations: string[];
  /** Its cover sheet, when asked: who wrote, sponsored and leads it, the assurance it gives. */
  cover: { label: string; value: string }[];
  notes: string[];
  source: Citation;
}

export interface CommitteeReportAnswer {
  kind: 'committee-report';
  title: string;
  committee: string;
  heldOn: string;
  /** Who wrote the report (usually the committee's chair), when it says. */
  author: string | null;
  blocks: {
    level: string;
    heading: string;
    items: { subject: string | null; text: string }[];
  }[];
  notes: string[];
  source: Citation;
}

export interface PerformanceAnswer {
  kind: 'performance';
  title: string;
  segments: {
    organisation: string;
    segment: number;
    printed: string;
    period: string;
    detail: string;
  }[];
  rows: {
    label: string;
    detail: string;
    values: {
      organisation: string;
      printed: string;
      target: string | null;
      /** Whether it meets its printed target; null where the target cannot be read. */
      met: boolean | null;
      trend: string | null;
    }[];
  }[];
  /** The answer in a sentence, shown first: "NHFT scores worst on Access to Services (3.59)…". */
  lead?: string[];
  notes: string[];
  source: Citation;
}

/**
 * The papers beyond the registers: what a paper says (about some words), the figures it prints and the
 * decision it asks; a committee's Alert, Advise and Assure report; the performance report's oversight
 * segments and indicators; a group's terms of reference. Every answer quotes the paper and cites it.
 */

/** A short answer saying what there is not. */
function nothing(title: string, text: string): MessageAnswer {
  return { kind: 'message', title, text, suggestions: [] };
}

/** Where something is decided: "taken to the Executive Team for a decision", "for approval". */
const DECIDED = /\b(decision|decide|decided|approval|approve|approved|sign[- ]?off|agreed)\b/i;

/**
 * The passages of the same published document held as other records (the Trust Ambitions paper's
 * annexes are its ambitions), best first: what the paper says when its own sections do not.
 */
function elsewhereInDocument(
  ctx: AnswerContext,
  paper: Paper,
  words: string,
  withNumbers = false,
  /** Among sentences holding as many words, those this matches first ("…for a decision"). */
  prefer: RegExp | null = null,
  /** Only these records' passages (a strategy the paper presents), not the rest of its pack. */
  onlyOf: readonly string[] | null = null,
): PaperSectionView[] {
  const wanted = contentWords(normalise(words)).map(stem);
  const holdsAll = (t: string) => holdsEvery(t, wanted);
  const hits = ctx.passages.search(words, { limit: 20 }).filter(
    (h) =>
      h.doc.source.documentId === paper.source.documentId &&
      !h.doc.id.startsWith(`${paper.id}#`) &&
      (!onlyOf || onlyOf.some((id) => h.doc.id.startsWith(`${id}#`))) &&
      // (In a board pack, another paper's section only for two words asked, not for one that happens
      // to be in it: "what is shown" is not the THRIVE report's projects.)
      h.wordsMatched >=
        (ctx.data.papers.some((p) => h.doc.id.startsWith(`${p.id}#`))
          ? 2
          : Math.min(2, h.wordsAsked)) &&
      (!withNumbers || /\d/.test(h.doc.text)),
  );
  // Those holding every word asked as typed first (not a synonym's near miss).
  const ranked = [
    ...hits.filter((h) => holdsAll(h.doc.text)),
    ...hits.filter((h) => !holdsAll(h.doc.text)),
  ];
  return ranked.slice(0, 3).map((h) => {
    // The sentences that say it, not the whole annex: those with every word, else those with any.
    const sentences = sentencesOf(h.doc.text);
    const every = sentences.filter(holdsAll);
    // (Those holding most of the words first: "a business case for additional investment" before a
    // sentence that only says "digital platform".)
    const held = (x: string) => wanted.filter((w) => holdsEvery(x, [w])).length;
    const withSome = sentences
      .filter((x) => held(x) > 0)
      .map((x, i) => ({ x, i, n: held(x), p: prefer?.test(x) ? 1 : 0 }))
      .sort((a, b) => b.n - a.n || b.p - a.p || a.i - b.i)
      .map(({ x }) => x);
    // With any figure printed beside a word asked ("247 virtual beds" for "the virtual ward").
    const figures = withSome.filter((x) => /\d/.test(x) && !every.includes(x));
    const picked = every.length
      ? [...every.slice(0, 3), ...figures.slice(0, 1)]
      : withSome.slice(0, 3);
    // A label ("Health Promotion.") with the sentence that follows it, which says what of it.
    const said = picked.flatMap((x) => {
      const next = sentences[sentences.indexOf(x) + 1];
      return x.split(' ').length <= 3 && next && !picked.includes(next) ? [x, next] : [x];
    });
    return { heading: h.doc.title, paragraphs: said.length ? said : [h.doc.text], figures: [] };
  });
}

/** Whose paper it is, when it is another trust's ("Cambridgeshire Community Services NHS Trust"). */
function organisationName(ctx: AnswerContext, organisationId: string): string | null {
  const organisation = ctx.data.organisations.find((o) => o.id === organisationId);
  if (!organisation) return null;
  // A name the papers do not print (worked out from the services a paper names) is said to be one.
  const inferred = organisation.dataQuality.some(
    (f) => f.kind === 'inferred-value' && f.field === 'name',
  );
  return inferred
    ? `${organisation.name} (inferred: the paper prints no trust name)`
    : organisation.name;
}

/** What a paper's annexes say, in place of its sections: no decision asked of them. */
function annexedSections(annexed: PaperSectionView[], words: string) {
  return {
    sections: annexed.map((x) => focusedOn(x, words)),
    decision: null,
    recommendations: [],
  };
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

/**
 * A section with the paragraphs holding every word asked first (or, when none does, those holding the
 * most of them, two or more: "who will host the combined hub?"), each with the list that follows it
 * ("The Alliance agreed five strategic objectives:" and the five), the rest after in their order.
 */
function focusedOn(view: PaperSectionView, words: string): PaperSectionView {
  const wanted = contentWords(normalise(words)).map(stem);
  if (!wanted.length) return view;
  const held = view.paragraphs.map((p) => coverage(wanted, p));
  const most = Math.max(...held);
  const enough = most === wanted.length || most >= 2 ? most : Infinity;
  const first = new Set<number>();
  view.paragraphs.forEach((p, i) => {
    if (held[i]! < enough) return;
    first.add(i);
    if (p.trimEnd().endsWith(':') && i + 1 < view.paragraphs.length) first.add(i + 1);
  });
  if (!first.size || first.has(0)) return view;
  const order = [...first].sort((a, b) => a - b);
  return {
    ...view,
    paragraphs: [
      ...order.map((i) => view.paragraphs[i]!),
      ...view.paragraphs.filter((_, i) => !first.has(i)),
    ],
  };
}

/** How often something happens, as a paper prints it ("in September and March each year"). */
const FREQUENCY =
  /\b((each|every|per) (year|month|quarter|meeting|week)|annually|quarterly|monthly|twice|six[- ]monthly|bi[- ]?annually)\b/i;

/**
 * "How often is the board updated on implementing it?": the paper's sections that say how often and
 * share a word asked ("in September and March each year"), then those found by the words.
 */
function frequencyFirst(paper: Paper, found: PaperSection[], words: string): PaperSection[] {
  if (!/\b(often|frequently|regularly)\b/.test(words)) return found;
  const wanted = contentWords(normalise(words))
    .filter((w) => !/^(often|frequently|regularly)$/.test(w))
    .map(stem);
  const textOf = (s: PaperSection) => paragraphsOf(s).join(' ');
  const saying = paper.sections.filter(
    (s) => FREQUENCY.test(textOf(s)) && wanted.some((w) => holdsEvery(textOf(s), [w])),
  );
  return [...new Set([...saying, ...found])];
}

/** How many of the stems asked a text holds. */
function coverage(asked: readonly string[], text: string): number {
  return asked.filter((w) => holdsEvery(text, [w])).length;
}

/**
 * A public minute holding every word asked (three or more): its printed sentence that holds most of
 * them, quoted. (Only the minutes' own words are quoted, never the summary Board Clerk keeps of them.)
 */
function minutedToo(ctx: AnswerContext, words: string): string | null {
  const [hit] = ctx.passages
    .search(words, { kinds: ['minute-item'], limit: 3 })
    .filter((h) => !h.doc.private && h.wordsAsked >= 3 && h.wordsMatched === h.wordsAsked);
  const minutes = hit && ctx.data.minutes.find((m) => hit.doc.id.startsWith(`${m.id}#`));
  const item = minutes?.items.find((i) => `${minutes.id}#${i.reference}` === hit!.doc.id);
  if (!hit || !item?.printedText) return null;
  const asked = contentWords(normalise(words)).map(stem);
  const sentences = item.printedText.flatMap(sentencesOf);
  const best = sentences.reduce(
    (a, b) => (coverage(asked, b) > coverage(asked, a) ? b : a),
    sentences[0] ?? '',
  );
  if (coverage(asked, best) < asked.length) return null;
  return `The minutes of ${formatDate(minutes!.heldOn)} (${item.reference}) say: “${best.trim()}”`;
}

/**
 * Whether an annex answers better than the paper's sections: it holds two or more words asked beyond
 * the best section, or two words asked side by side ("health promotion") that no section holds so.
 */
function annexSaysMore(
  annex: PaperSectionView,
  found: PaperSection[],
  words: string,
  sectionBest: number,
): boolean {
  const asked = contentWords(normalise(words));
  const text = ` ${normalise(annex.paragraphs.join(' '))} `;
  const held = coverage(asked.map(stem), text);
  // (Or the sections were found only by other words for it, the annex by the word asked.)
  if (held > sectionBest + 1 || (sectionBest === 0 && held > 0)) return true;
  const sections = found.map((x) => ` ${normalise(paragraphsOf(x).join(' '))} `);
  return asked.some((w, i) => {
    const pair = i + 1 < asked.length ? ` ${w} ${asked[i + 1]} ` : null;
    return !!pair && text.includes(pair) && !sections.some((t) => t.includes(pair));
  });
}

/** Sections holding the words asked together, as typed ("made up"), before those holding them apart. */
function phraseFirst(found: PaperSection[], words: string): PaperSection[] {
  const phrase = normalise(words);
  if (!phrase.includes(' ')) return found;
  const together = (s: PaperSection) =>
    ` ${normalise(paragraphsOf(s).join(' '))} `.includes(` ${phrase} `);
  return [...found.filter(together), ...found.filter((s) => !together(s))];
}

function subtitleOf(ctx: AnswerContext, paper: Paper): string {
  const meeting = ctx.data.meetings.find((m) => m.id === paper.meetingId);
  return [
    // Without a meeting held here: the paper's own date, written as a board paper writes one.
    meeting
      ? `${meeting.body}, ${formatDate(londonDateOf(meeting.startsAt))}`
      : paper.date.iso
        ? [
            organisationName(ctx, paper.organisationId),
            paper.cover.presentedTo,
            formatDate(paper.date.iso),
          ]
            .filter(Boolean)
            .join(', ')
        : paper.date.printed,
    paper.cover.sponsor ? `brought by ${paper.cover.sponsor}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const PURPOSE = /purpose|executive summary|introduction/i;

/** Words of a title that say which paper it is ("group", "board", "trust" name most of them). */
function titleWords(t: string): Set<string> {
  return new Set(
    normalise(t)
      .split(' ')
      .filter((w) => w.length > 3 && !/^(group|board|trust|report|update|paper)$/.test(w)),
  );
}

/**
 * When a paper comes to the board: its cover's next report, and the workplan's line for it (how often,
 * and the meetings it is planned for), saying when the workplan plans nothing later.
 */
function scheduleFacts(ctx: AnswerContext, paper: Paper): { label: string; value: string }[] {
  const meeting = ctx.data.meetings.find((m) => m.id === paper.meetingId);
  const own = titleWords(paper.title);
  const workplan =
    ctx.data.workplans.find((w) => w.id === meeting?.workplanId) ??
    ctx.data.workplans.find((w) => w.body === meeting?.body) ??
    null;
  const shared = (title: string) => [...titleWords(title)].filter((w) => own.has(w)).length;
  const item = workplan?.items
    .filter((i) => shared(i.title) >= Math.min(2, own.size) && shared(i.title) > 0)
    .sort((a, b) => shared(b.title) - shared(a.title))[0];
  const facts: { label: string; value: string }[] = [];
  // Where else it is reviewed, and how often, as its cover says ("…bi-monthly by the associated
  // level 1 Group Committee").
  if (paper.cover.consideredElsewhere)
    facts.push({ label: 'Also reviewed', value: paper.cover.consideredElsewhere });
  if (paper.cover.nextReport)
    facts.push({
      label: 'Next report',
      value:
        (printedDayOrMonthEnd(paper.cover.nextReport) ?? '9999-12-31') < ctx.today
          ? `${paper.cover.nextReport} (that date has passed; the papers Board Clerk holds say nothing later)`
          : paper.cover.nextReport,
    });
  if (workplan && item) {
    const frequency =
      item.frequency ??
      (item.frequencyLead && item.frequencyLead !== item.lead ? item.frequencyLead : null);
    facts.push({
      label: workplan.title,
      value: `${item.title}: ${frequency ?? 'no frequency printed'}${item.lead ? `, led by ${item.lead}` : ''}`,
    });
    const planned = workplan.meetingDates.filter((d) => item.plannedFor[d.date]);
    facts.push({
      label: 'Planned for',
      value: planned.length
        ? planned
            .map((d) => `${d.printed}${item.plannedFor[d.date] === 'X' ? '' : ' (as required)'}`)
            .join('; ')
        : 'no meeting the workplan covers',
    });
    const today = ctx.today;
    const later = planned.filter((d) => d.date >= today);
    facts.push({
      label: 'Next planned',
      value: later.length
        ? later[0]!.printed
        : `none: the ${workplan.title} covers meetings up to ${workplan.meetingDates.at(-1)?.printed ?? 'its last date'} and plans nothing later`,
    });
  }
  return facts;
}

/** A sentence that says how often the board hears of the paper's subject ("…in September and March each year"). */
const CADENCE =
  /\b(updates?|reports?|reported|report back|come back|return|brought back)\b[^.;]{0,160}?\b(each year|every year|annually|twice a year|twice yearly|bi-?annual(?:ly)?|six[- ]monthly|quarterly|every (?:month|quarter|six months))\b/i;

/**
 * When the paper itself says how often it comes ("updates … in September and March each year"): that
 * sentence, as printed, and the month named next after the paper's own date.
 */
function cadenceFacts(paper: Paper): { label: string; value: string }[] {
  for (const section of paper.sections)
    for (const part of section.content) {
      const text = typeof part === 'string' ? part : '';
      const sentence = text.split(/(?<=[.;])\s+/).find((t) => CADENCE.test(t));
      if (!sentence) continue;
      const facts = [
        { label: 'How often', value: `“${sentence.trim().replace(/^\d+(\.\d+)*\s+/, '')}”` },
      ];
      const months = MONTHS.flatMap((m, i) =>
        new RegExp(`\\b${m}\\b`, 'i').test(sentence) ? [i + 1] : [],
      );
      const [year, month] = (paper.date.iso ?? '').split('-').map(Number);
      if (months.length && year && month) {
        const later = months.find((m) => m > month);
        const next = later ? { month: later, year } : { month: months[0]!, year: year + 1 };
        facts.push({
          label: 'Next after this paper',
          value: `${MONTHS[next.month - 1]!} ${next.year} (this paper is of ${formatMonth(paper.date.iso!)})`,
        });
      }
      return facts;
    }
  return [];
}

/**
 * Whether an agenda item is a paper's: its title is the paper's, or adds to it ("Chief Executive Report
 * (to include feedback from Group SEB)"). Shared words are not enough: "Group Value Programme update"
 * and "THRIVE Strategy Update (to include update on Group…)" share two.
 */
export function isPapersItem(paper: { title: string }, item: { title: string }): boolean {
  return normalise(item.title).startsWith(normalise(paper.title));
}

/** A paper's cover sheet in words, and the lead of its item on its meeting's agenda. */
function coverFacts(ctx: AnswerContext, paper: Paper): { label: string; value: string }[] {
  const c = paper.cover;
  const meeting = ctx.data.meetings.find((m) => m.id === paper.meetingId);
  const item = meeting?.agenda.find((a) => isPapersItem(paper, a));
  const facts: [string, string | null | undefined][] = [
    ['Sponsor', c.sponsor],
    ['Author', c.author],
    [
      'Submitted',
      c.submitted && (c.submitted.iso ? formatDate(c.submitted.iso) : c.submitted.printed),
    ],
    ['Agenda lead', item?.lead ? `${item.lead} (${item.title})` : null],
    ['Presented to', c.presentedTo],
    ['Agenda item', c.agendaItem],
    ['Purpose', c.purposeOfReport],
    [
      'Assurance level',
      c.assuranceLevel === undefined
        ? null
        : c.assuranceLevel === null
          ? `none ticked (the paper offers ${c.assuranceScale.join(', ')})`
          : c.assuranceLevel,
    ],
    ['Why that level', c.assuranceRationale],
    ['Considered elsewhere', c.consideredElsewhere],
    ['Next report', c.nextReport],
    // The cover sheet's governance rows, as printed ("Board Assurance Framework considerations").
    ['BAF risks it relates to', c.riskReferences.join('; ')],
    ['Strategic alignment', c.strategicAlignment.join('; ')],
    ['Risk appetite', c.riskAppetite && `${c.riskAppetite.question}: ${c.riskAppetite.answer}`],
    ['False or misleading information (FOMI)', c.falseOrMisleadingInformation],
    ['Equality', c.equality],
  ];
  return facts.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

type PaperWant =
  'say' | 'figures' | 'decision' | 'cover' | 'cover-decision' | 'schedule' | 'cover-schedule';

/** A paper asked about, with its own flags on what the answer quotes. */
export function answerPaper(
  ctx: AnswerContext,
  paperId: string,
  words: string,
  want: PaperWant,
  /**
   * Asked for a decision ("…where's it going for decision?"): look in the document beyond the paper's
   * sections when they share only one word asked, and put first what says where it is decided.
   */
  forDecision = false,
): PaperAnswer | MessageAnswer {
  const answer = paperAnswered(ctx, paperId, words, want, forDecision);
  if (answer.kind !== 'paper') return answer;
  const flags = flagsOfWhatIsQuoted(ctx, paperId, answer);
  return flags.length ? { ...answer, notes: [...answer.notes, ...flags] } : answer;
}

function paperAnswered(
  ctx: AnswerContext,
  paperId: string,
  words: string,
  want: PaperWant,
  forDecision: boolean,
): PaperAnswer | MessageAnswer {
  const paper = ctx.data.papers.find((p) => p.id === paperId);
  if (!paper)
    return nothing('I can’t find that paper', 'It is not among the papers Board Clerk holds.');
  const base = {
    kind: 'paper' as const,
    title: paper.title,
    subtitle: subtitleOf(ctx, paper),
    sections: [] as PaperSectionView[],
    figures: [] as PaperAnswer['figures'],
    decision: paper.decision
      ? { type: paper.decision.type, printed: paper.decision.printed }
      : null,
    recommendations: paper.recommendations,
    cover: [] as { label: string; value: string }[],
    notes: [] as string[],
    source: citation(ctx.data, paper.source),
  };
  if (want === 'cover')
    return { ...base, cover: coverFacts(ctx, paper), decision: null, recommendations: [] };
  if (want === 'cover-decision')
    return {
      ...base,
      cover: coverFacts(ctx, paper),
      notes:
        paper.decision || paper.recommendations.length
          ? []
          : ['The paper asks no decision of the board.'],
    };
  if (want === 'schedule' || want === 'cover-schedule') {
    const facts = scheduleFacts(ctx, paper);
    const schedule = facts.length ? facts : cadenceFacts(paper);
    return {
      ...base,
      // "Who wrote it and when's the next one due?": the cover's names, then when it comes again.
      cover: [...(want === 'cover-schedule' ? coverFacts(ctx, paper) : []), ...schedule],
      decision: null,
      recommendations: [],
      notes: schedule.length
        ? []
        : [
            'Neither the paper’s cover nor the board’s workplan says when it comes to the board again.',
          ],
    };
  }
  const hits = words
    ? ctx.passages
        .search(words, { kinds: ['paper-section'], limit: 20 })
        .filter((h) => h.doc.id.startsWith(`${paper.id}#`))
    : [];
  const sectionOf = (id: string) => paper.sections.find((s) => `${paper.id}#${s.id}` === id);
  // "The digital platform business case in it - where's it going for decision?": what the paper says
  // of that, when it says something; else the decision the paper asks of the board.
  if (want === 'decision' && contentWords(normalise(words)).length >= 2) {
    const said = paperAnswered(ctx, paperId, words, 'say', true);
    if (said.kind === 'paper' && said.sections.length && !said.notes.length) return said;
  }
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
    // The figures its words describe (other words for them too), each with the sentence printing it.
    const described = words ? figureHits(ctx, words, [], paper) : [];
    if (described.length)
      return {
        ...base,
        // Each figure once, with the paper's own sentence under it (not the sentences, then the figures).
        figures: described.map((h) => {
          const sentence = sentenceWith(h.section, h.printed);
          return {
            label: h.label,
            printed: h.printed,
            section: h.section.heading,
            ...(sentence ? { quote: `“${sentence}”` } : {}),
          };
        }),
        decision: null,
        recommendations: [],
      };
    // A number the paper prints in its sentences rather than as a figure: "virtual ward beds".
    const said = words ? sentencesWithNumbers(paper, words) : [];
    if (said.length)
      return {
        ...base,
        sections: said.slice(0, 3),
        decision: null,
        recommendations: [],
      };
    // (A year names the paper, "the 2023 ambitions paper", not a figure in it.)
    const asked = new Set(
      contentWords(normalise(words))
        .filter((w) => !/^\d+$/.test(w))
        .map(stem),
    );
    const wanted = all.filter(({ f }) =>
      contentWords(normalise(f.label)).some((w) => asked.has(stem(w))),
    );
    // Numbers printed in the paper's annexes, held as other records of the same document.
    const annexed = words && !wanted.length ? elsewhereInDocument(ctx, paper, words, true) : [];
    if (annexed.length) return { ...base, ...annexedSections(annexed, words) };
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
  const searched = hits.map((h) => sectionOf(h.doc.id)).filter((s): s is PaperSection => !!s);
  // (A word too common for the search to weigh, "risks", is still found where the paper prints it:
  // "the group value programme - what are the risks?" is its key risks, not "says nothing".)
  const printed = wordsOf(normalise(words))
    .filter((w) => w.length > 2)
    .map(stem);
  const found =
    searched.length || !printed.length
      ? searched
      : paper.sections.filter((x) => {
          const own = new Set(wordsOf(normalise(paragraphsOf(x).join(' '))).map(stem));
          return printed.every((w) => own.has(w));
        });
  // "How's the virtual ward doing, in the Trust Ambitions paper?": its annexes, held as the ambitions,
  // also (for a decision asked of something in it) when its sections share only one word of what was
  // asked ("digital" of "the digital platform business case").
  const weak =
    forDecision &&
    hits.length > 0 &&
    contentWords(normalise(words)).length >= 4 &&
    !hits.some((h) => h.wordsMatched > 1);
  // ("Had work started on routine health promotion?": the sections hold "work" and "started", an
  // annex holds "health promotion" too: the annex, which holds more of what was asked.)
  const asked = contentWords(normalise(words)).map(stem);
  const sectionBest = Math.max(0, ...found.map((x) => coverage(asked, paragraphsOf(x).join(' '))));
  // (Only a paper published alone has annexes: in a board pack, the rest of the document is other papers.)
  const alone = !ctx.data.papers.some(
    (p) => p.id !== paper.id && p.source.documentId === paper.source.documentId,
  );
  // (In a pack, the strategy a paper presents is its own: the THRIVE report's themes.)
  const presents = paper.relatedIds.filter((id) => ctx.data.strategies.some((x) => x.id === id));
  const own = alone || presents.length > 0;
  const annexed =
    words && (!found.length || weak || (own && sectionBest < asked.length))
      ? elsewhereInDocument(
          ctx,
          paper,
          words,
          false,
          forDecision ? DECIDED : null,
          alone ? null : presents,
        )
      : [];
  if (
    annexed.length &&
    (!found.length || weak || (own && annexSaysMore(annexed[0]!, found, words, sectionBest)))
  )
    return { ...base, ...annexedSections(annexed, words) };
  // ("What does it say about the Mental Health Bill?": the sections holding every word asked, where
  // some do, not others sharing one of them, "mental health", after them.)
  const complete =
    asked.length >= 2 && sectionBest === asked.length
      ? found.filter((x) => coverage(asked, paragraphsOf(x).join(' ')) === asked.length)
      : found;
  // (A section headed with what was asked, "University Status", is what the paper says of it; not
  // the others that mention a word of it in passing.)
  const headed = complete.filter((x) => holdsEvery(x.heading, asked));
  const sections = found.length
    ? frequencyFirst(paper, phraseFirst(headed.length ? headed : complete, words), words).slice(
        0,
        3,
      )
    : paper.sections.filter((s) => PURPOSE.test(s.heading)).slice(0, 1);
  const notes: string[] = [];
  if (words && !found.length)
    notes.push(
      `The ${paper.title} says nothing about “${words}”. Its sections: ${paper.sections.map((s) => s.heading).join('; ')}.`,
    );
  // "When was that annual EMA event both boards were invited to?": the paper says October, the minutes
  // the day. Where the paper holds only some of the words asked and a public minute holds them all, it
  // is said too.
  const minuted =
    words && found.length && sectionBest < asked.length ? minutedToo(ctx, words) : null;
  if (minuted) notes.push(minuted);
  // ("What does the BAF paper say about committee review?": its cover says where else it is reviewed.)
  const onCover =
    words && asked.length ? coverFacts(ctx, paper).filter((f) => holdsEvery(f.value, asked)) : [];
  return {
    ...base,
    cover: onCover,
    sections: sections.map((x) => focusedOn(sectionView(x), words)),
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
  author = false,
  words = '',
): CommitteeReportAnswer | MessageAnswer {
  const reports = [...ctx.data.committeeReports].sort((a, b) =>
    (b.heldOn.iso ?? '').localeCompare(a.heldOn.iso ?? ''),
  );
  const report = reports.find((r) => r.id === reportId) ?? reports[0];
  if (!report)
    return nothing(
      'No committee reports',
      'There are no Alert, Advise and Assure reports in Board Clerk yet.',
    );
  const notes: string[] = [];
  // "What did the committee make of the people dashboard?": the items about it, when there are any.
  const wanted = contentWords(normalise(words)).map(stem);
  const about = (i: { subject?: string | null; text: string }) => {
    const said = contentWords(normalise(`${i.subject ?? ''} ${i.text}`)).map(stem);
    return wanted.filter((w) => said.includes(w)).length;
  };
  const most = Math.max(0, ...report.blocks.flatMap((b) => b.items.map(about)));
  const onTopic = wanted.length > 0 && most * 2 >= wanted.length;
  if (wanted.length)
    notes.push(
      onTopic
        ? `What the ${report.committee} reported about ${words}:`
        : `The ${report.committee}’s report (${report.heldOn.printed}) says nothing about ${words}; this is all it reports.`,
    );
  const blocks = report.blocks
    .filter((b) => !level || b.level === level)
    .map((b) => (onTopic ? { ...b, items: b.items.filter((i) => about(i) === most) } : b))
    .filter((b) => !onTopic || b.items.length);
  if (author)
    notes.push(
      report.author
        ? `${report.author} wrote the ${report.committee}’s report (${report.heldOn.printed}).`
        : `The ${report.committee}’s report (${report.heldOn.printed}) does not name its author.`,
    );
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
    author: report.author ?? null,
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

/** A committee with no report held: said, with the reports that are. */
function noReportOf(ctx: AnswerContext, committee: string): MessageAnswer {
  const held = ctx.data.committeeReports.map((r) => `${r.committee} (${r.heldOn.printed})`);
  return nothing(
    `No report from the ${committee}`,
    `Board Clerk holds no Alert, Advise and Assure report from the ${committee}.${held.length ? ` It holds: ${held.join('; ')}.` : ''}`,
  );
}

const ARROW: Record<string, string> = { up: 'up', down: 'down', same: 'unchanged' };

/**
 * The report's commentary on the figures shown: a note that names a value as printed ("marked as
 * 'Null'") or shares two words of an indicator's name ("the drop in NHFT Urgent Care Response").
 */
function notesOn(
  notes: readonly string[],
  rows: readonly { label: string; values: readonly { printed: string }[] }[],
): string[] {
  const stems = (text: string) => new Set(contentWords(normalise(text)).map(stem));
  return notes.filter((note) => {
    const said = stems(note);
    return rows.some(
      (row) =>
        row.values.some((v) => /^[a-z]/i.test(v.printed) && note.includes(v.printed)) ||
        [...stems(row.label)].filter((w) => !/\d/.test(w) && said.has(w)).length >= 2,
    );
  });
}

/** A printed target's limit and direction ("< 4.6%": below 4.6; "95%": 95, no direction). */
function targetLimit(
  target: string,
): { direction: string | undefined; limit: number; printed: string } | null {
  const m = /^\s*(<=|>=|≤|≥|<|>)?\s*([\d,]*\.?\d+)\s*%?\s*$/.exec(target);
  return m ? { direction: m[1], limit: Number(m[2]!.replace(/,/g, '')), printed: m[2]! } : null;
}

/** How far a figure misses its printed target: "177 over", "0.2 points over", "3 short"; null when met. */
export function missedBy(
  value: number | null | undefined,
  target: string | null | undefined,
): string | null {
  if (meetsTarget(value, target) !== false) return null;
  const printed = targetLimit(target!)!;
  const gap = Math.round(Math.abs(value! - printed.limit) * 10) / 10;
  const unit = /%/.test(target!) ? ' points' : '';
  return `${gap.toLocaleString('en-GB')}${unit} ${value! > printed.limit ? 'over' : 'short'}`;
}

/**
 * Whether a value meets its printed target: "< 10%", ">= 95%", "<= 922" are read; a bare figure ("971",
 * "100%", "0") says no direction, except a target of 100% (nothing above it) or of 0 (nothing below).
 * Null where the target cannot be read: the answer says the report does not say.
 */
export function meetsTarget(
  value: number | null | undefined,
  target: string | null | undefined,
): boolean | null {
  if (typeof value !== 'number' || !target) return null;
  const printed = targetLimit(target);
  if (!printed) return null;
  const { limit } = printed;
  switch (printed.direction) {
    case '<':
      return value < limit;
    case '<=':
    case '≤':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
    case '≥':
      return value >= limit;
    default:
      if (/%/.test(target) && limit === 100) return value >= 100;
      if (limit === 0) return value <= 0;
      return null;
  }
}

export function answerPerformance(
  ctx: AnswerContext,
  want: 'segment' | 'indicator' | 'domains',
  organisationIds: readonly string[],
  indicatorIds: readonly string[],
  /** Only the values that miss (or meet) their printed target: "which measures are off target?". */
  against: 'missed' | 'met' | null = null,
  /** The sum asked of the figures: "how many more does NHFT have", "how far over its ceiling". */
  worked: FigureSum | null = null,
  /** "Is LPT worse than NHFT?": the yes or no said first. */
  asked: FigureJudgement | null = null,
): PerformanceAnswer | MessageAnswer {
  const latest = [...ctx.data.performanceReports].sort((a, b) =>
    (b.date.iso ?? b.date.printed).localeCompare(a.date.iso ?? a.date.printed),
  )[0];
  if (!latest)
    return nothing('No performance report', 'There is no performance report in Board Clerk yet.');
  // Figures in the order the organisations were asked: "is LPT worse than NHFT" shows LPT first.
  const rank = (id: string) =>
    organisationIds.includes(id) ? organisationIds.indexOf(id) : organisationIds.length;
  const inAskedOrder = <T extends { organisationId: string }>(values: readonly T[]): T[] =>
    [...values].sort((a, b) => rank(a.organisationId) - rank(b.organisationId));
  const report = {
    ...latest,
    segmentation: inAskedOrder(latest.segmentation),
    indicators: latest.indicators.map((i) => ({ ...i, values: inAskedOrder(i.values) })),
    domainScores: latest.domainScores.map((d) => ({ ...d, values: inAskedOrder(d.values) })),
  };
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
  type Judged = { value?: number | null; target?: string };
  const judged = (v: Judged) => meetsTarget(v.value, v.target) === (against === 'met');
  const build = (keep: (v: Judged) => boolean) => [
    ...report.indicators
      .filter((i) => indicatorIds.includes(i.id))
      .map((i) => ({
        // (A footnote's marker, "DQMI score**", is no part of its name.)
        label: i.indicator.replace(/\s*\*+$/, ''),
        detail: `${i.group}, ${i.period}${i.benchmarks?.national ? ` · national ${i.benchmarks.national}` : ''}${i.benchmarks?.regional ? ` · regional ${i.benchmarks.regional}` : ''}`,
        values: i.values
          .filter((v) => wanted(v.organisationId))
          .filter(keep)
          .map((v) => ({
            organisation: orgName(v.organisationId),
            printed: v.printed,
            target: v.target ?? null,
            met: meetsTarget(v.value, v.target),
            missedBy: missedBy(v.value, v.target),
            trend: v.trend?.direction ? ARROW[v.trend.direction]! : null,
          })),
      })),
    ...report.domainScores
      // "Which domain do we score worst on": the framework's domains themselves, not their measures.
      .filter((d) => (want === 'domains' ? !d.metric : indicatorIds.includes(d.id)))
      .map((d) => ({
        label: d.metric ?? `${d.domain} (domain score)`,
        // (A measure's organisational score is on the same scale: "2.76" is no percentage.)
        detail: `${report.framework}: ${d.domain}, ${d.metric ? 'organisational score' : 'scored'} 1 (best) to 4`,
        values: d.values
          .filter((v) => wanted(v.organisationId))
          .filter(keep)
          .map((v) => ({
            organisation: orgName(v.organisationId),
            printed: v.printed,
            target: v.target ?? null,
            met: meetsTarget(v.value, v.target),
            missedBy: missedBy(v.value, v.target),
            trend: v.direction?.direction ? ARROW[v.direction.direction]! : null,
          })),
      })),
  ];
  const picked = against ? build(judged).filter((row) => row.values.length > 0) : [];
  // None missing (or meeting) it: a few figures named are shown anyway, so the answer shows why.
  const rows = against && (picked.length || indicatorIds.length > 6) ? picked : build(() => true);
  const notes: string[] = [];
  // The answer said first: how many figures miss (or meet) their target, and which cannot be judged.
  const targetLead = (against: 'missed' | 'met'): string[] => {
    const asked = report.indicators
      .filter((i) => indicatorIds.includes(i.id))
      .flatMap((i) => i.values.filter((v) => wanted(v.organisationId)).map((v) => ({ i, v })));
    const unjudged = asked.filter(({ v }) => v.target && meetsTarget(v.value, v.target) === null);
    const untargeted = asked.filter(({ v }) => !v.target).length;
    const count = picked.reduce((n, r) => n + r.values.length, 0);
    const [verb, verbs] = against === 'missed' ? ['miss', 'misses'] : ['meet', 'meets'];
    return [
      count
        ? `${count} figure${count === 1 ? '' : 's'} ${count === 1 ? `${verbs} its` : `${verb} their`} printed target: ${picked.map((r) => `${r.label} (${r.values.map((v) => `${v.organisation} ${v.printed} against ${v.target}${v.missedBy ? `, ${v.missedBy}` : ''}`).join('; ')})`).join('; ')}.`
        : `None of the figures asked about ${verbs} its printed target.`,
      ...(unjudged.length
        ? [
            `Targets printed with no direction, not judged: ${unjudged.map(({ i, v }) => `${i.indicator} (${orgName(v.organisationId)}, ${v.target})`).join('; ')}.`,
          ]
        : []),
      ...(untargeted ? [`${untargeted} of the figures asked about have no target printed.`] : []),
    ];
  };
  if (want === 'segment')
    notes.push(
      segments.length
        ? `${segments.map((s) => `${s.organisation} is in segment ${s.segment} (${s.printed})`).join('; ')} of the ${report.framework}, for ${segments[0]!.period}. Segment 1 is the best of 5.`
        : 'The report gives no segment for that organisation.',
    );
  notes.push(...report.notes.slice(0, 1), ...notesOn(report.notes.slice(1), rows));
  const sums =
    worked && want !== 'segment'
      ? figureSums(report, indicatorIds, want, wanted, orgName, worked, asked)
      : [];
  return {
    kind: 'performance',
    title:
      want === 'segment'
        ? `${report.framework} segments`
        : want === 'domains'
          ? `${report.framework} domain scores`
          : against
            ? `${report.title}: figures ${against === 'missed' ? 'missing' : 'meeting'} their target`
            : rows.length > 4
              ? `${report.title}: ${rows.length} measures`
              : `${report.title}: ${rows.map((r) => r.label).join(', ')}`,
    segments: want === 'segment' ? segments : [],
    rows: want === 'segment' ? [] : rows,
    ...(want === 'domains' ? { lead: bestAndWorstDomains(report, wanted, orgName) } : {}),
    ...(against ? { lead: targetLead(against) } : {}),
    ...(sums.length ? { lead: sums } : {}),
    notes,
    source: citation(ctx.data, report.source),
  };
}

/** A sum a director asks of two trusts' figures, or of a figure and its printed target. */
export type FigureSum = 'difference' | 'total' | 'against-target';

const FIGURE_SUMS: [FigureSum, RegExp][] = [
  [
    'against-target',
    /\b(how far (over|above|below|under|off|short|from)|(over|above|under|below|short of|off) (its|their|the) (target|ceiling|cap|limit|plan|threshold|trajectory)|(furthest|most) (over|above|below|under|off|from))\b/,
  ],
  [
    'difference',
    /\b(difference|differ|how (many|much) (more|less|fewer|higher|lower|bigger|smaller|worse|better)|(biggest|largest|widest|smallest) gap|gap between|(more|less|fewer|higher|lower|worse|better) than(?! (its |their |the |our )?(targets?|ceilings?|plans?|limits?|thresholds?|trajector(y|ies))\b)|level|the same|equal|tied)\b/,
  ],
  ['total', /\b(combined|in total|total|altogether|together|sum|add(ed)? up|between them)\b/],
];

/** The sum a question asks of the figures it names, if it asks one. */
export function figureSumAsked(text: string): FigureSum | null {
  const t = normalise(text);
  return FIGURE_SUMS.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
}

/**
 * A judgement asked between two trusts' figures: "is LPT sickness worse than NHFT?" (a yes or no about
 * the trust named first), "which has the higher vacancy rate?".
 */
export type FigureJudgement = { word: 'worse' | 'better' | 'higher' | 'lower'; yesNo: boolean };

const JUDGED_WORDS: [FigureJudgement['word'], RegExp][] = [
  ['worse', /\b(worse|worst|poorer|poorest)\b/],
  ['better', /\b(better|best)\b/],
  ['higher', /\b(higher|highest|more|most|bigger|biggest|greater|larger)\b/],
  ['lower', /\b(lower|lowest|less|least|fewer|smaller|smallest)\b/],
];

export function figureJudgementAsked(text: string): FigureJudgement | null {
  const t = normalise(text);
  const sum = figureSumAsked(text);
  if ((sum && sum !== 'difference') || /\bhow (many|much)\b/.test(t)) return null;
  if (!/\b(than|which|who|whose|compare\w*|vs|versus)\b/.test(t)) return null;
  if (/\bthan (its |their |the |our )?(targets?|ceilings?|plans?|limits?|thresholds?)\b/.test(t))
    return null;
  const word = JUDGED_WORDS.find(([, pattern]) => pattern.test(t))?.[0];
  if (!word) return null;
  // "Better or worse than NHFT?" asks which, not yes or no.
  const either = /\b(better or worse|worse or better|higher or lower|lower or higher)\b/.test(t);
  const asked = t.replace(/^(and|so|but|ok|then) /, '');
  return either
    ? { word: word === 'worse' ? 'better' : word === 'lower' ? 'higher' : word, yesNo: false }
    : { word, yesNo: /^(is|are|was|were|does|do|did|has|have|had)\b/.test(asked) };
}

/**
 * Which way is better for a row, from its printed target ("< 4.5%": lower) or, for the oversight
 * framework's scores, 1 being best; null when the report does not say.
 */
function lowerIsBetter(
  values: readonly { target?: string }[],
  frameworkScore: boolean,
  label: string,
): boolean | null {
  if (frameworkScore) return true;
  const directions = values.flatMap((v) => {
    const d = targetLimit(v.target ?? '')?.direction;
    return d ? [/[<≤]/.test(d)] : [];
  });
  if (directions.length && directions.every((d) => d === directions[0])) return directions[0]!;
  // No target says which way: long waits, breaches and out-of-area placements are fewer the better.
  return !directions.length && FEWER_IS_BETTER.test(label) ? true : null;
}

/** Measures that are better the fewer there are, whatever their target says (or where it says nothing). */
const FEWER_IS_BETTER = /\b(waiters?|waits|waiting|breach\w*|out of area)\b/i;

/** A number as the papers print it, to the places its inputs have ("0.85", "105", "2.6"). */
function printedLike(n: number, inputs: readonly string[]): string {
  const places = Math.max(0, ...inputs.map((p) => /\.(\d+)/.exec(p)?.[1]?.length ?? 0));
  return Number(n.toFixed(places)).toLocaleString('en-GB', {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
}

/**
 * The sum asked, worked out for each figure named: the gap between two organisations, their total,
 * or how far each is from its printed target ("NHFT 602 against a target of <= 425: 177 over").
 * A percentage's gap is in percentage points. Figures without a number, or a target without a limit,
 * are left out rather than guessed.
 */
function figureSums(
  report: ReferenceData['performanceReports'][number],
  indicatorIds: readonly string[],
  want: 'indicator' | 'domains',
  wanted: (organisationId: string) => boolean,
  orgName: (id: string) => string,
  worked: FigureSum,
  judged: FigureJudgement | null = null,
): string[] {
  type Value = { organisationId: string; printed: string; value?: number | null; target?: string };
  const withIndicators = report.indicators.some((i) => indicatorIds.includes(i.id));
  const rows: { label: string; values: Value[]; score?: true }[] = [
    ...report.indicators
      .filter((i) => indicatorIds.includes(i.id))
      .map((i) => ({ label: i.indicator.replace(/\s*\*+$/, ''), values: i.values })),
    ...report.domainScores
      .filter((d) => (want === 'domains' ? !d.metric : indicatorIds.includes(d.id)))
      .map((d) => ({
        score: true as const,
        // ("Sickness Absence Rate: LPT 2.85" beside "Sickness Overall: LPT 6.0%" is a framework score,
        // not a percentage: said so.)
        label: d.metric
          ? `${d.metric}${withIndicators ? ' (oversight framework score)' : ''}`
          : `${d.domain} (domain score)`,
        values: d.values,
      })),
  ];
  const out: string[] = [];
  let verdict = '';
  const betterOn: { label: string; who: string; better: boolean; said: string }[] = [];
  const gaps: { label: string; gap: number; named: string }[] = [];
  for (const row of rows) {
    const values = row.values.filter(
      (v): v is Value & { value: number } =>
        wanted(v.organisationId) && typeof v.value === 'number',
    );
    const unit = (printed: string) => (/%\s*$/.test(printed) ? ' percentage points' : '');
    if (worked === 'against-target') {
      const distances = values.flatMap((v) => {
        const target = targetLimit(v.target ?? '');
        if (!target) return [];
        const above = v.value - target.limit;
        const met = meetsTarget(v.value, v.target);
        const by = printedLike(Math.abs(above), [v.printed, target.printed]) + unit(v.printed);
        const said =
          above === 0
            ? 'exactly at it'
            : `${by} ${above > 0 ? 'over' : 'under'}${met === false ? ', missing it' : met ? ', meeting it' : ''}`;
        return [{ v, above, said }];
      });
      if (!distances.length) continue;
      const furthest = [...distances].sort((a, b) => b.above - a.above)[0]!;
      out.push(
        `${row.label}: ${distances.map((g) => `${orgName(g.v.organisationId)} ${g.v.printed} against a target of ${g.v.target}, ${g.said}`).join('; ')}.${distances.length > 1 && furthest.above > 0 ? ` Furthest over: ${orgName(furthest.v.organisationId)}.` : ''}`,
      );
      continue;
    }
    if (values.length < 2) continue;
    const printed = values.map((v) => v.printed);
    const named = values.map((v) => `${orgName(v.organisationId)} ${v.printed}`).join(', ');
    if (worked === 'total') {
      const sum = values.reduce((n, v) => n + v.value, 0);
      out.push(`${row.label}: ${named}; together ${printedLike(sum, printed)}.`);
      continue;
    }
    if (values.length !== 2) continue;
    const [a, b] = [...values].sort((x, y) => y.value - x.value) as [
      Value & { value: number },
      Value & { value: number },
    ];
    const gap = a.value - b.value;
    gaps.push({ label: row.label, gap, named });
    const lowerBetter = judged ? lowerIsBetter(values, row.score === true, row.label) : null;
    const why =
      lowerBetter === null
        ? ''
        : `, so ${lowerBetter ? 'worse' : 'better'} (${row.score ? '1 is the best score, 4 the worst' : `${lowerBetter ? 'lower' : 'higher'} is better`})`;
    out.push(
      gap === 0
        ? `${row.label}: ${named}; level, no difference.`
        : `${row.label}: ${named}; ${orgName(a.organisationId)} is ${printedLike(gap, printed)}${unit(a.printed)} higher${why}.`,
    );
    if (judged && !verdict) verdict = judgement(judged, row.label, values, lowerBetter, orgName);
    // Whether the trust named first is the better on this figure, where the report says which way is.
    const [first, other] = values as [Value & { value: number }, Value & { value: number }];
    if (judged && lowerBetter !== null && first.value !== other.value)
      betterOn.push({
        label: row.label,
        who: orgName(first.organisationId),
        better: first.value < other.value === lowerBetter,
        said: `${orgName(first.organisationId)} ${first.printed}, ${orgName(other.organisationId)} ${other.printed}`,
      });
  }
  // The yes or no (about the first figure) said before the figures; another figure that says the
  // opposite is said with it ("but on the framework's sickness score LPT is worse").
  const against = betterOn.find((b) => b.better !== betterOn[0]?.better);
  if (verdict && against)
    verdict += ` But on ${against.label} ${against.who} is ${against.better ? 'better' : 'worse'} (${against.said}): the two measures disagree.`;
  if (verdict) out.unshift(verdict);
  // Of several figures, the widest gap and those level, said first.
  if (worked === 'difference' && gaps.length > 2) {
    const widest = Math.max(...gaps.map((g) => g.gap));
    const level = gaps.filter((g) => g.gap === 0).map((g) => g.label);
    out.unshift(
      `Biggest gap: ${gaps
        .filter((g) => g.gap === widest)
        .map((g) => `${g.label} (${g.named})`)
        .join(' and ')}. ${level.length ? `Level: ${level.join('; ')}.` : 'None is level.'}`,
    );
  }
  return out;
}

/**
 * The judgement asked of one figure, about the trust named first: "No: LPT’s Sickness Overall (6.0%) is
 * lower than NHFT’s (7.2%), better." A worse or better the report gives no direction for is not guessed.
 */
function judgement(
  judged: FigureJudgement,
  label: string,
  values: readonly { organisationId: string; printed: string; value: number }[],
  lowerBetter: boolean | null,
  orgName: (id: string) => string,
): string {
  const [first, other] = values as [(typeof values)[number], (typeof values)[number]];
  const [who, them] = [orgName(first.organisationId), orgName(other.organisationId)];
  if ((judged.word === 'worse' || judged.word === 'better') && lowerBetter === null)
    return `${label}: ${who} ${first.printed}, ${them} ${other.printed}. The report does not say whether higher or lower is better.`;
  if (first.value === other.value)
    return `${judged.yesNo ? 'No: ' : ''}${label} is level: ${who} and ${them} both ${first.printed}.`;
  const firstHigher = first.value > other.value;
  const higherAsked =
    judged.word === 'higher' ||
    (judged.word === 'worse' && lowerBetter === true) ||
    (judged.word === 'better' && lowerBetter === false);
  const holds = higherAsked === firstHigher;
  const judgedWord =
    lowerBetter === null ? '' : `, ${firstHigher === lowerBetter ? 'worse' : 'better'}`;
  if (judged.yesNo)
    return `${holds ? 'Yes' : 'No'}: ${who}’s ${label} (${first.printed}) is ${firstHigher ? 'higher' : 'lower'} than ${them}’s (${other.printed})${judgedWord}.`;
  const [winner, loser] = holds ? [first, other] : [other, first];
  return `${orgName(winner.organisationId)}’s ${label} is ${judged.word}: ${winner.printed} against ${orgName(loser.organisationId)}’s ${loser.printed}.`;
}

/** Each organisation's worst and best oversight domain (scored 1, the best, to 4). */
function bestAndWorstDomains(
  report: ReferenceData['performanceReports'][number],
  wanted: (organisationId: string) => boolean,
  orgName: (id: string) => string,
): string[] {
  const byOrg = new Map<string, { domain: string; value: number; printed: string }[]>();
  for (const d of report.domainScores)
    if (!d.metric)
      for (const v of d.values)
        if (wanted(v.organisationId) && typeof v.value === 'number')
          byOrg.set(v.organisationId, [
            ...(byOrg.get(v.organisationId) ?? []),
            { domain: d.domain, value: v.value, printed: v.printed },
          ]);
  return [...byOrg].flatMap(([org, scores]) => {
    if (scores.length < 2) return [];
    const sorted = [...scores].sort((a, b) => b.value - a.value);
    const worst = sorted[0]!;
    const best = sorted[sorted.length - 1]!;
    return [
      `${orgName(org)} scores worst on ${worst.domain} (${worst.printed}) and best on ${best.domain} (${best.printed}); 1 is the best score, 4 the worst.`,
    ];
  });
}

/** The parts of a committee's terms of reference a question can ask for. */
export const TERMS_PARTS = [
  'all',
  'chair',
  'quorum',
  'attendance',
  'membership',
  'responsibilities',
  'frequency',
  'records',
  'purpose',
] as const;
export type TermsPart = (typeof TERMS_PARTS)[number];

export function answerTermsOfReference(
  ctx: AnswerContext,
  termsId: string,
  part: TermsPart,
  /** Two or more parts asked at once ("how often does it meet and who keeps the action log"). */
  also: TermsPart[] = [],
): PaperAnswer | MessageAnswer {
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
    { heading: 'Responsibilities', paragraphs: t.responsibilities, figures: [] },
    { heading: 'Quorum', paragraphs: [t.quorum.printed], figures: [] },
    { heading: 'Attendance', paragraphs: t.attendance, figures: [] },
    { heading: 'Frequency', paragraphs: [t.frequency], figures: [] },
    { heading: 'Records and reporting', paragraphs: t.recordsAndReporting, figures: [] },
  ].filter((p) => p.paragraphs.length > 0);
  // A quorum is read with what members are expected to attend ("quorum and attendance"); a chair the
  // terms do not name (said in a note), with the members one would come from.
  const headingsOf = (asked: TermsPart) =>
    asked === 'quorum'
      ? ['quorum', 'attendance']
      : asked === 'chair' && !t.chair
        ? ['membership']
        : [asked];
  const headings = [part, ...also].flatMap(headingsOf);
  const wanted =
    part === 'all' && !also.length
      ? parts
      : parts.filter((p) => headings.includes(p.heading.toLowerCase().split(' ')[0]!));
  return {
    kind: 'paper',
    title: `${t.body}: terms of reference`,
    subtitle: t.established ? `Established ${t.established.printed}` : '',
    sections: wanted,
    figures: [],
    decision: null,
    recommendations: [],
    cover: [],
    notes:
      (part === 'chair' || also.includes('chair')) && !t.chair
        ? ['The terms of reference do not name a chair. Its members are below.']
        : [],
    source: citation(ctx.data, t.source),
  };
}

/** What a paper says (about some words), the figures it prints, or the decision it asks of the board. */
export const paper = kind(
  'paper',
  {
    paperId: Id,
    words: Text,
    want: z.enum([
      'say',
      'figures',
      'decision',
      'cover',
      'cover-decision',
      'schedule',
      'cover-schedule',
    ]),
  },
  (q, ctx, text) => {
    // "Anything waiting on me out of the value programme paper?": what it says of the asker's role.
    const mine =
      q.want === 'say' && ASKED_OF_ME.test(normalise(text)) ? roleItNames(ctx, q.paperId) : null;
    // (With the question's own words: "leading" puts first where the role is leading something; not
    // the asker's own name, "sam - anything on me…".)
    const own = new Set(normalise(ctx.asker?.name ?? '').split(' '));
    const asked = q.words
      .split(' ')
      .filter((w) => !own.has(w))
      .join(' ');
    const found = answerPaper(ctx, q.paperId, mine ? `${mine} ${asked}`.trim() : q.words, q.want);
    const answer =
      mine && found.kind === 'paper' ? namingTheRole(ctx, found, q.paperId, mine, asked) : found;
    const note = resolutionNotHeld(ctx, q.paperId, text);
    return note && answer.kind === 'paper' ? { ...answer, notes: [note, ...answer.notes] } : answer;
  },
);

/**
 * The paper's own flags on what the answer quotes ("three in December 2026", a year mistyped): said
 * beside the words, so a quoted slip is never passed on as fact.
 */
function flagsOfWhatIsQuoted(ctx: AnswerContext, paperId: string, answer: PaperAnswer): string[] {
  const paper = ctx.data.papers.find((p) => p.id === paperId);
  const quoted = [
    ...answer.sections.flatMap((s) => s.paragraphs),
    ...answer.figures.map((f) => `${f.printed} ${f.quote ?? ''}`),
  ].join(' ');
  return (paper?.dataQuality ?? [])
    .map((f) => ({ printed: f.printed, note: `⚠ ${f.message}` }))
    .filter((f) => f.printed && quoted.includes(f.printed) && !answer.notes.includes(f.note))
    .map((f) => f.note);
}

/**
 * A paper asked what it holds for the asker: only its passages naming their role, said first, those
 * with the question's other words ("leading") before the rest, each in the paper's order.
 */
function namingTheRole(
  ctx: AnswerContext,
  answer: PaperAnswer,
  paperId: string,
  role: string,
  asked: string,
): PaperAnswer {
  const paper = ctx.data.papers.find((p) => p.id === paperId);
  if (!paper) return answer;
  const names = (p: string) => {
    const t = ` ${normalise(p)} `;
    return t.includes(` ${role} `) || t.includes(` ${role}s `);
  };
  const wanted = contentWords(normalise(asked)).map(stem);
  const holdsAsked = (p: string) =>
    contentWords(normalise(p)).some((w) => wanted.includes(stem(w)));
  const sections = [
    ...paper.sections.flatMap((s) => {
      const paragraphs = passagesInContext(s).filter(names);
      return paragraphs.length ? [{ heading: s.heading, paragraphs, figures: [] }] : [];
    }),
    // Terms of reference the paper appends ("Transition Group terms of reference"): membership too.
    ...ctx.data.termsOfReference
      .filter((tor) => tor.paperId === paperId && tor.membership.some(names))
      .map((tor) => ({
        heading: `${tor.body} terms of reference: membership`,
        paragraphs: [`Members: ${tor.membership.join('; ')}.`],
        figures: [],
      })),
  ];
  if (!sections.length) return answer;
  const ordered = [
    ...sections.filter((s) => s.paragraphs.some(holdsAsked)),
    ...sections.filter((s) => !s.paragraphs.some(holdsAsked)),
  ];
  const count = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  // The role as the paper prints it ("the Chief People Officer").
  const printed =
    new RegExp(`\\b${role.split(' ').map(escapeRegExp).join('\\W+')}`, 'i').exec(
      sections[0]!.paragraphs.join(' '),
    )?.[0] ?? role;
  return {
    ...answer,
    sections: ordered,
    figures: [],
    notes: [
      `The paper names the ${printed} (your role) in ${count} passage${count === 1 ? '' : 's'}:`,
      ...answer.notes,
    ],
  };
}

/** A paper asked about for the asker: "anything on me", "am I leading on anything in it". */
const ASKED_OF_ME =
  /\b(on me|for me|with me|to me|am i|have i|do i|my (role|team|job|name|portfolio|area|directorate))\b/;

/**
 * The asker's role as the paper names it ("the Chief People Officer is developing…", "the Medical
 * Directors … are leading this work"); null when it names none of their roles.
 */
function roleItNames(ctx: AnswerContext, paperId: string): string | null {
  const paper = ctx.data.papers.find((p) => p.id === paperId);
  if (!paper || !ctx.asker) return null;
  const text = ` ${normalise(
    paper.sections.flatMap((s) => [s.heading, ...paragraphsOf(s)]).join(' '),
  )} `;
  const held = new Set(rolesHeldBy(ctx.asker, ctx.data.roles));
  const names = ctx.data.roles
    .filter((r) => held.has(r.id))
    .flatMap((r) => [r.title, ...r.aliases])
    // "Group Chief People Officer", "LPT Medical Director": the paper may leave off whose it is.
    .flatMap((n) => [n, n.replace(/^(group|lpt|nhft)\s+/i, '')])
    .map(normalise)
    .filter((n) => n.split(' ').length >= 2)
    .sort((a, b) => b.length - a.length);
  // The name the paper uses most ("Chief People Officer" in its sentences over "Group Chief People
  // Officer" in a list); the longer on a tie.
  const uses = (n: string) => text.split(` ${n} `).length + text.split(` ${n}s `).length - 2;
  return names.reduce<string | null>((b, n) => (uses(n) > (b ? uses(b) : 0) ? n : b), null);
}

/** A question asking what the board resolved or minuted, not what a paper said. */
const RESOLUTION_ASKED =
  /\b(resol\w*|minuted|did the (board|committee|meeting) (agree|decide|approve|resolve))\b/i;

/**
 * "The resolution approving the BAF changes at the January board": when that meeting's minutes are
 * not held, no resolution is on record; the paper says what the board was asked to do.
 */
function resolutionNotHeld(ctx: AnswerContext, paperId: string, text: string): string | null {
  if (!RESOLUTION_ASKED.test(text)) return null;
  const meetingId = ctx.data.papers.find((p) => p.id === paperId)?.meetingId;
  const meeting = ctx.data.meetings.find((m) => m.id === meetingId);
  if (!meeting || ctx.data.minutes.some((m) => m.meetingId === meeting.id)) return null;
  return `No resolution on this paper is on record: the minutes of the ${meeting.body} on ${formatDate(londonDateOf(meeting.startsAt))} are not held yet. What the paper asked the board to do is below.`;
}

/** A committee's Alert, Advise and Assure report: what it alerts the board to, advises, assures. */
export const committeeReport = kind(
  'committee.report',
  {
    reportId: Id.nullable(),
    level: z.enum(['alert', 'advise', 'assure', 'risk', 'celebrating-outstanding']).nullable(),
    /** Who wrote it: "who wrote the AAA report". */
    author: z.boolean().optional(),
    /** Only its items about these words: "what did the committee make of the dashboard". */
    words: Text.optional(),
    /** The committee asked of, where no report of it is held ("what did that committee report"). */
    committee: Text.optional(),
  },
  (q, ctx) =>
    q.committee && !q.reportId
      ? noReportOf(ctx, q.committee)
      : answerCommitteeReport(ctx, q.reportId, q.level, q.author, q.words),
);

/** The performance report: the NHS Oversight Framework segment, or named indicators. */
export const performance = kind(
  'performance',
  {
    want: z.enum(['segment', 'indicator', 'domains']),
    organisationIds: z.array(Id),
    indicatorIds: z.array(Id),
    /** "Which are off target?", "which did NHFT hit?": only the figures that miss (or meet) it. */
    against: z.enum(['missed', 'met']).optional(),
  },
  (q, ctx, text) => {
    // A judgement asked ("is LPT worse than NHFT?") works out the difference, though no sum is named.
    const judged = figureJudgementAsked(text);
    const answer = answerPerformance(
      ctx,
      q.want,
      q.organisationIds,
      q.indicatorIds,
      q.against ?? null,
      figureSumAsked(text) ?? (judged ? 'difference' : null),
      judged,
    );
    const verdict =
      answer.kind === 'performance' && !answer.lead && q.want === 'indicator'
        ? withFigureVerdict(answer, text)
        : answer;
    return verdict.kind === 'performance' && !verdict.lead
      ? withClaimedFigurePrinted(ctx, verdict, text)
      : verdict;
  },
);

/**
 * "UCR 2 hour response was about 95% against a 70% national target?" of a figure the tables do not
 * show at that value: the passage of the papers that prints it ("c95% against a nation target of
 * 70%", in the strategy's annex), said first, so the figure believed is found where it is printed.
 */
function withClaimedFigurePrinted(
  ctx: AnswerContext,
  answer: PerformanceAnswer,
  text: string,
): PerformanceAnswer {
  const claimed = percentageClaimed(text);
  if (!claimed) return answer;
  const value = String(claimed.value).replace('.', '\\.');
  const printed = new RegExp(`(?:^|[^\\d.])(?:c\\.?\\s?)?${value}(?:\\.0)?\\s?%`, 'i');
  const shown = answer.rows.some((row) => row.values.some((v) => printed.test(v.printed)));
  if (shown) return answer;
  const words = normalise(text)
    .replace(/\b\d+(\.\d+)?\b|\bpercent\b/g, ' ')
    .trim();
  const hit = ctx.passages
    .search(words, { limit: 40 })
    .find((h) => !h.doc.private && printed.test(h.doc.text));
  if (!hit) return answer;
  const sentence =
    sentencesOf(hit.doc.text).find((x) => printed.test(x)) ?? truncate(hit.doc.text, 300);
  const where = citation(ctx.data, hit.doc.source);
  return {
    ...answer,
    lead: [
      `${hit.doc.record} prints it: “${truncate(sentence.trim(), 300)}” (${where.document}${where.section ? `, ${where.section}` : ''}).`,
    ],
  };
}

/**
 * A percentage the asker believes a figure is at, asked as a check: "nhft sickness about 6% in dec?",
 * "LPT's staff survey response rate was 45% wasn't it". Never a threshold ("above 5%", "against the
 * 4.6% target") or a change ("up 2%").
 */
export function percentageClaimed(text: string): { value: number; loose: boolean } | null {
  const t = normalise(text.replace(/(\d)\s*(?:%|per ?cent\b)/gi, '$1 percent'));
  if (!/\?\s*$/.test(text) && !CHECKING.test(text)) return null;
  const m =
    /(?:^|\s)(about|around|roughly|approx|approximately|circa|nearly|almost|c|near|over|under|just over|just under)?\s*(\d{1,3}(?:[. ]\d{1,2})?) percent\b/.exec(
      t,
    );
  if (!m) return null;
  const before = t.slice(0, m.index);
  if (
    /\b(above|below|over|under|more than|less than|than|target|targets|threshold|cap|ceiling|limit|between|v|vs|versus|against|up|down|by|from|to|exceed|exceeds|within|plan)\s*$/.test(
      before,
    ) ||
    /^\s*(target|threshold|cap|limit|ceiling|plan|trajectory|up|down|or (more|less|above|below))\b/.test(
      t.slice(m.index + m[0].length),
    ) ||
    ['over', 'under', 'just over', 'just under'].includes(m[1] ?? '')
  )
    return null;
  return { value: Number(m[2]!.replace(' ', '.')), loose: !!m[1] };
}

/**
 * Yes or no said first to a percentage the asker believes, where the answer shows exactly one
 * percentage: "No: NHFT's Sickness Overall is 7.2% (Workforce, Dec-25), not about 6%."
 */
function withFigureVerdict(answer: PerformanceAnswer, text: string): PerformanceAnswer {
  const claimed = percentageClaimed(text);
  if (!claimed) return answer;
  const shown = answer.rows.flatMap((row) =>
    row.values.flatMap((v) => {
      const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(v.printed);
      return m ? [{ row, v, value: Number(m[1]) }] : [];
    }),
  );
  if (shown.length !== 1) return answer;
  const { row, v, value } = shown[0]!;
  const near = claimed.loose
    ? Math.abs(value - claimed.value) <= Math.max(0.5, value * 0.05)
    : Math.abs(value - claimed.value) < 0.05;
  const said = `${v.organisation}’s ${row.label} is ${v.printed} (${row.detail})`;
  const asked = `${claimed.loose ? 'about ' : ''}${claimed.value}%`;
  return { ...answer, lead: [near ? `Yes: ${said}.` : `No: ${said}, not ${asked}.`] };
}

/** A group's terms of reference: who chairs it, its quorum, members, how often it meets. */
export const termsOfReference = kind(
  'terms-of-reference',
  {
    termsId: Id,
    part: z.enum(TERMS_PARTS),
    also: z.array(z.enum(TERMS_PARTS)).optional(),
  },
  (q, ctx, text) => {
    const answer = answerTermsOfReference(ctx, q.termsId, q.part, q.also);
    const asked = [q.part, ...(q.also ?? [])];
    const note =
      asked.includes('membership') || asked.includes('all')
        ? askerMembership(ctx, q.termsId, text)
        : null;
    return note && answer.kind === 'paper' ? { ...answer, notes: [note, ...answer.notes] } : answer;
  },
);

/** "Am I on the Transition Group?" asked as someone it asks about. */
const ASKS_OF_SELF = /\b(am i|i sit|do i|my|me)\b/i;

/**
 * Whether the asker's role is among a group's members ("Group Chief Nurse" in "Group Chief Nurse
 * Officer"): said when it is, and when the asker asked of themselves and it is not.
 */
function askerMembership(ctx: AnswerContext, termsId: string, text: string): string | null {
  const t = ctx.data.termsOfReference.find((x) => x.id === termsId);
  const asker = ctx.asker;
  if (!t || !asker) return null;
  const wordsOf = (s: string) => contentWords(normalise(s)).map(stem);
  // The whole job title, its organisation too: the LPT's CFO is not the "Group Chief Finance Officer".
  const own = wordsOf(asker.jobTitle);
  const line =
    own.length >= 2
      ? t.membership.find((m) => {
          const member = new Set(wordsOf(m));
          return own.every((w) => member.has(w));
        })
      : undefined;
  if (line)
    return `You are a member, as ${asker.jobTitle.replace(/\s*\([^)]*\)\s*$/, '')}: the terms list “${line}”.`;
  return ASKS_OF_SELF.test(text)
    ? `No: none of the members it lists is your role, ${asker.jobTitle}, as the terms word them. The members, by role, are below.`
    : null;
}

/** Other words for what figure labels say: "spend" is expenditure, "grown" an increase. */
const FIGURE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  spend: ['expenditure', 'cost'],
  spent: ['expenditure', 'cost'],
  spending: ['expenditure', 'cost'],
  cost: ['expenditure', 'spend'],
  costs: ['expenditure', 'spend'],
  saved: ['saving'],
  save: ['saving'],
  // "How much more are they expecting on top of that": what the paper estimates, in addition.
  expecting: ['estimate', 'forecast', 'additional'],
  expect: ['estimate', 'forecast', 'additional'],
  expected: ['estimate', 'forecast', 'additional'],
  top: ['additional'],
  grown: ['increase', 'growth'],
  grow: ['increase', 'growth'],
  growth: ['increase'],
  risen: ['increase'],
  rise: ['increase'],
  staff: ['wte', 'workforce'],
  headcount: ['wte'],
  beds: ['capacity'],
  target: ['targets'],
  whole: ['wte'],
  equivalent: ['wte'],
};

/** Words that ask for a figure or compare, not what it is of. */
const FIGURE_ASKING =
  /\b(how|much|many|paper|papers|report|figure|figures|number|total|which|trust|trusts|more|most|less|fewer|v|vs|versus|against|compared|compare|latest|per|the|have|has|what|our|actually|really|(this|last|next|the) (year|yr)|(the )?year before|before|so far|to date)\b/g;

interface FigureHit {
  paper: Paper;
  section: PaperSection;
  label: string;
  printed: string;
  organisationId: string | null;
  value: number | null;
  type: string;
  score: number;
}

/**
 * A section's passages, a short list item with the sentence that leads into its list ("The latest
 * changes are in the following areas: Group Chief People Officer"): the item alone says nothing.
 */
function passagesInContext(section: PaperSection): string[] {
  let leadIn: string | null = null;
  return section.content.flatMap((c) => {
    if (typeof c === 'string') {
      leadIn = c;
      return [c];
    }
    // (Its last sentence: "The latest changes are in the following areas;".)
    const lead = leadIn
      ?.split(/(?<=[.!?])\s+/)
      .pop()
      ?.replace(/[\s;:,.]+$/, '');
    return c.items.map((item) => (lead && item.split(' ').length <= 6 ? `${lead}: ${item}` : item));
  });
}

/** A section's paragraphs and list items, as printed. */
function paragraphsOf(section: PaperSection): string[] {
  return section.content.flatMap((c) => (typeof c === 'string' ? [c] : c.items));
}

/** The sentence of a section that prints a figure, to show it in its words. */
function sentenceWith(section: PaperSection, printed: string): string | null {
  const bare = printed.replace(/^[(]|[)]$/g, '').trim();
  // The figure itself, not the end of another ("5%" is not in "6.5%").
  const figure = new RegExp(`(?<![\\d.,£])${escapeRegExp(bare)}(?!\\d)`);
  for (const p of paragraphsOf(section))
    for (const sentence of p.split(/(?<=[.!?])\s+/))
      if (figure.test(sentence)) return sentence.trim();
  return null;
}

/**
 * The figures of the papers a question's words describe: its words (their stems, and other words
 * for them) against each figure's label and its section's heading, best first; only an organisation
 * asked for when one is named.
 */
function figureHits(
  ctx: AnswerContext,
  words: string,
  organisationIds: string[],
  only: Paper | null = null,
): FigureHit[] {
  const orgNames = new Set(
    ctx.data.organisations.flatMap((o) => contentWords(normalise(`${o.shortName} ${o.id}`))),
  );
  const asked = contentWords(normalise(words).replace(FIGURE_ASKING, ' ')).filter(
    (w) => !orgNames.has(w),
  );
  const groups = asked.map((w) => new Set([w, ...(FIGURE_SYNONYMS[w] ?? [])].map(stem)));
  if (!groups.length) return [];
  const candidates = (only ? [only] : ctx.data.papers).flatMap((paper) =>
    paper.sections.flatMap((section) =>
      section.figures
        .filter(
          (f) =>
            !organisationIds.length ||
            !f.organisationId ||
            organisationIds.includes(f.organisationId),
        )
        .map((f) => ({
          paper,
          section,
          f,
          own: new Set(
            contentWords(normalise(`${f.label} ${section.heading} ${paper.title}`)).map(stem),
          ),
          label: new Set(contentWords(normalise(f.label)).map(stem)),
        })),
    ),
  );
  const has = (own: Set<string>, g: Set<string>) => [...g].some((x) => own.has(x));
  // A word few figures' labels have says more than one most have: "off track" over "projects".
  const weight = groups.map(
    (g) =>
      1 +
      Math.log((candidates.length + 1) / (1 + candidates.filter((c) => has(c.label, g)).length)),
  );
  const hits: FigureHit[] = [];
  for (const { paper, section, f, own, label } of candidates) {
    const matched = groups.filter((g) => has(own, g)).length;
    // Words in the figure's own label count fully, its section's or paper's words for half;
    // a figure of an organisation asked about beats one of no organisation.
    const score =
      groups.reduce(
        (sum, g, i) => sum + (has(label, g) ? weight[i]! : has(own, g) ? weight[i]! / 2 : 0),
        0,
      ) + (f.organisationId && organisationIds.includes(f.organisationId) ? 0.5 : 0);
    if (matched * 2 > groups.length)
      hits.push({
        paper,
        section,
        label: f.label,
        printed: f.printed,
        organisationId: f.organisationId ?? null,
        value: figureValue(f),
        type: f.type,
        score,
      });
  }
  const best = Math.max(0, ...hits.map((h) => h.score));
  // Of figures as good, what was done before what is aimed at: "how much has it saved" is c.£360k
  // before the 6.5% savings target or the £15.9m opportunity.
  const aimed = (h: FigureHit) => Number(AIMED_AT.test(h.label));
  const kept = hits
    .filter((h) => h.score >= best * 0.9)
    .sort((a, b) => b.score - a.score || aimed(a) - aimed(b));
  return [...kept, ...printedWith(kept, hits)];
}

/** A figure of what is planned or possible, not done: a target, an opportunity, an estimate. */
const AIMED_AT =
  /\b(targets?|opportunit(y|ies)|potential|estimated?|estimates|planned|plans?|valued|forecasts?|expected)\b/i;

/** A figure's value as a number, for comparing: pounds, a percentage or a count. */
function figureValue(f: PaperSection['figures'][number]): number | null {
  return f.type === 'money'
    ? f.pounds
    : f.type === 'percentage'
      ? f.percent
      : f.type === 'count'
        ? f.count
        : null;
}

/**
 * Figures a paper prints in the same paragraph as those found ("c.£360k for 2025/26 … A full year
 * effect of £900k"): one statement, so one is not given without the other.
 */
function printedWith(kept: readonly FigureHit[], hits: readonly FigureHit[]): FigureHit[] {
  const found: FigureHit[] = [];
  for (const hit of kept) {
    const paragraph = paragraphsOf(hit.section).find((p) => p.includes(hit.printed));
    if (!paragraph) continue;
    for (const f of hit.section.figures)
      if (
        paragraph.includes(f.printed) &&
        ![...kept, ...found].some((k) => k.section === hit.section && k.label === f.label)
      )
        found.push(
          hits.find((h) => h.section === hit.section && h.label === f.label) ?? {
            ...hit,
            label: f.label,
            printed: f.printed,
            organisationId: f.organisationId ?? null,
            value: figureValue(f),
            type: f.type,
            score: 0,
          },
        );
  }
  return found;
}

/** The sentences of a paper that print a number and hold most of the words asked. */
function sentencesWithNumbers(paper: Paper, words: string): PaperSectionView[] {
  const asked = contentWords(normalise(words).replace(FIGURE_ASKING, ' '));
  const groups = asked.map((w) => new Set([w, ...(FIGURE_SYNONYMS[w] ?? [])].map(stem)));
  if (!groups.length) return [];
  const found: PaperSectionView[] = [];
  for (const section of paper.sections) {
    const sentences = paragraphsOf(section)
      .flatMap((p) => p.split(/(?<=[.!?])\s+/))
      .filter((sentence) => {
        if (!/\d|£|%/.test(sentence)) return false;
        const own = new Set(contentWords(normalise(sentence)).map(stem));
        return groups.filter((g) => [...g].some((x) => own.has(x))).length * 2 > groups.length;
      });
    if (sentences.length)
      found.push({ heading: section.heading, paragraphs: sentences, figures: [] });
  }
  return found;
}

/**
 * A figure in the papers asked for in words ("how much have the latest changes saved", "corporate
 * services spend LPT v NHFT"): the figures whose labels the words describe, with the sentence that
 * prints each and the paper cited; two organisations' figures of one kind compared. When no figure
 * fits, the passages that come closest, or plainly that the papers don't say.
 */
export async function answerFigures(
  ctx: AnswerContext,
  words: string,
  organisationIds: string[],
  text: string,
): Promise<PaperAnswer | MessageAnswer | Awaited<ReturnType<typeof answerSearch>>> {
  // (What this question asks first: "and which is the smallest?" after the biggest.)
  const extreme = extremeAsked(normalise(text)) ?? extremeAsked(normalise(words));
  const family = extreme ? figureFamilyNamed(ctx, words) : null;
  if (family) return familyAnswer(ctx, family, extreme!);
  const hits = figureHits(ctx, words, organisationIds);
  // (A follow-up's words go with those asked before: "how much of that was People?" after the
  // benchmarking opportunity is searched for with it.)
  const typed = new Set(contentWords(normalise(text)));
  const carried = contentWords(normalise(words)).some((w) => !typed.has(w));
  if (!hits.length)
    return answerSearch(ctx, carried ? `${text} ${words}` : text, 'unknown', null, []);
  const paper = hits[0]!.paper;
  const shown = hits.filter((h) => h.paper.id === paper.id).slice(0, 6);
  const notes: string[] = [];
  for (const h of shown) {
    const sentence = sentenceWith(h.section, h.printed);
    if (sentence && !notes.includes(`“${sentence}”`)) notes.push(`“${sentence}”`);
  }
  // Two organisations' figures of one kind: say which is higher.
  const byType = new Map<string, FigureHit[]>();
  for (const h of shown)
    if (h.organisationId && h.value !== null)
      byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  for (const [, pair] of byType)
    if (pair.length === 2 && pair[0]!.organisationId !== pair[1]!.organisationId) {
      const [hi, lo] =
        pair[0]!.value! >= pair[1]!.value! ? [pair[0]!, pair[1]!] : [pair[1]!, pair[0]!];
      const name = (id: string) => ctx.data.organisations.find((o) => o.id === id)?.shortName ?? id;
      notes.unshift(
        `${name(hi.organisationId!)}’s is the higher: ${hi.printed} against ${name(lo.organisationId!)}’s ${lo.printed}.`,
      );
    }
  return {
    kind: 'paper',
    title: paper.title,
    subtitle: subtitleOf(ctx, paper),
    sections: [],
    figures: shown.map((h) => ({ label: h.label, printed: h.printed, section: h.section.heading })),
    decision: null,
    recommendations: [],
    cover: [],
    notes,
    source: citation(ctx.data, paper.source),
  };
}

/** Figures a paper prints as one set: labels sharing what comes before a colon ("Key area of opportunity: Digital"). */
interface FigureFamily {
  paper: Paper;
  name: string;
  members: { label: string; part: string; printed: string; value: number; section: PaperSection }[];
}

/**
 * The set of figures a question names by the set's own words ("the key areas of opportunity", "which
 * area … savings opportunity"): at least two of its name's words asked, and half of them.
 */
function figureFamilyNamed(ctx: AnswerContext, words: string): FigureFamily | null {
  const asked = new Set(contentWords(normalise(words)).map(stem));
  let best: { family: FigureFamily; found: number } | null = null;
  for (const paper of ctx.data.papers) {
    const families = new Map<string, FigureFamily>();
    for (const section of paper.sections)
      for (const f of section.figures) {
        const of = figureSetOf(f.label);
        const value = figureValue(f);
        if (!of || value === null) continue;
        const family = families.get(of.set) ?? { paper, name: of.set, members: [] };
        family.members.push({ label: f.label, part: of.part, printed: f.printed, value, section });
        families.set(of.set, family);
      }
    for (const family of families.values()) {
      if (family.members.length < 2) continue;
      const found = namedByMostOf(asked, family.name);
      if (found && (!best || found > best.found)) best = { family, found };
    }
  }
  return best?.family ?? null;
}

/** A set of figures, largest first (or smallest), with the one asked for said first. */
function familyAnswer(
  ctx: AnswerContext,
  family: FigureFamily,
  extreme: 'most' | 'least',
): PaperAnswer {
  const ordered = [...family.members].sort((a, b) =>
    extreme === 'most' ? b.value - a.value : a.value - b.value,
  );
  const [first, ...rest] = ordered;
  const tied = rest.filter((m) => m.value === first!.value);
  const end = extreme === 'most' ? 'largest' : 'smallest';
  const name = family.name.toLowerCase();
  const lead = tied.length
    ? `${[first!, ...tied].map((m) => m.part).join(' and ')} are the ${end} ${name}, at ${first!.printed} each.`
    : `${first!.part} is the ${end} ${name}: ${first!.printed} (${rest.map((m) => `${m.part} ${m.printed}`).join('; ')}).`;
  const sentence = sentenceWith(first!.section, first!.printed);
  return {
    kind: 'paper',
    title: family.paper.title,
    subtitle: subtitleOf(ctx, family.paper),
    sections: [],
    figures: ordered.map((m) => ({
      label: m.label,
      printed: m.printed,
      section: m.section.heading,
    })),
    decision: null,
    recommendations: [],
    cover: [],
    notes: [lead, ...(sentence ? [`“${sentence}”`] : [])],
    source: citation(ctx.data, family.paper.source),
  };
}

/** A figure in the papers, asked for in words rather than by the paper that prints it. */
export const paperFigures = kind(
  'paper.figures',
  { words: Text, organisationIds: z.array(Id) },
  (q, ctx, text) => answerFigures(ctx, q.words, q.organisationIds, text),
);
