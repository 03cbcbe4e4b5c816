// The subset of the Adaptive Card 1.5 schema our cards use, as plain JSON types.
// Kept channel-neutral: nothing here knows about botbuilder (the Teams channel wraps cards as attachments).

export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Our own budget per card; Teams allows about 100 KB per message. */
export const MAX_CARD_BYTES = 28 * 1024;

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';

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
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: 'default' | 'monospace';
  style?: 'default' | 'heading';
  maxLines?: number;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Column extends ElementBase {
  type: 'Column';
  /** A number is a weight relative to the other columns. */
  width?: number | 'auto' | 'stretch' | `${number}px`;
  style?: ContainerStyle;
  minHeight?: `${number}px`;
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
  items: CardElement[];
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
  style?: ContainerStyle;
}

export interface Container extends ElementBase {
  type: 'Container';
  style?: ContainerStyle;
  bleed?: boolean;
  items: CardElement[];
}

export interface InputNumber extends ElementBase {
  type: 'Input.Number';
  id: string;
  label: string;
  placeholder?: string;
  value?: number;
  min?: number;
  max?: number;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export type CardElement = TextBlock | FactSet | ColumnSet | Container | InputNumber | ActionSet;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
  tooltip?: string;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  tooltip?: string;
}

export type CardAction = SubmitAction | OpenUrlAction;

export interface AdaptiveCard {
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  type: 'AdaptiveCard';
  version: typeof ADAPTIVE_CARD_VERSION;
  /** Shown by hosts that cannot render the card; also our plain-text answer. */
  fallbackText: string;
  /** Read by screen readers and voice hosts. */
  speak: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Teams: use the full message width so the FactSet and coverage bar read well. */
  msteams?: { width: 'Full' };
}

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
