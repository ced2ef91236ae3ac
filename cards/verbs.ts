import type { ActionExecute } from './adaptiveCard';

/**
 * The Action.Execute verbs Board Clerk's cards send, and the data each carries, so the bot can route
 * them. A card payload is untrusted input: the bot validates it (src/bot/cardActions.ts). Every button
 * also carries `verb` inside its data, because clients that fall back to Action.Submit send only data.
 */

/** Open an action's card: "Update" for people who may update it, "Details" for everyone else. */
export const ACTION_OPEN = 'action.open';
/** Show an action's history. */
export const ACTION_HISTORY = 'action.history';
/** Ask a question as if typed: "Show more" paging and drill-downs. */
export const QUESTION_ASK = 'question.ask';

/** Names an action record. */
export type ActionRefData = { actionId: string; organisationId: string };
export type QuestionAskData = { question: string };

/** What each routed verb's button carries (besides `verb`). */
export interface VerbDataMap {
  [ACTION_OPEN]: ActionRefData;
  [ACTION_HISTORY]: ActionRefData;
  [QUESTION_ASK]: QuestionAskData;
}

export type CardVerb = keyof VerbDataMap;

/** A button's data exactly as the bot receives it: the payload plus the verb, for each verb. */
export type CardActionData = { [V in CardVerb]: VerbDataMap[V] & { verb: V } }[CardVerb];

export const CARD_VERBS: readonly CardVerb[] = [ACTION_OPEN, ACTION_HISTORY, QUESTION_ASK];

/**
 * All verbs by name. The first three are routed today; the rest are reserved for the progress,
 * closure, meeting and broadcast features, which define their data when they add their cards.
 */
export const VERBS = {
  ask: QUESTION_ASK,
  openAction: ACTION_OPEN,
  actionHistory: ACTION_HISTORY,
  saveProgress: 'progress.save',
  refreshAction: 'action.refresh',
  approveClosure: 'closure.approve',
  returnClosure: 'closure.return',
  newMeeting: 'meeting.new',
  editMeeting: 'meeting.edit',
  saveMeeting: 'meeting.save',
  composeBroadcast: 'broadcast.compose',
  previewBroadcast: 'broadcast.preview',
  sendBroadcast: 'broadcast.send',
  cancelBroadcast: 'broadcast.cancel',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** An Action.Execute button for a routed verb, its data checked against the verb by the compiler. */
export function executeAction<V extends CardVerb>(
  title: string,
  verb: V,
  data: VerbDataMap[V],
  options: Pick<ActionExecute, 'style' | 'tooltip' | 'id'> = {},
): ActionExecute {
  const payload: VerbDataMap[CardVerb] & { verb: CardVerb } = { ...data, verb };
  // 'none': paging and drill-down buttons never send the values of inputs elsewhere on the card.
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    associatedInputs: 'none',
    ...options,
  };
}

/** "Update"/"Details" for an action: the people who may update it see "Update". */
export function openActionButton(action: ActionRefData & { canUpdate: boolean }): ActionExecute {
  return executeAction(action.canUpdate ? 'Update' : 'Details', ACTION_OPEN, {
    actionId: action.actionId,
    organisationId: action.organisationId,
  });
}

export function historyButton(action: ActionRefData): ActionExecute {
  return executeAction('History', ACTION_HISTORY, {
    actionId: action.actionId,
    organisationId: action.organisationId,
  });
}

export function askButtonExecute(title: string, question: string): ActionExecute {
  return executeAction(title, QUESTION_ASK, { question });
}
