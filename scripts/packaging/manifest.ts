import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths';

/**
 * The Teams app manifest for one installation: the template in manifest/ with the bot's app id and
 * domain substituted, validated against the official Teams manifest schema shipped in manifest/schema/
 * and against what Board Clerk needs of it.
 */

/** The placeholders manifest/manifest.json uses, replaced at package time. */
export const PLACEHOLDERS = {
  appId: '{{MicrosoftAppId}}',
  domain: '{{BOT_DOMAIN}}',
} as const;

/** The bot scopes Board Clerk is installed in. */
export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;

export const MANIFEST_DIR = 'manifest';
/**
 * The official schema for the manifest version used, copied unchanged from
 * https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json (the GitHub
 * repository microsoft/json-schemas, teams/v1.19/MicrosoftTeams.schema.json).
 */
export const SCHEMA_FILE = path.join(MANIFEST_DIR, 'schema', 'MicrosoftTeams.schema.json');

/** The package cannot be built: each problem is a sentence naming what to fix. */
export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The Teams app package cannot be built: fix these\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'PackageError';
  }
}

export interface PackageSettings {
  /** The bot's Microsoft App Id: the client id of its Entra app registration (a GUID). */
  appId: string;
  /** The host name the bot is served from, e.g. board-clerk-abc.azurewebsites.net (no scheme). */
  domain: string;
}

export type Manifest = Record<string, unknown>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** The schema's own definition of a semantic version (definitions.semver), which `version` must follow. */
const SEMVER = /^([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)$/;
const PLACEHOLDER = /\{\{\s*[A-Za-z0-9_.-]+\s*\}\}/g;

/** Problems with the app id and domain, as sentences; empty when both are usable. */
export function checkSettings(settings: Partial<PackageSettings>): string[] {
  const problems: string[] = [];
  const appId = settings.appId?.trim();
  const domain = settings.domain?.trim();
  if (!appId)
    problems.push(
      'MicrosoftAppId is not set: set it (or pass --app-id) to the client id of the bot’s Entra app registration',
    );
  else if (!GUID.test(appId))
    problems.push(
      `MicrosoftAppId ${JSON.stringify(appId)} is not a GUID: use the application (client) id of the bot’s Entra app registration, like 5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b`,
    );
  if (!domain)
    problems.push(
      'BOT_DOMAIN is not set: set it (or pass --domain) to the bot’s host name, such as board-clerk-abc123.azurewebsites.net',
    );
  else if (SCHEME.test(domain))
    problems.push(
      `BOT_DOMAIN ${JSON.stringify(domain)} must be a host name without a scheme: write ${domain.replace(SCHEME, '').replace(/\/.*$/, '')}`,
    );
  else if (!HOST_NAME.test(domain))
    problems.push(
      `BOT_DOMAIN ${JSON.stringify(domain)} is not a host name: expected something like board-clerk-abc123.azurewebsites.net (no path, no port)`,
    );
  return problems;
}

/**
 * The manifest for one installation: the template's placeholders replaced by the app id and domain.
 * Throws a PackageError when the settings are unusable or the template is not JSON.
 */
export function buildManifest(template: string, settings: Partial<PackageSettings>): Manifest {
  const problems = checkSettings(settings);
  if (problems.length) throw new PackageError(problems);
  // Both values are checked above to hold only letters, digits, '-' and '.', so they are safe in JSON.
  const text = template
    .split(PLACEHOLDERS.appId)
    .join(settings.appId!.trim().toLowerCase())
    .split(PLACEHOLDERS.domain)
    .join(settings.domain!.trim().toLowerCase());
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    throw new PackageError([`manifest.json is not valid JSON: ${(e as Error).message}`]);
  }
  if (!isRecord(manifest)) throw new PackageError(['manifest.json must be a JSON object']);
  return manifest;
}

let validator: ValidateFunction | undefined;

/** The compiled official schema (compiled once). */
function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(path.join(packageRoot(), SCHEMA_FILE), 'utf8')) as Record<
    string,
    unknown
  >;
  // The file declares draft-04 but uses only keywords that draft-07 reads the same way (and `const`,
  // which draft-04 lacks), so it is compiled as draft-07, Ajv's default, without the declaration.
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  validator = ajv.compile(schema);
  return validator;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(manifest)';
  const params = error.params as Record<string, unknown>;
  let detail = '';
  if (error.keyword === 'enum') detail = `: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'additionalProperties')
    detail = `: ${JSON.stringify(params.additionalProperty)}`;
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every string in a JSON value, with its JSON pointer. */
function* strings(value: unknown, pointer = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer || '(manifest)', value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, `${pointer}/${i}`);
  else if (isRecord(value))
    for (const [k, item] of Object.entries(value)) yield* strings(item, `${pointer}/${k}`);
}

/**
 * Problems with a manifest, each as "<JSON pointer> <what is wrong>"; empty when it is valid. Checks the
 * official schema, then what Board Clerk needs of it: one bot, with the app's id, in every scope; a
 * message extension served by that same bot, unfurling links only on valid domains; a
 * MAJOR.MINOR.PATCH version; no placeholder left; the bot's domain among validDomains when given.
 */
export function validateManifest(manifest: unknown, options: { domain?: string } = {}): string[] {
  const validate = schemaValidator();
  const problems = validate(manifest) ? [] : (validate.errors ?? []).map(describeError);
  if (!isRecord(manifest)) return problems;
  const m: Manifest = manifest;

  if (typeof m.version === 'string' && !SEMVER.test(m.version))
    problems.push(
      `/version must be MAJOR.MINOR.PATCH, such as 1.0.0 (got ${JSON.stringify(m.version)})`,
    );

  const bots = m.bots;
  if (!Array.isArray(bots) || bots.length !== 1)
    problems.push('/bots must declare exactly one bot: Board Clerk is a bot');
  else {
    const bot: unknown = bots[0];
    if (isRecord(bot)) {
      if (bot.botId !== m.id) problems.push('/bots/0/botId must equal /id (the Microsoft App Id)');
      const scopes = Array.isArray(bot.scopes) ? bot.scopes : [];
      for (const scope of BOT_SCOPES)
        if (!scopes.includes(scope)) problems.push(`/bots/0/scopes must include "${scope}"`);
    }
  }

  const validDomains = Array.isArray(m.validDomains) ? m.validDomains : [];
  const extensions = Array.isArray(m.composeExtensions) ? m.composeExtensions : [];
  for (const [i, extension] of extensions.entries()) {
    if (!isRecord(extension)) continue;
    if (extension.botId !== m.id)
      problems.push(
        `/composeExtensions/${i}/botId must equal /id: Board Clerk's own bot answers the searches`,
      );
    const handlers = Array.isArray(extension.messageHandlers) ? extension.messageHandlers : [];
    for (const [j, handler] of handlers.entries()) {
      const value = isRecord(handler) && isRecord(handler.value) ? handler.value : {};
      const domains = Array.isArray(value.domains) ? value.domains : [];
      for (const [k, domain] of domains.entries())
        if (!validDomains.includes(domain))
          problems.push(
            `/composeExtensions/${i}/messageHandlers/${j}/value/domains/${k} ${JSON.stringify(domain)} must be among /validDomains: Board Clerk unfurls only links to its own domain`,
          );
    }
  }

  for (const [pointer, value] of strings(m))
    for (const placeholder of value.match(PLACEHOLDER) ?? [])
      problems.push(
        `${pointer} still holds the placeholder ${placeholder}: it was not substituted`,
      );

  if (options.domain) {
    if (!validDomains.includes(options.domain.toLowerCase()))
      problems.push(`/validDomains must include the bot's domain ${options.domain}`);
  }
  return problems;
}

/** Reminders of placeholders that are valid but should be replaced before the app is published. */
export function manifestWarnings(manifest: Manifest): string[] {
  const warnings: string[] = [];
  for (const [pointer, value] of strings(manifest.developer, '/developer'))
    if (/example\.nhs\.uk|placeholder/i.test(value))
      warnings.push(
        `${pointer} is a placeholder (${value}): put your trust's details in manifest/manifest.json`,
      );
  return warnings;
}
