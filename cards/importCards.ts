import type {
  FileOfferView,
  ImportMappingView,
  ImportOutcomeView,
  ImportPreviewView,
  RolesView,
  RosterView,
  ScoreHistoryView,
  WhatChangedView,
} from '../src/imports/views';
import type { BuiltCard, CardButton, CardElement } from './adaptiveCard';
import {
  actionSet,
  adaptiveCard,
  askButton,
  bullets,
  facts,
  heading,
  subheading,
  text,
  truncate,
} from './parts';
import { button, VERBS } from './verbs';

/** The import cards: mapping, preview, outcome; what changed and score history; roles; the export offer. */

/** Items listed per section before "…and N more": keeps a big import's preview within Teams' size. */
const LIST = 12;

function more(total: number, shown: number): CardElement[] {
  return total > shown
    ? [text(`…and ${total - shown} more.`, { isSubtle: true, spacing: 'None' })]
    : [];
}

function errorsBlock(errors: readonly string[]): CardElement[] {
  return errors.map((e) => text(`⚠ ${e}`, { color: 'Attention', spacing: 'Small' }));
}

export function importMappingCard(view: ImportMappingView): BuiltCard {
  const summary = `${view.fileName}: check what each sheet is and where it goes, then preview the import.`;
  const body: CardElement[] = [
    ...heading(
      `Import ${view.fileName}`,
      'Check what Board Clerk recognised, answer what it could not, then preview. Nothing is changed yet.',
    ),
    ...errorsBlock(view.errors),
  ];
  for (const sheet of view.sheets) {
    body.push(subheading(`Sheet "${sheet.sheet}": ${sheet.what}`));
    if (sheet.recognised.length)
      body.push(
        text(truncate(sheet.recognised.join(' · '), 900), {
          size: 'Small',
          isSubtle: true,
          spacing: 'None',
        }),
      );
    for (const q of view.questions.filter((x) => x.sheet === sheet.sheet))
      body.push({
        type: 'Input.ChoiceSet',
        id: q.id,
        label: q.label,
        isRequired: q.required,
        errorMessage: 'Choose one.',
        style: 'compact',
        choices: q.options.map((o) => ({ title: truncate(o.title, 120), value: o.value })),
        ...(q.value ? { value: q.value } : {}),
      });
    for (const d of view.dates.filter((x) => x.sheet === sheet.sheet))
      body.push({
        type: 'Input.Text',
        id: d.id,
        label: d.label,
        isRequired: true,
        errorMessage: 'Say the date of this BAF version.',
        placeholder: 'March 2026',
        maxLength: 40,
        ...(d.value ? { value: d.value } : {}),
      });
  }
  const actions: CardButton[] = [
    button(
      'Preview the import',
      VERBS.importPreview,
      { sessionId: view.sessionId },
      { style: 'positive' },
    ),
    button(
      'Cancel',
      VERBS.importCancel,
      { sessionId: view.sessionId },
      { associatedInputs: 'none' },
    ),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

function change(before: string | null, after: string | null): string {
  return `${truncate(before ?? '(empty)', 200)} → ${truncate(after ?? '(empty)', 200)}`;
}

export function importPreviewCard(view: ImportPreviewView): BuiltCard {
  const count = (k: 'added' | 'changed' | 'noLongerPresent') =>
    view.parts.reduce((t, p) => t + p[k].length, 0);
  const conflicts = view.parts.flatMap((p) => p.conflicts);
  const summary = view.blocked
    ? `${view.fileName} cannot be imported: ${view.blocked}`
    : view.nothingToDo
      ? `${view.fileName} matches what Board Clerk holds: nothing would change.`
      : `Preview of ${view.fileName}: ${count('added')} new, ${count('changed')} changed, ${count('noLongerPresent')} no longer in the file, ${conflicts.length} conflict(s) with Teams.`;
  const body: CardElement[] = [
    ...heading(`Preview: ${view.fileName}`, 'Nothing is changed until you confirm.'),
  ];
  if (view.banner) body.push(text(`ℹ ${view.banner}`, { color: 'Warning' }));
  if (view.blocked) body.push(text(`⛔ ${view.blocked}`, { color: 'Attention' }));
  else if (view.nothingToDo)
    body.push(
      text('Nothing would change: the file matches what Board Clerk holds.', { color: 'Good' }),
    );
  const takeButtons: CardButton[] = [];
  for (const part of view.parts) {
    body.push(subheading(`Sheet "${part.sheet}" ${part.target}`));
    body.push(
      facts([
        ['New', String(part.added.length)],
        ['Changed', String(part.changed.length)],
        ['Unchanged', String(part.unchanged)],
        ['No longer in the file (kept, not deleted)', String(part.noLongerPresent.length)],
        ['Progress in Teams that the file would change', String(part.conflicts.length)],
      ]),
    );
    if (part.whatChanged) body.push(text(truncate(part.whatChanged, 1_200), { spacing: 'Small' }));
    if (part.added.length) {
      body.push(text('New', { weight: 'Bolder', spacing: 'Small' }));
      body.push(
        ...bullets(
          part.added.map((a) => `${a.reference}: ${truncate(a.text, 140)} (${a.at})`),
          LIST,
        ),
      );
    }
    if (part.changed.length) {
      body.push(text('Changed', { weight: 'Bolder', spacing: 'Small' }));
      for (const c of part.changed.slice(0, LIST)) {
        body.push(
          text(`${c.reference} (${c.at})`, { spacing: 'Small', size: 'Small', weight: 'Bolder' }),
        );
        body.push(
          ...c.fields
            .slice(0, 6)
            .map((f) =>
              text(`${f.label}: ${change(f.before, f.after)}`, { spacing: 'None', size: 'Small' }),
            ),
          ...more(c.fields.length, 6),
        );
      }
      body.push(...more(part.changed.length, LIST));
    }
    if (part.noLongerPresent.length) {
      body.push(
        text('No longer in the file (kept as they are)', { weight: 'Bolder', spacing: 'Small' }),
      );
      body.push(
        ...bullets(
          part.noLongerPresent.map((g) => `${g.reference}: ${truncate(g.text, 140)}`),
          LIST,
        ),
      );
    }
    if (part.conflicts.length) {
      body.push(
        text('Recorded in Teams since the last import', {
          weight: 'Bolder',
          spacing: 'Small',
          color: 'Warning',
        }),
      );
      for (const c of part.conflicts.slice(0, LIST)) {
        body.push(
          text(
            `${c.reference}, ${c.label}: Teams has "${truncate(c.teams ?? '(empty)', 160)}" (${c.teamsBy}, ${c.teamsWhen}); the file has "${truncate(c.file ?? '(empty)', 160)}". ${c.takesFile ? 'The file’s value will be taken.' : 'Teams is kept.'}`,
            { spacing: 'Small', size: 'Small' },
          ),
        );
        if (
          !c.takesFile &&
          !takeButtons.some(
            (b) => 'data' in b && (b.data as { actionId?: string }).actionId === c.actionId,
          )
        )
          takeButtons.push(
            button(`Take the file for ${truncate(c.reference, 30)}`, VERBS.importTakeFile, {
              sessionId: view.sessionId,
              actionId: c.actionId,
            }),
          );
      }
      body.push(...more(part.conflicts.length, LIST));
    }
  }
  if (view.unresolvedOwners.length) {
    body.push(subheading('Owners not in the directory'));
    body.push(
      text(
        'Imported as printed; map them with "roles from the team" or "make <name> the <role>".',
        { size: 'Small', isSubtle: true, spacing: 'None' },
      ),
    );
    body.push(...bullets(view.unresolvedOwners, LIST));
  }
  if (view.problems.length) {
    body.push(subheading(`Problems found (${view.problems.length})`));
    const words = {
      blocking: '⛔',
      skipped: 'Row left out:',
      flagged: 'Imported with a flag:',
      warning: 'Note:',
    } as const;
    body.push(
      ...bullets(
        view.problems.map((p) => `${words[p.severity]} ${p.text}`),
        LIST,
      ),
    );
  }
  body.push(...actionSet(takeButtons.slice(0, 5)));
  const actions: CardButton[] = [];
  if (!view.blocked && !view.nothingToDo)
    actions.push(
      button(
        'Confirm and import',
        VERBS.importConfirm,
        { sessionId: view.sessionId, submissionId: view.submissionId },
        { style: 'positive' },
      ),
    );
  actions.push(
    button(view.nothingToDo ? 'Close' : 'Cancel', VERBS.importCancel, {
      sessionId: view.sessionId,
    }),
  );
  return { card: adaptiveCard(body, summary, { actions, fullWidth: true }), summary };
}

export function importOutcomeCard(view: ImportOutcomeView): BuiltCard {
  const summary = `${view.title}: ${view.text}`;
  const body: CardElement[] = [...heading(view.title, view.fileName), text(view.text)];
  const actions: CardButton[] = [askButton('what changed in the BAF')];
  if (view.whatChanged) {
    if (view.whatChanged.channels.length) {
      body.push({
        type: 'Input.ChoiceSet',
        id: 'channel',
        label: 'Post “What changed since the last BAF” to a channel',
        style: 'compact',
        choices: view.whatChanged.channels.map((c) => ({ title: c.title, value: c.value })),
        value: view.whatChanged.channels[0]!.value,
      });
      actions.unshift(
        button('Post to the channel', VERBS.postWhatChanged, {
          registerId: view.whatChanged.registerId,
        }),
      );
    } else
      body.push(
        text('Add Board Clerk to a team to post what changed to one of its channels.', {
          isSubtle: true,
          size: 'Small',
        }),
      );
  }
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

export function whatChangedCard(view: WhatChangedView): BuiltCard {
  const c = view.changes;
  const summary = c.summary;
  const body: CardElement[] = [
    ...heading(
      'What changed since the last BAF',
      `${c.from.title} (${c.from.date}) → ${c.to.title} (${c.to.date})`,
    ),
    text(truncate(c.summary, 1_500)),
  ];
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    body.push(subheading(title), ...bullets(items, LIST));
  };
  section(
    'Score moves',
    c.scoreMoves.filter((m) => m.direction !== 'same').map((m) => m.sentence),
  );
  section(
    'New risks',
    c.newRisks.map((r) => `${r.reference}: ${truncate(r.title, 160)} (${r.current.text})`),
  );
  section(
    'Closed risks',
    c.closedRisks.map((r) => `${r.reference}: ${truncate(r.title, 160)}`),
  );
  section(
    'Appetite',
    c.appetiteChanges.map(
      (a) =>
        `${a.reference ?? 'The board’s statement'}: ${truncate(a.before, 160)} → ${truncate(a.after, 160)}`,
    ),
  );
  section(
    'New actions',
    c.newActions.map((a) => `${a.reference}: ${truncate(a.text, 160)}`),
  );
  section(
    'Closed actions',
    c.closedActions.map(
      (a) => `${a.reference}: ${truncate(a.text, 160)}${a.how ? ` (${a.how})` : ''}`,
    ),
  );
  return { card: adaptiveCard(body, summary, { fullWidth: true }), summary };
}

export function scoreHistoryCard(view: ScoreHistoryView): BuiltCard {
  const h = view.history;
  const summary = h.summary;
  const body: CardElement[] = [
    ...heading(`${h.reference}: scores by BAF version`, truncate(h.title, 200)),
  ];
  body.push({
    type: 'Table',
    firstRowAsHeader: true,
    columns: [{ width: 2 }, { width: 2 }, { width: 2 }, { width: 2 }],
    rows: [
      ['Version', 'Current', 'Target', 'Band'],
      ...h.points.map((p) => [
        p.date,
        p.current.text,
        p.target?.text ?? '—',
        `${p.band}${p.tolerance === 'above' ? ', above appetite' : ''}`,
      ]),
    ].map((cells) => ({
      type: 'TableRow' as const,
      cells: cells.map((c) => ({
        type: 'TableCell' as const,
        items: [text(c, { size: 'Small' })],
      })),
    })),
  });
  body.push(text(truncate(h.summary, 800), { isSubtle: true, size: 'Small' }));
  return { card: adaptiveCard(body, summary), summary };
}

export function rolesCard(view: RolesView): BuiltCard {
  const summary = `${view.roles.length} roles in ${view.organisation}; ${view.roles.filter((r) => r.holders.length === 0).length} held by nobody.`;
  const body: CardElement[] = [...heading(`Who holds which role: ${view.organisation}`)];
  if (view.banner) body.push(text(`✓ ${view.banner}`, { color: 'Good' }));
  body.push(
    facts(
      view.roles
        .slice(0, 60)
        .map((r) => [
          `${r.code}${r.code !== r.title ? ` (${truncate(r.title, 60)})` : ''}`,
          r.holders.length
            ? r.holders
                .map((h) => `${h.name}${h.inTeams ? '' : ' (not linked to Teams)'}`)
                .join(', ')
            : 'Nobody',
        ]),
    ),
  );
  body.push(...more(view.roles.length, 60));
  const actions: CardButton[] = [];
  if (view.teams.length) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'team',
      label: 'Map roles to the members of a team',
      style: 'compact',
      choices: view.teams.map((t) => ({ title: t.title, value: t.value })),
      value: view.teams[0]!.value,
    });
    actions.push(button('Map roles from the team', VERBS.openRoster, {}));
  }
  body.push(
    text('To change one role: "make Jane Doe the DoCA".', { isSubtle: true, size: 'Small' }),
  );
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

export function rosterCard(view: RosterView): BuiltCard {
  const summary = `Choose who holds each role from the members of ${view.teamName}.`;
  const body: CardElement[] = [
    ...heading(
      `Roles from ${view.teamName}`,
      'Each role is held by the member you choose; saving links them to their Teams account.',
    ),
    ...(view.note ? [text(view.note, { isSubtle: true, size: 'Small' })] : []),
    ...view.roles.slice(0, 60).map((r): CardElement => ({
      type: 'Input.ChoiceSet',
      id: `role|${r.roleId}`,
      label: `${r.code}${r.code !== r.title ? ` (${truncate(r.title, 80)})` : ''}`,
      style: 'filtered',
      choices: [
        { title: 'Nobody yet', value: 'nobody' },
        ...view.members.map((m) => ({ title: m.title, value: m.value })),
      ],
      value: r.value,
    })),
  ];
  const actions: CardButton[] = [
    button(
      'Save roles',
      VERBS.saveRoster,
      { organisationId: view.organisationId, teamId: view.teamId },
      { style: 'positive' },
    ),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

/** What shows when Teams cannot show the file consent card (and the summary the edge sends with it). */
export function fileOfferCard(view: FileOfferView): BuiltCard {
  const kb = Math.max(1, Math.round(view.sizeInBytes / 1024));
  const summary = `${view.fileName} (${kb} KB): accept it to save it to your OneDrive.`;
  const body: CardElement[] = [
    ...heading(view.fileName, view.description),
    text(`${kb} KB. Accept the file to save it to your OneDrive.`),
  ];
  return { card: adaptiveCard(body, summary), summary };
}
