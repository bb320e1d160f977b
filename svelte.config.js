import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Lets `<script lang="ts">` use the same TypeScript settings as the rest of the project.
  preprocess: vitePreprocess(),
};
