import { channel } from 'node:diagnostics_channel';
import type { OneAnswer } from './answers';
import type { Question } from './question';
import { deepFrozen } from '../domain/deepFrozen';

/** Each answer given, `{ reused: boolean }`: for diagnostics and `npm run bench:questions`. */
export const ANSWERS_GIVEN = channel('board-clerk:answers-given');

/** How many answers are kept per version of the records. */
const KEPT = 1_000;

/**
 * Questions whose answers read what no version counts: the log of questions Board Clerk could not
 * answer (a secretary's "what couldn't you answer?") changes with every such question.
 */
const NEVER_KEPT: ReadonlySet<Question['intent']> = new Set(['unanswered']);

/** Everything an answer is worked out from, besides the papers and the records' version. */
export interface AnswerAsked {
  question: Question;
  text: string;
  /** Who asks: only for an answer that reads it ("my overdue actions", "is that one mine?"). */
  askerId: string | null;
  askerAadObjectId: string | null;
  organisationId: string | null;
  /** Whether private business and progress notes may be shown and searched where it is asked. */
  maySeePrivate: boolean;
  /** When it is asked: the answer is kept for that minute only ("overdue", "the next meeting"). */
  now: Date;
}

/** An answer worked out, and whether working it out read who asked. */
export interface AnswerWorkedOut {
  answer: OneAnswer;
  readAsker: boolean;
}

/**
 * Answers given lately, kept for the next time the same is asked: directors ask the same few things
 * over and over, and working out an answer (and drawing its card, which the outbox keeps with the
 * answer it drew) is most of what a question costs. An answer depends only on what `AnswerAsked` holds,
 * the papers (`papers`: the reference data snapshot; a new one starts afresh) and the records the
 * store holds (`version`: moved on by every change to an action, a minute or any other record, ours or
 * another instance's: a change is seen by the next question). One that did not read who asked ("BAF 1
 * score") is kept for everyone who asks it the same way where the same may be shown; one that did, for
 * that asker only. Kept answers are frozen: whoever shows one again must not be shown another's change
 * to it.
 */
export class RecentAnswers {
  private readonly byPapers = new WeakMap<
    object,
    { version: number; kept: Map<string, OneAnswer> }
  >();

  async answer(
    papers: object,
    version: number,
    asked: AnswerAsked,
    work: () => Promise<AnswerWorkedOut>,
  ): Promise<OneAnswer> {
    if (NEVER_KEPT.has(asked.question.intent)) {
      if (ANSWERS_GIVEN.hasSubscribers) ANSWERS_GIVEN.publish({ reused: false });
      return (await work()).answer;
    }
    let held = this.byPapers.get(papers);
    if (!held || held.version !== version) {
      held = { version, kept: new Map() };
      this.byPapers.set(papers, held);
    }
    const minute = Math.floor(asked.now.getTime() / 60_000);
    const asAsked = [
      minute,
      asked.organisationId,
      asked.maySeePrivate,
      asked.text,
      asked.question,
    ] as const;
    const forAnyone = JSON.stringify(asAsked);
    const forAsker = JSON.stringify([...asAsked, asked.askerId, asked.askerAadObjectId]);
    const found = held.kept.get(forAnyone) ?? held.kept.get(forAsker);
    if (ANSWERS_GIVEN.hasSubscribers) ANSWERS_GIVEN.publish({ reused: !!found });
    if (found) return found;
    const made = await work();
    const answer = deepFrozen(made.answer);
    if (held.kept.size >= KEPT) held.kept.clear();
    held.kept.set(made.readAsker ? forAsker : forAnyone, answer);
    return answer;
  }
}
