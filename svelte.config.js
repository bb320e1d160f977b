import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Lets `<script lang="ts">` use the same TypeScript settings as the rest of the project.
  preprocess: vitePreprocess(),
  // Runes mode for every component of the sandbox: one written without runes would switch on
  // Svelte's legacy lifecycle for the whole app, and put it on the first screen.
  compilerOptions: { runes: true },
};
