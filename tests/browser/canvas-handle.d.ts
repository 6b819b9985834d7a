import type { Core } from 'cytoscape';

// The canvas puts its Cytoscape instance here for the tests to read (web/lib/components/graph-canvas/).
declare global {
  interface Window {
    __ipatlasCy?: Core;
  }
}
