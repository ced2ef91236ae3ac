import type * as AdaptiveCards from 'adaptivecards';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/**
 * What a client does when a button is pressed with nothing typed: the Adaptive Cards SDK gathers the
 * inputs the button sends (its card's and every enclosing card's, unless `associatedInputs` is
 * "none") and refuses to send while a required one is empty. `sends` lists the input ids the button
 * would send; `blockedBy` the required inputs that stop it. Throws when no button has that title.
 */
export function pressWithNothingTyped(
  card: unknown,
  title: string,
): { sends: string[]; blockedBy: string[] } {
  const json = JSON.parse(JSON.stringify(card)) as unknown;
  let marked = false;
  const mark = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(mark);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (
        !marked &&
        typeof o.type === 'string' &&
        o.type.startsWith('Action.') &&
        o.title === title
      ) {
        o.id = '__pressed__';
        marked = true;
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'fallback') mark(v);
    }
  };
  mark(json);
  if (!marked) throw new Error(`no "${title}" button on the card`);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(json, new AC.SerializationContext());
  const action =
    parsed.getActionById('__pressed__') ??
    parsed.getAllActions().find((a) => a.id === '__pressed__');
  if (!action) throw new Error(`the SDK did not find the "${title}" button`);
  return {
    sends: Object.keys(action.getReferencedInputs() ?? {}).sort(),
    blockedBy: action
      .validateInputs()
      .map((i) => i.id ?? '')
      .sort(),
  };
}
