import type { Person } from '../domain';

/**
 * One request to Board Clerk, built once at the edge from whatever came in (a message, a card button, an
 * install event): who is asking, where, what they sent, and the clock. Every feature takes it; nobody
 * looks the person up again. Plain data: no Bot Framework types.
 */

/** Where a request comes from: a personal chat, a group chat, or a channel (a thread in it). */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** What an activity says about its conversation, as plain data (for installation tracking and sends). */
export interface ConversationFacts {
  tenantId: string;
  scope: 'personal' | 'groupChat' | 'team';
  conversationId: string;
  serviceUrl: string;
  botId: string;
  teamId?: string;
  teamName?: string;
  userAadObjectId?: string;
  title?: string;
}

export interface Place {
  kind: ConversationKind;
  /** The Entra tenant, lower case; null when Teams sent none (emulators). */
  tenantId: string | null;
  /** The conversation id as Teams sent it (for a channel thread: with ";messageid=…"). */
  conversationId: string;
  /** The conversation a follow-up belongs to: the chat, or the channel thread. */
  threadKey: string;
  /** The organisation this installation serves, when configured. */
  organisationId: string | null;
  /** For installation tracking and the delivery report; null without a tenant or service URL. */
  conversation: ConversationFacts | null;
}

/** Who is asking, resolved once against the directory. */
export interface Requester {
  /** The Teams id of the sender in this conversation. */
  teamsUserId: string;
  /** The Entra object id, lower case, when Teams sent a well-formed one. */
  aadObjectId: string | null;
  /** The display name Teams sent (for people the directory does not know). */
  displayName: string | null;
  /** The directory entry this Teams identity is linked to. */
  person: Person | null;
  /** Roles the person holds, including role groups ("All Exec Dirs."). */
  roleIds: string[];
  isSecretary: boolean;
  /** The directory knows them (a board member, a director with a role, or a secretary). */
  isBoardMember: boolean;
}

/** What was sent. */
export type RequestInput =
  /** A typed message (mentions removed). */
  | { kind: 'text'; text: string }
  /** A card button: Action.Execute (an invoke) or its Action.Submit fallback (a message with a value). */
  | { kind: 'button'; verb: string; data: Record<string, unknown>; via: 'execute' | 'submit' }
  /**
   * The app was added to the conversation (`added`: the bot joined, greet; `installed`: Teams' install
   * notice, which follows), removed from it, or a team's channels changed.
   */
  | { kind: 'installation'; change: 'added' | 'installed' | 'removed' | 'channels' }
  /** A file sent in a personal chat (Teams uploads it to the sender's OneDrive; this says where). */
  | { kind: 'file'; name: string; downloadUrl: string; fileType: string }
  /** The answer to a file consent card: accepted (with where to upload) or declined. */
  | {
      kind: 'fileConsent';
      action: 'accept' | 'decline';
      context: Record<string, unknown>;
      upload: {
        uploadUrl: string;
        contentUrl: string;
        name: string;
        uniqueId: string;
        fileType: string;
      } | null;
    };

export interface Request {
  /** The activity id, for logs. */
  id: string | null;
  who: Requester;
  where: Place;
  input: RequestInput;
  now: Date;
}

/** Whether a reply to this request is seen by anyone but the person asking. */
export function isShared(place: Pick<Place, 'kind'>): boolean {
  return place.kind !== 'personal';
}

/** Private (Part II) business and progress notes: only for people the directory knows, in private. */
export function maySeePrivate(request: Pick<Request, 'who' | 'where'>): boolean {
  return request.who.isBoardMember && !isShared(request.where);
}
