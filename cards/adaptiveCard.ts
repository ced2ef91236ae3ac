/**
 * The subset of the Adaptive Cards 1.5 schema Board Clerk uses (what Teams renders), as types, so card
 * builders are checked by the compiler. https://adaptivecards.io/explorer/
 */

/** Text colours. Only seven exist, so a band or RAG rating is always written in words as well. */
export type Colour = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type HorizontalAlignment = 'Left' | 'Center' | 'Right';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom';
export type FontWeight = 'Default' | 'Lighter' | 'Bolder';
export type FontSize = 'Default' | 'Small' | 'Medium' | 'Large' | 'ExtraLarge';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
  height?: 'auto' | 'stretch';
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: FontWeight;
  size?: FontSize;
  color?: Colour;
  isSubtle?: boolean;
  maxLines?: number;
  horizontalAlignment?: HorizontalAlignment;
  style?: 'default' | 'heading';
  fontType?: 'Default' | 'Monospace';
}

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: FontWeight;
  size?: FontSize;
  color?: Colour;
  isSubtle?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  highlight?: boolean;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
  horizontalAlignment?: HorizontalAlignment;
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

export interface Image extends ElementBase {
  type: 'Image';
  url: string;
  /** Required in practice: screen readers read it. */
  altText: string;
  size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
  style?: 'Default' | 'Person';
  width?: string;
  horizontalAlignment?: HorizontalAlignment;
}

/** Actions a whole container can run when tapped (ShowCard is not allowed there). */
export type SelectAction = ActionExecute | ActionSubmit | ActionOpenUrl | ActionToggleVisibility;

export interface Column {
  type: 'Column';
  id?: string;
  /** 'auto', 'stretch', a pixel width such as '90px', or a relative weight. */
  width?: string | number;
  items: CardElement[];
  style?: ContainerStyle;
  verticalContentAlignment?: VerticalAlignment;
  minHeight?: string;
  bleed?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
  selectAction?: SelectAction;
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
  style?: ContainerStyle;
  bleed?: boolean;
  minHeight?: string;
  horizontalAlignment?: HorizontalAlignment;
  selectAction?: SelectAction;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
  minHeight?: string;
  verticalContentAlignment?: VerticalAlignment;
  selectAction?: SelectAction;
}

export interface TableCell {
  type: 'TableCell';
  items: CardElement[];
  style?: ContainerStyle;
  verticalContentAlignment?: VerticalAlignment;
  minHeight?: string;
  selectAction?: SelectAction;
}

export interface TableRow {
  type: 'TableRow';
  cells: TableCell[];
  style?: ContainerStyle;
}

export interface TableColumnDefinition {
  /** A relative weight (number) or a pixel width ('80px'). */
  width: number | string;
  horizontalCellContentAlignment?: HorizontalAlignment;
  verticalCellContentAlignment?: VerticalAlignment;
}

/** Adaptive Cards 1.5. */
export interface Table extends ElementBase {
  type: 'Table';
  columns: TableColumnDefinition[];
  rows: TableRow[];
  firstRowAsHeader?: boolean;
  showGridLines?: boolean;
  gridStyle?: ContainerStyle;
  horizontalCellContentAlignment?: HorizontalAlignment;
  verticalCellContentAlignment?: VerticalAlignment;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardButton[];
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
  style?: 'text' | 'tel' | 'url' | 'email' | 'password';
}

export interface Choice {
  title: string;
  value: string;
}

export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  placeholder?: string;
  wrap?: boolean;
}

export interface InputNumber extends InputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
  placeholder?: string;
}

export interface InputDate extends InputBase {
  type: 'Input.Date';
  /** ISO date, YYYY-MM-DD. */
  value?: string;
  min?: string;
  max?: string;
  placeholder?: string;
}

export interface InputTime extends InputBase {
  type: 'Input.Time';
  /** HH:mm. */
  value?: string;
  min?: string;
  max?: string;
}

export interface InputToggle extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
}

export type CardInput =
  InputText | InputNumber | InputChoiceSet | InputDate | InputTime | InputToggle;

export type CardElement =
  | TextBlock
  | RichTextBlock
  | FactSet
  | Image
  | ColumnSet
  | Container
  | Table
  | ActionSet
  | CardInput;

/** Card button data: plain JSON. (A `type` alias, not an interface, so typed payloads fit it.) */
export type ActionData = {
  [key: string]: string | number | boolean | null | ActionData | undefined;
};

interface ActionBase {
  title: string;
  id?: string;
  tooltip?: string;
  style?: 'default' | 'positive' | 'destructive';
  isEnabled?: boolean;
}

export interface ActionExecute extends ActionBase {
  type: 'Action.Execute';
  verb: string;
  data?: ActionData;
  /** 'none' sends no inputs (e.g. "Show more"); 'auto' validates and sends them. */
  associatedInputs?: 'auto' | 'none';
  /** For clients without Universal Actions. */
  fallback?: ActionSubmit | 'drop';
}

export interface ActionSubmit extends ActionBase {
  type: 'Action.Submit';
  data?: ActionData;
  associatedInputs?: 'auto' | 'none';
}

export interface ActionOpenUrl extends ActionBase {
  type: 'Action.OpenUrl';
  url: string;
}

export interface ActionShowCard extends ActionBase {
  type: 'Action.ShowCard';
  card: AdaptiveCard;
}

export interface ActionToggleVisibility extends ActionBase {
  type: 'Action.ToggleVisibility';
  /** Ids of the elements to show or hide. */
  targetElements: (string | { elementId: string; isVisible?: boolean })[];
}

export type CardButton =
  ActionExecute | ActionSubmit | ActionOpenUrl | ActionShowCard | ActionToggleVisibility;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardButton[];
  fallbackText?: string;
  speak?: string;
  /** Universal Actions: Teams asks the bot for a fresh card for these users when they view it. */
  refresh?: { action: ActionExecute; userIds?: string[] };
  /** Teams: 'Full' lets tables and heat maps use the whole message width. */
  msteams?: { width?: 'Full' };
}

/** A card with the plain text Teams shows in notifications and screen readers read. */
export interface BuiltCard {
  card: AdaptiveCard;
  summary: string;
}
