import { Id } from '../../domain/common';
import { citation } from '../../shared/views';
import { kind } from '../kind';
import { ABBREVIATIONS, TERM_VARIANTS } from '../lexicon';
import { Text } from '../question';
import type { SearchDoc, SearchKind } from '../search';
import { contentWords, escapeRegExp, normalise, sentencesOf, stem, words } from '../text';
import type { AnswerContext } from './context';
import { answerSearch, type SearchAnswer, type SearchHitView } from './search';

/**
 * "What does 'target risk' mean?", "what is a BAF for?": the papers' own sentences that say what a term
 * is (the BAF's quick guide: "Target score: the score once any new mitigating controls have been put in
 * place"), best first; where no sentence defines it, those that use it, saying so; where none has it,
 * the search for it.
 */

/** Verbs that, just after a term, say what it is: "the BAF enables the Board to…" (as stems). */
const DEFINING_VERBS = new Set(
  'is are means mean refers enables describes provides sets helps allows ensures aims was were comprises covers contains'
    .split(' ')
    .map(stem),
);

/** How many sentences are shown, each from a passage of its own. */
const SHOWN = 3;
/** A defining sentence this short runs on into the next ("Target score: …; this will need…"). */
const SHORT = 90;

interface Found {
  hit: { doc: SearchDoc; matched: string[] };
  sentence: string;
  score: number;
}

/** Where the term's words start, in order, in a sentence's words; -1 when they are not all together. */
function phraseAt(sentence: readonly string[], term: readonly string[]): number {
  for (let i = 0; i + term.length <= sentence.length; i++)
    if (term.every((t, j) => sentence[i + j] === t)) return i;
  return -1;
}

/** Initials of the words that count in a name ("Quality, Service Improvement and Redesign": qsir). */
function initialsOf(text: string): string {
  return words(normalise(text))
    .filter((w) => !/^(and|of|the|for|in|on|to|&)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** "Quality, Service Improvement and Redesign (QSIR)" or "QSIR (Quality, Service…)": an acronym spelt out. */
function spelledOut(sentence: string, term: string): boolean {
  if (term.includes(' '))
    return new RegExp(
      `\\b${term.split(' ').map(escapeRegExp).join('[^a-z0-9]+')}\\s*\\(\\s*[a-z&]{2,8}\\s*\\)`,
      'i',
    ).test(sentence);
  const before = new RegExp(`([A-Za-z,&' -]{4,120})\\(\\s*${term}\\s*\\)`, 'i').exec(sentence);
  if (before && initialsOf(before[1]!).endsWith(term)) return true;
  const after = new RegExp(`\\b${term}\\s*\\(([^)]{4,120})\\)`, 'i').exec(sentence);
  return !!after && initialsOf(after[1]!).startsWith(term);
}

/** How plainly a sentence says what the term is (0: it only uses it). */
function definingScore(sentence: string, term: string, kindOf: SearchKind): number {
  const said = words(normalise(sentence)).map(stem);
  const asked = words(normalise(term)).map(stem);
  if (!contentWords(normalise(term)).every((w) => said.includes(stem(w)))) return -1;
  const at = phraseAt(said, asked);
  let score = 0;
  if (at >= 0) {
    score += 2;
    if (at <= 1) score += 1;
    const next = said.slice(at + asked.length, at + asked.length + 3);
    if (next.some((w) => DEFINING_VERBS.has(w))) score += 3;
    const last = normalise(term).split(' ').at(-1)!;
    if (new RegExp(`\\b${last}\\w*\\s*(:|\\s[–-]\\s)`).test(sentence.toLowerCase())) score += 4;
    if (spelledOut(sentence, normalise(term))) score += 4;
    // "This can also be termed as residual risk by some organisations": what the papers call it.
    if (
      new RegExp(
        `\\b(termed|called|known|referred to)( as)? ${escapeRegExp(normalise(term))}\\b`,
      ).test(normalise(sentence))
    )
      score += 5;
  }
  if (kindOf === 'register-note' || kindOf === 'terms-of-reference') score += 1;
  return score - sentence.length / 600;
}

/** What a short form stands for, as Board Clerk's list of abbreviations has it ("eprr"). */
function spelledOutInLexicon(term: string): string | null {
  const long = (short: string) =>
    ABBREVIATIONS[short]?.replace(new RegExp(`\\s+${escapeRegExp(short)}$`), '') ?? null;
  if (!term.includes(' ')) return long(normalise(term));
  // "Group SEB": the short word spelt out in the name ("group strategic executive board").
  const parts = normalise(term).split(' ');
  const spelt = parts.map((w) => long(w) ?? w);
  return spelt.some((w, i) => w !== parts[i]) ? spelt.join(' ') : null;
}

/** The wordings of a term to look for: as asked, and as the papers write it. */
function variantsOf(term: string): string[] {
  return [
    ...new Set([
      term,
      ...TERM_VARIANTS.filter(([p]) => p.test(term)).map(([, v]) => v),
      ...[spelledOutInLexicon(term) ?? []].flat(),
    ]),
  ];
}

/**
 * A passage's sentences, each with the one after it (a short definition runs on into it); one that
 * points back ("This can also be termed as residual risk…") with the one before, which it is about.
 */
function withNext(text: string): { sentence: string; next: string }[] {
  const all = sentencesOf(text);
  return all.map((sentence, i) => ({
    sentence: i > 0 && ABOUT_THE_ONE_BEFORE.test(sentence) ? `${all[i - 1]} ${sentence}` : sentence,
    next: all[i + 1] ?? '',
  }));
}

/** A sentence about the one before it (not the lexicon's `POINTS_BACK`, a question's last word). */
const ABOUT_THE_ONE_BEFORE = /^(This|These|It|They|Such|That)\b/;

/** Where a term is said to mean something: the guides, sections and terms of reference first. */
const DEFINING_KINDS: readonly SearchKind[] = [
  'register-note',
  'paper-section',
  'terms-of-reference',
  'committee-report',
  'minute-item',
];

/**
 * The passages that have the term: every guide, section and terms of reference that has its words
 * (read whole: a word as common in the papers as "BAF" is not searched for), then the best of the rest.
 */
function candidates(ctx: AnswerContext, variant: string): { doc: SearchDoc; matched: string[] }[] {
  const asked = words(normalise(variant));
  const has = (doc: SearchDoc) => {
    const text = ` ${normalise(`${doc.title} ${doc.text}`)} `;
    return asked.every((w) => text.includes(` ${w}`));
  };
  const seen = new Set<string>();
  return [
    ...ctx.passages
      .documentsOf(DEFINING_KINDS)
      .filter(has)
      .map((doc) => ({ doc, matched: asked })),
    ...ctx.passages.search(variant, { limit: 40, synonyms: false }),
  ].filter((h) => !seen.has(h.doc.id) && !!seen.add(h.doc.id));
}

/** A role's short form, as the key of the papers that use it prints it ("DDSP", "DoCA"). */
function roleCodeOf(
  ctx: AnswerContext,
  term: string,
): { code: string; title: string; source: string } | null {
  const roles = ctx.data.roles.filter((r) => normalise(r.code) === term);
  if (!roles.length || new Set(roles.map((r) => r.title)).size > 1) return null;
  const role = roles[0]!;
  const cited = role.source ? citation(ctx.data, role.source) : null;
  return {
    code: role.code,
    title: role.title,
    source: cited
      ? `Source: ${cited.document}, ${cited.section === 'KEY' ? 'its key of roles' : cited.section}.`
      : 'Source: the board’s directory in Board Clerk.',
  };
}

/** Words a name leaves in lower case: "Freedom to Speak Up Guardian". */
const SMALL_WORDS = new Set(['to', 'of', 'and', 'the', 'for', 'in', 'on', 'at', 'by', 'with']);

export async function answerDefinition(
  ctx: AnswerContext,
  asWritten: string,
  registerId: string | null,
): Promise<SearchAnswer | Awaited<ReturnType<typeof answerSearch>>> {
  const term = normalise(asWritten);
  const role = roleCodeOf(ctx, term);
  const spelt = spelledOutInLexicon(term) ?? role?.title ?? null;
  // (The lexicon's long forms are kept in lower case; a name is written in capitals.)
  const named = (s: string) =>
    s.replace(/\b[a-z][a-z]*\b/g, (w, i: number) =>
      i > 0 && SMALL_WORDS.has(w) ? w : `${w[0]!.toUpperCase()}${w.slice(1)}`,
    );
  const shortFor = spelt
    ? `${role?.code ?? asWritten.toUpperCase()} is short for ${role ? spelt.replace(/\.$/, '') : named(spelt.replace(/\.$/, ''))}.`
    : '';
  // Asked of one register ("I'm looking at the Leicestershire one"): its organisation's papers first.
  const organisationId = ctx.data.registers.find((r) => r.id === registerId)?.organisationId;
  const found: Found[] = [];
  for (const variant of variantsOf(term))
    for (const hit of candidates(ctx, variant)) {
      if (registerId && hit.doc.registerId && hit.doc.registerId !== registerId) continue;
      // A heading can be where a name is spelt out ("…Redesign (QSIR)").
      const heading = hit.doc.text && hit.doc.title ? [{ sentence: hit.doc.title, next: '' }] : [];
      for (const { sentence, next } of [...heading, ...withNext(hit.doc.text || hit.doc.title)]) {
        const defining = definingScore(sentence, variant, hit.doc.kind);
        if (defining < 0) continue;
        const score =
          defining + (organisationId && hit.doc.organisationId === organisationId ? 3 : 0);
        const shown = sentence.length < SHORT && next ? `${sentence} ${next}` : sentence;
        found.push({ hit, sentence: shown, score });
      }
    }
  if (!found.length) {
    const search = await answerSearch(ctx, term, 'topic', registerId, []);
    if (!shortFor) return search;
    return search.kind === 'search'
      ? { ...search, intro: `${shortFor} ${search.intro}` }
      : {
          ...search,
          title: shortFor.replace(/\.$/, ''),
          // A role's short form is used where its log names leads, which are not searched as text.
          text: role
            ? role.source
            : `No passage of the papers Board Clerk holds explains ${asWritten}.`,
        };
  }
  found.sort((a, b) => b.score - a.score);
  const best: Found[] = [];
  for (const f of found) {
    if (best.length >= SHOWN) break;
    if (best.some((b) => b.sentence === f.sentence)) continue;
    if (best.filter((b) => b.hit.doc.id === f.hit.doc.id).length >= 2) continue;
    // Beside a definition, only sentences that name the term as a whole, not its words apart.
    if (best.length && best[0]!.score >= 3 && f.score < 2) break;
    best.push(f);
  }
  const defined = best[0]!.score >= 3;
  const hits: SearchHitView[] = best.map(({ hit, sentence }) => ({
    record: hit.doc.record,
    where: hit.doc.where,
    title: hit.doc.title,
    excerpt: sentence,
    // What matched is the term itself: said in the title already.
    matched: [],
    source: citation(ctx.data, hit.doc.source),
    ask: hit.doc.ask,
    ...(hit.doc.private ? { private: true as const } : {}),
  }));
  return {
    kind: 'search',
    title: defined ? `What “${asWritten}” means` : `The papers do not define “${asWritten}”`,
    // A definition needs no introduction; the places a term is only used do.
    // (What a short form stands for is said first either way: "GTB is short for Group Trust Board.")
    intro: defined
      ? shortFor
      : [shortFor, 'These are the places they use it, which may show what it means:']
          .filter(Boolean)
          .join(' '),
    risks: [],
    hits,
    papersFirst: true,
    notes: [],
    suggestions: [],
  };
}

/** What a term means, as the papers say it. */
export const definition = kind('definition', { term: Text, registerId: Id.nullable() }, (q, ctx) =>
  answerDefinition(ctx, q.term, q.registerId),
);
