import type { HofstedeScores } from '../../../../common/reference/hofstede.ts';
import { cultureForCountry } from '../../../../common/reference/hofstede.ts';
import type {
  BusinessSystemKind,
  Priority,
  StrategicGoal,
  TurnoverBand,
  ValueDimension,
} from '../../../../common/vocabulary.ts';
import { hofstedeDimensions } from '../../../../common/vocabulary.ts';
import type { DemoOrganization } from '../../demo/generateDemoNetwork.ts';
import type { GeoScope } from './geo.ts';
import { neutralTrust, type Trust } from './score.ts';

// What the matching engine reads about an organization: exactly the fields of the score, as plain
// data. The service layer builds these from the database; the demo generator's output converts here.

export interface MatchItem {
  /** Stable id of the offer or need, when it has one (team requests name needs by id). */
  id?: string;
  /** Capability id, a dotted path of the taxonomy ('digital.web.seo'). */
  capability: string;
  title: string;
  description: string;
  quantity: number | null;
  unit: string;
  /** ISO dates; null for an open end. */
  availableFrom: string | null;
  availableUntil: string | null;
  priority: Priority;
}

export interface MatchProfile {
  id: string;
  country: string;
  /**
   * Its own town and region. Their words in its offers and needs ("a bakery in Vic looking for…") say
   * where it is, which geography scores; they are not counted as words the items match on.
   */
  places: string[];
  latitude: number | null;
  longitude: number | null;
  naceCode: string | null;
  employees: number | null;
  turnoverBand: TurnoverBand | null;
  goals: StrategicGoal[];
  values: Record<ValueDimension, number>;
  riskAppetite: number;
  digitalMaturity: number;
  businessSystems: Array<{ kind: BusinessSystemKind; name: string }>;
  /** Hofstede scores after the organization's own overrides; null where unknown. */
  culture: HofstedeScores;
  offers: MatchItem[];
  needs: MatchItem[];
  trust: Trust;
  /** Community of the collaboration network the organization sits in; null when unknown. */
  clusterId: number | null;
  /** Networks (clusters, associations, co-ops) it is an active member of. */
  networks: string[];
  /** Preferred partner scope for the geography component. */
  scope: GeoScope;
}

export interface DemoProfileOptions {
  id: string;
  trust?: Trust;
  clusterId?: number | null;
  networks?: string[];
  scope?: GeoScope;
}

/** Country scores with the strategic profile's per-dimension overrides on top. */
export function resolveCulture(
  country: string,
  overrides: Partial<Record<keyof HofstedeScores, number | null>>,
): HofstedeScores {
  const base = cultureForCountry(country);
  const scores: HofstedeScores = { pdi: null, idv: null, mas: null, uai: null, lto: null, ivr: null };
  for (const dimension of hofstedeDimensions) scores[dimension] = overrides[dimension] ?? base?.[dimension] ?? null;
  return scores;
}

export function matchProfileFromDemo(org: DemoOrganization, options: DemoProfileOptions): MatchProfile {
  const { identity, strategy } = org;
  // No item ids: demo items have none, and a million organizations' worth of id strings costs memory.
  const item = (source: DemoOrganization['offers'][number]): MatchItem => ({
    capability: source.capability,
    title: source.title,
    description: source.description,
    quantity: source.quantity,
    unit: source.unit,
    availableFrom: source.availableFrom,
    availableUntil: source.availableUntil,
    priority: source.priority,
  });
  return {
    id: options.id,
    country: identity.country,
    places: [identity.city, identity.region],
    latitude: identity.latitude,
    longitude: identity.longitude,
    naceCode: identity.naceCode,
    employees: identity.employees,
    turnoverBand: identity.turnoverBand,
    goals: strategy.goals,
    values: strategy.values,
    riskAppetite: strategy.riskAppetite,
    digitalMaturity: strategy.digitalMaturity,
    businessSystems: strategy.businessSystems,
    culture: resolveCulture(identity.country, strategy.cultureOverrides),
    offers: org.offers.map(item),
    needs: org.needs.map(item),
    trust: options.trust ?? neutralTrust,
    clusterId: options.clusterId ?? null,
    networks: options.networks ?? [],
    scope: options.scope ?? 'national',
  };
}
