import type { DataQualityFlag, GovernanceRecord } from '../domain';
import { applyDataQualityChecks } from '../domain/dataQuality';
import { checkIntegrity } from './integrity';
import type { DatasetFileRecords } from './load';

/** What the dataset check found in one file: records per kind, and the data-quality flags on them. */
export interface FileReport {
  file: string;
  records: number;
  kinds: Record<string, number>;
  /** Flags recorded by the transcriber and flags the importer's checks found. */
  recorded: number;
  found: number;
  flags: { recordId: string; flag: DataQualityFlag }[];
}

export interface DatasetReport {
  files: FileReport[];
  /** Cross-record problems (unknown or duplicate ids); the dataset is invalid while there are any. */
  problems: string[];
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/**
 * Checks a loaded dataset as a whole (the data-quality checks and references cross files) and reports
 * per file.
 */
export function describeDataset(files: readonly DatasetFileRecords[]): DatasetReport {
  const all = files.flatMap((f) => f.records);
  const checked = new Map(applyDataQualityChecks(all).map((r) => [r.id, r]));
  const report = (file: string, records: readonly GovernanceRecord[]): FileReport => {
    const flags = records.flatMap((r) =>
      (checked.get(r.id) ?? r).dataQuality.map((flag) => ({ recordId: r.id, flag })),
    );
    return {
      file,
      records: records.length,
      kinds: tally(records.map((r) => r.kind)),
      recorded: flags.filter((f) => f.flag.detectedBy === 'transcriber').length,
      found: flags.filter((f) => f.flag.detectedBy === 'importer').length,
      flags,
    };
  };
  return {
    files: files.map((f) => report(f.file, f.records)),
    problems: checkIntegrity(all),
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The report as lines for the terminal; with `flags`, every flag's message under its file. */
export function formatDatasetReport(report: DatasetReport, options: { flags: boolean }): string[] {
  const lines: string[] = [];
  for (const f of report.files) {
    const kinds = Object.entries(f.kinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    lines.push(
      `${f.file}: ${plural(f.records, 'record')} (${kinds}); ${plural(f.recorded + f.found, 'data-quality flag')} (${f.recorded} recorded, ${f.found} found by the checks)`,
    );
    const byKind = tally(f.flags.map((x) => x.flag.kind));
    if (f.flags.length)
      lines.push(
        `  flags by kind: ${Object.entries(byKind)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}`,
      );
    if (options.flags)
      for (const { recordId, flag } of f.flags)
        lines.push(`  - ${recordId} [${flag.kind}] ${flag.field}: ${flag.message}`);
  }
  const total = report.files.reduce((n, f) => n + f.records, 0);
  lines.push(`${plural(total, 'record')} in ${plural(report.files.length, 'file')}`);
  return lines;
}
