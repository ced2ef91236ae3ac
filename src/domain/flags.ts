import type { DataQualityFlag } from './common';

/** A flag found by the importer's checks (rather than recorded by hand when transcribing). */
export function importerFlag(f: Omit<DataQualityFlag, 'detectedBy'>): DataQualityFlag {
  return { ...f, detectedBy: 'importer' };
}

/** Text compared without case, spacing or punctuation: "Social Value Charter" = "Social value charter". */
export function sameText(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An entry printed again later in the same list (`index` is where the repeat is). */
export interface RepeatedEntry {
  first: string;
  again: string;
  index: number;
}

/** Entries of a list that repeat an earlier one, in order. */
export function repeatedEntries(list: readonly string[]): RepeatedEntry[] {
  return list.flatMap((again, index) => {
    const first = list.findIndex((other) => sameText(other, again));
    return first < index ? [{ first: list[first]!, again, index }] : [];
  });
}
