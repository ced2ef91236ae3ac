import type { RecordKind } from '../domain';

/**
 * The Cosmos DB containers Board Clerk uses. Deployment templates are checked against this list in the
 * tests, so change both together.
 *
 * Partition keys follow the query patterns: nearly every question is answered inside one organisation
 * (a trust or a group), so governance data is partitioned by `/organisationId`; actions, the only
 * governance records users change, get their own container so their writes and indexes stay apart from
 * the read-mostly papers.
 */
export interface ContainerDefinition {
  id: string;
  partitionKeyPath: string;
  /** Record kinds stored in this container. */
  kinds: readonly RecordKind[];
  description: string;
}

export const CONTAINERS = {
  governance: {
    id: 'governance',
    partitionKeyPath: '/organisationId',
    kinds: [
      'organisation',
      'source',
      'register',
      'risk',
      'actionLog',
      'meeting',
      'workplan',
      'minutes',
      'strategy',
    ],
    description:
      'Board papers as data: organisations, sources, BAF registers and risks, action logs, meetings, workplans, minutes, strategies.',
  },
  directory: {
    id: 'directory',
    partitionKeyPath: '/organisationId',
    kinds: ['role', 'person'],
    description: 'Roles and the people who hold them, with their Teams identity.',
  },
  actions: {
    id: 'actions',
    partitionKeyPath: '/organisationId',
    kinds: ['action'],
    description:
      'Actions from every action log, with progress and full change history in each document.',
  },
} as const satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;

export const ALL_CONTAINERS: readonly ContainerDefinition[] = Object.values(CONTAINERS);

export function containerForKind(kind: RecordKind): ContainerName {
  for (const [name, def] of Object.entries(CONTAINERS) as [ContainerName, ContainerDefinition][])
    if (def.kinds.includes(kind)) return name;
  throw new Error(`no container holds records of kind ${kind}`);
}

/** Where the store keeps its own bookkeeping (the seeded dataset's fingerprint). */
export const SYSTEM_PARTITION = '_system';
