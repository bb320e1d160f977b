import { deflateRawSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINK_CHARS,
  SHARED_LINK_PREFIX,
  decodeScenarioLink,
  encodeScenarioLink,
  fromBase64url,
  toBase64url,
} from '../../src/core/scenario/link';
import { MAX_SCENARIO_BYTES } from '../../src/core/schema/scenario';

const link = (bytes: Uint8Array) => SHARED_LINK_PREFIX + toBase64url(bytes);

async function errorOf(hash: string): Promise<string> {
  const result = await decodeScenarioLink(hash);
  return result.ok ? 'ok' : result.error;
}

describe('scenario links', () => {
  it('round-trips any text that fits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const encoded = await encodeScenarioLink(text);
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        expect(encoded.hash.startsWith(SHARED_LINK_PREFIX)).toBe(true);
        expect(encoded.hash).toMatch(/^#\/shared\/[A-Za-z0-9_-]+$/);
        expect(await decodeScenarioLink(encoded.hash)).toEqual({ ok: true, text });
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips any bytes through base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('reads gzip as well as deflate-raw', async () => {
    const text = JSON.stringify({ format: '1.0', title: 'Gzip’s “quotes”' });
    expect(await decodeScenarioLink(link(gzipSync(text)))).toEqual({ ok: true, text });
    expect(await decodeScenarioLink(link(deflateRawSync(text)))).toEqual({ ok: true, text });
  });

  it('refuses what is not a shared link', async () => {
    expect(await errorOf('#/shared/')).toBe('malformed');
    expect(await errorOf('#/play/new-device')).toBe('malformed');
    expect(await errorOf('')).toBe('malformed');
  });

  it('refuses characters base64url never has', async () => {
    expect(await errorOf('#/shared/abc+def/')).toBe('not-base64url');
    expect(await errorOf('#/shared/abcd=')).toBe('not-base64url');
    expect(await errorOf('#/shared/a b')).toBe('not-base64url');
    expect(await errorOf('#/shared/abcde')).toBe('not-base64url');
  });

  it('refuses bytes that are not packed data', async () => {
    expect(await errorOf(link(new Uint8Array([255, 255, 255, 1, 2, 3])))).toBe('not-compressed');
    const result = await decodeScenarioLink(link(new Uint8Array([255, 255, 255, 1, 2, 3])));
    expect(result.ok ? '' : result.detail).toMatch(/does not hold a packed scenario/);
  });

  it('says a link cut short is truncated', async () => {
    const packed = deflateRawSync('a scenario, '.repeat(200));
    expect(await errorOf(link(packed.subarray(0, packed.length - 4)))).toBe('truncated');
    const gzipped = gzipSync('a scenario');
    expect(await errorOf(link(gzipped.subarray(0, 12)))).toBe('truncated');
  });

  it('refuses a link longer than the limit before reading it', async () => {
    const long = SHARED_LINK_PREFIX + 'A'.repeat(MAX_LINK_CHARS);
    expect(await errorOf(long)).toBe('too-long');
  });

  it('will not write a link that chat and email tools would cut', async () => {
    // Random text barely compresses: 10,000 bytes of it cannot fit in 7,000 characters.
    const noise = fc.sample(fc.string({ minLength: 10_000, maxLength: 10_000 }), { seed: 7 })[0]!;
    const encoded = await encodeScenarioLink(noise);
    expect(encoded.ok ? 'ok' : encoded.error).toBe('too-long');
  });

  it('refuses text larger than a document may be, writing or reading', async () => {
    const big = 'x'.repeat(MAX_SCENARIO_BYTES + 1);
    const encoded = await encodeScenarioLink(big);
    expect(encoded.ok ? 'ok' : encoded.error).toBe('too-big');
    // A link that fits but unpacks past the limit: stopped, not read to the end.
    expect(await errorOf(link(deflateRawSync(big)))).toBe('too-big');
  });

  it('carries a document as large as a file may be, and one byte more is refused (doc/scenarios.md)', async () => {
    // "A file is at most 200,000 bytes": a link holds what a file may, no more and no less.
    const largest = 'é'.repeat(100_000);
    const encoded = await encodeScenarioLink(largest);
    expect(encoded.ok ? 'ok' : encoded.error).toBe('ok');
    expect(await decodeScenarioLink(encoded.ok ? encoded.hash : '')).toEqual({
      ok: true,
      text: largest,
    });
    const over = `${largest}x`;
    expect(await encodeScenarioLink(over)).toMatchObject({ ok: false, error: 'too-big' });
    expect(await errorOf(link(deflateRawSync(over)))).toBe('too-big');
  });

  it('stops a decompression bomb early', async () => {
    // 1 GB of zeros in about 1 MB of deflate, cut to what a link may hold: it still unpacks to
    // far more than the limit, and reading stops at the limit.
    const bomb = deflateRawSync(Buffer.alloc(20_000_000)).subarray(0, 5_000);
    const hash = link(bomb);
    expect(hash.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const started = performance.now();
    expect(await errorOf(hash)).toBe('too-big');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    expect(await errorOf(link(deflateRawSync(Buffer.from([0xff, 0xfe, 0x80]))))).toBe('not-text');
  });
});
