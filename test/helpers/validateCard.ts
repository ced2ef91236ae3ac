import assert from 'node:assert/strict';
import type * as AdaptiveCards from 'adaptivecards';
import { MAX_CARD_BYTES } from '../../src/bot/outbox';

// The package's lib/ entry is ES modules that Node cannot load from CommonJS; its dist bundle works.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

export { MAX_CARD_BYTES };

/**
 * Checks a card the way a client would: it must be an Adaptive Card 1.5 that the Adaptive Cards SDK
 * parses without warnings (no unknown elements or actions), with a plain-text fallback, within size.
 */
export function validateCard(card: unknown): void {
  assert.ok(card && typeof card === 'object', 'a card');
  const json = card as { type?: string; version?: string; fallbackText?: string; speak?: string };
  assert.equal(json.type, 'AdaptiveCard');
  assert.equal(json.version, '1.5');
  assert.ok(json.fallbackText && json.fallbackText.length > 10, 'has a plain-text fallback');
  assert.equal(json.speak, json.fallbackText, 'screen readers read the summary');
  const size = Buffer.byteLength(JSON.stringify(card));
  assert.ok(size <= MAX_CARD_BYTES, `card is ${size} bytes`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const events = Array.from(
    { length: context.eventCount },
    (_, i) => context.getEventAt(i).message,
  );
  assert.deepEqual(events, [], 'the Adaptive Cards SDK parses it without warnings');
  assert.deepEqual(
    parsed.validateProperties().validationEvents.map((e) => e.message),
    [],
    'the Adaptive Cards SDK finds no invalid properties',
  );
}
