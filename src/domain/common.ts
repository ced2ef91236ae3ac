import { z } from 'zod';

/** A calendar date as ISO `YYYY-MM-DD` (no time, no zone). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant as an ISO 8601 UTC timestamp, e.g. `2026-01-29T15:00:00.000Z`. */
export const UtcTimestamp = z.iso.datetime({ offset: false, message: 'expected a UTC timestamp' });
export type UtcTimestamp = z.infer<typeof UtcTimestamp>;

/** Stable identifiers used in documents and card payloads. */
export const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    'ids use letters, digits, dot, underscore, colon and dash',
  );

/**
 * A date exactly as the paper prints it ("31/06/2025", "May 24", "Q2 24/25"), with the calendar date it
 * stands for when there is one. `iso` is null when the printed text is not a single day (a quarter, a
 * year) or does not exist; a data-quality flag says which.
 */
export const PrintedDate = z.object({
  printed: z.string().min(1),
  iso: IsoDate.nullable(),
});
export type PrintedDate = z.infer<typeof PrintedDate>;

/** Where a record came from, so answers can cite it. */
export const SourceRef = z.object({
  documentId: Id,
  section: z.string().min(1),
  page: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const DataQualityKind = z.enum([
  /** A summary table and the detail disagree (a score, a title). */
  'summary-detail-mismatch',
  /** A printed combined score is not consequence x likelihood. */
  'combined-not-product',
  /** A date that does not exist on the calendar (31 June). */
  'invalid-date',
  /** A year that is, or may be, mistyped (December 2026 in a January 2026 paper); the message says which. */
  'mistyped-year',
  /** A value outside what the scheme allows (a 5x5 score of 60). */
  'impossible-value',
  /** Figures or entries in one source that contradict each other. */
  'inconsistent-record',
  /** Something the record needs that the source does not print. */
  'missing-value',
  /** A value not printed in the source but inferred from it; the inference is stated. */
  'inferred-value',
  /** A printed value normalised (an OCR slip such as "Dol" for DoI); the printed value is kept. */
  'normalised-value',
  /** The same entry printed twice (a control listed twice with different capitals, a repeated cell). */
  'duplicate-entry',
  /** A date printed as still to come that had passed when the paper was written ("due Q2 2024/25" in 2026). */
  'out-of-date',
]);
export type DataQualityKind = z.infer<typeof DataQualityKind>;

/**
 * A data-quality flag: the source contradicts itself or is incomplete. The printed value is kept on the
 * record; the flag says what is wrong so later features can show it.
 */
export const DataQualityFlag = z.object({
  kind: DataQualityKind,
  /** Dotted path of the field the flag is about, e.g. `scores.current` or `originalDue`. */
  field: z.string().min(1),
  printed: z.string(),
  /** What the rest of the source implies, where it implies something. */
  expected: z.string().optional(),
  /** One plain sentence for a board member, e.g. "The summary table says 20; the detail says 4 x 3 = 12." */
  message: z.string().min(1),
  /** Flags found by the importer's checks rather than recorded by hand when transcribing. */
  detectedBy: z.enum(['transcriber', 'importer']).default('transcriber'),
});
export type DataQualityFlag = z.infer<typeof DataQualityFlag>;

/** Fields every stored governance record carries. */
export const RecordBase = z.object({
  id: Id,
  organisationId: Id,
  dataQuality: z.array(DataQualityFlag).default([]),
});
