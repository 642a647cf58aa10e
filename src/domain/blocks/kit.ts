// The part of Block Kit the bot uses, typed, with Slack's published limits and constructors that
// truncate to them, so no builder can produce a payload Slack would refuse with `invalid_blocks`.
import { truncate } from '../slack-text.ts';

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  /** Also the limit of any text object in a section, context or modal. */
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  contextElements: 10,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  placeholder: 150,
  inputLabel: 2000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  /** Slack truncates the top-level `text` of a message beyond this. */
  messageText: 40000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim?: boolean;
}
export type TextObject = PlainText | Mrkdwn;

export interface OptionObject {
  text: PlainText;
  value: string;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}
export interface StaticSelect {
  type: 'static_select';
  action_id: string;
  placeholder?: PlainText;
  options: OptionObject[];
  initial_option?: OptionObject;
}
export interface DatetimePicker {
  type: 'datetimepicker';
  action_id: string;
  /** Unix seconds. */
  initial_date_time?: number;
}
export interface PlainTextInput {
  type: 'plain_text_input';
  action_id: string;
  multiline?: boolean;
  min_length?: number;
  max_length?: number;
  placeholder?: PlainText;
  initial_value?: string;
}
export type InteractiveElement = Button | StaticSelect;
export type InputElement = DatetimePicker | PlainTextInput | StaticSelect;

export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text?: TextObject;
  fields?: TextObject[];
  accessory?: InteractiveElement;
}
export interface HeaderBlock {
  type: 'header';
  block_id?: string;
  text: PlainText;
}
export interface ContextBlock {
  type: 'context';
  block_id?: string;
  elements: TextObject[];
}
export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}
export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: InteractiveElement[];
}
export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: InputElement;
  optional?: boolean;
  hint?: PlainText;
}
export type Block = SectionBlock | HeaderBlock | ContextBlock | DividerBlock | ActionsBlock | InputBlock;

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit?: PlainText;
  close?: PlainText;
  blocks: Block[];
  private_metadata?: string;
}
export interface HomeView {
  type: 'home';
  callback_id?: string;
  blocks: Block[];
}
export type View = ModalView | HomeView;

/** What `chat.postMessage` / `chat.update` / `chat.postEphemeral` take besides the channel. */
export interface MessageContent {
  /** The notification and accessibility fallback; mrkdwn, escaped. */
  text: string;
  blocks: Block[];
}

export const plain = (text: string, max: number = LIMITS.sectionText): PlainText => ({
  type: 'plain_text',
  text: truncate(text === '' ? ' ' : text, max),
  emoji: true,
});

export const md = (text: string, max: number = LIMITS.sectionText): Mrkdwn => ({
  type: 'mrkdwn',
  text: truncate(text === '' ? ' ' : text, max),
});

export const section = (text: TextObject, blockId?: string): SectionBlock =>
  blockId ? { type: 'section', block_id: blockId, text } : { type: 'section', text };

export const context = (...elements: TextObject[]): ContextBlock => ({
  type: 'context',
  elements: elements.slice(0, LIMITS.contextElements),
});

export const divider = (): DividerBlock => ({ type: 'divider' });

export function button(actionId: string, label: string, value?: string, style?: Button['style']): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(label, LIMITS.buttonText),
    ...(value === undefined ? {} : { value: truncate(value, LIMITS.buttonValue) }),
    ...(style ? { style } : {}),
  };
}

export const option = (label: string, value: string): OptionObject => ({
  text: plain(label, LIMITS.optionText),
  value: value.slice(0, LIMITS.optionValue),
});

/** Keep a message within Slack's block count: the last slot says what was left out. */
export function capBlocks(blocks: Block[], max: number, omitted: (count: number) => Block): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, omitted(blocks.length - kept.length)];
}
