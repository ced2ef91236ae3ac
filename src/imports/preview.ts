import { formatDateTime } from '../domain/dates';
import { canonicalJson } from '../store/importBatches';
import type { Planned } from './planning';
import type { Session } from './sessions';
import type { ImportPreviewView, PreviewPart, PreviewProblem } from './views';

/** The preview card's view of a plan, its fingerprint (to tell whether a confirm still applies), and its summary. */

export function previewView(
  session: Session,
  planned: Planned,
  banner: string | null,
): ImportPreviewView {
  const at = (sheet: string, row: number) => `sheet "${sheet}", row ${row}`;
  const parts: PreviewPart[] = planned.sheets.map((p) => {
    if (p.action) {
      const a = p.action;
      return {
        sheet: p.sheet,
        target: p.target,
        added: a.new.map((n) => ({
          reference: n.reference,
          text: n.record.text,
          at: at(n.sheet, n.row),
        })),
        changed: a.changed.map((c) => ({
          reference: c.reference,
          at: at(c.sheet, c.row),
          fields: c.changes.map(({ label, before, after }) => ({ label, before, after })),
        })),
        unchanged: a.unchanged.length,
        noLongerPresent: a.noLongerPresent.map((g) => ({
          reference: g.reference,
          text: g.text,
          at: '',
        })),
        conflicts: a.conflicts.map((c) => ({
          actionId: c.actionId,
          reference: c.reference,
          label: c.label,
          teams: c.teams.value,
          teamsBy: c.teams.by,
          teamsWhen: formatDateTime(c.teams.at),
          file: c.file,
          takesFile: c.resolution === 'take-file',
        })),
        whatChanged: null,
      };
    }
    const r = p.register!;
    return {
      sheet: p.sheet,
      target: p.target,
      added: r.new.map((n) => ({
        reference: n.reference,
        text: n.record.title,
        at: at(n.sheet, n.row),
      })),
      changed: r.changed.map((c) => ({
        reference: c.reference,
        at: at(c.sheet, c.row),
        fields: c.changes.map(({ label, before, after }) => ({ label, before, after })),
      })),
      unchanged: r.unchanged.length,
      noLongerPresent: r.noLongerPresent.map((g) => ({
        reference: g.reference,
        text: g.title,
        at: '',
      })),
      conflicts: [],
      whatChanged: r.whatChanged?.summary ?? null,
    };
  });
  const problems: PreviewProblem[] = planned.problems.map((pr) => ({
    severity: pr.severity === 'row-skipped' ? 'skipped' : pr.severity,
    where: [
      pr.sheet ? `sheet "${pr.sheet}"` : null,
      pr.row ? `row ${pr.row}` : null,
      pr.column ? `column ${pr.column}${pr.field ? ` (${pr.field})` : ''}` : pr.field,
    ]
      .filter(Boolean)
      .join(', '),
    text: pr.message,
  }));
  const blocking = planned.problems.filter((p) => p.severity === 'blocking');
  const nothing = planned.writes.length === 0;
  return {
    kind: 'import-preview',
    sessionId: session.id,
    submissionId: session.submissionId,
    fileName: session.fileName,
    parts,
    problems,
    unresolvedOwners: planned.sheets.flatMap((p) => p.unresolved),
    blocked: blocking.length
      ? `The file cannot be imported as it is: ${blocking.map((b) => b.message).join(' ')}`
      : planned.sheets.length === 0
        ? 'Nothing in the file can be imported.'
        : null,
    banner,
    nothingToDo: nothing,
  };
}

export function fingerprint(view: ImportPreviewView): string {
  return canonicalJson({
    parts: view.parts,
    problems: view.problems,
    unresolved: view.unresolvedOwners,
  });
}

export function summaryOf(view: ImportPreviewView): string {
  const n = (k: 'added' | 'changed' | 'noLongerPresent') =>
    view.parts.reduce((t, p) => t + p[k].length, 0);
  const conflicts = view.parts.reduce(
    (t, p) => t + p.conflicts.filter((c) => !c.takesFile).length,
    0,
  );
  return `${view.fileName}: ${n('added')} new, ${n('changed')} changed, ${n('noLongerPresent')} no longer in the file (kept)${conflicts ? `, ${conflicts} update(s) recorded in Teams kept` : ''}.`;
}
