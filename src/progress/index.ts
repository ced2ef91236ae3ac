import { Progress, type ProgressOptions } from './progress';

export type { ActionRef, ProgressReply, SavingRef } from './progress';
export type { Progress } from './progress';

/** "Action owners update progress": the progress card, saves, closure decisions. */
export function createProgress(options: ProgressOptions): Progress {
  return new Progress(options);
}
