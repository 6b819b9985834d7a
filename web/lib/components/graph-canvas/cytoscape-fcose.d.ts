// cytoscape-fcose ships no types; it is a plain Cytoscape extension.
declare module 'cytoscape-fcose' {
  const fcose: import('cytoscape').Ext;
  export default fcose;
}
