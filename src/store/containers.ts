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
  kinds: readonly string[];
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
      'paper',
      'committeeReport',
      'performanceReport',
      'termsOfReference',
    ],
    description:
      'Board papers as data: organisations, sources, BAF registers and risks, action logs, meetings, workplans, minutes, strategies, papers, committee reports, performance reports, terms of reference.',
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
  conversations: {
    id: 'conversations',
    partitionKeyPath: '/tenantId',
    kinds: ['conversation'],
    description:
      'Where the app is installed: conversation references for personal chats, group chats and teams (with channels).',
  },
  broadcasts: {
    id: 'broadcasts',
    partitionKeyPath: '/jobId',
    kinds: ['broadcast', 'delivery'],
    description:
      'Scheduled broadcasts and one delivery record per target, so sending resumes after a restart.',
  },
} as const satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;

/** The containers of governance records (partitioned by organisation). */
export const GOVERNANCE_CONTAINERS = ['governance', 'directory', 'actions'] as const;
export type GovernanceContainerName = (typeof GOVERNANCE_CONTAINERS)[number];

export const ALL_CONTAINERS: readonly ContainerDefinition[] = Object.values(CONTAINERS);

export function containerForKind(kind: RecordKind): GovernanceContainerName {
  for (const name of GOVERNANCE_CONTAINERS)
    if ((CONTAINERS[name].kinds as readonly string[]).includes(kind)) return name;
  throw new Error(`no container holds records of kind ${kind}`);
}

/** Where the store keeps its own bookkeeping (the seeded dataset's fingerprint). */
export const SYSTEM_PARTITION = '_system';
