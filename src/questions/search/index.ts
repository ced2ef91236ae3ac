import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Action } from '../../domain';
import type { ReferenceData } from '../../shared/referenceData';
import { ABBREVIATIONS, SHORTHAND, TOPICS, UNITS } from '../lexicon';
import { SnapshotCache } from '../snapshot';
import { contentWords, escapeRegExp, normalise, SpellCorrector, stem } from '../text';
import { actionDocuments, referenceDocuments, type SearchDoc, type SearchKind } from './documents';

export type { SearchDoc, SearchKind } from './documents';

/**
 * Full-text search over every record a director can ask about: the floor under the question rules.
 *
 * Built on MiniSearch (lucaong/minisearch): small, no dependencies, synchronous (so a reading can use it
 * within its time budget), typed, with BM25+ ranking, per-field boosts, fuzzy and prefix matching chosen
 * per term, query trees (how synonyms are added), and results that say which query terms matched in
 * which fields (how an answer shows what matched). Terms are stemmed with the Porter2 (Snowball
 * English) stemmer, so "recruiting" finds "recruitment"; typos are tolerated by edit distance on longer
 * words; everyday synonyms come from the curated lexicon ("money" also searches finance, budget...).
 */

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The words of the question that matched (as typed, not stemmed). */
  matched: string[];
  /** Whether they matched the record's own title or key words, not only its text. */
  titleMatch: boolean;
  /** How many of the question's words (or their synonyms) matched. */
  wordsMatched: number;
  /** How many words the question had to match. */
  wordsAsked: number;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  limit?: number;
  /** Also search the lexicon's synonyms of each word (default true). */
  synonyms?: boolean;
  /**
   * The text is still being typed (a search box): its last word may be unfinished, so it also finds
   * words it begins ("digi" finds digital) from three letters, as typed rather than spell-corrected.
   */
  typing?: boolean;
}

const FIELDS = ['title', 'text', 'keywords', 'record'] as const;
const BOOST = { keywords: 3, title: 2, record: 2, text: 1 };
/** Synonyms count for less than the words typed. */
const SYNONYM_BOOST = { keywords: 1.5, title: 1, record: 1, text: 0.5 };

function processTerm(term: string): string | null {
  const w = term
    .toLowerCase()
    .replace(/[\u2019']s$/, '')
    .replace(/[^a-z0-9&]/g, '');
  if (w.length < 2) return null;
  return stem(UNITS[w] ?? w);
}

function newIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm: (term) => processTerm(term),
  });
  index.addAll(docs);
  return index;
}

/** Longer words tolerate a typo or two; short ones must be exact (so "net" never finds "new"). */
const fuzzy = (term: string) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 1 : false);
const prefix = (term: string) => term.length >= 5;

/** Words of a multi-word synonym too general to search on their own ("change" of "climate change"). */
const GENERIC: ReadonlySet<string> = new Set(
  'change plan record patient electronic position even break times list lists adverse major based system health care services based attack business board'.split(
    ' ',
  ),
);

/** Short forms and everyday phrases, each with what it is searched as and its pattern, made once. */
const SPELLED_OUT: readonly [string, string, RegExp][] = [
  ...Object.entries(SHORTHAND),
  ...Object.entries(ABBREVIATIONS),
].map(([short, long]) => [short, long, new RegExp(`(?<=\\s)${escapeRegExp(short)}(?=\\s)`, 'g')]);

const ABBREVIATED = new Set(Object.keys(ABBREVIATIONS));

/**
 * The words to search for a question, each with the lexicon's synonyms and, for a word of a short
 * form the question spelt out, that short form (an answer names "NHSE" asked, not "NHS England").
 */
export function queryTerms(
  question: string,
): { word: string; synonyms: string[]; shortForm?: string }[] {
  let text = ` ${normalise(question)} `;
  const spelt: { short: string; words: string[] }[] = [];
  // (Only those whose words are there: a pattern made and run for each of some 400 was 7% of reading.)
  for (const [short, long, pattern] of SPELLED_OUT)
    if (text.includes(` ${short} `)) {
      text = text.replace(pattern, long);
      const words = contentWords(long).filter((w) => w !== short);
      // A short form of several words, printed by the papers too ("WTE", "SRO"): also searched as typed.
      if (!ABBREVIATED.has(short) || words.length < 2 || !/^[a-z]{3,}$/.test(short)) continue;
      if (!long.split(' ').includes(short)) text = `${text}${short} `;
      spelt.push({ short, words });
    }
  const words = contentWords(text.trim());
  const out: { word: string; synonyms: string[]; shortForm?: string }[] = [];
  for (const word of new Set(words)) {
    const of = spelt.find((s) => s.short === word || s.words.includes(word));
    const synonyms = new Set<string>();
    for (const list of Object.values(TOPICS))
      if (
        list.some(
          (s) =>
            s === word ||
            (s.includes(' ') && text.includes(` ${s} `) && s.split(' ').includes(word)),
        )
      )
        for (const s of list)
          for (const w of s.split(' ')) if (w !== word && !GENERIC.has(w)) synonyms.add(w);
    out.push({
      word,
      synonyms: [...synonyms].filter((s) => contentWords(s).length > 0),
      ...(of ? { shortForm: of.short } : {}),
    });
  }
  return out;
}

interface Term {
  word: string;
  /** The papers print the word as typed: no typo tolerance for it. */
  printed?: boolean;
  synonyms: string[];
  /** The word as typed, when it may be unfinished: also searched as the start of a word. */
  typed?: string;
}

function queryOf(terms: Term[]): Query {
  return {
    combineWith: 'OR',
    queries: terms.map(({ word, synonyms, typed, printed }) => ({
      combineWith: 'OR',
      queries: [
        // A correction of an unfinished word counts for less than words that begin as typed.
        {
          queries: [word],
          combineWith: 'OR',
          boost: typed && typed !== word ? SYNONYM_BOOST : BOOST,
          fuzzy: printed ? false : fuzzy,
          prefix,
        },
        ...(typed
          ? [{ queries: [typed], combineWith: 'OR' as const, boost: BOOST, prefix: true }]
          : []),
        ...(synonyms.length
          ? [{ queries: synonyms, combineWith: 'OR' as const, boost: SYNONYM_BOOST, prefix }]
          : []),
      ],
    })),
  };
}

function matchedWords(result: SearchResult, terms: Term[]): string[] {
  const hitStems = new Set(Object.keys(result.match));
  const out: string[] = [];
  for (const { word, synonyms, typed } of terms) {
    for (const candidate of [word, ...(typed ? [typed] : []), ...synonyms]) {
      const s = stem(candidate);
      if (
        [...hitStems].some((h) => h === s || h.startsWith(s) || (s.length >= 5 && s.startsWith(h)))
      ) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/**
 * An index over one set of passages. A search of some kinds only (a reading looking for a risk by its
 * topic) uses an index of those kinds alone, built on first use: small, so fast.
 */
export class PassageIndex {
  private readonly index: MiniSearch<SearchDoc>;
  private readonly docs = new Map<string, SearchDoc>();
  private readonly byKinds = new Map<string, PassageIndex>();
  /** The index this one is the public view of (see `publicOnly`): it leaves the private passages out. */
  private readonly whole: PassageIndex | null;

  constructor(docs: readonly SearchDoc[], whole: PassageIndex | null = null) {
    if (whole) {
      // The public view of an index: the same index and scores, the private passages never returned.
      this.whole = whole;
      this.docs = whole.docs;
      this.index = whole.index;
      return;
    }
    this.whole = null;
    // A record printed twice (two sections with one id) must not stop the index being built.
    for (const d of docs) if (!this.docs.has(d.id)) this.docs.set(d.id, d);
    this.index = newIndex([...this.docs.values()]);
  }

  /** The passages this view may return. */
  private shown(): SearchDoc[] {
    return [...this.docs.values()].filter((d) => !this.whole || !d.private);
  }

  get size(): number {
    return this.shown().length;
  }

  private ofKinds(kinds: readonly SearchKind[]): PassageIndex {
    if (this.whole) return this.whole.ofKinds(kinds).publicOnly();
    const key = [...kinds].sort().join(',');
    let index = this.byKinds.get(key);
    if (!index) {
      index = new PassageIndex([...this.docs.values()].filter((d) => kinds.includes(d.kind)));
      this.byKinds.set(key, index);
    }
    return index;
  }

  private publicIndex: PassageIndex | null = null;
  private holdsPrivate: boolean | undefined;

  /**
   * The same passages less the private ones (progress notes, reasons given in Board Clerk, private
   * business): what a search may look through where others may see the answer, so nothing found, no
   * count and no correction of a typed word can come from words that are not shown there.
   */
  publicOnly(): PassageIndex {
    // (Asked on every answer where others may see it: whether there is anything to hide is worked
    // out once per index.)
    this.holdsPrivate ??= [...this.docs.values()].some((d) => d.private);
    if (this.whole || !this.holdsPrivate) return this;
    // (A view of this index, not an index of the public passages alone: the same scores, so the
    // same passages come first as elsewhere, less the private ones.)
    this.publicIndex ??= new PassageIndex([], this);
    return this.publicIndex;
  }

  /** The passages of some kinds, for a reader that looks at every one of them (a definition). */
  documentsOf(kinds: readonly SearchKind[]): readonly SearchDoc[] {
    return this.ofKinds(kinds).shown();
  }

  private normalisedTexts: Map<string, string> | null = null;

  /**
   * The passage that prints a phrase word for word ("Funding for academic posts"), when one does: a
   * quotation pasted from the papers. Its record's own passage first, then a part of it.
   */
  printing(phrase: string): SearchDoc | null {
    const wanted = ` ${normalise(phrase)} `;
    if (wanted.trim().split(' ').length < 3) return null;
    this.normalisedTexts ??= new Map(
      this.shown().map((d) => [d.id, ` ${normalise(`${d.title} ${d.text}`)} `]),
    );
    const holding = this.shown().filter((d) => this.normalisedTexts!.get(d.id)!.includes(wanted));
    // (A risk-part prints the words as a control or gap; its risk's own passage only repeats them.)
    return (
      holding.find((d) => d.kind !== 'risk' && normalise(d.text).includes(wanted.trim())) ??
      holding[0] ??
      null
    );
  }

  private corrector: SpellCorrector | null = null;

  /** A typed word the passages do not use, corrected to the closest one they do ("secruity"). */
  private spelt(word: string): string {
    return word.length >= 5 ? this.spelling().correctWord(word) : word;
  }

  private spelling(): SpellCorrector {
    // (Corrected only to words it may show: a typed word is never turned into a private note's.)
    return (this.corrector ??= new SpellCorrector(
      this.shown().flatMap((d) =>
        `${d.title} ${d.text} ${d.keywords}`.toLowerCase().split(/[^a-z]+/),
      ),
      new Set(),
    ));
  }

  /**
   * Whether a passage of a kind holds a subject of two words or more, all its words but one at most
   * ("corporate benchmarking" in the Value Programme paper): the subject is there, not a word of it.
   */
  holdsSubject(subject: string, kind: SearchKind): boolean {
    return (
      contentWords(subject).length >= 2 &&
      this.search(subject, { kinds: [kind], limit: 3 }).some(
        (h) => h.wordsMatched >= Math.max(2, h.wordsAsked - 1),
      )
    );
  }

  search(question: string, options: SearchOptions = {}): SearchHit[] {
    if (options.kinds)
      return this.ofKinds(options.kinds).search(question, { ...options, kinds: undefined });
    const asked = queryTerms(question);
    const terms: Term[] = asked.map((t, i) => ({
      word: this.spelt(t.word),
      // (A word the papers print is meant as typed: "interactions" is not a slip for "interest".)
      printed: this.spelling().knows(t.word),
      synonyms: options.synonyms === false ? [] : t.synonyms,
      ...(options.typing && i === asked.length - 1 && t.word.length >= 3 ? { typed: t.word } : {}),
    }));
    if (!terms.length) return [];
    const results = this.index.search(
      queryOf(terms),
      this.whole ? { filter: (r) => !this.docs.get(String(r.id))!.private } : {},
    );
    return results.slice(0, options.limit ?? 20).map((r) => ({
      doc: this.docs.get(String(r.id))!,
      score: r.score,
      matched: matchedWords(r, terms).length
        ? matchedWords(r, terms)
        : Object.keys(r.match).slice(0, 3),
      titleMatch: Object.values(r.match).some((fields) =>
        fields.some((f) => f === 'title' || f === 'keywords'),
      ),
      wordsMatched: matchedWords(r, terms).length,
      wordsAsked: terms.length,
    }));
  }
}

const referenceIndexes = new SnapshotCache<PassageIndex>();

/** The index of the reference data's passages, built again only when the papers change. */
export function referenceIndexOf(data: ReferenceData): PassageIndex {
  return referenceIndexes.get(data, () => new PassageIndex(referenceDocuments(data)));
}

/** The actions' passages, rebuilt only when an action has changed (actions are read live). */
export class ActionIndexCache {
  private cached: { key: string; index: PassageIndex } | null = null;

  indexOf(actions: readonly Action[]): PassageIndex {
    const key = actions.map((a) => `${a.id}@${a.revision}`).join(',');
    if (this.cached?.key !== key)
      this.cached = { key, index: new PassageIndex(actionDocuments(actions)) };
    return this.cached.index;
  }
}

/** Search over the papers and the actions together, best first. */
export function searchAll(
  reference: PassageIndex,
  actions: PassageIndex | null,
  question: string,
  options: SearchOptions = {},
): SearchHit[] {
  const limit = options.limit ?? 20;
  const hits = [
    ...reference.search(question, { ...options, limit }),
    ...(actions?.search(question, { ...options, limit }) ?? []),
  ];
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
