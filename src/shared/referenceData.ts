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
  RecordKind,
  Risk,
  RiskRegister,
  Role,
  SourceDocument,
  Strategy,
  TermsOfReference,
  Workplan,
} from '../domain';
import type { GovernanceStore } from '../store/store';
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

/** Which list of reference data holds each kind of record. */
const LISTS = {
  organisation: 'organisations',
  source: 'sources',
  register: 'registers',
  risk: 'risks',
  role: 'roles',
  person: 'people',
  actionLog: 'logs',
  meeting: 'meetings',
  workplan: 'workplans',
  minutes: 'minutes',
  strategy: 'strategies',
  paper: 'papers',
  committeeReport: 'committeeReports',
  performanceReport: 'performanceReports',
  termsOfReference: 'termsOfReference',
} as const satisfies Partial<Record<RecordKind, keyof ReferenceData>>;
type ListedKind = keyof typeof LISTS;
const LISTED = Object.keys(LISTS) as ListedKind[];
const listOf = (kind: string): keyof ReferenceData | undefined =>
  (LISTS as Partial<Record<string, keyof ReferenceData>>)[kind];

/** Reference data from each kind's records. */
function referenceDataOf(records: (kind: ListedKind) => GovernanceRecord[]): ReferenceData {
  return Object.fromEntries(
    LISTED.map((kind) => [LISTS[kind], records(kind)]),
  ) as unknown as ReferenceData;
}

/** Where features get the current reference data. */
export interface ReferenceDataSource {
  get(): Promise<ReferenceData>;
  /**
   * Nothing to do: writes through the read model are in the next snapshot at once. Kept so callers
   * written for the old 30-second cache (which forgot it after a write) need not change.
   */
  invalidate(): void;
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

  invalidate(): void {}

  current(): ReferenceData {
    const version = this.records.referenceVersion;
    if (this.snapshot?.version !== version) {
      // Frozen and shared: typed as lists because that is the shape features read.
      this.snapshot = {
        version,
        data: Object.freeze(
          referenceDataOf((kind) => this.records.list(kind) as GovernanceRecord[]),
        ),
      };
    }
    return this.snapshot.data;
  }
}

/**
 * Reference data with records laid over it: an import being applied, so it is seen whole or not at all
 * (`src/store/importBatches.ts`). With nothing to lay over, the snapshot itself.
 */
export function overlaidReferenceData(
  source: ReferenceDataSource,
  overlay: () => Promise<{ records: ReadonlyMap<string, GovernanceRecord> }>,
): ReferenceDataSource {
  return {
    invalidate: () => source.invalidate(),
    async get() {
      const [data, { records }] = await Promise.all([source.get(), overlay()]);
      if (records.size === 0) return data;
      const lists = new Map<keyof ReferenceData, GovernanceRecord[]>();
      for (const record of records.values()) {
        const field = listOf(record.kind);
        if (!field) continue;
        if (!lists.has(field)) lists.set(field, [...(data[field] as GovernanceRecord[])]);
        const list = lists.get(field)!;
        const at = list.findIndex(
          (r) => r.id === record.id && r.organisationId === record.organisationId,
        );
        if (at >= 0) list[at] = record;
        else list.push(record);
      }
      const laid: Record<string, GovernanceRecord[]> = {};
      for (const [field, list] of lists)
        laid[field] = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { ...data, ...laid };
    },
  };
}

/**
 * Reference data read from the store at every call: for one-shot tools (`npm run import`), which keep
 * no read model. Nothing is cached, so nothing is ever out of date.
 */
export function storeReferenceData(store: Pick<GovernanceStore, 'list'>): ReferenceDataSource {
  return {
    invalidate: () => undefined,
    async get() {
      const lists = await Promise.all(LISTED.map((kind) => store.list(kind)));
      return referenceDataOf((kind) => lists[LISTED.indexOf(kind)]!);
    },
  };
}
