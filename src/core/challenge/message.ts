import { catalogue, fill } from '../i18n';
import { formatClock, formatMoney } from '../format';
import type { Purpose } from '../purpose';
import type { ChallengeContext, CodeRecord } from './types';

/** The purpose in words, with its amount or order where it has one. */
export function describePurpose(purpose: Purpose, locale: ChallengeContext['locale']): string {
  const text = catalogue(locale).purpose[purpose.kind];
  // Every field as words: amounts as money, the rest as written (no template uses `kind`).
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(purpose)) {
    values[k] = typeof v === 'object' ? formatMoney(v) : v;
  }
  return fill(text, values);
}

/** Shows "482913" as "482 913", the way messages print codes. */
export function groupCode(code: string): string {
  if (code.length < 6) return code;
  const mid = Math.ceil(code.length / 2);
  return `${code.slice(0, mid)} ${code.slice(mid)}`;
}

/**
 * The message a code travels in. It names what the code approves and when it
 * expires, and says the shop never asks for it: the facts a learner needs to
 * see through a caller's story.
 */
export function composeMessage(
  ctx: Pick<ChallengeContext, 'purpose' | 'brand' | 'locale'>,
  record: Pick<CodeRecord, 'code' | 'channel' | 'expiresAt'>,
): { from: string; subject: string | null; body: string } {
  const t = catalogue(ctx.locale);
  const values = {
    brand: ctx.brand.name,
    code: groupCode(record.code),
    purpose: describePurpose(ctx.purpose, ctx.locale),
    purposeShort: t.purposeShort[ctx.purpose.kind],
    expiresAt: formatClock(record.expiresAt),
    orderId: ctx.purpose.kind === 'delivery' ? ctx.purpose.orderId : '',
    // What it means if you did not start this: it depends on the purpose.
    notYou: t.notYou[ctx.purpose.kind],
  };
  if (record.channel === 'sms') {
    const template = ctx.purpose.kind === 'delivery' ? t.message.deliverySms : t.message.sms;
    return { from: ctx.brand.shortCode, subject: null, body: fill(template, values) };
  }
  return {
    from: `${ctx.brand.name} <${ctx.brand.email}>`,
    subject: fill(t.message.emailSubject, values),
    body: fill(t.message.email, values),
  };
}
