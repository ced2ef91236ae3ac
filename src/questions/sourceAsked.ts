import type { Citation } from '../shared/viewTypes';
import { citationWords } from '../shared/views';
import type { Answer } from './answers';

/**
 * "Says who?", "which paper is that from?", "what's your source?", "is that the latest BAF?": where the
 * last answer comes from, asked after it. Board Clerk answers it again, saying first which papers it
 * quotes and their dates.
 */
export const SOURCE_ASKED = new RegExp(
  '^(?:(?:and|so|ok|okay|sorry|but|hang on|wait|just checking|quick one)\\s+)*(?:' +
    [
      'says who',
      'who says(?: so| that)?',
      'according to (?:who|whom|what|which(?: paper| document| report)?)',
      '(?:what|which) (?:is|s|was|are) (?:your|the|its|their) sources?',
      'sources?(?: please| pls)?',
      'citation|reference please|ref please',
      'where (?:is|s|does|did|was|do) (?:that|this|it|that figure|that score|that date|the figure|the score) (?:come|coming|taken|quoted|got) from',
      'where (?:is|s) (?:that|this|it) from',
      'where did (?:you|that|this|it) (?:get|come) (?:that|this|it )?(?:from)?',
      'which (?:paper|document|report|register|baf|version|minutes|log|page|pack) (?:is|s|was|are|were|does|did) (?:that|this|it|those|these)(?: from| in| say| come from| taken from)?',
      'which (?:paper|document|report|register|version|page|pack) (?:says|said|shows|showed|has) (?:that|so|this|it)',
      'what (?:paper|document|report|register|version|pack) (?:is|s|was) (?:that|this|it) (?:from|in|based on|taken from)',
      'how (?:old|current|recent|up to date|fresh|stale) (?:is|s|are) (?:that|this|it|the)(?: (?:data|figure|info|information|score|number|date|position))?',
      'is (?:that|this|it) (?:from )?the (?:latest|current|most recent|newest)(?: version| one| baf| register| paper| report| figure| position| data)?',
      '(?:what|which) date (?:is|s) (?:that|this|the version|that version)(?: from)?',
      // ("Is that the Group BAF or LPT's?", "which BAF are you using?", "what version is that?")
      '(?:is|was) (?:that|this|it) (?:from )?(?:the )?(?:group|lpt|nhft|trust)(?: s)?(?: baf| register| one| paper)?(?: or (?:the )?(?:group|lpt|nhft|trust)(?: s)?(?: baf| register| one| paper)?)?',
      '(?:which|what) (?:baf|register|version|paper|papers|document|documents|pack|data) (?:are you|do you|is this|is that|was that|were you|have you been) (?:using|quoting|reading|looking at|on|from|based on|working from)',
      '(?:which|what) version(?: of (?:the )?[a-z ]{2,30})? (?:is|s|was) (?:that|this|it)(?: from)?',
    ].join('|') +
    ')(?: then| exactly| please| pls)?[?.!]*$',
);

/**
 * "Which paper says BAF 1 is 16?", "what document gives the 6.5% target?": the question after those
 * words, to be answered saying first where its answer comes from. Null when it asks no such thing.
 */
export function askedWithItsSource(text: string): string | null {
  return SOURCE_OF.exec(text)?.[1] ?? null;
}

const SOURCE_OF =
  /^(?:(?:and|so|ok|okay|quick one)\s+)?(?:which|what) (?:paper|document|report|register|papers|documents|reports|version|source|pack) (?:says|said|say|shows|showed|show|has|gives|gave|puts|put|records|recorded|quotes|quoted|mentions|mentioned) (?:that )?(.{6,}?)[?.!]*$/;

/** The last answer again, saying first where it comes from (the papers it quotes, with their dates). */
export function withSourceSaid(answer: Answer): Answer {
  const said = sourceSentence(answer);
  if (answer.kind === 'two-answers') {
    const [first, ...rest] = answer.answers;
    return first ? { ...answer, answers: [{ ...first, readAs: said }, ...rest] } : answer;
  }
  return { ...answer, readAs: said };
}

function sourceSentence(answer: Answer): string {
  const cited = citationsOf(answer);
  if (!cited.length)
    return 'That answer quotes no single paper: it is worked out from the records Board Clerk holds, as below.';
  const named = cited.slice(0, 3).map(citationWords);
  const more = cited.length > 3 ? ` and ${cited.length - 3} more` : '';
  return `Where that comes from: ${named.join('; ')}${more}.`;
}

/** The papers an answer quotes: its own source, else those of the records it lists, each once. */
function citationsOf(answer: Answer): Citation[] {
  const parts = answer.kind === 'two-answers' ? answer.answers : [answer];
  const found: Citation[] = [];
  // (Several records of one document, a list of its actions, cite the document alone.)
  const add = (c: Citation) => {
    const i = found.findIndex((f) => f.document === c.document && f.date === c.date);
    if (i < 0) found.push(c);
    else if (found[i]!.section !== c.section) found[i] = { ...found[i]!, section: '' };
  };
  for (const part of parts) {
    const own = citationIn(part);
    if (own) {
      add(own);
      continue;
    }
    // (The record it shows, "risk", or those it lists, "actions".)
    for (const value of Object.values(part as object)) {
      const items: unknown[] = Array.isArray(value) ? value.slice(0, 20) : [value];
      for (const item of items) {
        const c = citationIn(item);
        if (c) add(c);
      }
    }
  }
  return found;
}

function citationIn(value: unknown): Citation | null {
  if (!value || typeof value !== 'object' || !('source' in value)) return null;
  const { source } = value;
  return source &&
    typeof source === 'object' &&
    'document' in source &&
    typeof source.document === 'string'
    ? (source as Citation)
    : null;
}
