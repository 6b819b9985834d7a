import { goto } from '$app/navigation';
import { addNodes } from './graph/view-state.ts';
import { EMPTY_VIEW } from './graph/view-state.ts';
import { viewHref } from './graph/url-state.ts';

type Opener = (id: string) => void;
let opener: Opener | null = null;

/** The explorer registers itself while mounted, so results open on its canvas without a page load. */
export function setEntityOpener(next: Opener | null): void {
  opener = next;
}

/** Puts an entity on the explorer's canvas (opening the explorer when elsewhere) and selects it. */
export function openEntity(id: string): void {
  if (opener) opener(id);
  else void goto(viewHref(addNodes(EMPTY_VIEW, [id])));
}
