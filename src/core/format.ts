import type { Money } from './purpose';

/** Wall-clock time of the simulation, as HH:MM (UTC, so every machine shows the same). */
export function formatClock(ms: number, withSeconds = false): string {
  const iso = new Date(ms).toISOString();
  return withSeconds ? iso.slice(11, 19) : iso.slice(11, 16);
}

/** A duration in plain words: "30 s", "5 min", "1 h 15 min". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s || parts.length === 0) parts.push(`${s} s`);
  return parts.join(' ');
}

export function formatMoney(money: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.minor / 100,
  );
}

/** A piece of message text: plain, or a link with the place it really goes. */
export type TextPart = { text: string } | { text: string; href: string };

/**
 * Splits `[label](https://target)` links out of a message text. The label
 * is what a message claims; `href` is where the link really goes, which the
 * view shows on hover and keyboard focus. Only http(s) targets count.
 */
export function parseLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[1] ?? '', href: m[2] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A message as a notification shows it: plain text, each link as its words. */
export function plainText(text: string): string {
  return parseLinks(text)
    .map((part) => part.text)
    .join('');
}

/**
 * A link's address in three parts, to show its real domain plainly:
 * "https://" + "larkspur-verify.example" + "/account". An address that is
 * not a URL is all host, shown as written.
 */
export function splitAddress(href: string): { scheme: string; host: string; rest: string } {
  try {
    const u = new URL(href);
    return { scheme: `${u.protocol}//`, host: u.host, rest: `${u.pathname}${u.search}` };
  } catch {
    return { scheme: '', host: href, rest: '' };
  }
}
