import { FILLER_WORDS, type FieldSpec } from './fields';
import { cellText, isBlank, mergeAt, widthOf, type Sheet } from './workbook';

/**
 * Reading a sheet's header: which row (or pair of rows, "Current" over "C | L | Score") names the
 * columns, and how well a header text matches a field's synonyms.
 */

/** Header text reduced for matching: "Task Lead(s)" -> "task lead", "C x L" -> "c x l", "No." -> "no". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, '')
    .replace(/&/g, ' and ')
    .replace(/[×*]/g, ' x ')
    .replace(/#/g, ' no ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How strongly a header means a synonym: 1 exact, 0.95 with filler words, 0.7 containing it, else 0. */
export function matchStrength(header: string, synonym: string): number {
  if (!header || !synonym) return 0;
  if (header === synonym) return 1;
  const have = header.split(' ');
  const want = synonym.split(' ');
  // Every word of the synonym, in order, as whole words of the header.
  let at = 0;
  for (const w of want) {
    const found = have.indexOf(w, at);
    if (found < 0) return 0;
    at = found + 1;
  }
  const left = [...have];
  for (const w of want) left.splice(left.indexOf(w), 1);
  return left.every((w) => FILLER_WORDS.has(w)) ? 0.95 : 0.7;
}

export interface FieldMatch {
  strength: number;
  /** Words in the synonym that matched: a longer synonym is the more specific reading. */
  specificity: number;
  weak: boolean;
}

/** The best reading of a header as a field, from its synonyms and any remembered headers. */
export function matchField(
  header: string,
  spec: FieldSpec,
  remembered: readonly string[] = [],
): FieldMatch | null {
  let best: FieldMatch | null = null;
  const consider = (synonyms: readonly string[], weak: boolean) => {
    for (const s of synonyms) {
      const strength = matchStrength(header, s);
      if (strength === 0) continue;
      const specificity = s.split(' ').length;
      if (
        !best ||
        (best.weak && !weak) ||
        (best.weak === weak &&
          (strength > best.strength ||
            (strength === best.strength && specificity > best.specificity)))
      )
        best = { strength, specificity, weak };
    }
  };
  if (remembered.includes(header)) return { strength: 1.5, specificity: 99, weak: false };
  consider(spec.synonyms, false);
  if (!best) consider(spec.weak ?? [], true);
  return best;
}

export interface HeaderCandidate {
  /** Spreadsheet rows that form the header: one row, or a group row above a sub-header row. */
  rows: number[];
  /** Header text per column (1-based), as displayed: "Current C", "Sources of assurance 1st line". */
  texts: Map<number, string>;
}

/** The header texts a row (or a row with the one below) gives each column. */
export function composeHeader(
  sheet: Sheet,
  rows: number[],
  width = widthOf(sheet),
): HeaderCandidate {
  const texts = new Map<number, string>();
  const [top, sub] = rows as [number, number | undefined];
  let group = '';
  for (let c = 1; c <= width; c++) {
    const topText = groupLabel(sheet, top, c);
    if (sub === undefined) {
      if (topText) texts.set(c, topText);
      continue;
    }
    const subText = spansDown(sheet, top, c) ? '' : cellText(sheet.rows[sub - 1]?.[c - 1] ?? null);
    // A group label stands over the sub-headers to its right until the next label; without merge
    // information (CSV) that is the only way to tell "Current , ," over "C, L, Score".
    if (topText) group = subText ? topText : '';
    else if (!subText) group = '';
    const head = topText || (subText ? group : '');
    const text = [head, subText].filter(Boolean).join(' ');
    if (text) texts.set(c, text);
  }
  return { rows, texts };
}

/** A cell's own text, or the text of the horizontally merged block it sits in. */
function groupLabel(sheet: Sheet, row: number, column: number): string {
  const own = cellText(sheet.rows[row - 1]?.[column - 1] ?? null);
  if (own) return own;
  const merge = mergeAt(sheet, row, column);
  if (!merge || merge.top !== row) return '';
  return cellText(sheet.rows[merge.top - 1]?.[merge.left - 1] ?? null);
}

/** True when the cell is merged down into the row below (a header spanning both header rows). */
function spansDown(sheet: Sheet, row: number, column: number): boolean {
  const merge = mergeAt(sheet, row, column);
  return merge !== null && merge.top <= row && merge.bottom > row;
}

/** Rows near the top worth trying as a header: a title or a key often comes first. */
export const HEADER_SEARCH_ROWS = 25;

export function headerCandidates(sheet: Sheet): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  const width = widthOf(sheet);
  for (let r = 1; r <= last; r++) {
    const row = sheet.rows[r - 1] ?? [];
    if (row.filter((v) => !isBlank(v)).length < 2) continue;
    out.push(composeHeader(sheet, [r], width));
    if (r < sheet.rows.length) out.push(composeHeader(sheet, [r, r + 1], width));
  }
  return out;
}
