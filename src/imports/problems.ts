import { columnLetter } from './workbook';

/**
 * A problem found while importing, for the preview card. Every one names where it is (sheet, row,
 * column) and says what is wrong and what the import does about it, in plain words.
 */
export type ProblemSeverity =
  /** The file cannot be imported (unreadable, no required column). */
  | 'blocking'
  /** This row is left out; the rest is imported. */
  | 'row-skipped'
  /** Imported as printed, with a data-quality flag that answers will show. */
  | 'flagged'
  /** Imported; worth a look (an owner nobody holds, a status not recognised). */
  | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  sheet: string | null;
  row: number | null;
  /** Column letter, as Excel shows it. */
  column: string | null;
  /** The field's name as the card shows it ("Due date"). */
  field: string | null;
  /** The whole sentence: 'Sheet "Actions", row 12, column E (Due date): 31/09/2025 is not a real date; ...'. */
  message: string;
}

export interface Place {
  sheet?: string | null;
  row?: number | null;
  column?: number | null;
  field?: string | null;
}

export function placeText(place: Place): string {
  const parts: string[] = [];
  if (place.sheet) parts.push(`Sheet "${place.sheet}"`);
  if (place.row) parts.push(`row ${place.row}`);
  if (place.column)
    parts.push(`column ${columnLetter(place.column)}${place.field ? ` (${place.field})` : ''}`);
  else if (place.field) parts.push(place.field);
  return parts.join(', ');
}

export function problem(severity: ProblemSeverity, place: Place, what: string): ImportProblem {
  const where = placeText(place);
  return {
    severity,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ? columnLetter(place.column) : null,
    field: place.field ?? null,
    message: where ? `${where}: ${what}` : what,
  };
}

/** A row whose values make no valid record (a schema rule the checks above did not foresee). */
export function notImportable(
  place: Place,
  what: string,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
): ImportProblem {
  const why = error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
  return problem(
    'row-skipped',
    place,
    `${what} could not be made into a valid record (${why}); it is not imported.`,
  );
}
