import type { GovernanceRecord } from '../domain';

/**
 * Cross-record checks the schemas cannot make: unique ids, and every reference (organisation, register,
 * log, role, risk, meeting, source document) pointing at a record that exists. Returns problems as text.
 */
export function checkIntegrity(records: readonly GovernanceRecord[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, GovernanceRecord>();
  for (const r of records) {
    if (byId.has(r.id)) problems.push(`duplicate id ${r.id}`);
    byId.set(r.id, r);
  }
  const expect = (from: GovernanceRecord, field: string, id: string | undefined, kind: string) => {
    if (id === undefined) return;
    const target = byId.get(id);
    if (!target) problems.push(`${from.id}.${field} -> ${id}: no such record`);
    else if (target.kind !== kind)
      problems.push(`${from.id}.${field} -> ${id}: is a ${target.kind}, expected ${kind}`);
  };
  for (const r of records) {
    expect(r, 'organisationId', r.organisationId, 'organisation');
    if ('source' in r && r.source) expect(r, 'source.documentId', r.source.documentId, 'source');
    switch (r.kind) {
      case 'organisation':
        r.memberIds.forEach((m) => expect(r, 'memberIds', m, 'organisation'));
        break;
      case 'role':
        r.memberRoleIds.forEach((m) => expect(r, 'memberRoleIds', m, 'role'));
        break;
      case 'person':
        r.roleIds.forEach((m) => expect(r, 'roleIds', m, 'role'));
        break;
      case 'risk':
        expect(r, 'registerId', r.registerId, 'register');
        break;
      case 'actionLog':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        expect(r, 'registerId', r.registerId, 'register');
        break;
      case 'action':
        expect(r, 'logId', r.logId, 'actionLog');
        expect(r, 'riskId', r.riskId, 'risk');
        r.actionLeadRoleIds.forEach((m) => expect(r, 'actionLeadRoleIds', m, 'role'));
        r.taskLeadRoleIds.forEach((m) => expect(r, 'taskLeadRoleIds', m, 'role'));
        break;
      case 'meeting':
        expect(r, 'minutesId', r.minutesId, 'minutes');
        expect(r, 'workplanId', r.workplanId, 'workplan');
        break;
      case 'minutes':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        break;
      default:
        break;
    }
  }
  return problems;
}
