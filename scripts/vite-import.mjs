// Imports modules of the repo through Vite's own module loader, with vite.config.ts,
// so the command-line tools (and the browser tests' own code) see core as the app,
// Vitest and Playwright's server do: the built-in scenarios are found with
// import.meta.glob and their cards come from the `?card` import
// (scripts/vite-scenario-cards.mjs), neither of which tsx understands. The loader
// stays open for lazy imports (a scenario's document) until `close()`.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A loader: `await loader.load('src/core/index.ts')` (paths from the repo's root), then `close()`. */
export async function viteLoader() {
  // createServer sets NODE_ENV to "development" when it is unset; a build this process
  // starts afterwards (the benchmark's `vite build`) would inherit it and come out larger.
  const nodeEnv = process.env.NODE_ENV;
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    appType: 'custom',
    clearScreen: false,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return { load: (path) => server.ssrLoadModule(`/${path}`), close: () => server.close() };
}

/** `const { module, close } = await viteImport('src/core/index.ts')`: one module, its own loader. */
export async function viteImport(path) {
  const loader = await viteLoader();
  try {
    return { module: await loader.load(path), close: loader.close };
  } catch (e) {
    await loader.close();
    throw e;
  }
}
