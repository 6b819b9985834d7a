import { goto } from '$app/navigation';
import { entityExplorerHref } from './entity-links.ts';

type Opener = (id: string) => void;
let opener: Opener | null = null;

/** The explorer registers itself while mounted, so results open on its canvas without a page load. */
export function setEntityOpener(next: Opener | null): void {
  opener = next;
}

/** Puts an entity on the explorer's canvas (opening the explorer when elsewhere) and selects it. */
export function openEntity(id: string): void {
  if (opener) opener(id);
  else void goto(entityExplorerHref([id]));
}
