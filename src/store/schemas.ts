import { z } from 'zod';
import { GovernanceRecord } from '../domain';
import { BroadcastJob, ConversationRecord, Delivery } from '../domain/delivery';
import { SYSTEM_PARTITION } from './containers';

/** What each container holds, as the schemas every store checks documents against, in and out. */

export type BroadcastDocument = BroadcastJob | Delivery;
export const BroadcastDocument = BroadcastJob.or(Delivery) as z.ZodType<BroadcastDocument>;

/** A bookkeeping document of the store itself (e.g. the fingerprint of the seeded dataset). */
export const SystemDocument = z.object({
  id: z.string().min(1),
  kind: z.literal('_system'),
  organisationId: z.literal(SYSTEM_PARTITION),
  value: z.unknown(),
});
export type SystemDocument = z.infer<typeof SystemDocument>;

export { ConversationRecord, GovernanceRecord };

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** Parses a document before it is stored; a TypeError naming what is wrong if it does not fit. */
export function validForStore<T extends { id: string; kind: string }>(
  schema: z.ZodType<T>,
  doc: T,
): T {
  const parsed = schema.safeParse(doc);
  if (!parsed.success)
    throw new TypeError(
      `refusing to store an invalid ${doc.kind} ${doc.id}: ${issues(parsed.error)}`,
    );
  return parsed.data;
}

/** Parses a stored document (system fields already removed); the schema's complaint if it does not fit. */
export function parseStored<T>(
  schema: z.ZodType<T>,
  doc: unknown,
): { ok: true; value: T } | { ok: false; problem: string } {
  const parsed = schema.safeParse(doc);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: issues(parsed.error) };
}
