import { startApp, type RunningApp, type StartOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';

/** Starts the real service (embedded store, bundled dataset) on a free loopback port. */
export async function startTestApp(
  dataDir: string,
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningApp & { url: string }> {
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, ...env });
  const app = await startApp(config, silentLogger, { scheduler: false, ...options });
  return { ...app, url: `http://127.0.0.1:${app.port}` };
}
