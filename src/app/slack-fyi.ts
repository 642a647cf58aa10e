// The one channel message an FYI notice gets: what it is, who sent it, the start of its text.
// Everything in it comes from the provider, so all of it goes through the escaping helpers.
import { context, md, section, type Block, type MessageContent } from '../domain/blocks/kit.ts';
import { codeSpan, link, mrkdwnText, singleLine, truncate } from '../domain/slack-text.ts';
import type { NoticeRecord } from './ports.ts';

const EXCERPT_LIMIT = 600;

export function fyiMessage(notice: Pick<NoticeRecord, 'id' | 'subject' | 'from' | 'fromName' | 'text' | 'url' | 'ruleId'>): MessageContent {
  const subject = truncate(mrkdwnText(singleLine(notice.subject)) || 'A notice without a subject', 300);
  const sender = mrkdwnText(singleLine(notice.fromName || notice.from));
  const excerpt = truncate(mrkdwnText(notice.text.trim().replace(/\n{3,}/g, '\n\n')), EXCERPT_LIMIT);
  const source = notice.url ? link(notice.url, 'source notice') : null;
  const footer = ['For information, no sign-off needed', `notice ${notice.id}`];
  if (notice.ruleId) footer.push(`rule ${codeSpan(notice.ruleId)}`);
  if (source) footer.push(source);
  const blocks: Block[] = [section(md(`ℹ️ *${subject}*\nfrom ${sender}`))];
  if (excerpt) blocks.push(section(md(excerpt)));
  blocks.push(context(md(footer.join(' · '))));
  return { text: `ℹ️ For information: ${subject}`, blocks };
}
