import { renderView, type BuiltCard, type View } from '../../cards';
import { withoutPrivate } from '../shared/privacy';

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
}

/** Teams refuses messages over about 28 KB; keep a margin for the activity around the card. */
export const MAX_CARD_BYTES = 26_000;

/** Longest text kept when a card has to be shortened to fit, tried in turn. */
const SHORTENINGS = [1_500, 600, 200];

function mayShowPrivate(audience: Audience): boolean {
  return audience.boardMember && !audience.shared;
}

function leftOutNote(leftOut: number, audience: Audience): string {
  const items = `${leftOut} private item${leftOut === 1 ? '' : 's'}`;
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
  return Buffer.byteLength(JSON.stringify(built.card), 'utf8');
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

/** The card for a view, as this audience may see it, within Teams' size limit. */
export function draw(view: View, audience: Audience): BuiltCard {
  const redacted = mayShowPrivate(audience) ? { view, leftOut: 0 } : withoutPrivate(view);
  const safe = redacted.view ?? privateOnly(audience);
  const finish = (v: View) => {
    const built = renderView(v);
    return redacted.leftOut > 0 && redacted.view
      ? withNote(built, leftOutNote(redacted.leftOut, audience))
      : built;
  };
  let built = finish(safe);
  for (const max of SHORTENINGS) {
    if (bytes(built) <= MAX_CARD_BYTES) return built;
    built = finish(shorten(safe, max));
  }
  if (bytes(built) <= MAX_CARD_BYTES) return built;
  return renderView({
    kind: 'message',
    title: 'That answer is too long to show in Teams',
    text: 'Ask a narrower question, for example about one risk, one action log or one meeting.',
    suggestions: [],
  });
}
