// The single-iteration step of graphology-layout-forceatlas2, which the package ships without types.
// It works in place on flat matrices: 10 floats per node, 3 per edge (see layoutMatrices.ts).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
