import type { MapMember, TieType } from '../../api/networkAnalytics.ts';
import { communityColor, rankScale, sequentialColor, type RankScale } from './colorScale.ts';
import type { MapModel } from './mapGraph.ts';
import { memberMetricValue, type MapMetricKey } from './metricCatalog.ts';

// What the controls choose (size, colour, filters) turned into node and edge attributes, in one
// batch per change: sigma then redraws once, and nothing is recomputed per frame.

export interface MapView {
  sizeBy: MapMetricKey;
  colorBy: MapMetricKey | 'community';
  /** Empty = every sector. */
  sectors: string[];
  /** Empty = every region; values from regionKey(). */
  regions: string[];
  tieTypes: TieType[];
}

export const defaultMapView: MapView = {
  sizeBy: 'degree',
  colorBy: 'community',
  sectors: [],
  regions: [],
  tieTypes: ['collaboration', 'supply', 'introduction'],
};

export const noDataColor = '#ced4da';

export function regionKey(member: Pick<MapMember, 'country' | 'region'>): string {
  if (!member.region && !member.country) return 'Unknown';
  return [member.region, member.country].filter(Boolean).join(', ');
}

/** Node sizes shrink as the network grows so that 10 000 members stay readable. */
export function sizeRange(memberCount: number): { min: number; max: number } {
  if (memberCount > 2000) return { min: 1, max: 6 };
  if (memberCount > 300) return { min: 2.5, max: 12 };
  return { min: 4, max: 18 };
}

export interface AppliedAppearance {
  /** The colour scale in use, or null when colouring by community. */
  colorScale: RankScale | null;
  visibleMembers: number;
}

function memberVisible(member: MapMember, view: MapView): boolean {
  if (view.sectors.length > 0 && !view.sectors.includes(member.sector ?? 'Unknown')) return false;
  if (view.regions.length > 0 && !view.regions.includes(regionKey(member))) return false;
  return true;
}

export function applyAppearance(model: MapModel, view: MapView): AppliedAppearance {
  const members = [...model.membersById.values()];
  const sizeScale = rankScale(members.map((m) => memberMetricValue(m, view.sizeBy)));
  const colorScale =
    view.colorBy === 'community'
      ? null
      : rankScale(members.map((m) => memberMetricValue(m, view.colorBy as MapMetricKey)));
  const { min, max } = sizeRange(members.length);
  const span = sizeScale.max - sizeScale.min;
  let visibleMembers = 0;

  model.graph.updateEachNodeAttributes((orgId, attributes) => {
    const member = model.membersById.get(orgId)!;
    const sizeValue = memberMetricValue(member, view.sizeBy);
    // Size follows the value itself (square root, so that area grows with it); colour follows rank.
    const sizeShare = sizeValue === null || span <= 0 ? 0 : Math.sqrt((sizeValue - sizeScale.min) / span);
    let color: string;
    if (colorScale === null) color = communityColor(attributes.communityRank);
    else {
      const position = colorScale.position(memberMetricValue(member, view.colorBy as MapMetricKey));
      color = position === null ? noDataColor : sequentialColor(position);
    }
    const hidden = !memberVisible(member, view);
    if (!hidden) visibleMembers += 1;
    return { ...attributes, size: min + (max - min) * sizeShare, color, hidden };
  });

  model.graph.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    hidden: !attributes.tieTypes.some((type) => view.tieTypes.includes(type)),
  }));
  return { colorScale, visibleMembers };
}
