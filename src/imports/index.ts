/**
 * Spreadsheets in and out. The pure core (reading, mapping, validation, plans, register versions,
 * export) is plain functions over plain data; `createImports` wires it into the product: files from
 * Teams, the mapping and preview cards, the all-or-nothing apply, register versions and what changed,
 * roles from the Teams roster, and export. See README.md beside this file.
 */
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { ImportBatches } from '../store/importBatches';
import type { ImportRecords } from '../store/importRecords';
import type { GovernanceStore } from '../store/store';
import { readImportAsk, scoresOverTime, whatChanged, whatChangedFor } from './asking';
import { Exports } from './exporting';
import { Imports } from './feature';
import { Roles } from './roles';

export { readWorkbook, DEFAULT_READ_LIMITS } from './read';
export type { ReadLimits, ReadResult, Refusal, RefusalCode } from './read';
export type { CellValue, Sheet, Workbook } from './workbook';

export { FIELD_SPECS, KIND_LABEL } from './fields';
export type { ActionField, FieldId, ImportKind, RiskField } from './fields';
export { mapWorkbook, rememberMapping } from './mapping';
export type {
  ColumnChoices,
  ColumnDecision,
  ColumnOption,
  MappingOptions,
  SavedMapping,
  SheetDecision,
  SheetMapping,
  SheetOutcome,
  WorkbookMapping,
} from './mapping';

export { directoryResolver, readOwners } from './owners';
export type { OwnerReading, OwnerResolver } from './owners';
export { readActionSheet } from './actionSheet';
export type {
  ActionSheetContext,
  ActionSheetResult,
  ActionValues,
  ImportedAction,
} from './actionSheet';
export { readRiskSheet } from './riskSheet';
export type { ImportedRisk, RiskSheetResult } from './riskSheet';
export type { ImportProblem, ProblemSeverity } from './problems';

export { importSourceDocument, logForSheet } from './identity';
export type { ImportRun } from './identity';
export { planActionLogImport } from './actionPlan';
export type {
  ActionLogImport,
  ActionLogPlan,
  Conflict,
  FieldDiff,
  PlannedAction,
} from './actionPlan';
export { inlineRiskActions, nextVersionOf, planRegisterImport } from './registerPlan';
export type { PlannedRisk, RegisterImport, RegisterPlan, VersionSpec } from './registerPlan';

export { compareRegisterVersions, scoreHistory } from './versions';
export type { RegisterVersion, ScoreHistory, ScoreMove, VersionChanges } from './versions';

export { exportActionLogs } from './exportActions';
export type { ExportOptions, ExportedLog } from './exportActions';

export { readImportAsk } from './asking';
export type { ImportAsk } from './asking';
export type { TeamMember } from './roles';
export type * from './views';

export interface ImportsFeatureOptions {
  /** Readers' view of the store (import-aware). */
  store: GovernanceStore;
  records: ImportRecords;
  batches: ImportBatches;
  referenceData: ReferenceDataCache;
  log: Logger;
  clock: () => Date;
  /** Answer a confirm once committed and finish the writes after (see ImportsOptions). */
  applyInBackground?: boolean;
}

/** The imports feature: the route table hands it files, card answers and the typed asks above. */
export function createImports(o: ImportsFeatureOptions) {
  const imports = new Imports(o);
  const roles = new Roles(o.store, o.referenceData, o.log);
  const exports = new Exports(o.store, o.referenceData);
  return {
    imports,
    roles,
    exports,
    read: readImportAsk,
    whatChanged: async (request: Parameters<typeof whatChanged>[0], register: string | null) =>
      whatChanged(request, await o.referenceData.get(), register),
    whatChangedFor: async (registerId: string) =>
      whatChangedFor(await o.referenceData.get(), registerId),
    scoresOverTime: async (request: Parameters<typeof scoresOverTime>[0], reference: string) =>
      scoresOverTime(request, await o.referenceData.get(), reference),
  };
}

export type ImportsFeature = ReturnType<typeof createImports>;
