import { contentWords, normalise, stem } from './text';

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

const stemsOf = (text: string) => new Set(contentWords(normalise(text)).map(stem));
let examples: { question: string; stems: Set<string> }[] | null = null;

/** The example questions sharing most words with what was typed, or the first ones. */
export function suggestionsFor(text: string): string[] {
  examples ??= EXAMPLE_QUESTIONS.map((question) => ({ question, stems: stemsOf(question) }));
  const asked = stemsOf(text);
  const scored = examples
    .map((e) => ({ ...e, shared: [...e.stems].filter((s) => asked.has(s)).length }))
    .filter((e) => e.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  return (scored.length ? scored.map((e) => e.question) : [...EXAMPLE_QUESTIONS]).slice(0, 3);
}
