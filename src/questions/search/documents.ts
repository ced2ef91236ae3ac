import type { Action, SourceRef } from '../../domain';
import { revisionReasonPrivate } from '../../domain/action';
import type { ReferenceData } from '../../shared/referenceData';
import { MEASURE_ABBREVIATIONS } from '../lexicon';

/**
 * Every record a director can ask about, cut into passages for the search index: a risk's title, each
 * cause, control, gap and assurance; each action and progress note; each minute item and agenda item;
 * each ambition and THRIVE theme; each section of a paper. A passage knows the record it belongs to and
 * where in it it sits, so an answer can say "in a control of GROUP BAF 4" and cite the paper.
 */

export type SearchKind =
  | 'risk'
  | 'risk-part'
  | 'action'
  | 'progress-note'
  | 'minute-item'
  | 'agenda-item'
  | 'workplan-item'
  | 'ambition'
  | 'theme'
  | 'register-note'
  | 'paper-section'
  | 'committee-report'
  | 'performance'
  | 'terms-of-reference';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  /** The record, as people name it: "GROUP BAF 4", "Well-Led FTSU 5", "GTB/25/15". */
  record: string;
  /** Where in the record the words are: "a control", "a gap in assurance", "the title". */
  where: string;
  /** The record's heading (a risk's title, an action's text, an item's title). */
  title: string;
  /** The passage itself. */
  text: string;
  /** Words the paper itself uses as keys (a risk's bold words, a section's heading). */
  keywords: string;
  riskId?: string;
  registerId?: string;
  actionId?: string;
  organisationId: string;
  source: SourceRef;
  /** Private business or a progress note: never shown where others may see it. */
  private: boolean;
  /** The question that shows the whole record. */
  ask: string | null;
}

const join = (...parts: (string | undefined | null)[]) => parts.filter(Boolean).join(' ');

function riskDocs(data: ReferenceData): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const risk of data.risks) {
    const register = data.registers.find((r) => r.id === risk.registerId);
    const ask =
      `${register?.aliases[0] ?? register?.title ?? ''} ${risk.status === 'draft' ? 'draft risk' : (risk.number ?? '')}`.trim();
    const base = {
      kind: 'risk-part' as const,
      record: risk.reference,
      title: risk.title,
      keywords: risk.keywords.join(' '),
      riskId: risk.id,
      registerId: risk.registerId,
      organisationId: risk.organisationId,
      source: risk.source,
      private: false,
      ask,
    };
    out.push({
      ...base,
      id: `${risk.id}#risk`,
      kind: 'risk',
      where: 'the risk itself',
      text: join(risk.strategicAim, risk.section, risk.strategicLink, risk.context),
    });
    let n = 0;
    // A part is found by its own words, not its risk's title (that is the risk's own passage).
    const part = (where: string, text: string) =>
      out.push({ ...base, id: `${risk.id}#${n++}`, where, text, title: '', keywords: '' });
    for (const f of [...risk.causes, ...risk.effects]) {
      part(f.kind === 'cause' ? 'a cause' : 'an effect', f.title);
      for (const c of f.controls) part('a control', c);
      for (const g of f.controlGaps) part('a gap in control', g);
      // What an assurance assures: "EQIAs DRA and break glass criteria…" is of the Agency Reduction Plan.
      const controls = f.controls.filter((c) => !/^none\.?$/i.test(c.trim()));
      const of = controls.length
        ? ` of “${controls[0]}”${controls.length > 1 ? ` and ${controls.length - 1} other control${controls.length > 2 ? 's' : ''}` : ''}`
        : '';
      for (const a of [
        ...f.assurances.firstLine,
        ...f.assurances.secondLine,
        ...f.assurances.thirdLine,
      ])
        part(`an assurance${of}`, a);
      for (const g of f.assuranceGaps) part('a gap in assurance', g);
      for (const p of f.progress) part('its progress', p);
    }
    if (risk.systemRisk) part('the system risks it links to', risk.systemRisk);
    if (risk.corporateRisk) part('the corporate risks it links to', risk.corporateRisk);
  }
  return out;
}

function meetingDocs(data: ReferenceData): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const minutes of data.minutes) {
    const meeting = data.meetings.find((m) => m.id === minutes.meetingId);
    for (const item of minutes.items)
      out.push({
        id: `${minutes.id}#${item.reference}`,
        kind: 'minute-item',
        record: item.reference,
        where: `the minutes of the ${minutes.body}`,
        title: item.title,
        text: join(item.summary, item.resolution, ...(item.printedText ?? [])),
        keywords: item.title,
        organisationId: minutes.organisationId,
        source: { ...minutes.source, section: `${minutes.source.section}, ${item.reference}` },
        private: meeting?.part === 'private',
        ask: item.reference,
      });
  }
  for (const meeting of data.meetings)
    for (const item of meeting.agenda)
      out.push({
        id: `${meeting.id}#agenda-${item.order}`,
        kind: 'agenda-item',
        record: meeting.title,
        where: 'the agenda',
        title: item.title,
        text: join(item.title, item.lead, item.section),
        keywords: item.title,
        organisationId: meeting.organisationId,
        source: meeting.source,
        private: meeting.part === 'private' || item.part === 'private',
        ask: null,
      });
  for (const plan of data.workplans)
    plan.items.forEach((item, i) =>
      out.push({
        id: `${plan.id}#${i}`,
        kind: 'workplan-item',
        record: plan.title,
        where: 'the workplan',
        title: item.title,
        text: join(item.title, item.frequencyLead, item.section),
        keywords: item.title,
        organisationId: plan.organisationId,
        source: plan.source,
        private: false,
        ask: null,
      }),
    );
  return out;
}

function strategyDocs(data: ReferenceData): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const s of data.strategies) {
    for (const o of s.objectives)
      for (const a of o.ambitions)
        out.push({
          id: `${s.id}#${a.id}`,
          kind: 'ambition',
          record: `Ambition ${a.number}`,
          where: s.title,
          title: a.text,
          text: join(
            ...a.successes,
            ...a.challenges,
            ...a.focus,
            ...a.escalations,
            ...a.supportingStrategies,
            ...a.conditions,
            ...a.financialRisks,
            ...a.newIssues,
          ),
          keywords: join(o.title, a.text),
          organisationId: s.organisationId,
          source: s.source,
          private: false,
          ask: `ambition ${a.number}`,
        });
    for (const t of s.themes)
      out.push({
        id: `${s.id}#${t.id}`,
        kind: 'theme',
        record: `THRIVE ${t.name}`,
        where: s.title,
        title: t.name,
        text: join(...t.objectives, ...t.progress, ...t.expectedNext, ...t.mitigations),
        keywords: t.name,
        organisationId: s.organisationId,
        source: s.source,
        private: false,
        ask: `thrive ${t.name.toLowerCase()} progress`,
      });
  }
  for (const r of data.registers)
    r.notes.forEach((note, i) =>
      out.push({
        id: `${r.id}#note-${i}`,
        kind: 'register-note',
        record: r.title,
        where: 'the register’s notes',
        title: r.title,
        text: note,
        keywords: '',
        organisationId: r.organisationId,
        source: r.source,
        private: false,
        ask: null,
      }),
    );
  return out;
}

const LEVEL_WORDS: Record<string, string> = {
  alert: 'ALERT',
  advise: 'ADVISE',
  assure: 'ASSURE',
  risk: 'RISK',
  'celebrating-outstanding': 'CELEBRATING OUTSTANDING',
};

function paperDocs(data: ReferenceData): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const paper of data.papers) {
    const base = {
      record: paper.title,
      organisationId: paper.organisationId,
      private: false,
      ask: null,
      keywords: paper.aliases.join(' '),
    };
    for (const section of paper.sections) {
      const paragraphs = section.content.map((c) =>
        typeof c === 'string' ? c : c.items.join(' '),
      );
      out.push({
        ...base,
        id: `${paper.id}#${section.id}`,
        kind: 'paper-section',
        where: `“${section.heading}”`,
        title: section.heading,
        text: join(...paragraphs, ...section.figures.map((f) => `${f.label} ${f.printed}`)),
        keywords: join(section.heading, ...paper.aliases),
        source: { ...paper.source, section: `${paper.source.section}, ${section.heading}` },
      });
    }
    if (paper.decision || paper.recommendations.length)
      out.push({
        ...base,
        id: `${paper.id}##decision`,
        kind: 'paper-section',
        where: 'its recommendations and the decision asked',
        title: `${paper.title}: decision`,
        text: join(...paper.recommendations, ...(paper.decision?.printed ?? [])),
        source: paper.source,
      });
  }
  for (const report of data.committeeReports) {
    // The report's own key ("ALERT: Alert the Board to matters that need its attention or action…"):
    // what each of its headings means, found when someone asks what "alert, advise, assure" means.
    // (A level whose table runs on under a second heading prints the same heading twice.)
    const headings = [...new Set(report.blocks.map((b) => b.printedHeading))];
    if (headings.length)
      out.push({
        id: `${report.id}#key`,
        kind: 'committee-report',
        record: `${report.committee} (${report.heldOn.printed})`,
        where: 'what its headings mean',
        title: report.title,
        text: join(...headings.map((h) => (/[.!?]$/.test(h) ? h : `${h}.`))),
        keywords: join(report.title, report.committee),
        organisationId: report.organisationId,
        source: report.source,
        private: false,
        ask: null,
      });
    for (const block of report.blocks)
      block.items.forEach((item, i) =>
        out.push({
          id: `${report.id}#${block.level}-${i}-${out.length}`,
          kind: 'committee-report',
          record: `${report.committee} (${report.heldOn.printed})`,
          where: LEVEL_WORDS[block.level] ?? block.level,
          title: item.subject ?? report.title,
          text: item.text,
          keywords: join(item.subject, report.committee),
          organisationId: report.organisationId,
          source: report.source,
          private: false,
          ask: null,
        }),
      );
  }
  for (const report of data.performanceReports) {
    const org = (id: string) => data.organisations.find((o) => o.id === id)?.shortName ?? id;
    for (const i of report.indicators)
      out.push({
        id: `${report.id}#${i.id}`,
        kind: 'performance',
        record: report.title,
        where: i.group,
        title: i.indicator,
        text: join(
          i.group,
          i.values
            .map(
              (v) =>
                `${org(v.organisationId)} ${v.printed}${v.target ? ` target ${v.target}` : ''}`,
            )
            .join('; '),
        ),
        keywords: spelledMeasure(i.indicator),
        organisationId: report.organisationId,
        source: report.source,
        private: false,
        ask: null,
      });
    for (const d of report.domainScores)
      out.push({
        id: `${report.id}#${d.id}`,
        kind: 'performance',
        record: report.title,
        where: `the ${d.domain} domain of the ${report.framework}`,
        title: d.metric ?? d.domain,
        text: join(
          d.domain,
          d.values.map((v) => `${org(v.organisationId)} ${v.printed}`).join('; '),
        ),
        keywords: spelledMeasure(d.metric ?? d.domain),
        organisationId: report.organisationId,
        source: report.source,
        private: false,
        ask: null,
      });
    // Its notes say why a figure is missing or odd ("due to a submission error … marked as 'Null'").
    report.notes.forEach((note, n) =>
      out.push({
        id: `${report.id}#note-${n}`,
        kind: 'performance',
        record: report.title,
        where: 'its notes',
        title: '',
        text: note,
        keywords: '',
        organisationId: report.organisationId,
        source: report.source,
        private: false,
        ask: null,
      }),
    );
  }
  for (const t of data.termsOfReference)
    out.push({
      id: `${t.id}#terms`,
      kind: 'terms-of-reference',
      record: `${t.body} terms of reference`,
      where: 'its terms of reference',
      title: t.body,
      text: join(
        ...t.purpose,
        ...t.responsibilities,
        ...t.membership,
        t.chair,
        t.frequency,
        t.quorum.printed,
      ),
      keywords: join(t.body, ...t.aliases),
      organisationId: t.organisationId,
      source: t.source,
      private: false,
      ask: null,
    });
  // (What members are expected to attend, apart: its own passage, found when quoted, without
  // changing how the rest of the terms are found.)
  for (const t of data.termsOfReference.filter((x) => x.attendance.length))
    out.push({
      id: `${t.id}#attendance`,
      kind: 'terms-of-reference',
      record: `${t.body} terms of reference`,
      where: 'its terms of reference, on attendance',
      title: '',
      text: join(...t.attendance),
      keywords: '',
      organisationId: t.organisationId,
      source: t.source,
      private: false,
      ask: null,
    });
  return out;
}

/** Passages of the reference records (papers, registers, minutes, strategies). */
export function referenceDocuments(data: ReferenceData): SearchDoc[] {
  return [...riskDocs(data), ...meetingDocs(data), ...strategyDocs(data), ...paperDocs(data)];
}

/** Passages of the actions (read live): each action's text, and each progress note (private). */
export function actionDocuments(actions: readonly Action[]): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const a of actions) {
    const base = {
      record: a.reference,
      title: a.text,
      keywords: join(a.area, a.printedHeading),
      riskId: a.riskId,
      actionId: a.id,
      organisationId: a.organisationId,
      source: a.source,
      ask: a.reference,
    };
    out.push({
      ...base,
      id: `${a.id}#action`,
      kind: 'action',
      where: 'an action',
      text: join(
        a.text,
        a.area,
        a.committeeSignOff,
        a.revisedDue && !revisionReasonPrivate(a.revisedDue) ? a.revisedDue.reason : null,
      ),
      private: false,
    });
    // A reason given in Board Clerk for moving the date: private, as progress notes are.
    if (a.revisedDue && revisionReasonPrivate(a.revisedDue))
      out.push({
        ...base,
        id: `${a.id}#revision`,
        kind: 'progress-note',
        where: 'the reason its due date moved',
        title: '',
        keywords: '',
        text: a.revisedDue.reason,
        private: true,
      });
    a.progress.forEach((p, i) =>
      out.push({
        ...base,
        id: `${a.id}#progress-${i}`,
        kind: 'progress-note',
        where: 'a progress note',
        title: '',
        keywords: '',
        text: p.note,
        private: true,
      }),
    );
  }
  return out;
}

/** The spelt-out words of a measure's short forms ("CYP ED…": children and young people, eating disorder). */
function spelledMeasure(name: string): string {
  return (name.toLowerCase().match(/[a-z]+/g) ?? [])
    .map((w) => MEASURE_ABBREVIATIONS[w])
    .filter(Boolean)
    .join(' ');
}
