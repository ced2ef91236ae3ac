/**
 * The Action.Execute verbs Board Clerk's cards use, and the data each carries. The bot routes on them
 * (and validates the data: a card payload is untrusted). Every button also carries `verb` in its data,
 * for clients that fall back to Action.Submit.
 */
export const VERBS = {
  /** Ask a question (paging: "Show more"). */
  ask: 'question.ask',
  /** Open an action's card: editable for its owners, read-only otherwise. */
  openAction: 'action.open',
  actionHistory: 'action.history',
  /** Save a progress update from the action card. */
  saveProgress: 'progress.save',
  /** Universal Actions refresh of an action card. */
  refreshAction: 'action.refresh',
  /** Secretary's closure decision. */
  approveClosure: 'closure.approve',
  returnClosure: 'closure.return',
  /** Secretaries: meetings and broadcasts. */
  newMeeting: 'meeting.new',
  editMeeting: 'meeting.edit',
  saveMeeting: 'meeting.save',
  composeBroadcast: 'broadcast.compose',
  previewBroadcast: 'broadcast.preview',
  sendBroadcast: 'broadcast.send',
  cancelBroadcast: 'broadcast.cancel',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
