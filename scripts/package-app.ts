// Builds the Teams app package to upload in the Teams admin centre or the Developer Portal.
// Usage: MicrosoftAppId=<guid> BOT_DOMAIN=<host> npm run package
//    or: npm run package -- --app-id <guid> --domain <host> [--out <file.zip>]
// Writes dist/appPackage/board-clerk.zip by default (manifest.json, color.png, outline.png at its root).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage, PACKAGE_FILE } from './packaging/appPackage';
import { PackageError } from './packaging/manifest';
import { packageRoot } from '../src/paths';

const USAGE = `Usage: MicrosoftAppId=<guid> BOT_DOMAIN=<host name> npm run package
   or: npm run package -- --app-id <guid> --domain <host name> [--out <file.zip>]

  --app-id  the bot's Microsoft App Id (its Entra app registration's client id); default $MicrosoftAppId
  --domain  the host name the bot is served from, without https://; default $BOT_DOMAIN
  --out     where to write the zip; default ${PACKAGE_FILE}`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        'app-id': { type: 'string' },
        domain: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const appId = args['app-id'] ?? process.env.MicrosoftAppId;
  const domain = args.domain ?? process.env.BOT_DOMAIN;
  const out = args.out ? path.resolve(args.out) : path.join(packageRoot(), PACKAGE_FILE);
  try {
    const built = await buildAppPackage({ appId, domain });
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, built.zip);
    console.log(
      `Wrote ${path.relative(process.cwd(), out) || out} (${built.zip.length} bytes): app id ${String(built.manifest.id)}, domain ${String(domain).trim().toLowerCase()}, manifest valid against schema ${String(built.manifest.manifestVersion)}`,
    );
    for (const warning of built.warnings) console.warn(`warning: ${warning}`);
    return 0;
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    console.error(`${e.message}\n\n${USAGE}`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
