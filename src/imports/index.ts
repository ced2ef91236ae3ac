/**
 * Spreadsheets in and out: the pure core. Plain functions over plain data; the bot edge, the store and
 * the cards call these. See README.md beside this file for the order they are called in.
 */
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
