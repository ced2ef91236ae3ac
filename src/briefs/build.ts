import type { Action, ActionLog, DecisionType, IsoDate, Meeting, Paper, Person } from '../domain';
import { daysOverdue, effectiveDue, isOpen } from '../domain/actionRules';
import { formatDate, londonDateOf } from '../domain/dates';
import { canUpdateAction, ownsAction } from '../domain/permissions';
import type { BriefDecisionView, BriefMattersArisingView, BriefView } from '../shared/briefViews';
import type { ReferenceData } from '../shared/referenceData';
import { actionView, citation, flagViews, meetingView } from '../shared/views';
import { attendanceRuleWords, attends } from './attendance';
import { risksToLookAt } from './risks';

/**
 * One person's brief for one meeting, from the records as they are: plain data in, a view out. What
 * may be private is marked so by the views it is made of; the outbox decides who sees it.
 */

/** The most of a person's own actions a brief lists (the rest: "my overdue actions"). */
export const MAX_BRIEF_ACTIONS = 5;

export interface BriefInput {
  data: ReferenceData;
  person: Person;
  meeting: Meeting;
  /** Open actions the person leads or task-leads (any log). */
  ownActions: readonly Action[];
  /** Open actions on the meeting body's matters-arising sheets. */
  sheetActions: readonly Action[];
  /** Papers that went to the meeting. */
  papers: readonly Paper[];
  now: Date;
}

/** The body's matters-arising sheets from earlier meetings, latest meeting first. */
export function actionSheetsFor(data: ReferenceData, meeting: Meeting): ActionLog[] {
  const earlier = new Map(
    data.meetings
      .filter(
        (m) =>
          m.body === meeting.body &&
          m.organisationId === meeting.organisationId &&
          m.startsAt < meeting.startsAt,
      )
      .map((m) => [m.id, m.startsAt]),
  );
  return data.logs
    .filter((l) => l.type === 'minutes-action-sheet' && l.meetingId && earlier.has(l.meetingId))
    .sort((a, b) => earlier.get(b.meetingId!)!.localeCompare(earlier.get(a.meetingId!)!));
}

/** The person's open actions that are overdue or due by the meeting day, most overdue first. */
function actionsDue(
  person: Person,
  actions: readonly Action[],
  data: ReferenceData,
  meetingDay: IsoDate,
  today: IsoDate,
): Action[] {
  return (
    actions
      // An action proposed for closure waits for the secretary, not its owner.
      .filter((a) => a.status === 'open' && ownsAction(person, a, data.roles))
      .filter((a) => {
        const due = effectiveDue(a).iso;
        return due !== null && due <= meetingDay;
      })
      .sort(
        (a, b) =>
          (daysOverdue(b, today) ?? 0) - (daysOverdue(a, today) ?? 0) ||
          (effectiveDue(a).iso ?? '').localeCompare(effectiveDue(b).iso ?? '') ||
          a.reference.localeCompare(b.reference),
      )
  );
}

const DECISION_ORDER: Record<DecisionType, number> = {
  approval: 0,
  consideration: 1,
  noting: 2,
  briefing: 3,
};

function decisions(
  data: ReferenceData,
  meeting: Meeting,
  papers: readonly Paper[],
): BriefDecisionView[] {
  return papers
    .filter((p) => p.meetingId === meeting.id && (p.decision || p.recommendations.length))
    .sort(
      (a, b) =>
        (a.decision ? DECISION_ORDER[a.decision.type] : 9) -
          (b.decision ? DECISION_ORDER[b.decision.type] : 9) || a.title.localeCompare(b.title),
    )
    .map((p) => ({
      private: meeting.part === 'private',
      title: p.title,
      type: p.decision?.type ?? null,
      asked: p.decision?.printed ?? [],
      recommendations: p.recommendations,
      sponsor: p.cover.sponsor ?? null,
      source: citation(data, p.source),
    }));
}

function mattersArising(
  data: ReferenceData,
  meeting: Meeting,
  sheetActions: readonly Action[],
  today: IsoDate,
): BriefMattersArisingView {
  const sheets = actionSheetsFor(data, meeting);
  const latest = sheets[0];
  const ids = new Set(sheets.map((s) => s.id));
  return {
    notes: latest?.notes ?? [],
    flags: latest ? flagViews(latest.dataQuality) : [],
    actions: sheetActions
      .filter((a) => ids.has(a.logId) && isOpen(a))
      .sort((a, b) => (effectiveDue(a).iso ?? '9').localeCompare(effectiveDue(b).iso ?? '9'))
      .map((a) => actionView(data, a, today, false)),
    source: latest ? citation(data, latest.source) : null,
  };
}

export function buildBrief(input: BriefInput): BriefView {
  const { data, person, meeting, now } = input;
  const today = londonDateOf(now);
  const meetingDay = londonDateOf(meeting.startsAt);
  const notes: string[] = [];
  if (meeting.startsAt <= now.toISOString())
    notes.push(`This meeting was held on ${formatDate(meetingDay)}.`);
  if (!attends(person, meeting, data))
    notes.push(
      `${person.name} does not attend this meeting by the directory (${attendanceRuleWords(meeting, data)}).`,
    );
  const due = actionsDue(person, input.ownActions, data, meetingDay, today);
  const risks = risksToLookAt(data, meeting);
  return {
    kind: 'brief',
    personName: person.name,
    preview: null,
    meeting: meetingView(data, meeting),
    notes,
    paperDeadlinePassed: !!meeting.paperDeadline && meeting.paperDeadline <= now.toISOString(),
    risks: risks.risks,
    riskNotes: risks.notes,
    actions: due
      .slice(0, MAX_BRIEF_ACTIONS)
      .map((a) => actionView(data, a, today, canUpdateAction(person, a, data.roles))),
    moreActions: Math.max(0, due.length - MAX_BRIEF_ACTIONS),
    mattersArising: mattersArising(data, meeting, input.sheetActions, today),
    decisions: decisions(data, meeting, input.papers),
  };
}
