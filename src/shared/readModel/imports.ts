import type { Logger } from '../../log';
import { StoreUnavailableError } from '../../store/errors';
import { ImportBatches } from '../../store/importBatches';
import {
  type ImportDocument,
  importIds,
  type ImportRecords,
  ImportsInFlight,
} from '../../store/importRecords';
import type { GovernanceStore, Stored } from '../../store/store';
import type { ReadModel } from './readModel';

/**
 * The import batches as readers of the read model use them. Readers lay an import in flight over what
 * they read (`importAware`); the in-flight list they lay is the one the read model holds (followed
 * through the change feed, this instance's own writes held at once), so a question costs no store
 * round trip. When the store cannot be reached, questions are answered from the records as held (an
 * import cannot move on while the store is down either).
 */
export class ReadModelImportBatches extends ImportBatches {
  /** The last list held and what it parsed to: held values are frozen, so identity says "unchanged". */
  private parsed: { value: unknown; batches: ImportsInFlight['batches'] } | null = null;

  constructor(
    records: ImportRecords,
    store: GovernanceStore,
    private readonly model: ReadModel,
    log: Logger,
    clock?: () => Date,
  ) {
    super(records, store, log, clock);
  }

  protected override async inFlightForReaders(): Promise<ImportsInFlight['batches']> {
    const value = await this.model.systemValue(importIds.inFlight);
    const last = this.parsed;
    if (last && last.value === value) return last.batches;
    const list = ImportsInFlight.safeParse(value);
    this.parsed = { value, batches: list.success ? list.data.batches : [] };
    return this.parsed.batches;
  }

  protected override writeInFlight(send: () => Promise<Stored<ImportDocument>>): Promise<void> {
    return this.model.holdSystemWrite(importIds.inFlight, async () => {
      const saved = await send();
      return { id: saved.value.id, value: saved.value.value, etag: saved.etag };
    });
  }

  override async overlay(): ReturnType<ImportBatches['overlay']> {
    try {
      return await super.overlay();
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      return { records: new Map(), organisations: new Set() };
    }
  }
}
