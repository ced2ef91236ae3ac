import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { packageRoot } from '../paths';

/**
 * Builds the Teams app package (manifest.json, color.png and outline.png at the root of a zip) from the
 * template in manifest/: substitutes the bot's app id and domain, validates the result against the
 * official Teams manifest schema shipped in manifest/schema/, and checks the icons. Used by
 * scripts/package-app.ts (`npm run package`) and by the tests; nothing here runs in the bot.
 */

/** The placeholders manifest/manifest.json uses, replaced at package time. */
export const PLACEHOLDERS = {
  appId: '{{MicrosoftAppId}}',
  domain: '{{BOT_DOMAIN}}',
} as const;

/** The icons Teams requires, with their sizes in pixels. */
export const ICONS = {
  color: { size: 192, outline: false },
  outline: { size: 32, outline: true },
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
export const PACKAGE_FILE = path.join('dist', 'appPackage', 'board-clerk.zip');

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
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new PackageError(['manifest.json must be a JSON object']);
  return manifest as Manifest;
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

/** Every string in a JSON value, with its JSON pointer. */
function* strings(value: unknown, pointer = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer || '(manifest)', value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, `${pointer}/${i}`);
  else if (value !== null && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) yield* strings(item, `${pointer}/${k}`);
}

/**
 * Problems with a manifest, each as "<JSON pointer> <what is wrong>"; empty when it is valid. Checks the
 * official schema, then what Board Clerk needs of it: one bot, with the app's id, in every scope; a
 * MAJOR.MINOR.PATCH version; no placeholder left; the bot's domain among validDomains when given.
 */
export function validateManifest(manifest: unknown, options: { domain?: string } = {}): string[] {
  const validate = schemaValidator();
  const problems = validate(manifest) ? [] : (validate.errors ?? []).map(describeError);
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) return problems;
  const m = manifest as Manifest;

  if (typeof m.version === 'string' && !SEMVER.test(m.version))
    problems.push(
      `/version must be MAJOR.MINOR.PATCH, such as 1.0.0 (got ${JSON.stringify(m.version)})`,
    );

  const bots = m.bots;
  if (!Array.isArray(bots) || bots.length !== 1)
    problems.push('/bots must declare exactly one bot: Board Clerk is a bot');
  else {
    const bot = bots[0] as Record<string, unknown> | null;
    if (bot && typeof bot === 'object') {
      if (bot.botId !== m.id) problems.push('/bots/0/botId must equal /id (the Microsoft App Id)');
      const scopes = Array.isArray(bot.scopes) ? bot.scopes : [];
      for (const scope of BOT_SCOPES)
        if (!scopes.includes(scope)) problems.push(`/bots/0/scopes must include "${scope}"`);
    }
  }

  for (const [pointer, value] of strings(m))
    for (const placeholder of value.match(PLACEHOLDER) ?? [])
      problems.push(
        `${pointer} still holds the placeholder ${placeholder}: it was not substituted`,
      );

  if (options.domain) {
    const domains = Array.isArray(m.validDomains) ? m.validDomains : [];
    if (!domains.includes(options.domain.toLowerCase()))
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

// PNG icons.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** The header (IHDR) of a PNG file, or null when the bytes are not a PNG. */
export function readPngHeader(png: Buffer): PngHeader | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (png.readUInt32BE(8) !== 13 || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colorType: png.readUInt8(25),
    interlace: png.readUInt8(28),
  };
}

/** Channels per pixel of each PNG colour type this reader decodes (8 bits per channel). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced greyscale or truecolour PNG (with or without alpha) to RGBA pixels.
 * Throws for other kinds, which the icons here never need.
 */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const header = readPngHeader(png);
  if (!header) throw new Error('not a PNG file');
  const channels = CHANNELS[header.colorType];
  if (header.bitDepth !== 8 || channels === undefined || header.interlace !== 0)
    throw new Error(
      `unsupported PNG kind (bit depth ${header.bitDepth}, colour type ${header.colorType}, interlace ${header.interlace})`,
    );
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG image data is truncated');
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels]! : 0;
      const x = line[i]!;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? a
            : filter === 2
              ? b
              : filter === 3
                ? (a + b) >> 1
                : filter === 4
                  ? paeth(a, b, c)
                  : NaN;
      if (Number.isNaN(predicted)) throw new Error(`bad PNG filter type ${filter}`);
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = pixels.subarray(p * channels, (p + 1) * channels);
    const [r, g, b, a] =
      channels === 4
        ? [s[0]!, s[1]!, s[2]!, s[3]!]
        : channels === 3
          ? [s[0]!, s[1]!, s[2]!, 255]
          : channels === 2
            ? [s[0]!, s[0]!, s[0]!, s[1]!]
            : [s[0]!, s[0]!, s[0]!, 255];
    rgba.set([r, g, b, a], p * 4);
  }
  return { width, height, rgba };
}

/**
 * Problems with an icon: not a PNG, the wrong size, or (for the outline icon) anything but white on a
 * transparent background, which is what Teams requires.
 */
export function checkIcon(
  name: string,
  png: Buffer,
  expected: { size: number; outline: boolean },
): string[] {
  const header = readPngHeader(png);
  if (!header) return [`${name} is not a PNG file`];
  const problems: string[] = [];
  if (header.width !== expected.size || header.height !== expected.size)
    problems.push(
      `${name} is ${header.width}x${header.height} pixels; Teams needs ${expected.size}x${expected.size}`,
    );
  if (expected.outline) {
    if (header.colorType !== 4 && header.colorType !== 6)
      return [...problems, `${name} must have a transparent background (a PNG with alpha)`];
    let image: ReturnType<typeof decodePng>;
    try {
      image = decodePng(png);
    } catch (e) {
      return [...problems, `${name} cannot be read: ${(e as Error).message}`];
    }
    let drawn = 0;
    for (let p = 0; p < image.width * image.height; p++) {
      const [r, g, b, a] = image.rgba.subarray(p * 4, p * 4 + 4);
      if (!a) continue;
      drawn++;
      if (r! < 0xf0 || g! < 0xf0 || b! < 0xf0) {
        const hex = [r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('');
        problems.push(
          `${name} must be white on a transparent background: pixel (${p % image.width}, ${Math.floor(p / image.width)}) is #${hex}`,
        );
        break;
      }
    }
    if (!drawn) problems.push(`${name} is fully transparent: it shows nothing`);
  }
  return problems;
}

// Zip files.

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** DOS date and time of the entries: fixed, so the same inputs give the same package bytes. */
const ZIP_TIMESTAMP = new Date(Date.UTC(2025, 0, 1));

function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A zip archive of the entries, at its root (deflated, or stored when that is not smaller). Names must
 * be plain relative paths; there are no directories, comments or zip64 records (entries are small).
 */
export function buildZip(entries: readonly ZipEntry[], modified: Date = ZIP_TIMESTAMP): Buffer {
  const { time, date } = dosDateTime(modified);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.name || entry.name.startsWith('/') || entry.name.split('/').includes('..'))
      throw new Error(`bad zip entry name ${JSON.stringify(entry.name)}`);
    if (seen.has(entry.name)) throw new Error(`duplicate zip entry ${entry.name}`);
    seen.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = zlib.deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const crc = zlib.crc32(entry.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: all zero
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a zip archive (stored or deflated), checking each one's CRC. */
export function readZip(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) throw new Error('not a zip file (no end of central directory record)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad zip local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data =
      method === 0
        ? Buffer.from(body)
        : method === 8
          ? zlib.inflateRawSync(body)
          : (() => {
              throw new Error(`zip entry ${name} uses unsupported compression method ${method}`);
            })();
    if (zlib.crc32(data) !== crc) throw new Error(`zip entry ${name} fails its CRC check`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// The whole package.

export interface AppPackage {
  manifest: Manifest;
  /** The zip to upload to Teams: manifest.json and the two icons at its root. */
  zip: Buffer;
  /** Things that do not stop the package but should be fixed before publishing. */
  warnings: string[];
}

/**
 * Builds and checks the Teams app package from the template and icons in `manifestDir` (manifest/ of
 * this repository by default). Throws a PackageError listing every problem found.
 */
export async function buildAppPackage(
  settings: Partial<PackageSettings>,
  manifestDir: string = path.join(packageRoot(), MANIFEST_DIR),
): Promise<AppPackage> {
  const manifest = buildManifest(
    await readFile(path.join(manifestDir, 'manifest.json'), 'utf8'),
    settings,
  );
  const problems = validateManifest(manifest, { domain: settings.domain?.trim() });
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const files: ZipEntry[] = [];
  for (const [kind, expected] of Object.entries(ICONS)) {
    const name = icons[kind];
    if (typeof name !== 'string') continue; // the schema check reports it
    if (!/^[A-Za-z0-9._-]+\.png$/.test(name)) {
      problems.push(
        `/icons/${kind} must name a .png file next to manifest.json (the zip has no folders), not ${JSON.stringify(name)}`,
      );
      continue;
    }
    let png: Buffer;
    try {
      png = await readFile(path.join(manifestDir, name));
    } catch {
      problems.push(`/icons/${kind}: ${path.join(manifestDir, name)} does not exist`);
      continue;
    }
    problems.push(...checkIcon(name, png, expected));
    files.push({ name, data: png });
  }
  if (problems.length) throw new PackageError(problems);
  const zip = buildZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
    ...files,
  ]);
  return { manifest, zip, warnings: manifestWarnings(manifest) };
}
