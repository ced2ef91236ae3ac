import {
  renderView,
  searchResultPreview,
  type BuiltCard,
  type ResultPreview,
  type View,
} from '../../cards';
import type { SearchResultView } from '../questions';
import { withoutPrivate } from '../shared/privacy';
import { cardJson } from './cardJson';

/**
 * The outbox: every view Board Clerk shows leaves through here — answers to messages, cards replaced by
 * buttons, proactive reminders, digests and notices. It is where the Part II rule is applied (once, for
 * every route) and where a card is kept within what Teams accepts.
 */

/** Who will see a message. */
export interface Audience {
  /** A channel or group chat: people other than the asker see it. */
  shared: boolean;
  /** The reader is someone the board's directory knows (a board member, director or secretary). */
  boardMember: boolean;
  /** A card a person shares from the compose box: posted by them, so it speaks of Board Clerk. */
  composed?: boolean;
}

/**
 * Teams refuses a bot message over about 100 KB counted in UTF-16 and advises staying within 80 KB
 * (learn.microsoft.com, "Format your bot messages"; older pages said 40 KB). A card of 38,000 UTF-8
 * bytes is under 80 KB in UTF-16 for any text, with room for the activity around it.
 */
export const MAX_CARD_BYTES = 38_000;

/** Longest text kept when a card has to be shortened to fit, tried in turn. */
const SHORTENINGS = [1_500, 600, 200];

function mayShowPrivate(audience: Audience): boolean {
  return audience.boardMember && !audience.shared;
}

function leftOutNote(leftOut: number, audience: Audience): string {
  const items = `${leftOut} private item${leftOut === 1 ? '' : 's'}`;
  if (audience.composed)
    return `${items} (private business or progress notes) ${leftOut === 1 ? 'is' : 'are'} left out of shared cards. Open in Board Clerk to see ${leftOut === 1 ? 'it' : 'them'} in your personal chat.`;
  return audience.shared
    ? `${items} (private business or progress notes) ${leftOut === 1 ? 'is' : 'are'} not shown here. Ask me in a personal chat.`
    : `${items} ${leftOut === 1 ? 'is' : 'are'} shown only to board members and secretaries in the board's directory.`;
}

function privateOnly(audience: Audience): View {
  return {
    kind: 'message',
    title: 'That is private business',
    text: audience.shared
      ? 'It is not shown in a channel or group chat. Ask me in a personal chat.'
      : 'It is shown only to board members and secretaries in the board’s directory.',
    suggestions: [],
  };
}

/** Ids, links and keys a button carries back: never shortened. */
const KEPT_WHOLE = /^(id|url|verb)$|Ids?$|Url$/;

function shorten<T>(value: T, max: number): T {
  if (typeof value === 'string')
    return (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => shorten(v, max)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, KEPT_WHOLE.test(k) ? v : shorten(v, max)]),
    ) as T;
  return value;
}

function bytes(built: BuiltCard): number {
  return Buffer.byteLength(cardJson(built.card), 'utf8');
}

function withNote(built: BuiltCard, note: string): BuiltCard {
  return {
    summary: built.summary,
    card: {
      ...built.card,
      body: [
        ...built.card.body,
        { type: 'TextBlock', text: note, wrap: true, isSubtle: true, size: 'Small' },
      ],
    },
  };
}

/**
 * The characters of the markdown Teams renders inline (bold, italic, links), escaped in the few places
 * text cannot be a TextRun. Only these: an escaped character a client does not honour shows its
 * backslash, and they are rare in board papers.
 */
const MARKDOWN = /[*_[\]]/g;

/**
 * Text as text: card text comes from the papers, from spreadsheets and from what people type (progress
 * notes, reasons), and a TextBlock would render markdown in it (links, bold) in other people's cards.
 * Every TextBlock becomes a RichTextBlock of one TextRun, which Adaptive Cards never read as markdown;
 * a heading keeps its role for screen readers with its markdown characters escaped, as do facts.
 */
function asPlainText(node: unknown): unknown {
  // Plain loops rather than entries/fromEntries: this walks every element of every card sent.
  if (Array.isArray(node)) {
    const out = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) out[i] = asPlainText(node[i]);
    return out;
  }
  if (typeof node !== 'object' || node === null) return node;
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string') {
    if (element.style === 'heading')
      return { ...element, text: element.text.replace(MARKDOWN, '\\$&') };
    const block: Record<string, unknown> = { type: 'RichTextBlock' };
    const run: Record<string, unknown> = { type: 'TextRun', text: element.text };
    for (const k in element)
      if (!TEXT_BLOCK_ONLY.has(k) && !RUN_STYLE.includes(k)) block[k] = element[k];
    for (const k of RUN_STYLE) if (element[k] !== undefined) run[k] = element[k];
    block.inlines = [run];
    return block;
  }
  if (element.type === 'FactSet' && Array.isArray(element.facts))
    return {
      ...element,
      facts: (element.facts as { title: string; value: string }[]).map((f) => ({
        title: f.title.replace(MARKDOWN, '\\$&'),
        value: f.value.replace(MARKDOWN, '\\$&'),
      })),
    };
  const out: Record<string, unknown> = {};
  for (const k in element) {
    const v = element[k];
    out[k] = typeof v === 'object' && v !== null ? asPlainText(v) : v;
  }
  return out;
}

/** A TextBlock's fields with no place in a RichTextBlock (its text goes into the run). */
const TEXT_BLOCK_ONLY = new Set(['type', 'text', 'wrap', 'maxLines', 'style']);
/** A TextBlock's fields that style its text: they move to the TextRun. */
const RUN_STYLE = ['weight', 'size', 'color', 'isSubtle', 'fontType'];

function plain(built: BuiltCard): BuiltCard {
  return { summary: built.summary, card: asPlainText(built.card) as BuiltCard['card'] };
}

/**
 * Someone's own list seen by others in a channel or group chat: named as theirs ("Yusuf Ali's overdue
 * actions", "Yusuf Ali is task lead on…"), so nobody reads it as their own.
 */
function asSeenByOthers(view: View): View {
  if (view.kind === 'two-answers')
    return { ...view, answers: view.answers.map(asSeenByOthers) as typeof view.answers };
  if ((view.kind !== 'action-list' && view.kind !== 'risk-list') || !view.askedBy) return view;
  const name = view.askedBy;
  const theirs = (s: string) =>
    s
      .replace(/^Your\b/, `${name}’s`)
      .replace(/\b[Yy]ou are\b/g, `${name} is`)
      .replace(/\byou lead or are\b/g, `${name} leads or is`)
      .replace(/\bAlso yours\b/g, `Also ${name}’s`)
      .replace(/\bare yours\b/g, `are ${name}’s`)
      .replace(/\b[Yy]our roles\b/g, `${name}’s roles`);
  if (view.kind === 'risk-list')
    return {
      ...view,
      title: theirs(view.title),
      notes: view.notes.map(theirs),
      ...(view.lead ? { lead: theirs(view.lead) } : {}),
    };
  return {
    ...view,
    title: theirs(view.title),
    description: theirs(view.description),
    notes: view.notes.map(theirs),
    ...(view.lead ? { lead: view.lead.map(theirs) } : {}),
  };
}

/** The card for a view as this audience may see it, shortened to fit Teams' size limit; null if it cannot. */
function fitted(shown: View, audience: Audience): BuiltCard | null {
  const view = audience.shared ? asSeenByOthers(shown) : shown;
  const redacted = mayShowPrivate(audience) ? { view, leftOut: 0 } : withoutPrivate(view);
  const safe = redacted.view ?? privateOnly(audience);
  const finish = (v: View) => {
    const built = plain(renderView(v));
    return redacted.leftOut > 0 && redacted.view
      ? withNote(built, leftOutNote(redacted.leftOut, audience))
      : built;
  };
  let built = finish(safe);
  for (const max of SHORTENINGS) {
    if (bytes(built) <= MAX_CARD_BYTES) return built;
    built = finish(shorten(safe, max));
  }
  return bytes(built) <= MAX_CARD_BYTES ? built : null;
}

/**
 * Cards drawn lately, by view and audience: an answer kept for the next asker (`RecentAnswers`) is the
 * same view, and is drawn once for each audience that sees it. A view is never changed once shown, nor
 * a card once drawn (see `cardJson`).
 */
const drawn = new WeakMap<View, Map<string, BuiltCard | null>>();
/** Every field of an audience (the compiler checks none is missed): a card is drawn for all of them. */
const AUDIENCE_FIELDS = Object.keys({
  shared: true,
  boardMember: true,
  composed: true,
} satisfies Record<keyof Audience, true>) as (keyof Audience)[];

function fittedOnce(view: View, audience: Audience): BuiltCard | null {
  let byAudience = drawn.get(view);
  if (!byAudience) drawn.set(view, (byAudience = new Map<string, BuiltCard | null>()));
  const key = AUDIENCE_FIELDS.map((field) => audience[field] ?? false).join('|');
  let built = byAudience.get(key);
  if (built === undefined) byAudience.set(key, (built = fitted(view, audience)));
  return built;
}

/** The card for a view, as this audience may see it, within Teams' size limit. */
export function draw(view: View, audience: Audience): BuiltCard {
  const built = fittedOnce(view, audience);
  if (built) return built;
  // Two answers too long together (where only one card can go back, as to a button): the first,
  // saying the second is there to be asked on its own. A message gets a card each (`drawReplies`).
  if (view.kind === 'two-answers' && view.answers[0]) {
    const first = draw(view.answers[0], audience);
    return withNote(
      first,
      'Your message asked two things, and both answers together are too long for Teams: ask the second on its own.',
    );
  }
  return plain(
    renderView({
      kind: 'message',
      title: 'That answer is too long to show in Teams',
      text: 'Ask a narrower question, for example about one risk, one action log or one meeting.',
      suggestions: [],
    }),
  );
}

/**
 * The cards a reply to a message goes as: one; or, for a message that asked two or three things, one
 * card each, in the order asked (each drawn, and so redacted, like every other reply, and each keeping its
 * own buttons: "Show more" of a long list, an action's "Update").
 */
export function drawReplies(view: View, audience: Audience): BuiltCard[] {
  return view.kind === 'two-answers' && view.answers.length > 1
    ? view.answers.map((answer) => draw(answer, audience))
    : [draw(view, audience)];
}

/**
 * A result of a search from the compose box, as this audience may see it: the card a person inserts
 * into the conversation and its preview in the results list, both drawn from the same redacted view.
 * Null when the result is private as a whole: it is not offered at all.
 */
export function drawSearchResult(
  view: SearchResultView,
  audience: Audience,
): { built: BuiltCard; preview: ResultPreview } | null {
  const shown = mayShowPrivate(audience) ? view : withoutPrivate(view).view;
  if (!shown) return null;
  return {
    built: draw(view, { ...audience, composed: true }),
    preview: searchResultPreview(shown),
  };
}
