import type {
  Action,
  DataQualityFlag,
  HistoryEntry,
  IsoDate,
  Meeting,
  PrintedDate,
  Risk,
  RiskRegister,
  SourceRef,
} from '../domain';
import { daysOverdue, describeDue, effectiveDue } from '../domain/actionRules';
import {
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatTime,
  londonDateOf,
  monthInWords,
  namesADay,
  withDatesInWords,
} from '../domain/dates';
import { assessRisk, type AssessedScore } from '../domain/scoring';
import { findById } from './lookup';
import type {
  ActionView,
  AppetiteView,
  Citation,
  FlagView,
  HistoryView,
  MeetingView,
  RiskSummaryView,
  RiskView,
  ScoreView,
} from './viewTypes';
import type { RiskFacet } from './viewTypes';
import type { ReferenceData } from './referenceData';

/** Domain records turned into the views answers carry: one place for each, used by every answer. */

export function citation(data: ReferenceData, source: SourceRef): Citation {
  const doc = findById(data.sources, source.documentId);
  return {
    document: doc?.title ?? source.documentId,
    section: source.section,
    date: doc?.date ? formatDate(doc.date) : null,
  };
}

/** "4 x 4 = 16, High". */
/** "Group Trust Board public papers, 29 January 2026, Group BAF, GROUP BAF 1": a citation in words. */
export function citationWords(c: Citation): string {
  const dated = c.date && !c.document.includes(c.date) ? ` (${c.date})` : '';
  return `${c.document}${dated}${c.section ? `, ${c.section}` : ''}`;
}

export function scoreWords(s: ScoreView): string {
  return `${s.consequence} x ${s.likelihood} = ${s.score}, ${s.band}`;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function flagViews(flags: readonly DataQualityFlag[]): FlagView[] {
  return flags.map((f) => ({
    kind: f.kind,
    message: f.message,
    field: f.field,
    printed: f.printed,
  }));
}

export function printedDate(d: PrintedDate | undefined): string | null {
  if (!d) return null;
  // A printed day ("9 May 24", "15.1.2026") is shown as a board paper would; a month or year as printed.
  return d.iso && namesADay(d.printed) ? formatDate(d.iso) : d.printed;
}

function scoreView(stage: ScoreView['stage'], s: AssessedScore, risk: Risk): ScoreView {
  // The source's own figure is kept beside the product, so a reader of the paper sees why they differ.
  const misprinted = risk.dataQuality.find(
    (f) => f.kind === 'combined-not-product' && f.field === `scores.${stage.toLowerCase()}`,
  )?.printed;
  return {
    stage,
    consequence: s.consequence,
    likelihood: s.likelihood,
    score: s.score,
    band: s.band.name,
    colour: s.band.colour,
    ...(misprinted ? { printed: misprinted } : {}),
  };
}

export function riskSummaryView(risk: Risk, register: RiskRegister): RiskSummaryView {
  const a = assessRisk(risk, register);
  return {
    id: risk.id,
    reference: risk.reference,
    number: risk.number,
    draft: risk.status === 'draft',
    title: risk.title,
    current: scoreView('Current', a.current, risk),
    target: a.target ? scoreView('Target', a.target, risk) : null,
    appetite: {
      level: a.appetite.level,
      upperLimit: a.appetite.upperLimit,
      range: a.appetite.range ? `${a.appetite.range.min}-${a.appetite.range.max}` : null,
      tolerance: a.tolerance,
      targetTolerance: a.targetTolerance,
    },
    atTarget: a.atTarget,
    oversight: risk.oversightCommittees,
    strategicAim: risk.strategicAim,
    hasFlags: risk.dataQuality.length > 0,
    askAs: `${register.aliases[0] ?? register.title} ${risk.status === 'draft' ? 'draft workforce risk' : risk.number}`,
  };
}

export function riskView(
  data: ReferenceData,
  risk: Risk,
  register: RiskRegister,
  facets: RiskFacet[],
  actions: ActionView[],
): RiskView {
  const a = assessRisk(risk, register);
  return {
    ...riskSummaryView(risk, register),
    registerTitle: register.title,
    strategicLink: risk.strategicLink,
    governance: risk.governance,
    context: risk.context,
    initial: scoreView('Initial', a.initial, risk),
    trend: risk.trend.direction ?? risk.trend.printed,
    included: printedDate(risk.included),
    lastUpdated: printedDate(risk.lastUpdated),
    systemRisk: risk.systemRisk ?? null,
    corporateRisk: risk.corporateRisk ?? null,
    flags: flagViews(risk.dataQuality),
    facets,
    causes: risk.causes,
    effects: risk.effects,
    actions,
    source: citation(data, risk.source),
  };
}

/** Whether a code shortens its title word by word ("All Exec Dirs." of "All Executive Directors"). */
function abbreviates(code: string, title: string): boolean {
  const short = code
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter(Boolean);
  const long = title.toLowerCase().split(' ');
  return (
    short.length === long.length &&
    short.some((w, i) => w !== long[i]) &&
    short.every((w, i) => long[i]!.startsWith(w.replace(/s$/, '')))
  );
}

/**
 * "Director of Corporate Affairs (DoCA)"; the printed lead when the roles are not known, and beside them
 * when it says more than their names ("…, printed as “Sharon Murphy, DoF”").
 */
export function rolesLabel(
  data: ReferenceData,
  roleIds: readonly string[],
  printed?: string,
): string | null {
  const labels = roleIds.map((id) => {
    const role = findById(data.roles, id);
    if (!role) return id;
    return role.code !== role.title && (role.code.length <= 8 || abbreviates(role.code, role.title))
      ? `${role.title} (${role.code})`
      : role.title;
  });
  if (!labels.length) return printed ?? null;
  const label = labels.join(', ');
  return printed && saysMore(data, roleIds, printed) ? `${label}, printed as “${printed}”` : label;
}

/**
 * Whether a printed lead says more than its roles' names ("Sharon Murphy, DoF" names the person;
 * "Medical Directors: quarterly data presented to respective QSCs" says how): kept beside the roles.
 * Joining words and short forms a paper mistypes ("Dol" for DoI) are not more.
 */
function saysMore(data: ReferenceData, roleIds: readonly string[], printed: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
  const named = new Set(
    roleIds
      .map((id) => findById(data.roles, id))
      .flatMap((role) => (role ? [role.title, role.code, ...role.aliases] : []))
      .flatMap(words),
  );
  return words(printed).some((w) => w.length > 3 && !named.has(w) && !/^(with|plus)$/.test(w));
}

const EVENT_WORDS: Record<HistoryEntry['event'], string> = {
  imported: 'Imported from the board paper',
  'progress-update': 'Progress update',
  'proposed-for-closure': 'Proposed for closure',
  'closure-approved': 'Closure approved',
  'closure-returned': 'Returned (closure not approved)',
  'closure-withdrawn': 'Proposal for closure withdrawn',
  edited: 'Edited',
};

/** "Proposal for closure withdrawn: Some issues reported, due date moved to 31 March 2027". */
function eventWords(h: HistoryEntry): string {
  if (h.event !== 'closure-withdrawn') return EVENT_WORDS[h.event];
  const why = h.changes.flatMap((c) =>
    c.field === 'delivery status'
      ? [`${c.to} reported`]
      : c.field === 'due date'
        ? [`due date moved to ${c.to}`]
        : [],
  );
  return `${EVENT_WORDS[h.event]}${why.length ? `: ${why.join(', ')}` : ''}`;
}

export function historyViews(action: Action): HistoryView[] {
  return [...action.history]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((h) => ({
      at: formatDateTime(h.at),
      by: h.by.name,
      event: eventWords(h),
      changes: h.changes,
      note: h.note ? { text: h.note, private: true as const } : null,
      reason:
        action.revisedDue && action.revisedDue.setAt === h.at
          ? { text: action.revisedDue.reason, private: true as const }
          : null,
    }));
}

/** Lines printed one under another, as sentences of one paragraph (each ended, none run together). */
export function asSentences(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (/[.!?:;]$/.test(l) ? l : `${l}.`))
    .join(' ');
}

/**
 * The cause or effect an action is under, in words ("its effect “Clinical Outcomes”"): the register
 * prints progress for that row, not for each action in it.
 */
export function rowOf(area: string | null): string {
  const under = /^(Cause|Effect): (.+)$/.exec(area ?? '');
  return under ? `its ${under[1]!.toLowerCase()} “${under[2]}”` : 'its row';
}

/** The register's progress lines for the cause or effect an action is under ("Effect: …" is its area). */
export function registerProgressOf(data: ReferenceData, action: Action): string[] {
  const risk = action.riskId ? data.risks.find((r) => r.id === action.riskId) : undefined;
  const under = /^(Cause|Effect): (.+)$/.exec(action.area ?? '');
  if (!risk || !under) return [];
  const factors = under[1] === 'Cause' ? risk.causes : risk.effects;
  // ("held 12/04/24 (12 April 2024)": a numeric date quoted from the register, in words too.)
  return (factors.find((f) => f.title === under[2])?.progress ?? []).map(withDatesInWords);
}

/** Who is to approve a closure, and when if its meeting is known: "the Group Trust Board on 29 January 2026". */
export function closureApprover(
  data: ReferenceData,
  proposal: NonNullable<Action['closureProposal']>,
): string {
  const meeting = proposal.decisionMeetingId
    ? findById(data.meetings, proposal.decisionMeetingId)
    : undefined;
  const when = meeting ? ` on ${formatDate(londonDateOf(meeting.startsAt))}` : '';
  return `the ${proposal.awaitingApprovalBy}${when}`;
}

/**
 * "Await approval by the Group Trust Board on 29 January 2026"; once that meeting has passed, that it
 * went to it and the papers Board Clerk holds do not record what it decided.
 */
export function approvalWords(
  data: ReferenceData,
  proposal: NonNullable<Action['closureProposal']>,
  today: IsoDate,
  one: boolean,
): string {
  const meeting = proposal.decisionMeetingId
    ? findById(data.meetings, proposal.decisionMeetingId)
    : undefined;
  return meeting && londonDateOf(meeting.startsAt) < today
    ? `${one ? 'was' : 'were'} put for approval to ${closureApprover(data, proposal)}; the papers Board Clerk holds do not record the decision`
    : `${one ? 'awaits' : 'await'} approval by ${closureApprover(data, proposal)}`;
}

/** "Supported by the Group Strategic Executive Board in November 2025; for approval by the Group Trust Board on…". */
function closureProposalOf(data: ReferenceData, action: Action, today: IsoDate): string | null {
  const proposal = action.status === 'proposed-for-closure' ? action.closureProposal : undefined;
  if (!proposal) return null;
  const by = proposal.supportedBy.replace(/^the /i, '');
  return `Supported for closure by the ${by} in ${printedDate(proposal.supportedOn)}; it ${approvalWords(data, proposal, today, true)}.`;
}

export function actionView(
  data: ReferenceData,
  action: Action,
  today: IsoDate,
  canUpdate = false,
  canDecideClosure = false,
): ActionView {
  const log = findById(data.logs, action.logId);
  const section = log?.sections.find((s) => s.id === action.sectionId);
  const latest = action.progress[action.progress.length - 1];
  return {
    id: action.id,
    organisationId: action.organisationId,
    reference: action.reference,
    logTitle: log?.title ?? action.logId,
    section: section?.title ?? null,
    area: action.area ?? null,
    text: action.text,
    leads: rolesLabel(data, action.actionLeadRoleIds, action.printedActionLead) ?? 'No lead given',
    taskLeads: rolesLabel(data, action.taskLeadRoleIds, action.printedTaskLead),
    due: describeDue(action),
    dueIso: effectiveDue(action).iso,
    daysOverdue: daysOverdue(action, today),
    status: action.status,
    deliveryStatus: action.deliveryStatus,
    latestProgress: latest
      ? {
          note: latest.note,
          by: latest.by.name,
          private: !latest.published,
          // ("Jan 26" is January 2026, not the 26th.)
          when: latest.at
            ? formatDate(londonDateOf(latest.at))
            : latest.printedDate
              ? (monthInWords(latest.printedDate) ?? latest.printedDate)
              : null,
        }
      : null,
    registerProgress: registerProgressOf(data, action),
    committeeSignOff: action.committeeSignOff ?? null,
    closure: action.closure
      ? `Closed ${printedDate(action.closure.closedOn) ?? action.closure.closedOn.printed} (approved by ${action.closure.approvedBy})${
          action.closure.note ? `: ${action.closure.note}` : ''
        }`
      : null,
    closureProposal: closureProposalOf(data, action, today),
    revision: action.revision,
    flags: flagViews(action.dataQuality),
    source: citation(data, action.source),
    // A closed action takes no more progress: its card offers Details, not Update.
    canUpdate: canUpdate && action.status !== 'closed',
    canDecideClosure: canDecideClosure && action.status === 'proposed-for-closure',
  };
}

/**
 * A meeting as every answer and reminder shows it. Everything of the private part (its items, and for a
 * private meeting its join link) is marked `private`: the outbox leaves it out of shared conversations.
 */
export function meetingView(data: ReferenceData, meeting: Meeting): MeetingView {
  const date = londonDateOf(meeting.startsAt);
  const isPrivate = meeting.part === 'private';
  return {
    id: meeting.id,
    body: meeting.body,
    title: meeting.title,
    when: `${formatDateWithWeekday(date)} at ${formatTime(meeting.startsAt)}`,
    startsAtIso: meeting.startsAt,
    part: meeting.part,
    location: meeting.location,
    join: meeting.joinUrl ? { url: meeting.joinUrl, private: isPrivate } : null,
    paperDeadline: meeting.paperDeadline ? formatDateTime(meeting.paperDeadline) : null,
    note: meeting.note ?? null,
    agenda: meeting.agenda.map((i) => ({
      order: i.order,
      title: i.title,
      type: i.type,
      lead: i.lead,
      section: i.section,
      asRequired: i.asRequired,
      // Items made from the workplan are marked public even in a private meeting: the meeting decides.
      private: isPrivate || i.part === 'private',
    })),
    flags: flagViews(meeting.dataQuality),
    source: citation(data, meeting.source),
  };
}

/** A risk's reference, saying it is a draft when the reference does not ("GROUP BAF DRAFT" does). */
export function riskName(risk: { reference: string; draft: boolean }): string {
  return `${risk.reference}${risk.draft && !/\bdraft\b/i.test(risk.reference) ? ' (draft)' : ''}`;
}

/** A sentence's first letter in capitals. */
export function capitalised(words: string): string {
  return words ? `${words[0]!.toUpperCase()}${words.slice(1)}` : words;
}

/** "At the upper limit of tolerance: 16, the most the Open appetite tolerates", "Above tolerance: 20 against an upper limit of 16". */
export function toleranceWords(appetite: AppetiteView, current: number): string {
  const level = capitalised(appetite.level);
  // "Open appetite, 13-16": the level's scores, as the register's key prints them.
  const named = `${level} appetite${appetite.range ? `, ${appetite.range}` : ''}`;
  if (appetite.upperLimit === null || appetite.tolerance === null)
    return `${level} appetite (no tolerance limit given)`;
  switch (appetite.tolerance) {
    case 'within':
      return `Within tolerance: ${current} is below the upper limit of ${appetite.upperLimit} (${named})`;
    case 'at':
      return `At the upper limit of tolerance: ${current}, the most the ${level} appetite tolerates${appetite.range ? ` (${appetite.range})` : ''}`;
    case 'above':
      return `Above tolerance: ${current} against an upper limit of ${appetite.upperLimit} (${named})`;
  }
}

/** ", within tolerance": where a target score would stand, after the target in a sentence. */
export function targetToleranceWords(appetite: AppetiteView): string {
  switch (appetite.targetTolerance) {
    case 'within':
      return ', within tolerance';
    case 'at':
      return ', at the upper limit of tolerance';
    case 'above':
      return `, still above tolerance (upper limit ${appetite.upperLimit})`;
    default:
      return '';
  }
}
