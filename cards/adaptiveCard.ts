/**
 * The subset of the Adaptive Cards 1.5 schema Board Clerk uses (what Teams renders), as types, so card
 * builders are checked by the compiler. https://adaptivecards.io/explorer/
 */

export type Colour = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  size?: 'Default' | 'Small' | 'Medium' | 'Large' | 'ExtraLarge';
  color?: Colour;
  isSubtle?: boolean;
  maxLines?: number;
  horizontalAlignment?: 'Left' | 'Center' | 'Right';
  style?: 'default' | 'heading';
}

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  color?: Colour;
  isSubtle?: boolean;
  italic?: boolean;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Column {
  type: 'Column';
  /** 'auto', 'stretch', a pixel width such as '90px', or a relative weight. */
  width?: string | number;
  items: CardElement[];
  style?: ContainerStyle;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
  minHeight?: string;
  bleed?: boolean;
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
  style?: ContainerStyle;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
  minHeight?: string;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface TableCell {
  type: 'TableCell';
  items: CardElement[];
  style?: ContainerStyle;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface TableRow {
  type: 'TableRow';
  cells: TableCell[];
  style?: ContainerStyle;
}

export interface Table extends ElementBase {
  type: 'Table';
  columns: { width: number }[];
  rows: TableRow[];
  firstRowAsHeader?: boolean;
  showGridLines?: boolean;
  gridStyle?: ContainerStyle;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputText extends InputBase {
  type: 'Input.Text';
  placeholder?: string;
  value?: string;
  isMultiline?: boolean;
  maxLength?: number;
  regex?: string;
}

export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: { title: string; value: string }[];
  value?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  placeholder?: string;
}

export interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
  min?: string;
  max?: string;
}

export interface InputTime extends InputBase {
  type: 'Input.Time';
  value?: string;
}

export interface InputToggle extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: 'true' | 'false';
  valueOn?: string;
  valueOff?: string;
}

export type CardElement =
  | TextBlock
  | RichTextBlock
  | FactSet
  | ColumnSet
  | Container
  | Table
  | ActionSet
  | InputText
  | InputChoiceSet
  | InputDate
  | InputTime
  | InputToggle;

/** Card button data: plain JSON. */
export type ActionData = {
  [key: string]: string | number | boolean | null | ActionData | undefined;
};

export interface ActionExecute {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data?: ActionData;
  /** 'none' sends no inputs (e.g. "Show more"); 'auto' validates and sends them. */
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
  id?: string;
}

export interface ActionSubmit {
  type: 'Action.Submit';
  title: string;
  data?: ActionData;
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
}

export interface ActionOpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface ActionShowCard {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}

export interface ActionToggleVisibility {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

export type CardAction =
  ActionExecute | ActionSubmit | ActionOpenUrl | ActionShowCard | ActionToggleVisibility;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  fallbackText?: string;
  speak?: string;
  /** Universal Actions: Teams asks the bot for a fresh card for these users when they view it. */
  refresh?: { action: ActionExecute; userIds?: string[] };
  msteams?: { width?: 'Full' };
}

/** A card with the plain text Teams shows in notifications and screen readers read. */
export interface BuiltCard {
  card: AdaptiveCard;
  summary: string;
}
