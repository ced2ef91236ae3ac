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
  ThemeView,
} from '../shared/viewTypes';

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
  | { kind: 'help'; examples: string[]; notes: string[] }
  | { kind: 'message'; title: string; text: string; suggestions: string[] };
