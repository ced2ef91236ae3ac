import type { ImportKind } from './fields';
import type { ScoreHistory, VersionChanges } from './versions';

/**
 * What the imports feature shows: plain data the cards in `cards/importCards.ts` draw. Dates are
 * already formatted for the UK.
 */

export interface ChoiceOption {
  value: string;
  title: string;
}

/** One question on the mapping card, answered with a choice set. */
export interface MappingQuestion {
  /** The card input's id; the answer comes back under it. */
  id: string;
  sheet: string;
  label: string;
  question: string;
  required: boolean;
  options: ChoiceOption[];
  /** The value chosen now (a suggestion or an earlier answer); '' for none. */
  value: string;
}

export interface MappingSheet {
  sheet: string;
  /** "Action log", "Risk register (BAF)", or why it is skipped. */
  what: string;
  /** Columns already recognised, "Owner → Action lead". */
  recognised: string[];
}

/** The first card after a file arrives: what the file is, what to map, where each sheet goes. */
export interface ImportMappingView {
  kind: 'import-mapping';
  sessionId: string;
  fileName: string;
  sheets: MappingSheet[];
  /** Which sheet is what, which column is which field, which log, which version date. */
  questions: MappingQuestion[];
  /** Text inputs (a register version's date), by input id. */
  dates: { id: string; sheet: string; label: string; value: string }[];
  /** Why the last answers could not be used, in words. */
  errors: string[];
}

export interface PreviewLine {
  reference: string;
  text: string;
  /** Where in the file: "sheet "Actions", row 4" ('' for what the file no longer has). */
  at: string;
}

export interface PreviewChange {
  reference: string;
  at: string;
  fields: { label: string; before: string | null; after: string | null }[];
}

export interface PreviewConflict {
  actionId: string;
  reference: string;
  label: string;
  teams: string | null;
  teamsBy: string;
  teamsWhen: string;
  file: string | null;
  takesFile: boolean;
}

export interface PreviewProblem {
  severity: 'blocking' | 'skipped' | 'flagged' | 'warning';
  /** "Actions, row 7, column D (Due date)". */
  where: string;
  text: string;
}

/** What one sheet would do to one action log or register version. */
export interface PreviewPart {
  sheet: string;
  /** "into the action log Group Trust Board actions", "as a new version of Group BAF dated March 2026". */
  target: string;
  added: PreviewLine[];
  changed: PreviewChange[];
  unchanged: number;
  /** In the log but not in the file: listed, never deleted. */
  noLongerPresent: PreviewLine[];
  conflicts: PreviewConflict[];
  /** A register version's change against the previous one, in one paragraph. */
  whatChanged: string | null;
}

export interface ImportPreviewView {
  kind: 'import-preview';
  sessionId: string;
  /** The idempotency key of the apply: a double press applies once. */
  submissionId: string;
  fileName: string;
  parts: PreviewPart[];
  problems: PreviewProblem[];
  /** Owners as printed that the directory cannot resolve: "CEO (Actions, row 5)". */
  unresolvedOwners: string[];
  /** Structural problems that stop the import; the Confirm button is not shown. */
  blocked: string | null;
  /** The preview changed since the one the secretary saw (someone updated a record meanwhile). */
  banner: string | null;
  /** Nothing would change: the file matches what Board Clerk holds. */
  nothingToDo: boolean;
}

export interface ImportOutcomeView {
  kind: 'import-outcome';
  fileName: string;
  title: string;
  text: string;
  /** After a new BAF version: offer to post what changed to one of these channels. */
  whatChanged: { registerId: string; channels: ChoiceOption[] } | null;
}

export interface WhatChangedView {
  kind: 'what-changed';
  changes: VersionChanges;
}

export interface ScoreHistoryView {
  kind: 'score-history';
  history: ScoreHistory;
}

export interface RoleRow {
  roleId: string;
  code: string;
  title: string;
  holders: { name: string; inTeams: boolean }[];
}

export interface RolesView {
  kind: 'roles';
  organisation: string;
  roles: RoleRow[];
  /** A change just made, in words. */
  banner: string | null;
  /** Installed teams whose members can be mapped to roles. */
  teams: ChoiceOption[];
}

export interface RosterView {
  kind: 'roster';
  organisationId: string;
  teamId: string;
  teamName: string;
  /** One choice set per role: the team's members (value: Entra object id). */
  roles: { roleId: string; code: string; title: string; value: string }[];
  members: ChoiceOption[];
  /** More members than one card can offer: the rest are named here. */
  note: string | null;
}

/** A file Board Clerk offers to send (the edge turns this into Teams' file consent card). */
export interface FileOfferView {
  kind: 'file-offer';
  fileName: string;
  description: string;
  sizeInBytes: number;
  /**
   * What to make again when the person accepts (the file is not kept between the two). The offer's
   * time makes the accepted file the size Teams was told (the workbook records when it was made).
   */
  context: { organisationId: string; madeAt: string };
}

export type ImportView =
  | ImportMappingView
  | ImportPreviewView
  | ImportOutcomeView
  | WhatChangedView
  | ScoreHistoryView
  | RolesView
  | RosterView
  | FileOfferView;

export type { ImportKind };
