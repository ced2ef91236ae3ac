import { z } from 'zod';
import { Action, ActionLog } from './action';
import { Meeting, Minutes, Workplan } from './meeting';
import { Organisation, Person, Role } from './organisation';
import { CommitteeReport, Paper, PerformanceReport, TermsOfReference } from './paper';
import { Risk, RiskRegister } from './risk';
import { SourceDocument } from './sources';
import { Strategy } from './strategy';

export * from './common';
export * from './action';
export * from './meeting';
export * from './organisation';
export * from './paper';
export * from './provenance';
export * from './risk';
export * from './sources';
export * from './strategy';

/** Every kind of governance record, told apart by `kind`. */
export const GovernanceRecord = z.discriminatedUnion('kind', [
  Organisation,
  Role,
  Person,
  SourceDocument,
  RiskRegister,
  Risk,
  ActionLog,
  Action,
  Meeting,
  Workplan,
  Minutes,
  Strategy,
  Paper,
  CommitteeReport,
  PerformanceReport,
  TermsOfReference,
]);
export type GovernanceRecord = z.infer<typeof GovernanceRecord>;
export type RecordKind = GovernanceRecord['kind'];
