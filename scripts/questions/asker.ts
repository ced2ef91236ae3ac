import type { Person } from '../../src/domain';
import type { Request } from '../../src/shared/request';

/** The day the blind sets were written for: answers are worked out as of then. */
export const ASKED_ON = new Date('2026-11-23T10:00:00Z');

/**
 * A personal chat message from a demo person (or someone the directory does not know), in its own
 * conversation: how the scripts ask the questions feature directly, without Teams or HTTP.
 */
export function personalRequest(
  aadObjectId: string | null,
  person: Person | null,
  conversationId: string,
): Request {
  return {
    id: null,
    who: {
      teamsUserId: 'u',
      aadObjectId,
      displayName: null,
      person,
      roleIds: person?.roleIds ?? [],
      isSecretary: !!person?.isBoardSecretary,
      isBoardMember: true,
    },
    where: {
      kind: 'personal',
      tenantId: 't',
      conversationId,
      threadKey: conversationId,
      organisationId: null,
      conversation: null,
    },
    input: { kind: 'text', text: '' },
    now: ASKED_ON,
  };
}
