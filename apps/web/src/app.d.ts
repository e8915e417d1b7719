/// <reference types="vite-plugin-pwa/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    // interface Error {}
    // interface Locals {}
    // interface PageData {}
    interface PageState {
      /** A short word for the family screen after a card or a draft was deleted. */
      familyNote?: string;
    }
    // interface Platform {}
  }
}

export {};
