import { StoreUnavailableError } from '../../store/errors';
import { ImportBatches } from '../../store/importBatches';

/**
 * The import batches as readers of the read model use them. Readers lay an import in flight over what
 * they read (`importAware`), which needs the store's list of imports in flight; when the store cannot be
 * reached, that list cannot be read, and questions are answered from the records as held (an import
 * cannot move on while the store is down either).
 */
export class ReadModelImportBatches extends ImportBatches {
  override async overlay(): ReturnType<ImportBatches['overlay']> {
    try {
      return await super.overlay();
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      return { records: new Map(), organisations: new Set() };
    }
  }
}
