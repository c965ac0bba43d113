// Initial map positions: each community is a disc of its members, and the discs spiral out from
// the centre largest first. The map looks organised at once; ForceAtlas2 then refines it.

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

export interface CommunityLayout {
  /** x, y of member i at [2i, 2i + 1]. */
  positions: Float32Array;
  /** Community id → its rank by size (0 = largest). */
  communityRank: Map<number, number>;
}

export function communityCirclePositions(communities: readonly number[]): CommunityLayout {
  const sizes = new Map<number, number>();
  for (const community of communities) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const communityRank = new Map(ranked.map(([community], rank) => [community, rank]));

  // A disc of n members has radius √n; discs sit on a sunflower spiral at a distance that grows with
  // the area already placed, which keeps them from overlapping much.
  const centres = new Map<number, { x: number; y: number; radius: number }>();
  let placedArea = 0;
  ranked.forEach(([community, size], rank) => {
    const radius = Math.sqrt(size);
    const distance = rank === 0 ? 0 : Math.sqrt(placedArea) * 1.15 + radius * 1.2;
    const angle = rank * goldenAngle * 1.7;
    centres.set(community, { x: distance * Math.cos(angle), y: distance * Math.sin(angle), radius });
    placedArea += (radius + 1) * (radius + 1) * 2.2;
  });

  const positions = new Float32Array(communities.length * 2);
  const placedInCommunity = new Map<number, number>();
  communities.forEach((community, i) => {
    const centre = centres.get(community)!;
    const k = placedInCommunity.get(community) ?? 0;
    placedInCommunity.set(community, k + 1);
    const r = Math.sqrt(k + 0.5) * 0.95;
    positions[2 * i] = centre.x + r * Math.cos(k * goldenAngle);
    positions[2 * i + 1] = centre.y + r * Math.sin(k * goldenAngle);
  });
  return { positions, communityRank };
}
