import path from 'node:path';
import { z } from 'zod';

/**
 * All configuration comes from the environment, parsed here once. Bad values stop the process with a
 * message naming the variable; nothing else reads process.env.
 */

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    message: 'expected true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port between 0 and 65535 (0 picks a free port)')
    .max(65535, 'expected a port between 0 and 65535 (0 picks a free port)')
    .default(3978),
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  COSMOS_ENDPOINT: optionalText.pipe(z.url({ message: 'expected an https:// URL' }).optional()),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-_]{1,255}$/, 'expected letters, digits, - and _ only')
    .default('board-clerk'),
  SEED_DATA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalText,
});

export type StoreConfig =
  | { mode: 'embedded'; dataDir: string; database: string }
  | { mode: 'azure'; endpoint: string; key: string | undefined; database: string };

export interface AppConfig {
  port: number;
  store: StoreConfig;
  /** Seed the bundled dataset into an empty store (records that already exist are never overwritten). */
  seedData: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bot: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId: string | undefined;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Board Clerk cannot start: fix these settings\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        const value = env[name];
        return `${name}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${i.message}`;
      }),
    );
  const e = parsed.data;
  const store: StoreConfig = e.COSMOS_ENDPOINT
    ? { mode: 'azure', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
    : { mode: 'embedded', dataDir: path.resolve(cwd, e.DATA_DIR), database: e.COSMOS_DATABASE };
  return {
    port: e.PORT,
    store,
    seedData: e.SEED_DATA ?? store.mode === 'embedded',
    logLevel: e.LOG_LEVEL,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType ?? 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
    },
  };
}
