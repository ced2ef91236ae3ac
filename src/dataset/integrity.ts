import type { GovernanceRecord } from '../domain';

/**
 * Cross-record checks the schemas cannot make: unique ids, and every reference (organisation, register,
 * log, role, risk, action, meeting, minute, paper, source document) pointing at a record that exists.
 * Returns problems as text.
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
        expect(
          r,
          'closureProposal.decisionMeetingId',
          r.closureProposal?.decisionMeetingId,
          'meeting',
        );
        r.dependsOn?.forEach((d) => expect(r, 'dependsOn', d.actionId, 'action'));
        break;
      case 'meeting': {
        expect(r, 'minutesId', r.minutesId, 'minutes');
        expect(r, 'workplanId', r.workplanId, 'workplan');
        const minutes = r.minutesId ? byId.get(r.minutesId) : undefined;
        for (const item of r.agenda)
          if (
            item.minuteReference &&
            minutes?.kind === 'minutes' &&
            !minutes.items.some((m) => m.reference === item.minuteReference)
          )
            problems.push(`${r.id}.agenda -> ${item.minuteReference}: not in ${minutes.id}`);
        break;
      }
      case 'minutes':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        break;
      case 'paper':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        r.relatedIds.forEach((id) => {
          if (!byId.has(id)) problems.push(`${r.id}.relatedIds -> ${id}: no such record`);
        });
        r.sections
          .flatMap((s) => s.figures)
          .forEach((f) => expect(r, 'figures.organisationId', f.organisationId, 'organisation'));
        break;
      case 'committeeReport':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        break;
      case 'performanceReport':
        expect(r, 'meetingId', r.meetingId, 'meeting');
        [
          ...r.segmentation,
          ...r.domainScores.flatMap((d) => d.values),
          ...r.indicators.flatMap((i) => i.values),
        ].forEach((v) => expect(r, 'organisationId', v.organisationId, 'organisation'));
        break;
      case 'termsOfReference':
        expect(r, 'paperId', r.paperId, 'paper');
        break;
      default:
        break;
    }
  }
  return problems;
}
