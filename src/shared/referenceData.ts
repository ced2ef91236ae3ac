import type {
  ActionLog,
  CommitteeReport,
  GovernanceRecord,
  Meeting,
  Minutes,
  Organisation,
  Paper,
  PerformanceReport,
  Person,
  Risk,
  RiskRegister,
  Role,
  SourceDocument,
  Strategy,
  TermsOfReference,
  Workplan,
} from '../domain';
import type { Records } from './readModel/records';

/**
 * The read-mostly governance records (papers, registers, roles, people...) as one snapshot, each list
 * ordered by id. Snapshots come from the read model and are shared: the lists are frozen, copy one to
 * reorder it. Actions are not in it: features query them (`findActions`), as people update them.
 */
export interface ReferenceData {
  organisations: Organisation[];
  sources: SourceDocument[];
  registers: RiskRegister[];
  risks: Risk[];
  roles: Role[];
  people: Person[];
  logs: ActionLog[];
  meetings: Meeting[];
  workplans: Workplan[];
  minutes: Minutes[];
  strategies: Strategy[];
  /** Papers with their sections, figures and decisions; committee AAA reports; performance reports. */
  papers: Paper[];
  committeeReports: CommitteeReport[];
  performanceReports: PerformanceReport[];
  termsOfReference: TermsOfReference[];
}

/** Where features get the current reference data. */
export interface ReferenceDataSource {
  get(): Promise<ReferenceData>;
}

/** The name features know the source by. */
export type ReferenceDataCache = ReferenceDataSource;

/**
 * Reference data from the read model: the same snapshot object until a governance or directory record
 * changes, so whatever is derived from a snapshot (the question vocabulary, keyed by it) is rebuilt
 * only then, and an instance's own writes and other instances' changes are in the next snapshot.
 */
export class ReferenceSnapshots implements ReferenceDataSource {
  private snapshot: { version: number; data: ReferenceData } | null = null;

  constructor(private readonly records: Records) {}

  get(): Promise<ReferenceData> {
    return Promise.resolve(this.current());
  }

  current(): ReferenceData {
    const version = this.records.referenceVersion;
    if (this.snapshot?.version !== version) {
      // Frozen and shared: typed as lists because that is the shape features read.
      const all = <T extends GovernanceRecord>(kind: T['kind']) =>
        this.records.list<T>(kind) as T[];
      this.snapshot = {
        version,
        data: Object.freeze({
          organisations: all<Organisation>('organisation'),
          sources: all<SourceDocument>('source'),
          registers: all<RiskRegister>('register'),
          risks: all<Risk>('risk'),
          roles: all<Role>('role'),
          people: all<Person>('person'),
          logs: all<ActionLog>('actionLog'),
          meetings: all<Meeting>('meeting'),
          workplans: all<Workplan>('workplan'),
          minutes: all<Minutes>('minutes'),
          strategies: all<Strategy>('strategy'),
          papers: all<Paper>('paper'),
          committeeReports: all<CommitteeReport>('committeeReport'),
          performanceReports: all<PerformanceReport>('performanceReport'),
          termsOfReference: all<TermsOfReference>('termsOfReference'),
        }),
      };
    }
    return this.snapshot.data;
  }
}
