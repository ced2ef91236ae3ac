/** Typed failures of the store, so callers can tell a conflict from an outage. */

/** An optimistic-concurrency check failed: someone else changed the record since it was read. */
export class ConcurrencyConflictError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} was changed by someone else since it was read`);
    this.name = 'ConcurrencyConflictError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

export class AlreadyExistsError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

/** A stored document no longer matches the schema; it is left untouched and reported. */
export class InvalidStoredDocumentError extends Error {
  constructor(
    readonly container: string,
    readonly id: string,
    detail: string,
  ) {
    super(`stored document ${container}/${id} does not match the schema: ${detail}`);
    this.name = 'InvalidStoredDocumentError';
  }
}

/** The store could not be reached or answered with an unexpected error. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A conditional write refused because another writer got there first: the version it was made over
 * changed (or appeared, or went). Nothing was written; reading again and retrying may succeed.
 */
export function lostARace(e: unknown): boolean {
  return (
    e instanceof ConcurrencyConflictError ||
    e instanceof AlreadyExistsError ||
    e instanceof NotFoundError
  );
}
