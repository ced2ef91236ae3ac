import { z } from 'zod';
import { Id, UtcTimestamp } from './common';

/**
 * Where an imported record came from: the file, sheet and row it was read from, who imported it and
 * when. Records transcribed into the bundled dataset have none. An owner's progress recorded in Teams
 * after `importedAt` is newer than the file, so a later import shows it as a conflict.
 */
export const Provenance = z.object({
  fileName: z.string().min(1).max(255),
  sheet: z.string().min(1).max(255),
  /** The spreadsheet row number, as Excel shows it (1 is the first row). */
  row: z.number().int().positive(),
  importedBy: z.object({ personId: Id.optional(), name: z.string().min(1) }),
  importedAt: UtcTimestamp,
});
export type Provenance = z.infer<typeof Provenance>;
