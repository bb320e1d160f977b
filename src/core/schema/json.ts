/**
 * The first gate of every untrusted text (a trace file, a save, a workbench
 * event): its size in bytes and its nesting are checked before JSON.parse
 * sees it, so a 10 MB string or 100,000 nested lists ends in a sentence,
 * never in a hang or a stack overflow further on.
 */

export type JsonRead = { ok: true; data: unknown } | { ok: false; error: string };

export interface JsonLimits {
  /** What the text should be, for the message: "a trace", "a save". */
  what: string;
  maxBytes: number;
  /** Lists and objects inside one another, the outermost counting 1. */
  maxDepth: number;
}

/** The size of a text in UTF-8 bytes, as a file or a storage entry holds it. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether lists and objects nest deeper than `max` (brackets inside strings do not count). */
function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Reads untrusted JSON within limits; every refusal is a sentence saying why. */
export function readJson(text: string, limits: JsonLimits): JsonRead {
  const bytes = byteLength(text);
  if (bytes > limits.maxBytes) {
    return {
      ok: false,
      error: `This is ${bytes} bytes; ${limits.what} may be at most ${limits.maxBytes} bytes.`,
    };
  }
  if (nestsDeeper(text, limits.maxDepth)) {
    return {
      ok: false,
      error: `This nests lists or objects more than ${limits.maxDepth} levels deep; ${limits.what} never does.`,
    };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      error: `This is not JSON: ${clip(e instanceof Error ? e.message : String(e), 160)}`,
    };
  }
}

/** A text cut to `max` characters, with an ellipsis when it was longer. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
