import { Writable } from 'node:stream';
import pino from 'pino';
import { type Logger, silentLogger } from '../../src/log';
import { openStore, type OpenedStore } from '../../src/store/openStore';
import { tempDir } from './tempDir';

/** Opens the real store on the durable embedded store with a fresh (or the given) DATA_DIR. */
export async function openTestStore(
  dataDir?: string,
  log: Logger = silentLogger,
): Promise<OpenedStore & { dataDir: string; dispose(): Promise<void> }> {
  const temp = dataDir ? undefined : await tempDir();
  const dir = dataDir ?? temp!.dir;
  const opened = await openStore(
    { mode: 'embedded', dataDir: dir, database: 'board-clerk-test' },
    log,
  );
  return {
    ...opened,
    dataDir: dir,
    dispose: async () => {
      await opened.close();
      await temp?.cleanup();
    },
  };
}

/** A logger that keeps what it is told, for tests that check what an operator would read. */
export function recordingLogger(): { log: Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}
