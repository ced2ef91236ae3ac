import type { Action, Organisation, Person, Role } from '../../src/domain';

/** Small hand-made records for store tests, independent of the bundled dataset. */
export const testOrganisation: Organisation = {
  id: 'test-trust',
  organisationId: 'test-trust',
  kind: 'organisation',
  name: 'Test NHS Trust',
  shortName: 'TT',
  type: 'trust',
  memberIds: [],
  aliases: [],
  dataQuality: [],
};

export const testRole: Role = {
  id: 'role-test-doca',
  organisationId: 'test-trust',
  kind: 'role',
  code: 'DoCA',
  title: 'Director of Corporate Affairs',
  aliases: [],
  memberRoleIds: [],
  dataQuality: [],
};

export const testPerson: Person = {
  id: 'person-test-doca',
  organisationId: 'test-trust',
  kind: 'person',
  name: 'Test Person',
  jobTitle: 'Director of Corporate Affairs',
  roleIds: ['role-test-doca'],
  aadObjectId: '11111111-2222-4333-8444-555555555555',
  isBoardSecretary: false,
  isNonExecutive: false,
  isDemo: true,
  dataQuality: [],
};

export function testAction(n: number, overrides: Partial<Action> = {}): Action {
  return {
    id: `act-test-${n}`,
    organisationId: 'test-trust',
    kind: 'action',
    logId: 'log-test',
    reference: `Test ${n}`,
    text: `Test action ${n}`,
    actionLeadRoleIds: ['role-test-doca'],
    taskLeadRoleIds: [],
    originalDue: { printed: '30/06/2025', iso: '2025-06-30' },
    revisedDue: null,
    status: 'open',
    deliveryStatus: null,
    closure: null,
    progress: [],
    history: [],
    revision: 0,
    source: { documentId: 'src-test', section: 'Test' },
    dataQuality: [],
    ...overrides,
  };
}
