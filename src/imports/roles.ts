import type { Person, Role } from '../domain';
import { Person as PersonSchema } from '../domain';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import { ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore } from '../store/store';
import { slug } from './identity';
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
    if (!role)
      return message(
        `There is no role called ${roleName}`,
        `Roles in this organisation: ${roles.map((r) => r.code).join(', ') || 'none yet'}.`,
      );
    const people = data.people.filter((p) => p.organisationId === org);
    const named = people.filter((p) => words(p.name) === words(personName));
    if (named.length !== 1)
      return message(
        named.length
          ? `${named.length} people are called ${personName}`
          : `${personName} is not in the directory`,
        'Map roles from the members of a team instead ("roles from the team"): that links people to their Teams accounts.',
      );
    const changed = await this.assign(org, role, named[0]!.id, null);
    return this.list(request, changed);
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
    return {
      kind: 'roster',
      organisationId: org,
      teamId: team.teamId,
      teamName: team.teamName,
      roles: data.roles
        .filter((r) => r.organisationId === org && r.memberRoleIds.length === 0)
        .map((r) => ({
          roleId: r.id,
          code: r.code,
          title: r.title,
          value:
            people.find((p) => p.roleIds.includes(r.id) && p.aadObjectId)?.aadObjectId ?? NOBODY,
        })),
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
    answers: Record<string, unknown>,
    members: TeamMember[],
  ) {
    if (!request.who.isSecretary)
      return message('Only board secretaries can change roles', 'Ask your board secretary.');
    const data = await this.referenceData.get();
    const roles = data.roles.filter((r) => r.organisationId === organisationId);
    const said: string[] = [];
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
    this.log.info({ organisationId: org, roleId: role.id, personId }, 'role holder changed');
    return `${name} now holds ${role.code} (${role.title}).`;
  }
}
