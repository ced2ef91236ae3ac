import { z } from 'zod';
import { IsoDate, RecordBase } from './common';

/** A source document (a board paper) that records cite. */
export const SourceDocument = RecordBase.extend({
  kind: z.literal('source'),
  title: z.string().min(1),
  /** The meeting or forum the paper went to, as printed. */
  presentedTo: z.string().optional(),
  /** Date of the paper or meeting; null when the paper is undated. */
  date: IsoDate.nullable(),
  /** The file in ../shared/seeds it was transcribed from. */
  file: z.string().optional(),
  description: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
