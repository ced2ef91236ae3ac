// Generates the demo people directory (data/people.json): one fictional person per role the papers use,
// plus a board secretary and a non-executive director (numbers 1 and 2). Each has a stable demo Teams
// aadObjectId.
// Existing people keep their names and ids; new roles get the next free number.
// Usage: npx tsx scripts/generate-people.ts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Person, Role } from '../src/domain';
import { loadDatasetFiles, DATASET_DIR } from '../src/dataset/load';

const FILE = path.join(DATASET_DIR, 'people.json');

/** Fictional names; none belongs to anyone in the papers. */
const NAMES = [
  'Alex Morgan',
  'Priya Desai',
  'Sam Whitfield',
  'Jordan Okafor',
  'Chris Bell',
  'Hannah Lowe',
  'Imran Qureshi',
  'Ruth Ellison',
  'Tom Hadley',
  'Grace Nwosu',
  'Owen Price',
  'Leah Fitzgerald',
  'Daniel Cho',
  'Megan Hart',
  'Ravi Patel',
  'Zoe Carter',
  'Ben Osei',
  'Fiona Grant',
  'Kieran Walsh',
  'Nadia Rahman',
  'Simon Drake',
  'Aisha Mensah',
  'Paul Ferris',
  'Helen Shaw',
  'Marcus Reid',
  'Claire Dunn',
  'Yusuf Ali',
  'Beth Kendall',
  'Gareth Lloyd',
  'Sophie Marsh',
  'Arjun Mehta',
  'Lucy Barnes',
  'Tariq Hussain',
  'Emma Norris',
  'Joel Adeyemi',
  'Kate Sutton',
  'Victor Lam',
  'Rosa Delgado',
  'Neil Harper',
  'Mia Thornton',
];

function aadObjectId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function email(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@demo.board-clerk.invalid`;
}

async function existingPeople(): Promise<Person[]> {
  try {
    return JSON.parse(await readFile(FILE, 'utf8')) as Person[];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const records = (await loadDatasetFiles()).filter((r) => r.kind !== 'person');
  const roles = records.filter((r): r is Role => r.kind === 'role' && r.memberRoleIds.length === 0);
  const people = await existingPeople();
  const byRole = new Map(people.flatMap((p) => p.roleIds.map((r) => [r, p] as const)));
  let next = Math.max(0, ...people.map((p) => Number(p.aadObjectId?.slice(-12) ?? 0))) + 1;
  const usedNames = new Set(people.map((p) => p.name));
  const freeName = () => NAMES.find((n) => !usedNames.has(n)) ?? `Demo Person ${next}`;

  const out: Person[] = people.filter(
    (p) => p.roleIds.length === 0 || p.roleIds.some((r) => roles.some((x) => x.id === r)),
  );
  const extras: [string, string, Partial<Person>][] = [
    ['person-grp-board-secretary', 'Board Secretary', { isBoardSecretary: true }],
    ['person-grp-non-executive-director', 'Non-Executive Director', { isNonExecutive: true }],
  ];
  for (const [id, jobTitle, flags] of extras) {
    if (out.some((p) => p.id === id)) continue;
    const name = freeName();
    usedNames.add(name);
    out.push({
      id,
      organisationId: 'lpt-nhft-group',
      kind: 'person',
      name,
      jobTitle,
      roleIds: [],
      aadObjectId: aadObjectId(next++),
      email: email(name),
      isBoardSecretary: false,
      isNonExecutive: false,
      isDemo: true,
      dataQuality: [],
      ...flags,
    });
  }
  for (const role of roles) {
    if (byRole.has(role.id)) continue;
    const name = freeName();
    usedNames.add(name);
    out.push({
      id: `person-${role.id.replace(/^role-/, '')}`,
      organisationId: role.organisationId,
      kind: 'person',
      name,
      jobTitle: role.title,
      roleIds: [role.id],
      aadObjectId: aadObjectId(next++),
      email: email(name),
      isBoardSecretary: false,
      isNonExecutive: false,
      isDemo: true,
      dataQuality: [],
    });
  }
  await writeFile(FILE, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${out.length} demo people in ${path.relative(process.cwd(), FILE)}`);
}

void main();
