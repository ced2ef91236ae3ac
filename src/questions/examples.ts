import Fuse from 'fuse.js';

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

/** The example questions closest to what was typed (normalised), or the first ones. */
export function suggestionsFor(text: string): string[] {
  const fuse = new Fuse([...EXAMPLE_QUESTIONS], { threshold: 0.6, ignoreLocation: true });
  const found = fuse.search(text).map((h) => h.item);
  return (found.length ? found : [...EXAMPLE_QUESTIONS]).slice(0, 3);
}
