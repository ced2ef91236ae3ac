import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../../src/paths';
import { checkIcon, ICONS } from './icons';
import {
  buildManifest,
  type Manifest,
  MANIFEST_DIR,
  manifestWarnings,
  PackageError,
  type PackageSettings,
  validateManifest,
} from './manifest';
import { buildZip, type ZipEntry } from './zip';

/**
 * Builds the Teams app package (manifest.json, color.png and outline.png at the root of a zip) from the
 * template and icons in manifest/. Used by scripts/package-app.ts (`npm run package`) and by the
 * tests; nothing here runs in the bot.
 */

export const PACKAGE_FILE = path.join('dist', 'appPackage', 'board-clerk.zip');

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
