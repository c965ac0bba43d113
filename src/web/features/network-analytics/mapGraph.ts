import Graph from 'graphology';
import type { MapMember, MapTie, Snapshot, TieType } from '../../api/networkAnalytics.ts';
import { communityCirclePositions } from './communityLayout.ts';

// The snapshot as a graphology graph for sigma: one node per member (keyed by org id), one edge per
// tie, drawn as an arrow along the direction of supply when the tie carries supply one way.

export interface MapNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  hidden: boolean;
  /** 'bordered' marks articulation points (members whose removal splits the network). */
  type: 'circle' | 'bordered';
  borderColor: string;
  /** Community rank by size, 0 = largest. */
  communityRank: number;
}

export interface MapEdgeAttributes {
  size: number;
  color: string;
  hidden: boolean;
  type: 'line' | 'arrow';
  tieTypes: TieType[];
  weight: number;
}

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

export interface MapModel {
  graph: MapGraph;
  membersById: Map<string, MapMember>;
  /** Ties of each member, for the side panel. */
  tiesByMember: Map<string, MapTie[]>;
  communityCount: number;
}

export const tieTypeColors: Record<TieType, string> = {
  collaboration: 'rgba(66, 99, 235, 0.55)',
  supply: 'rgba(232, 89, 12, 0.6)',
  introduction: 'rgba(12, 166, 120, 0.55)',
};

/** The tie's type of largest weight decides its colour. */
export function mainTieType(tie: Pick<MapTie, 'types'>): TieType {
  let best: TieType = 'collaboration';
  let bestWeight = -Infinity;
  for (const { type, weight } of tie.types) {
    if (weight > bestWeight) {
      best = type;
      bestWeight = weight;
    }
  }
  return best;
}

/** Thin ties on big maps; on small ones a heavier tie is drawn thicker. */
export function tieThickness(tie: Pick<MapTie, 'weight'>, memberCount: number): number {
  if (memberCount > 2000) return 0.5;
  if (memberCount > 300) return 1;
  return 1.2 + Math.min(tie.weight, 4) * 0.4;
}

function addTie(graph: MapGraph, tie: MapTie, memberCount: number): void {
  if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) return;
  const [source, target] = tie.supply === 'backward' ? [tie.target, tie.source] : [tie.source, tie.target];
  if (graph.hasEdge(source, target)) return;
  graph.addEdgeWithKey(`${source}|${target}`, source, target, {
    size: tieThickness(tie, memberCount),
    color: tieTypeColors[mainTieType(tie)],
    hidden: false,
    type: tie.supply === 'forward' || tie.supply === 'backward' ? 'arrow' : 'line',
    tieTypes: tie.types.map((t) => t.type),
    weight: tie.weight,
  });
}

export function buildMapModel(snapshot: Pick<Snapshot, 'members' | 'ties'>): MapModel {
  const graph: MapGraph = new Graph<MapNodeAttributes, MapEdgeAttributes>({ type: 'undirected', multi: false });
  const { positions, communityRank } = communityCirclePositions(snapshot.members.map((m) => m.community));
  const membersById = new Map<string, MapMember>();
  snapshot.members.forEach((member, i) => {
    membersById.set(member.orgId, member);
    graph.addNode(member.orgId, {
      x: positions[2 * i]!,
      y: positions[2 * i + 1]!,
      size: 4,
      color: '#4263eb',
      label: member.name,
      hidden: false,
      type: member.metrics.articulation ? 'bordered' : 'circle',
      borderColor: '#212529',
      communityRank: communityRank.get(member.community) ?? 0,
    });
  });
  const tiesByMember = new Map<string, MapTie[]>();
  for (const tie of snapshot.ties) {
    addTie(graph, tie, snapshot.members.length);
    for (const end of [tie.source, tie.target]) {
      const list = tiesByMember.get(end);
      if (list) list.push(tie);
      else tiesByMember.set(end, [tie]);
    }
  }
  return { graph, membersById, tiesByMember, communityCount: communityRank.size };
}
