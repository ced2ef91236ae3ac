import type {
  ActionLog,
  CommitteeReport,
  Paper,
  PerformanceReport,
  TermsOfReference,
  Meeting,
  Minutes,
  Organisation,
  Person,
  Risk,
  RiskRegister,
  Role,
  SourceDocument,
  Strategy,
  Workplan,
} from '../domain';
import type { GovernanceStore } from '../store/store';

/**
 * The read-mostly governance records (papers, registers, roles, people...) in one snapshot. Kept for a short time so a conversation does not re-read the whole store
 * for every message; actions are always read live because people update them.
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

export async function loadReferenceData(store: GovernanceStore): Promise<ReferenceData> {
  const [
    organisations,
    sources,
    registers,
    risks,
    roles,
    people,
    logs,
    meetings,
    workplans,
    minutes,
    strategies,
    papers,
    committeeReports,
    performanceReports,
    termsOfReference,
  ] = await Promise.all([
    store.list('organisation'),
    store.list('source'),
    store.list('register'),
    store.list('risk'),
    store.list('role'),
    store.list('person'),
    store.list('actionLog'),
    store.list('meeting'),
    store.list('workplan'),
    store.list('minutes'),
    store.list('strategy'),
    store.list('paper'),
    store.list('committeeReport'),
    store.list('performanceReport'),
    store.list('termsOfReference'),
  ]);
  return {
    organisations,
    sources,
    registers,
    risks,
    roles,
    people,
    logs,
    meetings,
    workplans,
    minutes,
    strategies,
    papers,
    committeeReports,
    performanceReports,
    termsOfReference,
  };
}

export class ReferenceDataCache {
  private cached: { data: Promise<ReferenceData>; at: number } | null = null;

  constructor(
    private readonly store: GovernanceStore,
    private readonly ttlMs = 30_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(): Promise<ReferenceData> {
    const now = this.clock();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const data = loadReferenceData(this.store);
      this.cached = { data, at: now };
      // A failed load is not kept: the next question tries again.
      data.catch(() => {
        if (this.cached?.data === data) this.cached = null;
      });
    }
    return this.cached.data;
  }

  /** Forget the snapshot (after a change to people, meetings or other reference records). */
  invalidate(): void {
    this.cached = null;
  }
}

/**
 * The store, with every governance write through it forgetting the cached snapshot: an instance's own
 * writes are seen by its next read at once. (Other instances' writes are seen when their cache expires.)
 */
export function forgettingOnWrite<S extends Pick<GovernanceStore, 'create' | 'replace'>>(
  store: S,
  cache: Pick<ReferenceDataCache, 'invalidate'>,
): S {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if ((property !== 'create' && property !== 'replace') || typeof value !== 'function')
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      return async (record: { kind: string }, ...rest: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, [
            record,
            ...rest,
          ]);
        } finally {
          // Actions are read live, never from the snapshot.
          if (record.kind !== 'action') cache.invalidate();
        }
      };
    },
  });
}
