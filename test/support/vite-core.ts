/**
 * Core modules for Playwright's own test code, loaded through Vite's module
 * loader (scripts/vite-import.mjs) as the app is: Playwright compiles the
 * specs itself and knows nothing of import.meta.glob, which finds the
 * built-in scenarios. One loader per worker, left open for lazy imports
 * (a scenario's document) until the worker ends.
 */
import { viteLoader } from '../../scripts/vite-import.mjs';
import type { ViteLoader } from '../../scripts/vite-import.mjs';

let loader: Promise<ViteLoader> | null = null;

/** `await viteCore<typeof import('../../src/core/share')>('src/core/share.ts')`. */
export async function viteCore<T>(path: string): Promise<T> {
  loader ??= viteLoader();
  return (await (await loader).load(path)) as T;
}
