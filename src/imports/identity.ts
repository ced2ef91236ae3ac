import type { Actor, Provenance, SourceDocument, SourceRef } from '../domain';

/** Ids, reference matching and provenance shared by the action and register plans. */

/** A reference compared as people mean it: "BAF 01" is "baf 1", "GTB/25/2" is "gtb/25/2". */
export function referenceKey(reference: string): string {
  return reference
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

/** `base`, or `base-2`, `base-3`... whichever is not taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Text compared as a reader sees it: the same words with the same spacing are the same text. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export interface ImportRun {
  fileName: string;
  importedBy: Actor;
  now: Date;
  /** The source document that records cite for this import (see importSourceDocument). */
  sourceDocumentId: string;
}

export function provenanceOf(run: ImportRun, sheet: string, row: number): Provenance {
  return {
    fileName: run.fileName,
    sheet,
    row,
    importedBy: run.importedBy.personId
      ? { personId: run.importedBy.personId, name: run.importedBy.name }
      : { name: run.importedBy.name },
    importedAt: run.now.toISOString(),
  };
}

export function sourceOf(run: ImportRun, sheet: string, row: number): SourceRef {
  return { documentId: run.sourceDocumentId, section: `${sheet}, row ${row}` };
}

/**
 * The source document an import's records cite ("Action log.xlsx, imported 2 December 2026"), so
 * answers can say where a fact came from. The id is stable for the same file name and day.
 */
export function importSourceDocument(
  organisationId: string,
  fileName: string,
  importedBy: Actor,
  now: Date,
): SourceDocument {
  const day = now.toISOString().slice(0, 10);
  return {
    id: `src-import-${slug(fileName)}-${day}`.slice(0, 200),
    organisationId,
    kind: 'source',
    title: fileName,
    date: day,
    file: fileName,
    description: `Imported into Board Clerk by ${importedBy.name}.`,
    dataQuality: [],
  };
}

/** The log a sheet is most likely for: its name is the log's short name, title or an alias. */
export function logForSheet<L extends { shortName: string; title: string; aliases: string[] }>(
  sheetName: string,
  logs: readonly L[],
): L | null {
  const want = sheetName.trim().toLowerCase();
  return (
    logs.find((l) =>
      [l.shortName, l.title, ...l.aliases].some((n) => n.trim().toLowerCase() === want),
    ) ?? null
  );
}
