/**
 * The code in a reply, if there is one: the first run of at least four
 * digits, where single spaces or dashes between digits ("123 456",
 * "123-456") count as one run, as people type codes that way. A reply
 * without one is just a reply.
 */
export function codeInReply(text: string): string | null {
  for (const match of text.matchAll(/\d(?:[ -]?\d)*/g)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 4) return digits;
  }
  return null;
}
