import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  Action,
  DeliveryKey,
  FieldChange,
  GovernanceRecord,
  HistoryEntry,
  Person,
  ProgressNote,
} from '../../src/domain';
import { loadDatasetFiles } from '../../src/dataset/load';

/**
 * A larger trust group for benchmarks: the bundled dataset as it is, plus `factor - 1` copies of it, each
 * a trust group of its own (its own place names, organisations, registers, risks, action logs, actions,
 * meetings, minutes, strategies, roles and people with their own Teams ids), with a history of progress
 * updates on its actions over the past year. Deterministic: the same factor gives the same files.
 */

const PLACES = [
  'Ashmere',
  'Brookvale',
  'Coldharbour',
  'Dunmore',
  'Eastwold',
  'Fenwick',
  'Greyfield',
  'Hollinsworth',
  'Ivydale',
  'Kestrel Vale',
  'Larkmoor',
  'Marshfield',
  'Northcote',
  'Oakhurst',
  'Pennington',
  'Quarrydale',
  'Redbourne',
  'Saltmarsh',
  'Thornbury',
  'Underwood',
  'Valemount',
  'Westerleigh',
  'Yarrowby',
  'Ambergate',
  'Birchington',
  'Cranleigh Vale',
  'Deepdale',
  'Elmsworth',
  'Foxhollow',
  'Glenridge',
  'Harewood Vale',
  'Inglemere',
  'Juniper Fell',
  'Kingsmere',
  'Lowther',
  'Millbrook',
  'Netherby',
  'Orchardleigh',
  'Pinehurst',
  'Rushmoor Vale',
];
const FIRST = [
  'Amelia',
  'Ben',
  'Chloe',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Harry',
  'Isla',
  'Jamal',
  'Kate',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tara',
  'Usman',
  'Vera',
  'William',
  'Xena',
  'Yasmin',
  'Zachary',
  'Aled',
  'Bronwen',
  'Ciaran',
  'Deepa',
  'Efe',
  'Fiona',
];
const LAST = [
  'Adams',
  'Bhatt',
  'Clarke',
  'Dawson',
  'Evans',
  'Fletcher',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Murphy',
  'Nolan',
  'Owusu',
  'Parry',
  'Quinn',
  'Roberts',
  'Singh',
  'Turner',
  'Underhill',
  'Vaughan',
  'Walsh',
  'Young',
  'Zhang',
  'Akhtar',
  'Brennan',
  'Chowdhury',
  'Doyle',
];
const NOTES = [
  'Plan agreed at the executive team; delivery leads named.',
  'Progress reviewed at committee; on course for the revised date.',
  'Recruitment to the lead post delayed the first milestone.',
  'Pilot completed in two divisions; roll-out planned for next quarter.',
  'Assurance report received; evidence of impact still to come.',
  'Funding confirmed; procurement under way.',
  'Workshops held with staff side; feedback being incorporated.',
  'Audit recommendations accepted; actions tracked through the risk group.',
];
const STATUSES: DeliveryKey[] = ['on-track', 'some-issues', 'not-on-track', 'delivered'];

/** A copy's names: places for the two partner trusts, the community trust and the group. */
function namesFor(copy: number) {
  const place = (i: number) => {
    const n = (copy - 1) * 4 + i;
    const round = Math.floor(n / PLACES.length);
    return `${PLACES[n % PLACES.length]}${round ? ` ${round + 1}` : ''}`;
  };
  // Places repeat after ten copies: later copies' short names get a letter code (minute references
  // such as GTB/25/15 take letters only).
  const round = Math.floor(((copy - 1) * 4) / PLACES.length);
  const code = round
    ? String.fromCharCode(65 + ((round - 1) % 26)).repeat(1 + Math.floor((round - 1) / 26))
    : '';
  const short = (p: string, suffix: string) =>
    `${p
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 2)
      .toUpperCase()}${suffix}${code}`;
  const [p1, p2, p3, g] = [place(0), place(1), place(2), place(3)];
  return [
    [/\bLeicestershire\b/g, p1],
    [/\bLPT\b/g, short(p1, 'PT')],
    [/\bNorthamptonshire\b/g, p2],
    [/\bNHFT\b/g, short(p2, 'HFT')],
    [/\bCambridgeshire\b/g, p3],
    [/\bCCS\b/g, short(p3, 'CS')],
    [/\bGTB\b/g, `${short(g, '')}GTB`],
    [/\bGroup\b/g, `${g} Group`],
  ] as const;
}

/** Every string: ids mapped to the copy's ids, Teams ids and emails made its own, names replaced. */
function rewrite(value: unknown, copy: (s: string, key: string) => string, key = ''): unknown {
  if (typeof value === 'string') return copy(value, key);
  if (Array.isArray(value)) return value.map((v) => rewrite(v, copy, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, copy, k)]));
  return value;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** A small deterministic generator, so the same factor gives the same dataset. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/** Progress updates by an action's owners over the year before `until`, kept in its history. */
function withHistory(action: Action, owner: Person | undefined, random: () => number): Action {
  if (action.status === 'closed') return action;
  const updates = Math.floor(random() * 5);
  const by = owner ? { personId: owner.id, name: owner.name } : { name: 'Board secretary' };
  const progress: ProgressNote[] = [...action.progress];
  const history: HistoryEntry[] = [...action.history];
  let status = action.deliveryStatus;
  let revisedDue = action.revisedDue;
  const start = Date.parse('2025-11-01T09:00:00Z');
  for (let i = 0; i < updates; i++) {
    const at = new Date(start + Math.floor((i + random()) * (365 / 5) * 86_400_000))
      .toISOString()
      .replace(/\.\d{3}Z$/, '.000Z');
    const note = NOTES[Math.floor(random() * NOTES.length)]!;
    const next = STATUSES[Math.floor(random() * 3)]!;
    const changes: FieldChange[] = [{ field: 'delivery status', from: status, to: next }];
    if (!revisedDue && action.originalDue?.iso && random() < 0.3) {
      const iso = `${Number(action.originalDue.iso.slice(0, 4)) + 1}${action.originalDue.iso.slice(4)}`;
      revisedDue = {
        iso,
        reason: 'Milestones re-planned with the committee.',
        setBy: by,
        setAt: at,
      };
      changes.push({ field: 'due date', from: action.originalDue.iso, to: iso });
    }
    status = next;
    progress.push({ at, by, note, deliveryStatus: next });
    history.push({ at, by, event: 'progress-update', changes, note });
  }
  return {
    ...action,
    deliveryStatus: status,
    revisedDue,
    progress,
    history,
    revision: action.revision + updates,
  };
}

/** One copy of the dataset (copy >= 1), with its own ids, names, people and action history. */
function copyOf(records: readonly GovernanceRecord[], copy: number): GovernanceRecord[] {
  const ids = new Set(records.map((r) => r.id));
  const replacements = namesFor(copy);
  const people = records.filter((r): r is Person => r.kind === 'person');
  const rename = (i: number) =>
    `${FIRST[(copy * 7 + i) % FIRST.length]} ${LAST[(copy * 11 + i * 3) % LAST.length]}`;
  const copied = records.map((record) => {
    const personIndex = people.findIndex((p) => p.id === record.id);
    return rewrite(record, (s, key) => {
      if (ids.has(s)) return `${s}.g${copy}`;
      if (key === 'aadObjectId')
        return `${hex(copy, 8)}-0000-4000-8000-${hex(personIndex + 1, 12)}`;
      if (key === 'email')
        return `${rename(personIndex).toLowerCase().replace(/ /g, '.')}.${copy}@demo.board-clerk.invalid`;
      if (key === 'name' && record.kind === 'person') return rename(personIndex);
      let out = s;
      for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement);
      return out;
    }) as GovernanceRecord;
  });
  const random = seeded(copy * 7919);
  const copiedPeople = copied.filter((r): r is Person => r.kind === 'person');
  return copied.map((r) =>
    r.kind === 'action'
      ? withHistory(
          r,
          copiedPeople.find((p) => p.roleIds.some((id) => r.actionLeadRoleIds.includes(id))),
          random,
        )
      : r,
  );
}

export function scaledDataset(
  records: readonly GovernanceRecord[],
  factor: number,
): GovernanceRecord[][] {
  return [records.slice(), ...Array.from({ length: factor - 1 }, (_, i) => copyOf(records, i + 1))];
}

/** Writes the scaled dataset to `dir` (replacing it): one file per trust group. */
export async function writeScaledDataset(factor: number, dir: string): Promise<number> {
  const bundled = await loadDatasetFiles();
  const groups = scaledDataset(bundled, factor);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [i, group] of groups.entries())
    await writeFile(
      path.join(dir, `${i === 0 ? 'bundled' : `group-${String(i).padStart(3, '0')}`}.json`),
      JSON.stringify(group),
    );
  return groups.reduce((n, g) => n + g.length, 0);
}
