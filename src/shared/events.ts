import type { Action, Actor } from '../domain';
import type { ClosureDecision } from '../domain/progressUpdate';
import type { Logger } from '../log';

/**
 * What happened, told to whoever cares: features announce events here instead of calling each other
 * (progress announces a closure proposal; reminders tells the secretaries). The wiring in app.ts
 * subscribes one feature to another's events.
 */
export interface BoardEvents {
  /** An owner proposed an action for closure: the secretaries decide. */
  'closure-proposed': { action: Action; by: Actor };
  /** A secretary approved or returned a closure: the owners are told. */
  'closure-decided': { action: Action; decision: ClosureDecision; by: Actor };
}

type Listener<E extends keyof BoardEvents> = (event: BoardEvents[E]) => Promise<void> | void;

export class EventBus {
  private readonly listeners = new Map<keyof BoardEvents, Listener<never>[]>();

  constructor(private readonly log: Logger) {}

  on<E extends keyof BoardEvents>(name: E, listener: Listener<E>): void {
    const list = this.listeners.get(name) ?? [];
    list.push(listener);
    this.listeners.set(name, list);
  }

  /**
   * Tells every listener and waits for them, so what they queue is in the store when the caller's
   * answer goes back. A listener's failure is logged, never the caller's failure.
   */
  async emit<E extends keyof BoardEvents>(name: E, event: BoardEvents[E]): Promise<void> {
    await Promise.all(
      ((this.listeners.get(name) ?? []) as Listener<E>[]).map(async (listener) => {
        try {
          await listener(event);
        } catch (e) {
          this.log.error({ event: name, err: (e as Error).message }, 'an event listener failed');
        }
      }),
    );
  }
}
