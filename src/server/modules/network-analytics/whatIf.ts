import type { OrgRef, VulnerabilityDimension, WhatIfResult } from '../../../common/networkAnalytics.ts';
import { buildCsrGraph, connectedComponents, louvain } from './engine/index.ts';
import { buildNetworkGraph, neighbourLists, tieWeight, type NetworkData } from './networkGraph.ts';
import { assessVulnerability } from './vulnerability.ts';
import { alternativeSources, buildVulnerabilityContext } from './vulnerabilityContext.ts';

// What happens when members leave the network: components that split, inputs left without any source,
// collaborations that lose parties, and how the others' vulnerability moves. Pure.
// The leavers stop being ties and sources; what the others declared stays (a declared input from a leaver
// becomes an unmet need). Communities stay those of the last analysis.

export type WhatIfOutcome = Omit<WhatIfResult, 'scope'>;

export interface WhatIfOptions {
  /** How many vulnerability changes to keep, largest first. */
  topChanges?: number;
}

function componentsOf(data: NetworkData) {
  const graph = buildNetworkGraph(data);
  const csr = buildCsrGraph(
    data.members.length,
    graph.ties.map((t) => ({ source: t.source, target: t.target, weight: tieWeight(t) })),
  );
  return { graph, components: connectedComponents(csr) };
}

/** Louvain communities of the network as it is now (seeded, so repeatable). */
export function currentCommunities(data: NetworkData): Map<string, number> {
  const graph = buildNetworkGraph(data);
  const csr = buildCsrGraph(
    data.members.length,
    graph.ties.map((t) => ({ source: t.source, target: t.target, weight: tieWeight(t) })),
  );
  const { community } = louvain(csr, { seed: 1 });
  return new Map(data.members.map((m, i) => [m.orgId, community[i]!]));
}

function withoutMembers(data: NetworkData, removed: Set<string>): NetworkData {
  return { ...data, members: data.members.filter((m) => !removed.has(m.orgId)) };
}

function neighbourMap(data: NetworkData, graph: ReturnType<typeof buildNetworkGraph>) {
  const lists = neighbourLists(data.members.length, graph.ties);
  return new Map(data.members.map((m, i) => [m.orgId, lists[i]!.map((j) => data.members[j]!.orgId)]));
}

// Only these can change: the leavers' neighbours (their ties) and the members with inputs of a capability
// a leaver could supply (their alternatives). Declarations, agreements and communities stay as they were.
function affectedMembers(data: NetworkData, removed: Set<string>, neighbours: Map<string, string[]>) {
  const touched = new Set<string>();
  for (const orgId of removed) for (const n of neighbours.get(orgId) ?? []) touched.add(n);
  const capabilities = new Set<string>();
  for (const o of data.offers) if (removed.has(o.orgId)) capabilities.add(o.capability);
  for (const r of data.relations) if (removed.has(r.supplierOrgId)) capabilities.add(r.capability);
  for (const r of data.relations) {
    if (r.declaredByOrgId === r.customerOrgId && capabilities.has(r.capability)) touched.add(r.customerOrgId);
  }
  return touched;
}

export function simulateRemoval(
  data: NetworkData,
  community: Map<string, number>,
  removeOrgIds: string[],
  options: WhatIfOptions = {},
): WhatIfOutcome {
  const removed = new Set(removeOrgIds);
  const names = new Map(data.members.map((m) => [m.orgId, m.name]));
  const ref = (orgId: string): OrgRef => ({ orgId, name: names.get(orgId) ?? '' });
  const remaining = withoutMembers(data, removed);
  const before = componentsOf(data);
  const after = componentsOf(remaining);

  // A former component whose remaining members now fall into several components has split.
  const groups = new Map<number, Map<number, OrgRef[]>>();
  remaining.members.forEach((m, i) => {
    const old = before.components.component[before.graph.index.get(m.orgId)!]!;
    const now = after.components.component[i]!;
    let byNew = groups.get(old);
    if (!byNew) groups.set(old, (byNew = new Map()));
    byNew.set(now, [...(byNew.get(now) ?? []), { orgId: m.orgId, name: m.name }]);
  });
  const split = [...groups.values()]
    .filter((byNew) => byNew.size > 1)
    .flatMap((byNew) => [...byNew.values()].map((members) => ({ members })));

  const contextAfter = buildVulnerabilityContext({
    data,
    community,
    neighbours: neighbourMap(remaining, after.graph),
    unavailable: removed,
  });
  const lost = new Map<string, WhatIfOutcome['lostSingleSourceInputs'][number]>();
  for (const r of data.relations) {
    if (!removed.has(r.supplierOrgId) || removed.has(r.customerOrgId)) continue;
    const others = alternativeSources(contextAfter, r.capability, new Set([r.customerOrgId]));
    if (others.length > 0) continue;
    const key = `${r.customerOrgId}|${r.supplierOrgId}|${r.capability}`;
    const known = lost.get(key);
    const critical = (known?.critical ?? false) || (r.critical && r.declaredByOrgId === r.customerOrgId);
    lost.set(key, {
      customer: ref(r.customerOrgId),
      supplier: ref(r.supplierOrgId),
      capability: r.capability,
      critical,
    });
  }

  const affectedCollaborations = data.collaborations
    .filter((c) => c.partyOrgIds.some((id) => removed.has(id)))
    .map((c) => ({
      collaborationId: c.id,
      name: c.name,
      lostParties: c.partyOrgIds.filter((id) => removed.has(id)).map(ref),
      remainingParties: c.partyOrgIds.filter((id) => !removed.has(id)).length,
    }));

  const neighboursBefore = neighbourMap(data, before.graph);
  const contextBefore = buildVulnerabilityContext({ data, community, neighbours: neighboursBefore });
  const touched = affectedMembers(data, removed, neighboursBefore);
  const vulnerabilityChanges = remaining.members
    .filter((m) => touched.has(m.orgId))
    .map((m) => {
      const was = assessVulnerability(contextBefore, m.orgId);
      const will = assessVulnerability(contextAfter, m.orgId);
      const dimensions = Object.fromEntries(
        will.dimensions.map((d, i) => [d.dimension, d.score - was.dimensions[i]!.score]),
      ) as Record<VulnerabilityDimension, number>;
      return {
        orgId: m.orgId,
        name: m.name,
        before: was.overall,
        after: will.overall,
        delta: will.overall - was.overall,
        dimensions,
      };
    })
    .filter((c) => Math.abs(c.delta) > 1e-12 || Object.values(c.dimensions).some((d) => Math.abs(d) > 1e-12))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, options.topChanges ?? 20);

  return {
    removed: removeOrgIds.map(ref),
    components: { before: before.components.count, after: after.components.count, split },
    lostSingleSourceInputs: [...lost.values()],
    affectedCollaborations,
    vulnerabilityChanges,
  };
}
