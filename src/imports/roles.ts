import type { Action, Person, Role } from '../domain';
import { Person as PersonSchema, Role as RoleSchema } from '../domain';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import { ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore } from '../store/store';
import { slug } from './identity';
import { directoryResolver, readOwners } from './owners';
import type { ChoiceOption, RolesView, RosterView } from './views';

/**
 * Who holds which role, from Teams: a secretary maps an organisation's role codes to members of an
 * installed team, sees the mapping, and changes it by name ("make Jane Doe the DoCA"). Every change is a
 * directory write with the etag it was read at; imported owners are resolved against the result.
 */

export interface TeamMember {
  aadObjectId: string;
  name: string;
  email?: string;
}

/** Members a card can offer in one choice set. */
const MAX_MEMBERS = 100;
/** Owners named in action logs that are no role yet, offered on the roster card. */
const MAX_NEW_ROLES = 20;
/** The roster card's id prefix for an owner that is not a role yet. */
const NEW_ROLE = 'new:';
const NOBODY = 'nobody';

function message(title: string, text: string): MessageView {
  return { kind: 'message', title, text, suggestions: ['who holds which role'] };
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export class Roles {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly log: Logger,
  ) {}

  private organisationOf(request: Request): string | null {
    return request.where.organisationId ?? request.who.person?.organisationId ?? null;
  }

  /** "Who holds which role": every role of the organisation with its holders. */
  async list(
    request: Request,
    banner: string | null = null,
    teams: ChoiceOption[] = [],
  ): Promise<RolesView | MessageView> {
    if (!request.who.isBoardMember)
      return message(
        'Roles are shown to people in the board’s directory',
        'Ask your board secretary to add you.',
      );
    const org = this.organisationOf(request);
    if (!org) return message('Which organisation?', 'Your directory entry names no organisation.');
    const data = await this.referenceData.get();
    const roles = data.roles.filter((r) => r.organisationId === org);
    const people = data.people.filter((p) => p.organisationId === org);
    return {
      kind: 'roles',
      organisation: data.organisations.find((o) => o.id === org)?.name ?? org,
      roles: roles.map((r) => ({
        roleId: r.id,
        code: r.code,
        title: r.title,
        holders: people
          .filter((p) => p.roleIds.includes(r.id))
          .map((p) => ({ name: p.name, inTeams: !!p.aadObjectId })),
      })),
      banner,
      teams: request.who.isSecretary ? teams : [],
    };
  }

  /** "Make Jane Doe the DoCA": the person found by name, the role by code, title or alias. */
  async make(request: Request, personName: string, roleName: string) {
    if (!request.who.isSecretary)
      return message('Only board secretaries can change roles', 'Ask your board secretary.');
    const org = this.organisationOf(request);
    if (!org) return message('Which organisation?', 'Your directory entry names no organisation.');
    const data = await this.referenceData.get();
    const roles = data.roles.filter((r) => r.organisationId === org);
    const want = words(roleName);
    const role =
      roles.find((r) => r.code.toLowerCase() === roleName.toLowerCase()) ??
      roles.find((r) => [r.title, ...r.aliases].some((n) => words(n) === want));
    const people = data.people.filter((p) => p.organisationId === org);
    const named = people.filter((p) => words(p.name) === words(personName));
    if (named.length !== 1)
      return message(
        named.length
          ? `${named.length} people are called ${personName}`
          : `${personName} is not in the directory`,
        'Map roles from the members of a team instead ("roles from the team"): that links people to their Teams accounts.',
      );
    if (!role && /^(board )?secretary$/.test(want))
      return this.list(request, await this.makeSecretary(org, named[0]!.id));
    const created = role ? null : await this.createRole(org, roleName.trim());
    const changed = await this.assign(org, role ?? created!, named[0]!.id, null);
    return this.list(request, created ? `Created the role ${created.code}. ${changed}` : changed);
  }

  /** The roster card: every role, one choice set of the team's members each. */
  async roster(
    request: Request,
    team: { teamId: string; teamName: string },
    members: TeamMember[],
  ): Promise<RosterView | MessageView> {
    const org = this.organisationOf(request);
    if (!org) return message('Which organisation?', 'Your directory entry names no organisation.');
    const data = await this.referenceData.get();
    const people = data.people.filter((p) => p.organisationId === org);
    const shown = [...members].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_MEMBERS);
    const unknown = (await this.unresolvedOwners(org)).slice(0, MAX_NEW_ROLES);
    return {
      kind: 'roster',
      organisationId: org,
      teamId: team.teamId,
      teamName: team.teamName,
      roles: [
        ...data.roles
          .filter((r) => r.organisationId === org && r.memberRoleIds.length === 0)
          .map((r) => ({
            roleId: r.id,
            code: r.code,
            title: r.title,
            value:
              people.find((p) => p.roleIds.includes(r.id) && p.aadObjectId)?.aadObjectId ?? NOBODY,
          })),
        // Owners the action logs name that are no role yet: choosing someone creates the role.
        ...unknown.map((code) => ({
          roleId: `${NEW_ROLE}${code}`,
          code,
          title: 'named in your action logs; not a role yet',
          value: NOBODY,
        })),
      ],
      members: shown.map((m) => ({ value: m.aadObjectId, title: m.name })),
      note:
        members.length > MAX_MEMBERS
          ? `The team has ${members.length} members; the first ${MAX_MEMBERS} by name are offered. Use "make <name> the <role>" for anyone else.`
          : null,
    };
  }

  /** The roster card saved: each role's chosen member holds it (linked to their Teams account). */
  async saveRoster(
    request: Request,
    organisationId: string,
    given: Record<string, unknown>,
    members: TeamMember[],
  ) {
    // The organisation comes back from the card: only the secretary's own may be changed.
    if (!request.who.isSecretary || organisationId !== this.organisationOf(request))
      return message('Only board secretaries can change roles', 'Ask your board secretary.');
    let answers = given;
    const said: string[] = [];
    // New roles first: owners the action logs name, given a holder on the card.
    for (const [id, raw] of Object.entries(given)) {
      if (!id.startsWith(`role|${NEW_ROLE}`) || typeof raw !== 'string' || raw === NOBODY) continue;
      const code = id.slice(`role|${NEW_ROLE}`.length).trim().slice(0, 100);
      if (!code || !members.some((m) => m.aadObjectId.toLowerCase() === raw.toLowerCase()))
        continue;
      const role = await this.createRole(organisationId, code);
      answers = { ...answers, [`role|${role.id}`]: raw };
      said.push(`Created the role ${code}.`);
    }
    const data = await this.referenceData.get();
    const roles = data.roles.filter((r) => r.organisationId === organisationId);
    for (const role of roles) {
      const raw = answers[`role|${role.id}`];
      if (typeof raw !== 'string') continue;
      const aad = raw.trim().toLowerCase();
      const current = data.people.find(
        (p) => p.organisationId === organisationId && p.roleIds.includes(role.id) && p.aadObjectId,
      );
      if ((current?.aadObjectId ?? NOBODY) === aad) continue;
      if (aad === NOBODY) continue;
      const member = members.find((m) => m.aadObjectId.toLowerCase() === aad);
      if (!member) continue;
      const personId = await this.personFor(organisationId, member, role);
      said.push(await this.assign(organisationId, role, personId, member));
    }
    return this.list(request, said.length ? said.join(' ') : 'No roles changed.');
  }

  /** A person becomes a board secretary (they may import, map roles and export). */
  private async makeSecretary(org: string, personId: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const stored = await this.store.get('person', org, personId);
      if (!stored) return 'That person is no longer in the directory.';
      try {
        await this.store.replace({ ...stored.value, isBoardSecretary: true }, stored.etag);
        this.referenceData.invalidate();
        this.log.info({ organisationId: org, personId }, 'board secretary added');
        return `${stored.value.name} is now a board secretary.`;
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError) || attempt === 2) throw e;
      }
    }
  }

  /** A role for a code the papers use ("DoCA"): created when a secretary names a holder for it. */
  private async createRole(org: string, code: string): Promise<Role> {
    const data = await this.referenceData.get();
    const existing = data.roles.find(
      (r) => r.organisationId === org && r.code.toLowerCase() === code.toLowerCase(),
    );
    if (existing) return existing;
    const taken = new Set(data.roles.map((r) => r.id));
    let id = `role-${slug(org)}-${slug(code)}`.slice(0, 180);
    for (let n = 2; taken.has(id); n++) id = `role-${slug(org)}-${slug(code)}-${n}`;
    const role = RoleSchema.parse({ id, organisationId: org, kind: 'role', code, title: code });
    await this.store.create(role);
    this.referenceData.invalidate();
    this.log.info({ organisationId: org, roleId: id }, 'role created');
    return role;
  }

  /** Owners as the action logs print them that no role or person in the directory stands for. */
  private async unresolvedOwners(org: string): Promise<string[]> {
    const data = await this.referenceData.get();
    const resolve = directoryResolver(
      data.roles.filter((r) => r.organisationId === org),
      data.people.filter((p) => p.organisationId === org),
    );
    const unknown = new Set<string>();
    for (const { value: a } of await this.store.findActions({ organisationId: org }))
      for (const printed of [a.printedActionLead, a.printedTaskLead])
        if (printed) for (const part of readOwners(printed, resolve).unresolved) unknown.add(part);
    return [...unknown].filter((u) => u.length <= 100).sort();
  }

  /**
   * Imported owners that were not in the directory when their log was imported are linked once a role
   * or person stands for them: each action's roles are read again from its printed owners, and the
   * roles found are added (never removed), with the etag the action was read at.
   */
  private async relink(org: string): Promise<number> {
    const data = await this.referenceData.get();
    const resolve = directoryResolver(
      data.roles.filter((r) => r.organisationId === org),
      data.people.filter((p) => p.organisationId === org),
    );
    let linked = 0;
    for (const stored of await this.store.findActions({ organisationId: org })) {
      const a = stored.value;
      const more = (printed: string | undefined, ids: string[]) => {
        const found = printed ? readOwners(printed, resolve).roleIds : [];
        return found.filter((id) => !ids.includes(id));
      };
      const leads = more(a.printedActionLead, a.actionLeadRoleIds);
      const tasks = more(a.printedTaskLead, a.taskLeadRoleIds);
      if (!leads.length && !tasks.length) continue;
      const next: Action = {
        ...a,
        actionLeadRoleIds: [...a.actionLeadRoleIds, ...leads],
        taskLeadRoleIds: [...a.taskLeadRoleIds, ...tasks],
      };
      try {
        await this.store.replace(next, stored.etag);
        linked++;
      } catch (e) {
        // Someone updated it meanwhile: it is linked the next time roles change.
        if (!(e instanceof ConcurrencyConflictError)) throw e;
      }
    }
    return linked;
  }

  /** The directory person for a team member: found by their Teams id, or created. */
  private async personFor(org: string, member: TeamMember, role: Role): Promise<string> {
    const found = await this.store.findPersonByAadObjectId(member.aadObjectId);
    if (found && found.value.organisationId === org) return found.value.id;
    const data = await this.referenceData.get();
    const taken = new Set(data.people.map((p) => p.id));
    let id = `person-${slug(org)}-${slug(member.name)}`.slice(0, 180);
    for (let n = 2; taken.has(id); n++) id = `person-${slug(org)}-${slug(member.name)}-${n}`;
    const person: Person = PersonSchema.parse({
      id,
      organisationId: org,
      kind: 'person',
      name: member.name,
      jobTitle: role.title,
      roleIds: [],
      aadObjectId: member.aadObjectId,
      ...(member.email && /@/.test(member.email) ? { email: member.email } : {}),
    });
    await this.store.create(person);
    return id;
  }

  /**
   * The person holds the role, and nobody else in the organisation does (a role code names one post).
   * Each person is written with the etag it was read at; a conflict is read again and retried.
   */
  private async assign(org: string, role: Role, personId: string, member: TeamMember | null) {
    const holders = (await this.store.list('person', { organisationId: org })).filter(
      (p) => p.id === personId || p.roleIds.includes(role.id),
    );
    let name = personId;
    for (const holder of holders) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const stored = await this.store.get('person', org, holder.id);
        if (!stored) break;
        const p = stored.value;
        const next: Person =
          p.id === personId
            ? {
                ...p,
                roleIds: p.roleIds.includes(role.id) ? p.roleIds : [...p.roleIds, role.id],
                ...(member ? { aadObjectId: member.aadObjectId.toLowerCase() } : {}),
              }
            : { ...p, roleIds: p.roleIds.filter((r) => r !== role.id) };
        if (p.id === personId) name = p.name;
        try {
          await this.store.replace(next, stored.etag);
          break;
        } catch (e) {
          if (!(e instanceof ConcurrencyConflictError) || attempt === 2) throw e;
        }
      }
    }
    this.referenceData.invalidate();
    const linked = await this.relink(org);
    this.log.info(
      { organisationId: org, roleId: role.id, personId, linked },
      'role holder changed',
    );
    const what = role.title !== role.code ? `${role.code} (${role.title})` : role.code;
    const links = linked
      ? ` ${linked} imported action${linked === 1 ? ' is' : 's are'} now linked to ${linked === 1 ? 'its owner' : 'their owners'}.`
      : '';
    return `${name} now holds ${what}.${links}`;
  }
}
