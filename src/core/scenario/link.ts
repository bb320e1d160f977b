import { byteLength } from '../schema/json';
import { MAX_SCENARIO_BYTES } from '../schema/scenario';

/**
 * A scenario shared by link: the whole document, compressed, in the
 * address's hash, so nothing is uploaded anywhere and the link is the
 * scenario (see doc/api.md, "Sharing a scenario by link"):
 *
 *   #/shared/<base64url of the document, deflate-raw or gzip compressed>
 *
 * `encodeScenarioLink` writes deflate-raw (the smaller); `decodeScenarioLink`
 * also reads gzip (it starts with the bytes 1f 8b). Neither throws: each
 * failure is a named error with a short detail. What the link holds is only
 * text here; the caller parses and checks it as a scenario document before
 * anything plays.
 */

export const SHARED_LINK_PREFIX = '#/shared/';

/**
 * The longest link hash written or read, in characters. RFC 9110 (4.1)
 * asks every sender and recipient of a URI to handle at least 8,000
 * octets, and so the chat and email tools a trainer sends links with keep
 * links of that length whole (they do not all keep longer ones); 7,000 for
 * the hash leaves 1,000 for the address of the site the sandbox is hosted on.
 * A scenario the length of the built-in ones compresses to well under this.
 */
export const MAX_LINK_CHARS = 7_000;

/** Why a link could not be read; `detail` says more, in plain words. */
export type LinkError =
  /** Not `#/shared/` followed by something. */
  | 'malformed'
  /** Longer than MAX_LINK_CHARS (or, when writing, the document packs to more). */
  | 'too-long'
  /** Characters other than A–Z, a–z, 0–9, - and _ (a link cut or changed in a message). */
  | 'not-base64url'
  /** The bytes are not deflate or gzip data. */
  | 'not-compressed'
  /** The data stops before its end: the link was cut short. */
  | 'truncated'
  /** It unpacks to more than MAX_SCENARIO_BYTES (the format's largest document). */
  | 'too-big'
  /** It unpacks to bytes that are not UTF-8 text. */
  | 'not-text';

export type LinkFailure = { ok: false; error: LinkError; detail: string };
export type EncodeResult = { ok: true; hash: string } | LinkFailure;
export type DecodeResult = { ok: true; text: string } | LinkFailure;

const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Input is fed to the decompressor this many bytes at a time, so it can stop between pieces. */
const FEED_BYTES = 256;

/** The document as a share link's hash; 'too-long' when it would not fit in a link. */
export async function encodeScenarioLink(text: string): Promise<EncodeResult> {
  const size = byteLength(text);
  if (size > MAX_SCENARIO_BYTES) {
    return fail('too-big', `${size} bytes; at most ${MAX_SCENARIO_BYTES}`);
  }
  const packed = await pack(text);
  const hash = SHARED_LINK_PREFIX + toBase64url(packed);
  if (hash.length > MAX_LINK_CHARS) {
    return fail('too-long', `${hash.length} characters; at most ${MAX_LINK_CHARS}`);
  }
  return { ok: true, hash };
}

/** The document a share link's hash holds, as text, or why it cannot be read. */
export async function decodeScenarioLink(hash: string): Promise<DecodeResult> {
  if (hash.length > MAX_LINK_CHARS) {
    return fail('too-long', `${hash.length} characters; at most ${MAX_LINK_CHARS}`);
  }
  if (!hash.startsWith(SHARED_LINK_PREFIX) || hash.length === SHARED_LINK_PREFIX.length) {
    return fail('malformed', 'it does not start with #/shared/ and the scenario');
  }
  const payload = hash.slice(SHARED_LINK_PREFIX.length);
  const bytes = fromBase64url(payload);
  if (!bytes) return fail('not-base64url', 'it has characters a link of this kind never has');
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const unpacked = await unpack(bytes, gzip ? 'gzip' : 'deflate-raw');
  if (!unpacked.ok) return unpacked;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(unpacked.data) };
  } catch {
    return fail('not-text', 'it unpacks to something that is not text');
  }
}

function fail(error: LinkError, detail: string): LinkFailure {
  return { ok: false, error, detail };
}

async function pack(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Unpacks `bytes`, stopping past MAX_SCENARIO_BYTES: a link unpacks to at
 * most the largest document the format allows (schema/scenario.ts), and
 * reading stops as soon as the text passes it, so a small link that unpacks
 * to gigabytes (a decompression bomb) costs a moment, never the tab. The
 * input goes in small pieces, each only after the last was taken, so a
 * decompressor that inflates a whole piece at once (Chromium's does)
 * inflates little before the reader counts it and stops.
 */
async function unpack(
  bytes: Uint8Array,
  format: CompressionFormat,
): Promise<{ ok: true; data: Uint8Array } | LinkFailure> {
  const stream = new DecompressionStream(format);
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += FEED_BYTES) {
      await writer.write(bytes.slice(at, at + FEED_BYTES));
    }
    if (!stopped) await writer.close();
  })();
  // A failure of the input shows on the reader too, where it is handled.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_SCENARIO_BYTES) {
        stopped = true;
        await reader.cancel();
        return fail('too-big', `it unpacks to more than ${MAX_SCENARIO_BYTES} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Node says "unexpected end of file", Chromium "Compressed input was truncated".
    return /truncat|unexpected end/i.test(message)
      ? fail(
          'truncated',
          'the link stops before the end of the scenario; it may have been cut short',
        )
      : fail('not-compressed', 'it does not hold a packed scenario');
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, data };
}

/** Bytes as base64url without padding (RFC 4648, section 5). */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) as bytes; null when it is not base64url. */
export function fromBase64url(text: string): Uint8Array | null {
  // One character past a whole group of four holds only 6 bits: never a whole byte.
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
