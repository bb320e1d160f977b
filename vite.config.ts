/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { scenarioCards } from './scripts/vite-scenario-cards.mjs';

/**
 * The Content-Security-Policy of the built pages: nothing but the app's own
 * files, no inline script or style, no eval. Svelte sets styles through the
 * CSSOM (element.style), which style-src does not govern; the QR code is
 * inline SVG markup, not an image. frame-ancestors cannot be set from a
 * <meta> tag: a host that wants it must send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Puts the CSP <meta> right after the charset in every built page (not in dev, so HMR works). */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'otp-sandbox:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!html.includes(charset))
          throw new Error(`${filename}: no ${charset} to put the CSP after`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.replace(charset, `${charset}\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    // The picker's cards: a few fields of each built-in's document (src/core/scenario/library/*.json).
    scenarioCards(),
    // Offline and installable: a generated service worker precaches every file of the build,
    // the scenarios' lazy chunks and the workbench page included.
    VitePWA({
      strategies: 'generateSW',
      // A small external script registers the worker (the CSP allows no inline script).
      injectRegister: 'script-defer',
      // A new version waits until every tab of the old one is closed, so a running page
      // never loses the chunks it has yet to load.
      registerType: 'prompt',
      // The globs below already take every icon; listing them again would only repeat them.
      includeManifestIcons: false,
      manifest: {
        name: 'OTP Sandbox',
        short_name: 'OTP Sandbox',
        description:
          'Learn how one-time passcodes work and how scammers try to get them, safely, in the browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b57d0',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every file of the build (the manifest is added by the plugin itself).
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The first visit's page comes under the worker at once; updates still wait (above).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    rollupOptions: {
      // The developer workbench is its own page, so none of its code is in the first screen's bundle.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        workbench: fileURLToPath(new URL('./workbench.html', import.meta.url)),
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    // A hang detector, not a speed goal: on two cores, with every file running side by side,
    // a test that loads all twenty scenarios first (their chunks compiled on demand) can take
    // more than Vitest's default 5 s. Speed is measured by `npm run bench`.
    testTimeout: 20_000,
  },
});
