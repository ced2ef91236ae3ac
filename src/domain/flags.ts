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

/** Pairs of entries in a list that are the same text printed twice, in order of first appearance. */
export function repeatedEntries(list: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  list.forEach((entry, i) => {
    const first = list.findIndex((other) => sameText(other, entry));
    if (first < i) pairs.push([list[first]!, entry]);
  });
  return pairs;
}
