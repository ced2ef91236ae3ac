import type { ActionView, ProgressView } from '../../src/shared/viewTypes';

/** Hand-made views for card builder tests: plain data, no store. */
export function actionViewOf(overrides: Partial<ActionView> = {}): ActionView {
  return {
    id: 'act-wl-ftsu-5',
    organisationId: 'well-led-trust',
    reference: 'Well-Led FTSU 5',
    logTitle: 'Well-Led review action plan',
    section: 'Freedom to Speak Up',
    area: null,
    text: 'Hold Freedom to Speak Up roadshows at every site.',
    leads: 'Director of Corporate Affairs (DoCA)',
    taskLeads: 'Freedom to Speak Up Guardian (FTSUG)',
    due: 'due 30 September 2025',
    dueIso: '2025-09-30',
    daysOverdue: 419,
    status: 'open',
    deliveryStatus: null,
    registerProgress: [],
    closureProposal: null,
    latestProgress: null,
    committeeSignOff: null,
    closure: null,
    revision: 3,
    flags: [],
    source: { document: 'Well-Led review', section: 'Action plan', date: '1 May 2024' },
    canUpdate: false,
    canDecideClosure: false,
    ...overrides,
  };
}

export function progressViewOf(overrides: Partial<ProgressView> = {}): ProgressView {
  return {
    kind: 'progress',
    action: actionViewOf(),
    recentNotes: [],
    notesKept: 0,
    newerNotesKept: 0,
    history: null,
    editable: true,
    readOnlyReason: null,
    typed: null,
    errors: {},
    banner: null,
    refreshUserIds: [],
    submissionId: 'sub-12345678',
    canDecideClosure: false,
    back: null,
    ...overrides,
  };
}
