import type cytoscapeType from 'cytoscape';

let loading: Promise<typeof cytoscapeType> | null = null;

/**
 * Cytoscape and its layout extensions, fetched on first use: only pages that show a canvas pay
 * for them (they are most of the app's JavaScript).
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-fcose'), import('cytoscape-dagre')]).then(
    ([core, fcose, dagre]) => {
      const cytoscape = core.default;
      cytoscape.use(fcose.default);
      cytoscape.use(dagre.default);
      return cytoscape;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
