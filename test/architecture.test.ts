import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The house rules of the code's shape, checked on the source: features never import each other, the
 * layers below never reach up, the Bot Framework stays at the edge, and folders form no cycles.
 */
const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

interface Import {
  file: string;
  /** The imported module: a path relative to the repository, or a package name. */
  target: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => {
    const spec = m[1]!;
    return {
      file,
      target: spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec,
    };
  });
}

/** The folder a file belongs to, for the layer rules: "src/questions", "cards", "src/app.ts"... */
function folderOf(file: string): string {
  const parts = file.split(path.sep);
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : file;
  return parts[0]!;
}

const FEATURES = ['src/questions', 'src/progress', 'src/reminders', 'src/imports', 'src/briefs'];

describe('the shape of the code', () => {
  const files = [...sources('src'), ...sources('cards')];
  const imports = files.flatMap(importsOf);
  const local = imports.filter((i) => !i.target.match(/^[@a-z]/i) || i.target.startsWith('src'));

  it('reads every source file and finds its imports (the rules below check something)', () => {
    assert.ok(files.length > 50, `${files.length} source files`);
    assert.ok(local.length > 200, `${local.length} local imports`);
  });

  it('keeps features independent: they share through src/shared and below, never sideways', () => {
    const sideways = local.filter((i) => {
      const from = FEATURES.find((f) => i.file.startsWith(`${f}${path.sep}`));
      const to = FEATURES.find((f) => i.target === f || i.target.startsWith(`${f}${path.sep}`));
      return from && to && from !== to;
    });
    assert.deepEqual(
      sideways.map((i) => `${i.file} -> ${i.target}`),
      [],
    );
  });

  it('keeps the layers below the features from reaching up', () => {
    const below: Record<string, string[]> = {
      'src/domain': ['src/domain'],
      // Process-level leaves (logging, settings, the heap's growth) are usable from every layer.
      'src/store': ['src/domain', 'src/store', 'src/log.ts', 'src/config.ts', 'src/heapGrowth.ts'],
      'src/shared': ['src/domain', 'src/store', 'src/shared', 'src/log.ts'],
    };
    const upward = local.filter((i) => {
      const allowed = below[folderOf(i.file)];
      return (
        allowed &&
        !allowed.some(
          (a) =>
            i.target === a.replace(/\.ts$/, '') ||
            i.target.startsWith(`${a.replace(/\.ts$/, '')}${path.sep}`) ||
            i.target === a,
        )
      );
    });
    assert.deepEqual(
      upward.map((i) => `${i.file} -> ${i.target}`),
      [],
    );
  });

  it('only builds cards in cards/: features return views', () => {
    const building = local.filter(
      (i) =>
        i.file.startsWith(`src${path.sep}`) &&
        !i.file.startsWith(`src${path.sep}bot`) &&
        i.target.startsWith('cards'),
    );
    assert.deepEqual(
      building.map((i) => `${i.file} -> ${i.target}`),
      [],
    );
  });

  it('keeps the Bot Framework SDK at the edge (src/bot)', () => {
    const sdk = imports.filter(
      (i) =>
        /^botbuilder|^botframework/.test(i.target) &&
        !i.file.startsWith(`src${path.sep}bot${path.sep}`),
    );
    assert.deepEqual(
      sdk.map((i) => `${i.file} -> ${i.target}`),
      [],
    );
  });

  it('has no cycles between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of local) {
      const from = folderOf(i.file);
      const to = folderOf(i.target.endsWith('.ts') ? i.target : `${i.target}.ts`);
      if (from === to || to.endsWith('.ts')) continue;
      // Type-only use of a feature's view types by cards is drawing, not depending: cards is the
      // consumer of views. Edges are taken from non-type imports only.
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    assert.deepEqual([...new Set(cycles)], []);
  });
});
