import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // The app lives in web/ (DESIGN.md layout), not SvelteKit's default src/.
    files: { src: 'web', assets: 'web/static' },
  },
};
