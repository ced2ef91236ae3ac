import { silentLogger } from '../../src/log';
import { openStore, type OpenedStore } from '../../src/store/openStore';
import { tempDir } from './tempDir';

/** Opens the real store on the embedded Cosmos-compatible server with a fresh DATA_DIR. */
export async function openTestStore(
  dataDir?: string,
): Promise<OpenedStore & { dataDir: string; dispose(): Promise<void> }> {
  const temp = dataDir ? undefined : await tempDir();
  const dir = dataDir ?? temp!.dir;
  const opened = await openStore(
    { mode: 'embedded', dataDir: dir, database: 'board-clerk-test' },
    silentLogger,
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
