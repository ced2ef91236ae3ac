import type { BoardClerkStore } from '../../store/store';
import { ReferenceSnapshots } from '../referenceData';
import { ReadModel, type ReadModelOptions } from './readModel';
import { ReadModelStore } from './readModelStore';

export { ReadModel, type ReadModelOptions, type ReadModelStatus } from './readModel';
export { ReadModelStore } from './readModelStore';

export interface OpenedReadModel {
  model: ReadModel;
  /** The store features use: reads from the read model, writes through it to the store. */
  store: ReadModelStore;
  referenceData: ReferenceSnapshots;
}

/** Loads the read model from the store and starts following its change feed. */
export async function openReadModel(
  store: BoardClerkStore,
  options: ReadModelOptions,
): Promise<OpenedReadModel> {
  const model = await ReadModel.open(store, options);
  return {
    model,
    store: new ReadModelStore(model, store, options.log),
    referenceData: new ReferenceSnapshots(model.records),
  };
}
