/// <reference types="@sveltejs/kit" />
/// <reference types="vite/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      lang: import('./lib/i18n/index.ts').Lang;
    }
  }
}
export {};
