import { AgendaItemType, type AgendaItemDraft } from '../domain/meeting';
import { capitalised } from '../shared/views';
import { PRIVATE_BUSINESS } from './lexicon';

/**
 * An agenda item a secretary says in a message, to fill the agenda editor's new row: "add an item to
 * the private agenda: Estates sale update, paper, led by the CFO", "put 'FTSU annual report' on the
 * January agenda, presented by Beth Kendall", "add the Green Plan update to the next board agenda as
 * a verbal item". Read from the message as typed (its capitals kept); null when it names no item.
 */

const VERB = String.raw`(?:add|put|include|insert|slot|stick|pop|schedule)`;
/** "…to the private agenda: <item>": the item after the colon or dash. */
const ITEM_AFTER = new RegExp(
  String.raw`\b${VERB}\s+(?:(?:an?|one more|another)\s+(?:new\s+)?(?:agenda\s+)?(?:item|paper|one)\s+)?(?:to|on|onto|in|into)\s+(?:the\s+)?[^:]{0,60}?\bagenda\s*(?::|\s[-–—]\s)\s*(.+)$`,
  'i',
);
/** "Add <item> to the next board agenda, <details>". */
const ITEM_BEFORE = new RegExp(
  String.raw`\b${VERB}\s+(.+)\s+(?:to|on|onto|in|into)\s+(?:the\s+|our\s+)?(?:[^,:]{0,60}?\s)?agenda\b(.*)$`,
  'i',
);
/** A title in quotes: "put 'Freedom to Speak Up annual report' on the agenda". */
const QUOTED = /(?:^|\s)[“"‘']([^“”"‘’]{3,200}?)[”"’'](?=\s|[,.;:!?]|$)/;
/** Words that say an item is to be added without naming it: "add an item", "put something". */
const NO_TITLE =
  /^(?:(?:an?|one more|another|a new|new)\s+)?(?:(?:agenda\s+)?items?|papers?|something|one|it|this|that|them)$/i;
const TYPE = /\b(paper|verbal|presentation)\b/i;
const LEAD =
  /\b(?:led|presented|brought|introduced|fronted|given|taken)\s+by\s+(?:the\s+)?([^,;.()]+)|\b(?:lead|presenter)\s*[:=]?\s+(?:is\s+)?(?:the\s+)?([^,;.()]+)|\bfrom\s+(?:the\s+)?([A-Z][^,;.()]+)/;

/** A title as typed, without quotes, its kind said before it, or a request's last words. */
function titleOf(text: string): string {
  return text
    .replace(/[“”"‘’]|(?:^|\s)'|'(?=\s|$)/g, ' ')
    .replace(
      /^\s*(?:(?:an?|the)\s+)?(?:new\s+)?(?:(?:agenda\s+)?item|paper|presentation|verbal(?:\s+item)?)\s+(?:called|titled|named|on|about|for)\s+/i,
      '',
    )
    .replace(/^\s*(?:the|an?)\s+/i, '')
    .replace(/\s+(?:please|pls|thanks|thank you)\s*[.!]*$/i, '')
    .replace(/\s+as\s+(?:an?\s+)?(?:paper|verbal|presentation)(?:\s+item)?\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');
}

function typeOf(details: string): AgendaItemDraft['type'] {
  const t = TYPE.exec(details)?.[1]?.toLowerCase();
  return t ? AgendaItemType.parse(capitalised(t)) : undefined;
}

function leadOf(details: string): string | undefined {
  const m = LEAD.exec(details);
  const lead = (m?.[1] ?? m?.[2] ?? m?.[3])
    ?.replace(/\s+(?:please|pls|thanks)\b.*$/i, '')
    .replace(
      /\s+(?:as|on|for|at)\s+(?:an?\s+|the\s+)?(?:paper|verbal|presentation|item|agenda|next|private|public)\b.*$/i,
      '',
    )
    .trim();
  return lead ? lead.slice(0, 120) : undefined;
}

export function agendaItemSaid(raw: string): AgendaItemDraft | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const after = ITEM_AFTER.exec(text);
  let title: string;
  let details: string;
  if (after) {
    // "<title>, paper, led by the CFO": the first part that is not a type or a lead.
    const parts = after[1]!.split(/\s*[,;]\s*|\s+[-–—]\s+/);
    const at = parts.findIndex((p) => p.trim() && !TYPE.test(p) && !LEAD.test(p));
    title = at >= 0 ? parts[at]! : '';
    details = parts.filter((_, i) => i !== at).join(', ');
  } else {
    const before = ITEM_BEFORE.exec(text);
    if (!before) return null;
    title = before[1]!;
    details = before[2]!;
  }
  const cleaned = titleOf(QUOTED.exec(title)?.[1] ?? title);
  if (!cleaned || NO_TITLE.test(cleaned) || cleaned.length > 300) return null;
  const type = typeOf(details) ?? typeOf(title);
  const lead = leadOf(details);
  return {
    title: capitalised(cleaned),
    ...(type ? { type } : {}),
    ...(lead ? { lead } : {}),
    ...(PRIVATE_BUSINESS.test(text) ? { private: true } : {}),
  };
}
