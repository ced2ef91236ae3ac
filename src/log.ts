import pino from 'pino';

/**
 * Structured logs: one JSON line per event on stdout. Log ids (conversation, activity, action, person
 * ids), never names, emails or message text.
 */
export type Logger = pino.Logger;

export function createLogger(level: pino.LevelWithSilent = 'info'): Logger {
  return pino({
    level,
    base: { service: 'board-clerk' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** A logger that drops everything: for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
