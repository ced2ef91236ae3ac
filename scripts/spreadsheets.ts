// `npm run import -- FILE` and `npm run export -- [--out FILE]` against the configured store (the same
// environment variables as the bot: COSMOS_ENDPOINT/COSMOS_KEY for Azure, DATA_DIR for the embedded
// store, ORGANISATION_ID or --org for the organisation). The import prints the same mapping questions
// and preview the Teams cards show, and applies only with --yes.
//
//   npm run import -- "Action log.xlsx" [--org lpt] [--new-org "Name"] [--answer "log|Action log=log-gtb-actions"]
//                     [--answer "date|BAF=March 2026"] [--as "Alex Morgan"] [--yes]
//   npm run export -- [--out "Action logs.xlsx"] [--org lpt]
//   npm run secretary -- --org lpt --name "Alex Morgan" --aad <Entra object id>   (the first secretary)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { Organisation, Person } from '../src/domain';
import { createImports } from '../src/imports';
import type { ImportMappingView, ImportPreviewView } from '../src/imports/views';
import { readWorkbook, DEFAULT_READ_LIMITS } from '../src/imports';
import { createLogger } from '../src/log';
import { storeReferenceData } from '../src/shared/referenceData';
import type { MessageView } from '../src/shared/viewTypes';
import { ImportBatches, importAware } from '../src/store/importBatches';
import { openStore } from '../src/store/openStore';

export interface Io {
  out(line: string): void;
}

interface Args {
  file: string | null;
  org: string | null;
  out: string | null;
  as: string;
  /** The first load of a trust: creates its organisation record with this name. */
  newOrg: string | null;
  /** `secretary`: the person's name and Entra object id. */
  name: string | null;
  aad: string | null;
  yes: boolean;
  answers: Record<string, string>;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    file: null,
    org: null,
    out: null,
    as: 'npm run import',
    newOrg: null,
    name: null,
    aad: null,
    yes: false,
    answers: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--yes' || a === '-y') args.yes = true;
    else if (a === '--org') args.org = next();
    else if (a === '--out') args.out = next();
    else if (a === '--as') args.as = next();
    else if (a === '--new-org') args.newOrg = next();
    else if (a === '--name') args.name = next();
    else if (a === '--aad') args.aad = next();
    else if (a === '--answer') {
      const v = next();
      const at = v.indexOf('=');
      if (at < 1)
        throw new Error(
          `--answer takes ID=VALUE (the ids are printed with the questions), not ${v}`,
        );
      args.answers[v.slice(0, at)] = v.slice(at + 1);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else args.file = a;
  }
  return args;
}

function printMapping(view: ImportMappingView, io: Io): void {
  io.out(`${view.fileName}: answer these with --answer "ID=VALUE", then run again.`);
  for (const e of view.errors) io.out(`  ! ${e}`);
  for (const s of view.sheets) io.out(`  Sheet "${s.sheet}": ${s.what}`);
  for (const q of view.questions) {
    io.out(
      `  ${q.id}${q.value ? ` (suggested: ${q.value})` : ''}: ${q.label}${q.required ? '' : ' (optional)'}`,
    );
    for (const o of q.options) io.out(`      ${o.value} = ${o.title}`);
  }
  for (const d of view.dates) io.out(`  ${d.id}: ${d.label}`);
}

export function printPreview(view: ImportPreviewView, io: Io): void {
  io.out(`Preview of ${view.fileName}${view.banner ? ` (${view.banner})` : ''}`);
  if (view.blocked) io.out(`  BLOCKED: ${view.blocked}`);
  if (view.nothingToDo) io.out('  Nothing would change: the file matches what Board Clerk holds.');
  for (const p of view.parts) {
    io.out(`  Sheet "${p.sheet}" ${p.target}`);
    io.out(
      `    ${p.added.length} new, ${p.changed.length} changed, ${p.unchanged} unchanged, ${p.noLongerPresent.length} no longer in the file (kept), ${p.conflicts.length} conflict(s) with Teams`,
    );
    for (const a of p.added) io.out(`    + ${a.reference}: ${a.text} (${a.at})`);
    for (const c of p.changed) {
      io.out(`    ~ ${c.reference} (${c.at})`);
      for (const f of c.fields)
        io.out(`        ${f.label}: ${f.before ?? '(empty)'} -> ${f.after ?? '(empty)'}`);
    }
    for (const g of p.noLongerPresent) io.out(`    - ${g.reference}: ${g.text} (kept)`);
    for (const c of p.conflicts)
      io.out(
        `    ! ${c.reference} ${c.label}: Teams has "${c.teams ?? ''}" (${c.teamsBy}, ${c.teamsWhen}); the file has "${c.file ?? ''}"; ${c.takesFile ? 'file taken' : 'Teams kept'}`,
      );
    if (p.whatChanged) io.out(`    ${p.whatChanged}`);
  }
  for (const o of view.unresolvedOwners) io.out(`  Owner not in the directory: ${o}`);
  for (const pr of view.problems) io.out(`  ${pr.severity}: ${pr.text}`);
}

async function parts(env: NodeJS.ProcessEnv) {
  const config = loadConfig(env);
  const log = createLogger(env.LOG_LEVEL === undefined ? 'warn' : config.logLevel);
  const opened = await openStore(config.store, log);
  const records = opened.store.importRecords();
  const batches = new ImportBatches(records, opened.store, log);
  const readable = importAware(opened.store, batches);
  // A one-shot tool keeps no read model: reference data is read from the store each time.
  const referenceData = storeReferenceData(readable);
  await batches.recover();
  const clock = () => new Date();
  const feature = createImports({
    store: readable,
    records,
    batches,
    referenceData,
    log,
    clock,
  });
  return { config, opened, feature, referenceData };
}

/** The import command; returns the exit code. */
export async function runImport(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  const args = parseArgs(argv);
  if (!args.file) {
    io.out('usage: npm run import -- FILE [--org ORG] [--answer ID=VALUE]... [--as NAME] [--yes]');
    return 2;
  }
  const bytes = await readFile(args.file);
  const fileName = path.basename(args.file);
  const read = await readWorkbook(bytes, fileName, DEFAULT_READ_LIMITS);
  if (!read.ok) {
    io.out(read.refusal.message);
    return 1;
  }
  const { config, opened, feature, referenceData } = await parts(env);
  try {
    const org = args.org ?? config.organisationId;
    const data = await referenceData.get();
    const isNew = !!org && !!args.newOrg && !data.organisations.some((o) => o.id === org);
    if (!org || (!isNew && !data.organisations.some((o) => o.id === org))) {
      io.out(
        `Say which organisation with --org or ORGANISATION_ID (a new trust also with --new-org "Its name"); known: ${data.organisations.map((o) => o.id).join(', ') || 'none'}.`,
      );
      return 2;
    }
    if (isNew) io.out(`${org} (${args.newOrg}) is new: it is created with the import.`);
    const session = feature.imports.openFromWorkbook(org, fileName, read.workbook, {
      name: args.as,
    });
    const view: ImportPreviewView | ImportMappingView | MessageView = await feature.imports.preview(
      null,
      session,
      args.answers,
    );
    if (view.kind === 'message') {
      io.out(`${view.title}. ${view.text}`);
      return 1;
    }
    if (view.kind === 'import-mapping') {
      printMapping(view, io);
      return 2;
    }
    printPreview(view, io);
    if (view.blocked) return 1;
    if (view.nothingToDo) return 0;
    if (!args.yes) {
      io.out('Nothing written. Run again with --yes to apply this.');
      return 0;
    }
    if (isNew) {
      await opened.store.create(
        Organisation.parse({
          id: org,
          organisationId: org,
          kind: 'organisation',
          name: args.newOrg,
          shortName:
            args
              .newOrg!.replace(/\b(NHS|Foundation|Trust|the|of|and)\b/gi, '')
              .match(/\b[A-Z]/g)
              ?.join('') || org,
          type: 'trust',
        }),
      );
      referenceData.invalidate();
      io.out(`Created the organisation ${org} (${args.newOrg}).`);
    }
    const done = await feature.imports.confirm(null, view.sessionId, view.submissionId);
    if (done.kind === 'import-outcome') io.out(`${done.title}. ${done.text}`);
    else if (done.kind === 'import-preview') {
      printPreview(done, io);
      io.out('The store changed while preparing; nothing written. Run again.');
      return 1;
    } else io.out(`${done.title}. ${done.text}`);
    return done.kind === 'import-outcome' ? 0 : 1;
  } finally {
    await opened.close();
  }
}

/** The export command; returns the exit code. */
export async function runExport(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  const args = parseArgs(argv);
  const { config, opened, feature } = await parts(env);
  try {
    const org = args.org ?? config.organisationId;
    if (!org) {
      io.out('Say which organisation with --org or ORGANISATION_ID.');
      return 2;
    }
    const made = await feature.exports.file(org, new Date());
    if (!made) {
      io.out(`${org} has no action logs.`);
      return 1;
    }
    const out = args.out ?? made.fileName;
    await writeFile(out, made.bytes);
    io.out(`Wrote ${out} (${Math.round(made.bytes.length / 1024)} KB).`);
    return 0;
  } finally {
    await opened.close();
  }
}

/**
 * The trust's first board secretary (who then maps roles and imports from Teams): a directory person
 * linked to their Teams account, created or updated with the etag it was read at.
 */
export async function runSecretary(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  const args = parseArgs(argv);
  if (!args.name || !args.aad) {
    io.out('usage: npm run secretary -- --name "Full Name" --aad <Entra object id> [--org ORG]');
    return 2;
  }
  const { config, opened, referenceData } = await parts(env);
  try {
    const org = args.org ?? config.organisationId;
    if (!org || !(await referenceData.get()).organisations.some((o) => o.id === org)) {
      io.out('Say which organisation with --org or ORGANISATION_ID (import its first file first).');
      return 2;
    }
    const found = await opened.store.findPersonByAadObjectId(args.aad);
    if (found && found.value.organisationId !== org) {
      io.out(`That Teams account is ${found.value.name} of ${found.value.organisationId}.`);
      return 1;
    }
    const parsed = Person.safeParse({
      ...(found?.value ?? {
        id: `person-${org}-${args.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 180),
        organisationId: org,
        kind: 'person',
        jobTitle: 'Board Secretary',
        roleIds: [],
      }),
      name: args.name,
      aadObjectId: args.aad,
      isBoardSecretary: true,
    });
    if (!parsed.success) {
      io.out(
        `Not a valid person: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      return 1;
    }
    if (found) await opened.store.replace(parsed.data, found.etag);
    else await opened.store.create(parsed.data);
    io.out(`${args.name} is a board secretary of ${org}.`);
    return 0;
  } finally {
    await opened.close();
  }
}

if (require.main === module) {
  const [command, ...rest] = process.argv.slice(2);
  const io: Io = { out: (line) => console.log(line) };
  const run = command === 'export' ? runExport : command === 'secretary' ? runSecretary : runImport;
  run(rest, process.env, io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error((e as Error).message);
      process.exitCode = 1;
    },
  );
}
