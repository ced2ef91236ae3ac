import Fuse from 'fuse.js';
import { readQuestion, type Reading, type ReadingContext } from './entities';
import { followUpQuestion } from './followUp';
import type { Question } from './question';
import { ORDERED_RULES } from './rules';
import { normalise } from './text';

export { MAX_QUESTION_LENGTH } from './entities';

/**
 * Reads a question typed in Teams and says what it asks: the text is read once into entities and cues
 * (`entities.ts`), a follow-up borrows what it leaves out from the conversation's last question
 * (`followUp.ts`), and the ranked rules (`rules.ts`) decide. People do not type commands: this handles
 * fragments, typos, British spelling, abbreviations and indirect wording.
 */

/** Questions shown in help, and as suggestions when nothing in the papers comes close. */
export const EXAMPLE_QUESTIONS = [
  'What is BAF 1 score?',
  'Which risks are above appetite?',
  'Show the Group BAF heat map',
  'What are the controls and gaps on Group BAF 3?',
  'My overdue actions',
  'Actions due this month',
  'Freedom to Speak Up actions',
  'History of Well-Led FTSU 5',
  'When is the next board meeting?',
  'Next board agenda',
  'What did the board resolve at GTB/25/15?',
  'Who sent apologies to the September board?',
  'Matters arising',
  'Anything on workforce?',
  'Who owns the estates risk?',
  'Which risk has improved most?',
  'What has slipped?',
  'Progress on our ambitions',
  'Risks overseen by the People and Culture Committee',
  'Any data quality problems in the BAF?',
] as const;

export interface UnderstandContext extends ReadingContext {
  /** The conversation's last question, for follow-ups; null when there is none (or it expired). */
  last?: Question | null;
}

function suggestionsFor(text: string): string[] {
  const fuse = new Fuse([...EXAMPLE_QUESTIONS], { threshold: 0.6, ignoreLocation: true });
  const found = fuse.search(text).map((h) => h.item);
  return (found.length ? found : [...EXAMPLE_QUESTIONS]).slice(0, 3);
}

/**
 * A question about the same minutes as the last one ("who sent apologies?" after "minutes of the
 * September board") keeps its meeting when it names none.
 */
function inherit(fresh: Question, last: Question): Question {
  if (!fresh.intent.startsWith('minutes.') || !('date' in fresh) || fresh.date || fresh.body)
    return fresh;
  const lastDate =
    'date' in last && last.intent.startsWith('minutes.')
      ? last.date
      : last.intent === 'meeting.on'
        ? last.period.from
        : null;
  return lastDate ? { ...fresh, date: lastDate, body: 'body' in last ? last.body : null } : fresh;
}

/** What the ranked rules make of a reading on its own. */
function byRules(reading: Reading): Question | null {
  for (const rule of ORDERED_RULES) if (rule.when(reading)) return rule.then(reading);
  return null;
}

/**
 * What a reading asks. A question that reads as a follow-up ("and its gaps?", "who leads that?"), or
 * that the rules cannot place on its own, leans on the conversation's last question; a question that
 * stands on its own is answered as asked.
 */
export function decide(reading: Reading, last: Question | null = null): Question {
  const fresh = byRules(reading);
  const needsSubject =
    !fresh ||
    fresh.intent === 'clarify' ||
    (fresh.intent === 'topic' && reading.cues.has('pronoun'));
  if (last && (reading.followUp || needsSubject)) {
    const followed = followUpQuestion(reading, last);
    if (followed) return followed;
  }
  if (fresh) return last ? inherit(fresh, last) : fresh;
  const text = reading.raw.trim();
  if (reading.followUp && reading.cues.has('pronoun') && !reading.topic)
    return {
      intent: 'clarify',
      title: 'What would you like to know about?',
      text: 'I have lost track of what "that" refers to. Name the risk, action or meeting, for example:',
      choices: [
        'Who owns the workforce risk?',
        'What are the gaps on Group BAF 3?',
        'When is the next board meeting?',
      ],
    };
  return { intent: 'unknown', text, suggestions: suggestionsFor(normalise(text)) };
}

export function understand(raw: string, ctx: UnderstandContext): Question {
  return decide(readQuestion(raw, ctx), ctx.last ?? null);
}
