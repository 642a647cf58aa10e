// Checks a Block Kit payload against the limits Slack enforces, the way Slack reports them
// (`must be less than 3001 characters [json-pointer:/blocks/0/text/text]`). Used by the loopback
// Slack to refuse what real Slack would refuse, and by tests of the builders.
import { LIMITS } from './kit.ts';

export type Surface = 'message' | 'modal' | 'home';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Problems {
  readonly list: string[] = [];
  add(pointer: string, message: string): void {
    this.list.push(`[ERROR] ${message} [json-pointer:${pointer}]`);
  }
  maxLength(pointer: string, value: Json, max: number): void {
    if (typeof value === 'string' && value.length > max) this.add(pointer, `must be less than ${max + 1} characters`);
  }
  text(pointer: string, value: Json, max: number, only?: 'plain_text'): void {
    if (!isObject(value)) return this.add(pointer, 'must be a text object');
    if (value.type !== 'plain_text' && value.type !== 'mrkdwn') return this.add(`${pointer}/type`, 'must be plain_text or mrkdwn');
    if (only && value.type !== only) return this.add(`${pointer}/type`, `must be ${only}`);
    if (typeof value.text !== 'string' || value.text.length === 0) return this.add(`${pointer}/text`, 'must be at least 1 character');
    this.maxLength(`${pointer}/text`, value.text, max);
  }
}

export function validateBlocks(blocks: Json, surface: Surface): string[] {
  const p = new Problems();
  if (!Array.isArray(blocks)) {
    p.add('/blocks', 'must be an array');
    return p.list;
  }
  const max = surface === 'message' ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (blocks.length > max) p.add('/blocks', `must provide no more than ${max} items`);
  blocks.forEach((block, i) => checkBlock(p, `/blocks/${i}`, block, surface));
  return p.list;
}

export function validateView(view: Json, expected?: 'modal' | 'home'): string[] {
  const p = new Problems();
  if (!isObject(view)) {
    p.add('/view', 'must be an object');
    return p.list;
  }
  if (view.type !== 'modal' && view.type !== 'home') p.add('/type', 'must be modal or home');
  else if (expected && view.type !== expected) p.add('/type', `must be ${expected}`);
  if (view.type === 'modal') {
    p.text('/title', view.title, LIMITS.modalTitle, 'plain_text');
    if (view.submit !== undefined) p.text('/submit', view.submit, LIMITS.modalButton, 'plain_text');
    if (view.close !== undefined) p.text('/close', view.close, LIMITS.modalButton, 'plain_text');
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) p.add('/submit', 'is required when blocks contain an input');
  }
  p.maxLength('/private_metadata', view.private_metadata, LIMITS.privateMetadata);
  p.maxLength('/callback_id', view.callback_id, LIMITS.callbackId);
  const surface: Surface = view.type === 'home' ? 'home' : 'modal';
  p.list.push(...validateBlocks(view.blocks, surface).map((e) => e));
  return p.list;
}

function checkBlock(p: Problems, at: string, block: Json, surface: Surface): void {
  if (!isObject(block)) return p.add(at, 'must be an object');
  p.maxLength(`${at}/block_id`, block.block_id, LIMITS.blockId);
  switch (block.type) {
    case 'section':
      if (block.text === undefined && block.fields === undefined) return p.add(at, 'must contain text or fields');
      if (block.text !== undefined) p.text(`${at}/text`, block.text, LIMITS.sectionText);
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields)) return p.add(`${at}/fields`, 'must be an array');
        if (block.fields.length > LIMITS.sectionFields) p.add(`${at}/fields`, `must provide no more than ${LIMITS.sectionFields} items`);
        block.fields.forEach((f, i) => p.text(`${at}/fields/${i}`, f, LIMITS.fieldText));
      }
      if (block.accessory !== undefined) checkElement(p, `${at}/accessory`, block.accessory);
      return;
    case 'header':
      return p.text(`${at}/text`, block.text, LIMITS.headerText, 'plain_text');
    case 'context':
      if (!Array.isArray(block.elements) || block.elements.length === 0) return p.add(`${at}/elements`, 'must provide at least 1 item');
      if (block.elements.length > LIMITS.contextElements) p.add(`${at}/elements`, `must provide no more than ${LIMITS.contextElements} items`);
      block.elements.forEach((e, i) => p.text(`${at}/elements/${i}`, e, LIMITS.sectionText));
      return;
    case 'divider':
      return;
    case 'actions':
      if (!Array.isArray(block.elements) || block.elements.length === 0) return p.add(`${at}/elements`, 'must provide at least 1 item');
      if (block.elements.length > LIMITS.actionsElements) p.add(`${at}/elements`, `must provide no more than ${LIMITS.actionsElements} items`);
      block.elements.forEach((e, i) => checkElement(p, `${at}/elements/${i}`, e));
      return;
    case 'input':
      if (surface === 'message') return p.add(`${at}/type`, 'input blocks are not allowed in messages');
      p.text(`${at}/label`, block.label, LIMITS.inputLabel, 'plain_text');
      return checkElement(p, `${at}/element`, block.element);
    default:
      return p.add(`${at}/type`, `unsupported block type ${JSON.stringify(block.type)}`);
  }
}

function checkElement(p: Problems, at: string, element: Json): void {
  if (!isObject(element)) return p.add(at, 'must be an object');
  if (typeof element.action_id !== 'string' || element.action_id === '') p.add(`${at}/action_id`, 'is required');
  p.maxLength(`${at}/action_id`, element.action_id, LIMITS.actionId);
  switch (element.type) {
    case 'button':
      p.text(`${at}/text`, element.text, LIMITS.buttonText, 'plain_text');
      return p.maxLength(`${at}/value`, element.value, LIMITS.buttonValue);
    case 'static_select': {
      if (!Array.isArray(element.options) || element.options.length === 0) return p.add(`${at}/options`, 'must provide at least 1 item');
      if (element.options.length > LIMITS.selectOptions) p.add(`${at}/options`, `must provide no more than ${LIMITS.selectOptions} items`);
      element.options.forEach((o, i) => {
        if (!isObject(o)) return p.add(`${at}/options/${i}`, 'must be an object');
        p.text(`${at}/options/${i}/text`, o.text, LIMITS.optionText, 'plain_text');
        p.maxLength(`${at}/options/${i}/value`, o.value, LIMITS.optionValue);
      });
      if (element.placeholder !== undefined) p.text(`${at}/placeholder`, element.placeholder, LIMITS.placeholder, 'plain_text');
      return;
    }
    case 'plain_text_input':
    case 'datetimepicker':
    case 'datepicker':
    case 'timepicker':
      if (element.placeholder !== undefined) p.text(`${at}/placeholder`, element.placeholder, LIMITS.placeholder, 'plain_text');
      return;
    default:
      return p.add(`${at}/type`, `unsupported element type ${JSON.stringify(element.type)}`);
  }
}
