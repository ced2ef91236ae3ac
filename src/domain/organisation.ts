import { z } from 'zod';
import { Id, RecordBase, SourceRef } from './common';

/** A trust, or a group of trusts that holds joint board meetings and a joint BAF. */
export const Organisation = RecordBase.extend({
  kind: z.literal('organisation'),
  name: z.string().min(1),
  /** How papers abbreviate it: "LPT", "NHFT", "Group". */
  shortName: z.string().min(1),
  type: z.enum(['trust', 'group']),
  /** For a group: the member trusts. */
  memberIds: z.array(Id).default([]),
  /** Other names people use for it in questions. */
  aliases: z.array(z.string()).default([]),
  source: SourceRef.optional(),
});
export type Organisation = z.infer<typeof Organisation>;

/** An organisation's name inside a sentence: "held for the trust of …", not "held for The trust of …". */
export function organisationInSentence(organisation: Pick<Organisation, 'name'>): string {
  return organisation.name.replace(/^The (?=[a-z])/, 'the ');
}

/**
 * A board role as the papers use it (ACE, DoCA, "Group Chief People Officer"). Actions are owned by roles;
 * people hold roles. A role group ("All Exec Dirs.") is held by whoever holds any of its member roles.
 */
export const Role = RecordBase.extend({
  kind: z.literal('role'),
  /** The code or title exactly as the papers print it. */
  code: z.string().min(1),
  title: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  memberRoleIds: z.array(Id).default([]),
  source: SourceRef.optional(),
});
export type Role = z.infer<typeof Role>;

export const Person = RecordBase.extend({
  kind: z.literal('person'),
  name: z.string().min(1),
  jobTitle: z.string().min(1),
  roleIds: z.array(Id).default([]),
  /** Teams (Entra ID) object id; absent until the person is linked. */
  aadObjectId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .optional(),
  email: z.email().optional(),
  isBoardSecretary: z.boolean().default(false),
  isNonExecutive: z.boolean().default(false),
  /** Demo people ship with the bundled dataset and are switched off in production. */
  isDemo: z.boolean().default(false),
});
export type Person = z.infer<typeof Person>;
