import type { DeliveryStatus } from '../domain';
import type { FieldErrors, ProgressForm } from '../domain/progressUpdate';
import type { ActionView, HistoryView } from '../shared/viewTypes';

/** What the progress card shows: plain data, built by the progress service, drawn by cards/progressCard. */

export type Banner =
  | { kind: 'saved'; text: string }
  | { kind: 'conflict'; text: string }
  | { kind: 'duplicate'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'info'; text: string };

export interface ProgressCardModel {
  action: ActionView;
  /** The last few progress notes, newest first. */
  recentNotes: { note: string; by: string; when: string | null; status: DeliveryStatus | null }[];
  history: HistoryView[] | null;
  editable: boolean;
  /** Why the card is read-only, in words. */
  readOnlyReason: string | null;
  /** What the person typed, kept after an error or a conflict. */
  typed: ProgressForm | null;
  errors: FieldErrors;
  banner: Banner | null;
  /** Teams ids of the owners (and secretaries) whose copies of the card refresh to the latest state. */
  refreshUserIds: string[];
  /** The idempotency key for the next save from this card. */
  submissionId: string;
  /** For a secretary looking at an action proposed for closure: approve / return buttons. */
  canDecideClosure: boolean;
}
