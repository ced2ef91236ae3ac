import { randomUUID } from 'node:crypto';

/**
 * A drawn card is serialised once. The outbox needs its JSON to check the size Teams accepts, and the
 * HTTP answer (expectReplies' activities, an invoke's card) needs it again: the second time, the JSON
 * already made is spliced in rather than made again (cards are 1.5 to 35 KB; serialising twice was
 * about 6% of the CPU of a question in `npm run bench:questions`).
 *
 * A card is final once drawn: nothing changes it afterwards (the outbox makes a new card to add a note
 * or to shorten one), so its JSON cannot go stale.
 */
const serialised = new WeakMap<object, string>();

/** The card's JSON, made on first use and remembered for as long as the card lives. */
export function cardJson(card: object): string {
  let json = serialised.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    serialised.set(card, json);
  }
  return json;
}

/**
 * How deep a drawn card sits in an HTTP answer: `{ activities: [ { attachments: [ { content } ] } ] }`
 * is five levels; an invoke's `{ value: card }` is one.
 */
const CARD_DEPTH = 5;

/** Stands in for a card while the rest of an answer is serialised: random, so no text can be it. */
const PLACEHOLDER = `card-${randomUUID()}-`;

/**
 * `JSON.stringify(body)`, with the JSON of any card already drawn taken as it was made: the cards are
 * swapped for placeholders (copying only the few objects above them), the rest is serialised by
 * JSON.stringify, and each placeholder is replaced by its card's JSON.
 */
export function answerJson(body: unknown): string {
  const cards: string[] = [];
  const json = JSON.stringify(withPlaceholders(body, CARD_DEPTH, cards)) ?? 'null';
  if (cards.length === 0) return json;
  let out = json;
  cards.forEach((card, i) => {
    const at = out.indexOf(`"${PLACEHOLDER}${i}"`);
    out = `${out.slice(0, at)}${card}${out.slice(at + PLACEHOLDER.length + String(i).length + 2)}`;
  });
  return out;
}

/** The value with each drawn card in it replaced by a placeholder; the value itself if it has none. */
function withPlaceholders(value: unknown, depth: number, cards: string[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const made = serialised.get(value);
  if (made !== undefined) return `${PLACEHOLDER}${cards.push(made) - 1}`;
  if (depth === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    let copy: unknown[] | undefined;
    items.forEach((v, i) => {
      const swapped = withPlaceholders(v, depth - 1, cards);
      if (swapped !== v) (copy ??= [...items])[i] = swapped;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const v = fields[key];
    const swapped = withPlaceholders(v, depth - 1, cards);
    if (swapped !== v) (copy ??= { ...fields })[key] = swapped;
  }
  return copy ?? value;
}
