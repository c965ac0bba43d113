import { generateDemoOrganizations } from '../../demo/generateDemoNetwork.ts';
import { withPlantedPairs } from '../../demo/plantedPairs.ts';
import { matchProfileFromDemo, type MatchItem, type MatchProfile } from './matchProfile.ts';
import { neutralTrust } from './score.ts';

// Profiles for the engine's tests: hand-made ones with only what a test is about, and demo networks.

export function item(capability: string, title: string, overrides: Partial<MatchItem> = {}): MatchItem {
  return {
    capability,
    title,
    description: '',
    quantity: null,
    unit: '',
    availableFrom: null,
    availableUntil: null,
    priority: 'medium',
    ...overrides,
  };
}

export function profile(id: string, overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id,
    country: 'IT',
    places: ['Bologna', 'Emilia-Romagna'],
    latitude: 44.4949,
    longitude: 11.3426,
    naceCode: '62.01',
    employees: 12,
    turnoverBand: 'under_2m',
    goals: ['innovation'],
    values: { sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 },
    riskAppetite: 3,
    digitalMaturity: 3,
    businessSystems: [],
    culture: { pdi: 50, idv: 76, mas: 70, uai: 75, lto: 61, ivr: 30 },
    offers: [],
    needs: [],
    trust: neutralTrust,
    clusterId: null,
    networks: [],
    scope: 'national',
    ...overrides,
  };
}

/** A demo network as match profiles: clusters by country and NACE division, some verified and rated. */
export function* demoProfiles(count: number, seed = 7, stride = 0): Generator<MatchProfile> {
  const clusters = new Map<string, number>();
  const organizations = generateDemoOrganizations({ count, seed });
  let index = 0;
  for (const org of stride >= 2 ? withPlantedPairs(organizations, { seed, stride }) : organizations) {
    const key = `${org.identity.country}:${(org.identity.naceCode ?? '').slice(0, 2)}`;
    if (!clusters.has(key)) clusters.set(key, clusters.size);
    const ratings = index % 7;
    yield matchProfileFromDemo(org, {
      id: `org-${index}`,
      clusterId: clusters.get(key) ?? null,
      trust: { verified: index % 5 === 0, ratingSum: ratings * (0.5 + ((index * 13) % 10) / 20), ratingCount: ratings },
      networks: index % 3 === 0 ? ['net-a'] : [],
    });
    index++;
  }
}
