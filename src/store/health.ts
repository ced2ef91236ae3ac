import { z } from 'zod';
import { DamagedEntry } from './quarantine';

/**
 * How the store is doing, beyond "it answers": `degraded` when the durable embedded store could not save
 * a write (it was undone and refused), refuses writes, or keeps damaged journal records aside;
 * `unavailable` when it does not answer at all. Reasons are short sentences for an operator.
 */
export const StoreHealth = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  /** False when the store refuses writes (its journal could not be repaired after a failure). */
  writable: z.boolean(),
  reasons: z.array(z.string()),
  /** Damaged journal records kept in the quarantine (never loaded, never overwritten). */
  damaged: z.array(DamagedEntry),
});
export type StoreHealth = z.infer<typeof StoreHealth>;

export const HEALTHY: StoreHealth = { status: 'ok', writable: true, reasons: [], damaged: [] };

/** The path where the durable embedded store answers with its StoreHealth (not a Cosmos DB path). */
export const STORE_HEALTH_PATH = '/board-clerk/health';
