import type {
  ActionView,
  AmbitionView,
  Citation,
  FlagView,
  HeatMapCell,
  HistoryView,
  MeetingView,
  MinuteItemView,
  RiskSummaryView,
  RiskView,
  ScoreView,
  ThemeView,
} from '../shared/viewTypes';

/** A passage search found, with what matched and where it comes from. */
export interface SearchHitView {
  /** The record: "GROUP BAF 4", "Well-Led FTSU 5", "GTB/25/15". */
  record: string;
  /** Where in it: "a control", "a progress note", "the minutes of the Group Trust Board". */
  where: string;
  title: string;
  /** The passage, shortened around the words that matched. */
  excerpt: string;
  matched: string[];
  source: Citation;
  /** The question that shows the whole record. */
  ask: string | null;
  /** A progress note or private business: left out where others may see it. */
  private?: true;
}

/** A section of a paper as printed: its heading, paragraphs, and the figures in it. */
export interface PaperSectionView {
  heading: string;
  paragraphs: string[];
  figures: { label: string; printed: string }[];
}

/** A risk a topic appears in, and where in it. */
export interface TopicRiskView {
  reference: string;
  title: string;
  registerTitle: string;
  draft: boolean;
  current: ScoreView;
  /** "its title", "2 controls", "a gap in assurance". */
  where: string[];
  ask: string;
}

/** A risk as a comparison shows it. */
export interface ComparedRiskView extends RiskSummaryView {
  registerTitle: string;
  initial: ScoreView;
  source: Citation;
}

export interface AttendeeView {
  name: string;
  role: string;
}

/** A person the directory or the minutes name. */
export interface PersonView {
  name: string;
  /** Their job title, or their role as the minutes print it. */
  role: string;
  organisation: string | null;
  /** Where Board Clerk knows them from. */
  from: 'directory' | 'minutes';
  /** Demo people in the bundled directory are invented. */
  demo: boolean;
}

/**
 * Answer models: what Board Clerk says back to a question, as plain data. Card builders (`cards/`) turn
 * them into Adaptive Cards; nothing here knows about Teams.
 */
export type Answer =
  | { kind: 'risk'; risk: RiskView; notes: string[] }
  | {
      kind: 'risk-list';
      title: string;
      registerTitle: string;
      filterLabel: string;
      risks: RiskSummaryView[];
      /** Rows from consequence 5 down to 1, columns likelihood 1 to 5. */
      heatMap: HeatMapCell[][];
      showHeatMap: boolean;
      appetiteStatement: string;
      notes: string[];
      source: Citation;
    }
  | {
      kind: 'action-list';
      title: string;
      /** "Open actions for Director of Corporate Affairs (DoCA)", "Overdue as at 23 November 2026". */
      description: string;
      actions: ActionView[];
      /** More matched than are shown. */
      total: number;
      /** The position of the first action shown (11 on page 2): "Showing 11–20 of 74". */
      firstShown: number;
      notes: string[];
      /** The questions that show the next, previous and first pages, when there are such pages. */
      nextPage: string | null;
      previousPage: string | null;
      firstPage: string | null;
      /** The question that shows this page again ("Back to the list" from an action's card). */
      question: string;
    }
  | { kind: 'action'; action: ActionView; history: HistoryView[] | null; notes: string[] }
  | {
      kind: 'meeting';
      mode: 'next' | 'last' | 'agenda';
      meeting: MeetingView | null;
      /** "No Group Trust Board meeting is scheduled after 23 November 2026." */
      notes: string[];
    }
  | {
      kind: 'minute-item';
      /** From a private meeting's minutes: never shown where others may see it. */
      private: boolean;
      item: MinuteItemView;
      notes: string[];
    }
  | {
      kind: 'resolutions';
      meeting: string;
      items: MinuteItemView[];
      source: Citation;
      notes: string[];
    }
  | {
      kind: 'matters-arising';
      meeting: string;
      sheetNotes: string[];
      actions: ActionView[];
      source: Citation;
      notes: string[];
    }
  | {
      kind: 'strategy';
      title: string;
      period: string;
      reportedTo: string;
      ambitions: AmbitionView[];
      themes: ThemeView[];
      figures: { label: string; value: string }[];
      flags: FlagView[];
      source: Citation;
      notes: string[];
    }
  | {
      kind: 'data-quality';
      title: string;
      items: { record: string; message: string; source: Citation }[];
      notes: string[];
    }
  | {
      kind: 'risk-compare';
      title: string;
      /** One sentence: which is higher now, and how they stand against target and appetite. */
      verdict: string;
      risks: ComparedRiskView[];
      notes: string[];
    }
  | {
      kind: 'risk-owner';
      risk: RiskSummaryView;
      registerTitle: string;
      /** "The register names no lead for GROUP BAF 4": what the paper does (or does not) say. */
      statement: string;
      /** The governance line as printed: who oversees it. */
      governance: string;
      /** Who leads its actions, by role, with the people who hold each role. */
      actionLeads: { role: string; people: string[]; actions: number }[];
      notes: string[];
      source: Citation;
    }
  | {
      kind: 'search';
      title: string;
      /** What was looked for, and what this answer is: "Where the papers cover net zero". */
      intro: string;
      /** Risks the words appear in, and where in each. */
      risks: TopicRiskView[];
      hits: SearchHitView[];
      notes: string[];
      suggestions: string[];
    }
  | {
      kind: 'minutes';
      /** Minutes of a private meeting: never shown where others may see them. */
      private: boolean;
      meeting: string;
      items: MinuteItemView[];
      attendance: { present: number; inAttendance: number; apologies: number };
      notes: string[];
      source: Citation;
    }
  | {
      kind: 'attendance';
      private: boolean;
      meeting: string;
      part: 'all' | 'present' | 'apologies';
      present: AttendeeView[];
      inAttendance: AttendeeView[];
      apologies: AttendeeView[];
      notes: string[];
      source: Citation;
    }
  | { kind: 'people'; title: string; people: PersonView[]; notes: string[] }
  | {
      kind: 'action-delay';
      action: ActionView;
      /** "Originally due 31 May 2024; revised to 31 October 2024." */
      dates: string;
      /** Why the date moved, as the owner gave it (a working note: private). */
      reason: { text: string; by: string; private: true } | null;
      /** The latest progress notes, newest first (the board's working notes: private). */
      progress: { note: string; by: string; when: string | null; private: true }[];
      notes: string[];
    }
  | {
      kind: 'unanswered';
      /** "in the last 7 days". */
      period: string;
      questions: { text: string; times: number; last: string }[];
      notes: string[];
    }
  | {
      kind: 'paper';
      title: string;
      /** The meeting it went to, its date, who brought it. */
      subtitle: string;
      sections: PaperSectionView[];
      /** Figures asked for, with the section each is in. */
      figures: { label: string; printed: string; section: string }[];
      decision: { type: string; printed: string[] } | null;
      recommendations: string[];
      notes: string[];
      source: Citation;
    }
  | {
      kind: 'committee-report';
      title: string;
      committee: string;
      heldOn: string;
      blocks: {
        level: string;
        heading: string;
        items: { subject: string | null; text: string }[];
      }[];
      notes: string[];
      source: Citation;
    }
  | {
      kind: 'performance';
      title: string;
      segments: {
        organisation: string;
        segment: number;
        printed: string;
        period: string;
        detail: string;
      }[];
      rows: {
        label: string;
        detail: string;
        values: {
          organisation: string;
          printed: string;
          target: string | null;
          trend: string | null;
        }[];
      }[];
      notes: string[];
      source: Citation;
    }
  | {
      /** A question that could mean several things: each meaning a button that asks it. */
      kind: 'choices';
      title: string;
      text: string;
      choices: string[];
    }
  | { kind: 'help'; examples: string[]; notes: string[] }
  | { kind: 'message'; title: string; text: string; suggestions: string[] };
