import type { AgreementContent } from '../../../common/agreement.ts';
import type { TieType } from '../../../common/networkAnalytics.ts';

// What an analysis reads about a network, as plain data (graphAssembly.repository.ts loads it), and the typed,
// weighted graph built from it. Pure: the job, the what-if and the tests share it.

export interface NetworkMember {
  orgId: string;
  name: string;
  /** NACE section letter. */
  sector: string | null;
  country: string | null;
  region: string | null;
}

export interface RelationFact {
  supplierOrgId: string;
  customerOrgId: string;
  declaredByOrgId: string;
  capability: string;
  share: number;
  critical: boolean;
}

export interface CollaborationFact {
  id: string;
  name: string;
  /** Accepted parties that are active members of the network. */
  partyOrgIds: string[];
}

export interface AgreementFact {
  collaborationId: string;
  collaborationName: string;
  /** The parties frozen in the effective version. */
  parties: { orgId: string; name: string }[];
  content: AgreementContent;
}

export interface NetworkData {
  members: NetworkMember[];
  collaborations: CollaborationFact[];
  /** Relations whose two sides are members. */
  relations: RelationFact[];
  /** Accepted introductions between members (requester → responder). */
  introductions: { fromOrgId: string; toOrgId: string }[];
  /** Capabilities each member offers (its core capabilities). */
  offers: { orgId: string; capability: string }[];
  /** Effective agreements of collaborations with at least one member party. */
  agreements: AgreementFact[];
}

/** How tie weights are made; shown under the dashboard's figures. */
export const tieWeighting =
  'collaboration: 1 per shared collaboration; supply: 1 + 4 × the larger of the two declared shares ' +
  '(summed over capabilities); introduction: 0.5 per accepted introduction; a tie sums its types.';

export const tieWeights = {
  collaboration: 1,
  supplyBase: 1,
  supplyPerShare: 4,
  introduction: 0.5,
} as const;

// Extension point: shared purchasing rounds and data-sharing grants become tie types here (with their weight)
// once those modules exist; nothing is invented for them meanwhile.

export interface Tie {
  source: number;
  target: number;
  byType: Partial<Record<TieType, number>>;
  /** Supply flowing source→target and target→source. */
  supplyForward: boolean;
  supplyBackward: boolean;
}

export interface NetworkGraph {
  index: Map<string, number>;
  ties: Tie[];
  /** Supplier→customer and requester→responder arcs, for reciprocity. */
  arcs: { source: number; target: number }[];
  sectors: (string | null)[];
}

const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

export function buildNetworkGraph(data: NetworkData): NetworkGraph {
  const index = new Map(data.members.map((m, i) => [m.orgId, i]));
  const ties = new Map<string, Tie>();
  const tieOf = (a: number, b: number) => {
    const key = pairKey(a, b);
    let tie = ties.get(key);
    if (!tie) {
      tie = { source: Math.min(a, b), target: Math.max(a, b), byType: {}, supplyForward: false, supplyBackward: false };
      ties.set(key, tie);
    }
    return tie;
  };
  const add = (a: number, b: number, type: TieType, weight: number) => {
    const tie = tieOf(a, b);
    tie.byType[type] = (tie.byType[type] ?? 0) + weight;
    return tie;
  };

  for (const c of data.collaborations) {
    const parties = [...new Set(c.partyOrgIds)].map((id) => index.get(id)).filter((i) => i !== undefined);
    for (let x = 0; x < parties.length; x++) {
      for (let y = x + 1; y < parties.length; y++)
        add(parties[x]!, parties[y]!, 'collaboration', tieWeights.collaboration);
    }
  }

  const arcs: { source: number; target: number }[] = [];
  const arcSeen = new Set<string>();
  const addArc = (source: number, target: number) => {
    const key = `${source}>${target}`;
    if (arcSeen.has(key)) return;
    arcSeen.add(key);
    arcs.push({ source, target });
  };

  // Per pair and declarer, shares summed over capabilities; the tie takes the larger declarer's sum.
  const declared = new Map<string, number>();
  for (const r of data.relations) {
    const s = index.get(r.supplierOrgId);
    const c = index.get(r.customerOrgId);
    if (s === undefined || c === undefined || s === c) continue;
    const key = `${pairKey(s, c)}|${r.declaredByOrgId}`;
    declared.set(key, (declared.get(key) ?? 0) + r.share);
    const tie = tieOf(s, c);
    if (tie.source === s) tie.supplyForward = true;
    else tie.supplyBackward = true;
    addArc(s, c);
  }
  const largest = new Map<string, number>();
  for (const [key, share] of declared) {
    const pair = key.slice(0, key.indexOf('|'));
    largest.set(pair, Math.max(largest.get(pair) ?? 0, share));
  }
  for (const [pair, share] of largest) {
    const [a, b] = pair.split(':').map(Number) as [number, number];
    add(a, b, 'supply', tieWeights.supplyBase + tieWeights.supplyPerShare * Math.min(1, share));
  }

  for (const i of data.introductions) {
    const from = index.get(i.fromOrgId);
    const to = index.get(i.toOrgId);
    if (from === undefined || to === undefined || from === to) continue;
    add(from, to, 'introduction', tieWeights.introduction);
    addArc(from, to);
  }

  return { index, ties: [...ties.values()], arcs, sectors: data.members.map((m) => m.sector) };
}

export const tieWeight = (tie: Tie) => Object.values(tie.byType).reduce((sum, w) => sum + w, 0);

/** Neighbours of every member, from the ties. */
export function neighbourLists(n: number, ties: Tie[]): number[][] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const t of ties) {
    lists[t.source]!.push(t.target);
    lists[t.target]!.push(t.source);
  }
  return lists;
}
