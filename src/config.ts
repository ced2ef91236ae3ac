import path from 'node:path';
import { z } from 'zod';
import { ReminderSchedule } from './domain/reminderSchedule';

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

const port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole number')
  .min(0, 'expected a port between 0 and 65535 (0 picks a free port)')
  .max(65535, 'expected a port between 0 and 65535 (0 picks a free port)');

const EnvSchema = z.object({
  PORT: port.default(3978),
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  STORE_MODE: optionalText.pipe(
    z
      .enum(['embedded', 'local-cluster', 'azure'], {
        message: 'expected embedded, local-cluster or azure',
      })
      .optional(),
  ),
  STORE_PORT: port.default(8081),
  COSMOS_ENDPOINT: optionalText.pipe(
    z
      .url({
        message:
          'expected an https:// URL (or http://127.0.0.1:<port> with STORE_MODE=local-cluster)',
      })
      .optional(),
  ),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-_]{1,255}$/, 'expected letters, digits, - and _ only')
    .default('board-clerk'),
  SEED_DATA: booleanFlag.optional(),
  ORGANISATION_ID: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'expected an organisation id such as lpt')
      .optional(),
  ),
  ALLOWED_TENANTS: optionalText.pipe(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.guid({ message: 'expected a comma-separated list of tenant GUIDs' })))
      .optional(),
  ),
  SECRETARIAT_CHANNEL_ID: optionalText.pipe(
    z
      .string()
      .regex(/^19:[^\s]+$/, 'expected a Teams channel id such as 19:abc…@thread.tacv2')
      .optional(),
  ),
  REMINDER_SCHEDULE: optionalText.pipe(
    z
      .string()
      .transform((v, ctx) => {
        try {
          return JSON.parse(v) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'expected JSON' });
          return z.NEVER;
        }
      })
      .pipe(ReminderSchedule)
      .optional(),
  ),
  SCHEDULER_INTERVAL_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int('expected a whole number of seconds')
    .min(1, 'expected at least 1 second')
    .max(3600, 'expected at most 3600 seconds')
    .default(15),
  WEEKLY_CHASERS: booleanFlag.default(true),
  TEAMS_RATE_HEADROOM_PERCENT: z.coerce
    .number({ message: 'expected a percentage' })
    .int('expected a whole percentage')
    .min(0, 'expected 0 to 90 (percent of the Teams limit kept in hand)')
    .max(90, 'expected 0 to 90 (percent of the Teams limit kept in hand)')
    .default(20),
  HEAP_GROWTH_PERCENT: z.coerce
    .number({ message: 'expected a percentage' })
    .int('expected a whole percentage')
    .min(0, 'expected 0 (V8 decides) to 300 percent')
    .max(300, 'expected 0 (V8 decides) to 300 percent')
    .default(20),
  HEAP_GROWTH_MB: z.coerce
    .number({ message: 'expected a number of megabytes' })
    .int('expected a whole number of megabytes')
    .min(0, 'expected 0 to 1024 megabytes')
    .max(1024, 'expected 0 to 1024 megabytes')
    .default(24),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: optionalText.pipe(
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  ),
  MicrosoftAppTenantId: optionalText,
});

/** Every variable Board Clerk reads (documented in .env.example and the README). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/**
 * Where the data lives:
 * - `embedded` (the default): the durable embedded store inside this process, data in DATA_DIR;
 * - `local-cluster`: the durable embedded store run as its own process by `npm run store`, shared by
 *   several bot instances on this machine (plain HTTP on loopback; no app id needed, as in local mode);
 * - `azure` (the default when COSMOS_ENDPOINT is set): Azure Cosmos DB, production mode.
 */
export type StoreConfig =
  | { mode: 'embedded'; dataDir: string; database: string }
  | { mode: 'local-cluster'; endpoint: string; database: string }
  | { mode: 'azure'; endpoint: string; key: string | undefined; database: string };

export type StoreMode = StoreConfig['mode'];

export interface AppConfig {
  port: number;
  store: StoreConfig;
  /** Seed the bundled dataset into an empty store (records that already exist are never overwritten). */
  seedData: boolean;
  /** The organisation this installation serves: questions that name no register use its BAF. */
  organisationId: string | null;
  /** Entra tenant ids allowed to use the bot; empty allows any. */
  allowedTenants: string[];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** HEAP_GROWTH_PERCENT: how far the heap may grow past its live data (heapGrowth.ts). */
  heapGrowthPercent: number;
  /** HEAP_GROWTH_MB: the least room it may grow by, however small its live data (heapGrowth.ts). */
  heapGrowthMb: number;
  reminders: {
    /** Where overdue summaries and closure proposals go; secretaries' personal chats when unset. */
    secretariatChannelId: string | null;
    schedule: ReminderSchedule;
    intervalMs: number;
    weeklyChasers: boolean;
    /** How much of Teams' per-app-per-tenant limit (50 a second) broadcasts leave unused, in percent. */
    rateHeadroomPercent: number;
  };
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

/** STORE_MODE, or from COSMOS_ENDPOINT when unset: Azure if it is set, embedded if not. */
function storeMode(e: z.infer<typeof EnvSchema>): StoreMode {
  return e.STORE_MODE ?? (e.COSMOS_ENDPOINT ? 'azure' : 'embedded');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function storeContradictions(e: z.infer<typeof EnvSchema>): string[] {
  const mode = storeMode(e);
  const endpoint = e.COSMOS_ENDPOINT ? new URL(e.COSMOS_ENDPOINT) : null;
  if (mode === 'embedded' && endpoint)
    return [
      'COSMOS_ENDPOINT is set but STORE_MODE=embedded: unset one of them (the embedded store needs no endpoint)',
    ];
  if (mode === 'local-cluster') {
    if (!endpoint)
      return [
        'STORE_MODE=local-cluster needs COSMOS_ENDPOINT, the address `npm run store` prints (e.g. http://127.0.0.1:8081)',
      ];
    if (endpoint.protocol !== 'http:' || !LOOPBACK_HOSTS.has(endpoint.hostname))
      return [
        `with STORE_MODE=local-cluster, COSMOS_ENDPOINT must be a plain http:// address on this machine (127.0.0.1, localhost or [::1]), not ${e.COSMOS_ENDPOINT}: the local store has no TLS and no authentication`,
      ];
  }
  if (mode === 'azure' && endpoint && endpoint.protocol !== 'https:')
    return [
      `COSMOS_ENDPOINT must be an https:// address for Azure Cosmos DB, not ${e.COSMOS_ENDPOINT}; for a store started with \`npm run store\`, also set STORE_MODE=local-cluster`,
    ];
  if (mode === 'azure' && !endpoint)
    return ['STORE_MODE=azure needs COSMOS_ENDPOINT, the Azure Cosmos DB account endpoint'];
  return [];
}

/**
 * Settings that are missing or contradict each other. On Azure Cosmos DB Board Clerk runs in production
 * mode, which needs a Bot Framework identity: without one, /api/messages would accept unauthenticated
 * requests from anywhere. A local cluster is local mode: one machine, loopback only.
 */
function contradictions(e: z.infer<typeof EnvSchema>): string[] {
  const problems: string[] = storeContradictions(e);
  const type = e.MicrosoftAppType ?? 'MultiTenant';
  if (e.COSMOS_KEY && !e.COSMOS_ENDPOINT)
    problems.push(
      'COSMOS_KEY is set but COSMOS_ENDPOINT is not: set both to use Azure Cosmos DB, or neither for the embedded store',
    );
  if (!e.MicrosoftAppId && (e.MicrosoftAppPassword || e.MicrosoftAppTenantId || e.MicrosoftAppType))
    problems.push(
      'MicrosoftAppPassword, MicrosoftAppTenantId or MicrosoftAppType is set but MicrosoftAppId is not',
    );
  if (storeMode(e) === 'azure' && e.COSMOS_ENDPOINT && !e.MicrosoftAppId)
    problems.push(
      'MicrosoftAppId is required in production (COSMOS_ENDPOINT is set): without it the bot would accept unauthenticated requests',
    );
  if (e.MicrosoftAppId) {
    if (type !== 'UserAssignedMSI' && !e.MicrosoftAppPassword)
      problems.push(`MicrosoftAppPassword is required with MicrosoftAppType=${type}`);
    if (type === 'UserAssignedMSI' && e.MicrosoftAppPassword)
      problems.push(
        'MicrosoftAppPassword must not be set with MicrosoftAppType=UserAssignedMSI (the managed identity signs in)',
      );
    if (type !== 'MultiTenant' && !e.MicrosoftAppTenantId)
      problems.push(`MicrosoftAppTenantId is required with MicrosoftAppType=${type}`);
  }
  return problems;
}

function configError(error: z.ZodError, env: NodeJS.ProcessEnv): ConfigError {
  return new ConfigError(
    error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      const value = env[name];
      return `${name}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${i.message}`;
    }),
  );
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw configError(parsed.error, env);
  const e = parsed.data;
  const problems = contradictions(e);
  if (problems.length) throw new ConfigError(problems);
  const mode = storeMode(e);
  const store: StoreConfig =
    mode === 'azure'
      ? {
          mode,
          endpoint: e.COSMOS_ENDPOINT!,
          key: e.COSMOS_KEY,
          database: e.COSMOS_DATABASE,
        }
      : mode === 'local-cluster'
        ? { mode, endpoint: e.COSMOS_ENDPOINT!.replace(/\/+$/, ''), database: e.COSMOS_DATABASE }
        : { mode, dataDir: path.resolve(cwd, e.DATA_DIR), database: e.COSMOS_DATABASE };
  return {
    port: e.PORT,
    store,
    seedData: e.SEED_DATA ?? store.mode !== 'azure',
    organisationId: e.ORGANISATION_ID ?? null,
    allowedTenants: e.ALLOWED_TENANTS ?? [],
    logLevel: e.LOG_LEVEL,
    heapGrowthPercent: e.HEAP_GROWTH_PERCENT,
    heapGrowthMb: e.HEAP_GROWTH_MB,
    reminders: {
      secretariatChannelId: e.SECRETARIAT_CHANNEL_ID ?? null,
      schedule: e.REMINDER_SCHEDULE ?? {},
      intervalMs: e.SCHEDULER_INTERVAL_SECONDS * 1000,
      weeklyChasers: e.WEEKLY_CHASERS,
      rateHeadroomPercent: e.TEAMS_RATE_HEADROOM_PERCENT,
    },
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType ?? 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
    },
  };
}

/** What `npm run store` (the durable embedded store as its own process) reads. */
export interface StoreServerConfig {
  port: number;
  dataDir: string;
  /** The database an old-format DATA_DIR is migrated into (COSMOS_DATABASE). */
  database: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** HEAP_GROWTH_PERCENT and HEAP_GROWTH_MB: see heapGrowth.ts. */
  heapGrowthPercent: number;
  heapGrowthMb: number;
}

export function loadStoreServerConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): StoreServerConfig {
  const schema = EnvSchema.pick({
    DATA_DIR: true,
    STORE_PORT: true,
    COSMOS_DATABASE: true,
    LOG_LEVEL: true,
    HEAP_GROWTH_PERCENT: true,
    HEAP_GROWTH_MB: true,
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configError(parsed.error, env);
  const e = parsed.data;
  return {
    port: e.STORE_PORT,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    database: e.COSMOS_DATABASE,
    logLevel: e.LOG_LEVEL,
    heapGrowthPercent: e.HEAP_GROWTH_PERCENT,
    heapGrowthMb: e.HEAP_GROWTH_MB,
  };
}
