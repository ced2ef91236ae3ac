import pino from 'pino';
import sinon from 'sinon';
import type { Logger } from '../../src/log';

/** A real pino logger whose lines are kept in memory, parsed, for assertions. */
export function capturingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { log, lines };
}

/** Runs `work` with process.stderr captured; resolves with its result and what reached stderr. */
export async function withStderr<T>(
  work: () => Promise<T>,
): Promise<{ result: T; stderr: string }> {
  let stderr = '';
  const stub = sinon.stub(process.stderr, 'write').callsFake((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    return { result: await work(), stderr };
  } finally {
    stub.restore();
  }
}
