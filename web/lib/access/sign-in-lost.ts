import { writable, type Readable } from 'svelte/store';

const lost = writable(false);

/**
 * True in the browser once the API answered 401 to one of the page's requests (no token, or it
 * expired since the page loaded): the layout then puts a sign-in prompt in place of the page.
 * Never set while rendering on the server, where one module serves every visitor.
 */
export const signInLost: Readable<boolean> & { set(value: boolean): void } = {
  subscribe: lost.subscribe,
  set(value: boolean): void {
    if (typeof window !== 'undefined') lost.set(value);
  },
};
