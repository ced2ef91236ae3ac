import type { Action, Meeting, Organisation, Person, Role } from '../../src/domain';
import type { Request } from '../../src/shared/request';

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

/**
 * A private Group Trust Board meeting after the bundled ones (so the next meeting from late 2026), whose
 * agenda item came from the workplan marked public, as the review found: the meeting decides. Its
 * agenda and join link match `SECRET_OF_PRIVATE_MEETING` wherever they leak.
 */
export const privateMeeting: Meeting = {
  id: 'mtg-test-private-2027-01-28',
  organisationId: 'lpt-nhft-group',
  kind: 'meeting',
  body: 'Group Trust Board',
  title: 'Group Trust Board (private), 28 January 2027',
  startsAt: '2027-01-28T14:00:00.000Z',
  printedDate: '28 January 2027 at 2pm',
  part: 'private',
  location: 'Microsoft Teams',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/secret-join-link',
  agenda: [
    {
      order: 1,
      section: 'Confidential business',
      title: 'Chief Executive appraisal',
      type: 'Paper',
      lead: 'Chair',
      part: 'public',
      asRequired: false,
    },
  ],
  source: { documentId: 'src-board-clerk', section: 'Test meeting' },
  dataQuality: [],
};

export const SECRET_OF_PRIVATE_MEETING = /Chief Executive appraisal|secret-join-link/;

/**
 * A question asked by a board member the directory does not name, in a personal chat or a channel
 * thread, on 23 November 2026 (the day the question sets are written for).
 */
export function questionRequest(
  kind: 'personal' | 'channel' = 'personal',
  threadKey = 'chat-1',
  who: Partial<Request['who']> = {},
): Request {
  return {
    id: null,
    who: {
      teamsUserId: 'u',
      aadObjectId: null,
      displayName: null,
      person: null,
      roleIds: [],
      isSecretary: false,
      isBoardMember: true,
      ...who,
    },
    where: {
      kind,
      tenantId: 't',
      conversationId: threadKey,
      threadKey,
      organisationId: null,
      conversation: null,
    },
    input: { kind: 'text', text: '' },
    now: new Date('2026-11-23T10:00:00Z'),
  };
}
