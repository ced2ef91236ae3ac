/**
 * What an import can read, as data: for each kind of paper, the fields, the words in plain English the
 * secretary sees, whether the import needs them, and the headers trusts use for them. Extend the
 * synonym lists here; the matcher (headers.ts) normalises case, punctuation and "&".
 */

export type ImportKind = 'action-log' | 'risk-register';

export const ACTION_FIELDS = [
  'reference',
  'text',
  'owner',
  'taskLead',
  'due',
  'revisedDue',
  'revisedReason',
  'status',
  'deliveryStatus',
  'progress',
  'progressDate',
  'area',
  'section',
  'committee',
  'minuteReference',
  'riskReference',
  'closedOn',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

const STAGES = ['initial', 'current', 'target'] as const;
export type Stage = (typeof STAGES)[number];
const MEASURES = ['consequence', 'likelihood', 'score'] as const;
type Measure = (typeof MEASURES)[number];
export type ScoreField = `${Stage}.${Measure}`;

function scoreField(stage: Stage, measure: Measure): ScoreField {
  return `${stage}.${measure}`;
}

export const RISK_FIELDS = [
  'reference',
  'title',
  'lead',
  'committee',
  'strategicLink',
  'section',
  'appetite',
  'trend',
  'context',
  'cause',
  'effect',
  'controls',
  'controlGaps',
  'assurances',
  'assurance1',
  'assurance2',
  'assurance3',
  'assuranceGaps',
  'actions',
  'progress',
  'lastUpdated',
  'included',
  ...STAGES.flatMap((s) => MEASURES.map((m) => scoreField(s, m))),
] as const;
export type RiskField = (typeof RISK_FIELDS)[number];

export type FieldId = ActionField | RiskField;

export interface FieldSpec {
  field: FieldId;
  /** How the secretary's card names it. */
  label: string;
  required: boolean;
  /** Headers that mean this field. */
  synonyms: readonly string[];
  /** Headers that may mean it, tried after every other field's own synonyms. */
  weak?: readonly string[];
}

const ACTION_SPECS: readonly FieldSpec[] = [
  {
    field: 'reference',
    label: 'Reference',
    required: true,
    synonyms: [
      'ref',
      'reference',
      'ref no',
      'reference number',
      'action ref',
      'action reference',
      'action no',
      'action number',
      'action id',
      'id',
      'no',
      'number',
      'item',
      'item no',
      'log ref',
      'log no',
    ],
    weak: ['minute ref', 'minute no', 'minute reference', 'minute number', 'min ref'],
  },
  {
    field: 'text',
    label: 'Action',
    required: true,
    synonyms: [
      'action',
      'actions',
      'action required',
      'agreed action',
      'actions agreed',
      'action description',
      'description',
      'action issue',
      'issue',
      'action to be taken',
      'recommendation',
      'action point',
    ],
  },
  {
    field: 'owner',
    label: 'Owner (action lead)',
    required: true,
    synonyms: [
      'owner',
      'lead',
      'action lead',
      'action owner',
      'responsible',
      'responsible officer',
      'responsible person',
      'responsible director',
      'exec lead',
      'executive lead',
      'lead executive',
      'lead director',
      'lead officer',
      'accountable',
      'accountable officer',
      'by whom',
      'who',
    ],
  },
  {
    field: 'taskLead',
    label: 'Task lead',
    required: false,
    synonyms: [
      'task lead',
      'task leads',
      'supporting lead',
      'support',
      'delivery lead',
      'operational lead',
    ],
  },
  {
    field: 'due',
    label: 'Due date',
    required: true,
    synonyms: [
      'due',
      'due date',
      'date due',
      'due by',
      'target date',
      'target completion date',
      'deadline',
      'delivery date',
      'completion date',
      'by when',
      'timescale',
      'timescales',
      'original due date',
      'original date',
      'original deadline',
    ],
    weak: ['target', 'date'],
  },
  {
    field: 'revisedDue',
    label: 'Revised due date',
    required: false,
    synonyms: [
      'revised date',
      'revised due date',
      'revised deadline',
      'revised target date',
      'revised timescale',
      'revised delivery date',
      'new date',
      'new due date',
      'revised',
    ],
  },
  {
    field: 'revisedReason',
    label: 'Reason for the revised date',
    required: false,
    synonyms: [
      'reason for revision',
      'reason for change',
      'reason for revised date',
      'revision reason',
      'reason',
    ],
  },
  {
    field: 'status',
    label: 'Status',
    required: false,
    synonyms: ['status', 'action status', 'open closed', 'open or closed', 'progress status'],
  },
  {
    field: 'deliveryStatus',
    label: 'Delivery status (RAG)',
    required: false,
    synonyms: [
      'rag',
      'rag status',
      'rag rating',
      'brag',
      'brag status',
      'delivery status',
      'progress rating',
    ],
  },
  {
    field: 'progress',
    label: 'Progress update',
    required: false,
    synonyms: [
      'progress',
      'progress update',
      'progress updates',
      'latest progress',
      'latest update',
      'update',
      'progress to date',
      'progress notes',
      'progress comments',
      'evidence',
      'comments',
      'commentary',
      'notes',
      'current position',
      'position',
      'narrative',
      'latest progress note',
    ],
  },
  {
    field: 'progressDate',
    label: 'Date of the progress update',
    required: false,
    synonyms: [
      'progress date',
      'update date',
      'date of update',
      'date updated',
      'last updated',
      'updated',
      'latest update date',
    ],
  },
  {
    field: 'area',
    label: 'Area',
    required: false,
    synonyms: [
      'area',
      'area of development',
      'area for development',
      'areas of development',
      'theme',
      'domain',
      'category',
    ],
  },
  {
    field: 'section',
    label: 'Section',
    required: false,
    synonyms: ['section', 'workstream', 'heading'],
  },
  {
    field: 'committee',
    label: 'Committee sign-off',
    required: false,
    synonyms: [
      'committee',
      'committee sign off',
      'sign off committee',
      'assurance committee',
      'oversight committee',
      'reporting committee',
      'monitoring committee',
      'committee oversight',
    ],
  },
  {
    field: 'minuteReference',
    label: 'Minute reference',
    required: false,
    synonyms: ['minute ref', 'minute no', 'minute reference', 'minute number', 'min ref'],
  },
  {
    field: 'riskReference',
    label: 'BAF risk',
    required: false,
    synonyms: [
      'risk ref',
      'baf ref',
      'baf risk',
      'baf reference',
      'risk no',
      'risk id',
      'linked risk',
      'baf',
    ],
    weak: ['risk'],
  },
  {
    field: 'closedOn',
    label: 'Date closed',
    required: false,
    synonyms: [
      'date closed',
      'closed date',
      'closure date',
      'date completed',
      'completed date',
      'closed on',
      'date of closure',
    ],
  },
];

const STAGE_WORDS: Record<Stage, readonly string[]> = {
  initial: [
    'initial',
    'inherent',
    'original',
    'pre mitigation',
    'gross',
    'untreated',
    'initial risk',
  ],
  current: ['current', 'residual', 'net', 'present', 'current risk', 'residual risk'],
  target: ['target', 'tolerable', 'planned', 'target risk', 'post mitigation'],
};
const MEASURE_WORDS: Record<Measure, readonly string[]> = {
  consequence: ['c', 'consequence', 'impact', 'severity', 'i'],
  likelihood: ['l', 'likelihood', 'probability', 'p'],
  score: [
    'score',
    'c x l',
    'cxl',
    'c l',
    'rating',
    'risk score',
    'risk rating',
    'total',
    'combined',
    'i x l',
    'l x c',
    '',
  ],
};
const MEASURE_LABEL: Record<Measure, string> = {
  consequence: 'consequence (C)',
  likelihood: 'likelihood (L)',
  score: 'score (C x L)',
};

function scoreSpecs(): FieldSpec[] {
  return STAGES.flatMap((stage) =>
    MEASURES.map((measure) => ({
      field: scoreField(stage, measure),
      label: `${stage[0]!.toUpperCase()}${stage.slice(1)} ${MEASURE_LABEL[measure]}`,
      required: stage !== 'target' && measure !== 'score',
      synonyms: STAGE_WORDS[stage].flatMap((s) =>
        MEASURE_WORDS[measure].flatMap((m) => (m ? [`${s} ${m}`, `${m} ${s}`] : [s])),
      ),
      // A register that scores once ("Consequence | Likelihood | Score") scores the risk as it is now.
      ...(stage === 'current' ? { weak: MEASURE_WORDS[measure].filter(Boolean) } : {}),
    })),
  );
}

const RISK_SPECS: readonly FieldSpec[] = [
  {
    field: 'reference',
    label: 'Risk reference',
    required: true,
    synonyms: [
      'ref',
      'reference',
      'risk ref',
      'risk reference',
      'risk id',
      'id',
      'baf ref',
      'baf reference',
      'baf no',
      'baf number',
      'risk no',
      'risk number',
      'no',
      'number',
      'baf risk',
      'datix id',
      'baf',
    ],
  },
  {
    field: 'title',
    label: 'Risk (title or description)',
    required: true,
    synonyms: [
      'risk',
      'risk title',
      'title',
      'risk description',
      'description',
      'principal risk',
      'strategic risk',
      'risk statement',
      'risk summary',
      'description of risk',
      'risk name',
    ],
  },
  {
    field: 'lead',
    label: 'Lead (executive owner)',
    required: false,
    synonyms: [
      'lead',
      'risk lead',
      'exec lead',
      'executive lead',
      'risk owner',
      'owner',
      'lead director',
      'executive owner',
      'responsible director',
      'accountable executive',
      'lead executive',
      'responsible',
    ],
  },
  {
    field: 'committee',
    label: 'Committee with oversight',
    required: false,
    synonyms: [
      'committee',
      'oversight committee',
      'assurance committee',
      'lead committee',
      'committee oversight',
      'monitoring committee',
      'responsible committee',
      'oversight',
      'governance committee',
    ],
    weak: ['governance'],
  },
  {
    field: 'strategicLink',
    label: 'Strategic objective',
    required: false,
    synonyms: [
      'strategic objective',
      'strategic aim',
      'strategic link',
      'objective',
      'strategic priority',
      'ambition',
      'strategic goal',
      'goal',
      'strategic objectives',
    ],
  },
  {
    field: 'section',
    label: 'Section',
    required: false,
    synonyms: ['section', 'category', 'risk category', 'risk type', 'type'],
  },
  {
    field: 'appetite',
    label: 'Risk appetite',
    required: false,
    synonyms: [
      'appetite',
      'risk appetite',
      'appetite level',
      'tolerance',
      'risk tolerance',
      'appetite tolerance',
      'appetite and tolerance',
    ],
  },
  {
    field: 'trend',
    label: 'Trend (direction)',
    required: false,
    synonyms: [
      'trend',
      'direction',
      'direction of travel',
      'movement',
      'trajectory',
      'change since last',
      'risk trend',
    ],
  },
  { field: 'context', label: 'Context', required: false, synonyms: ['context', 'background'] },
  {
    field: 'cause',
    label: 'Cause',
    required: false,
    synonyms: ['cause', 'causes', 'risk cause', 'causes of risk'],
  },
  {
    field: 'effect',
    label: 'Effect',
    required: false,
    synonyms: ['effect', 'effects', 'consequences of risk', 'risk effect'],
  },
  {
    field: 'controls',
    label: 'Controls',
    required: false,
    synonyms: [
      'controls',
      'control',
      'key controls',
      'controls in place',
      'existing controls',
      'current controls',
      'control measures',
    ],
  },
  {
    field: 'controlGaps',
    label: 'Gaps in control',
    required: false,
    synonyms: [
      'gaps in control',
      'gaps in controls',
      'control gaps',
      'gaps in control measures',
      'control gap',
    ],
  },
  {
    field: 'assurances',
    label: 'Sources of assurance',
    required: false,
    synonyms: [
      'assurance',
      'assurances',
      'sources of assurance',
      'assurance sources',
      'positive assurance',
      'assurances on controls',
    ],
  },
  {
    field: 'assurance1',
    label: 'Assurance: 1st line',
    required: false,
    synonyms: ['1st line', 'first line', 'line 1', '1st'],
  },
  {
    field: 'assurance2',
    label: 'Assurance: 2nd line',
    required: false,
    synonyms: ['2nd line', 'second line', 'line 2', '2nd'],
  },
  {
    field: 'assurance3',
    label: 'Assurance: 3rd line',
    required: false,
    synonyms: ['3rd line', 'third line', 'line 3', '3rd'],
  },
  {
    field: 'assuranceGaps',
    label: 'Gaps in assurance',
    required: false,
    synonyms: ['gaps in assurance', 'assurance gaps', 'gaps in assurances', 'assurance gap'],
  },
  {
    field: 'actions',
    label: 'Actions',
    required: false,
    synonyms: [
      'actions',
      'action plan',
      'mitigating actions',
      'further actions',
      'actions required',
      'planned actions',
      'action',
    ],
  },
  {
    field: 'progress',
    label: 'Progress',
    required: false,
    synonyms: ['progress', 'progress update', 'progress on actions', 'update'],
  },
  {
    field: 'lastUpdated',
    label: 'Last updated',
    required: false,
    synonyms: [
      'last updated',
      'date updated',
      'date reviewed',
      'last reviewed',
      'review date',
      'updated',
      'date of review',
    ],
  },
  {
    field: 'included',
    label: 'Date added',
    required: false,
    synonyms: [
      'date added',
      'date opened',
      'opened',
      'included',
      'date identified',
      'date raised',
      'date entered',
      'opened date',
    ],
  },
  ...scoreSpecs(),
];

export const FIELD_SPECS: Record<ImportKind, readonly FieldSpec[]> = {
  'action-log': ACTION_SPECS,
  'risk-register': RISK_SPECS,
};

export function specOf(kind: ImportKind, field: FieldId): FieldSpec {
  const spec = FIELD_SPECS[kind].find((s) => s.field === field);
  if (!spec) throw new RangeError(`${kind} has no field ${field}`);
  return spec;
}

/** Words a header may carry beyond a synonym without changing what it means ("Risk appetite level"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'a',
  'and',
  'level',
  'risk',
  'sources',
  'source',
  'assurance',
  'defence',
  's',
  'by',
  'in',
]);

export const KIND_LABEL: Record<ImportKind, string> = {
  'action-log': 'action log',
  'risk-register': 'risk register (BAF)',
};
