import { capabilityById } from '../../../common/reference/capabilities.ts';
import type { OfferInput } from '../../../common/schemas.ts';
import { lowerFirst, upperFirst, formatNumber, unitFor } from './demoText.ts';
import type { DemoOrganization } from './generateDemoNetwork.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';

// Ground truth for partner matching: complementary pairs planted into a generated network.
//
// In every block of `stride` consecutive organizations, the first (A) keeps what the generator made
// and the second (B) is rewritten as A's mirror: B offers what A needs (same capability, more than
// the quantity, any time) and needs what A offers, with high or critical priority, and A's needs
// become high or critical too; B moves to A's town and takes A's goals, values (±3), risk appetite,
// digital maturity, business systems and culture. Everything else of B (name, sector, size,
// resources) stays. Deterministic by seed; a pair never spans two blocks, so a prefix of the
// network holds the same pairs.

export interface PlantOptions {
  seed: number;
  /** Block length (≥ 2): organizations i·stride and i·stride + 1 form pair i. */
  stride: number;
}

/** The planted partner of organization `index`, or null when it is not part of a pair. */
export function plantedPartnerOf(index: number, options: PlantOptions): number | null {
  const offset = index % options.stride;
  if (offset === 0) return index + 1;
  if (offset === 1) return index - 1;
  return null;
}

/** All planted pairs [A, B] among the first `count` organizations. */
export function plantedPairs(count: number, options: PlantOptions): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a + 1 < count; a += options.stride) pairs.push([a, a + 1]);
  return pairs;
}

function label(capability: string): string {
  return capabilityById.get(capability)?.label ?? capability;
}

function amount(quantity: number | null, unit: string): string {
  return quantity === null ? '' : `${formatNumber(quantity)} ${unitFor(quantity, unit)}`;
}

function mirrorOffer(need: OfferInput, who: string, town: string): OfferInput {
  const quantity = need.quantity === null ? null : Math.ceil(need.quantity * 1.5);
  const text = amount(quantity, need.unit);
  return {
    capability: need.capability,
    title: quantity === null ? label(need.capability) : `${label(need.capability)} — up to ${text}`,
    description: `${who} in ${town} offering ${lowerFirst(label(need.capability))}${quantity === null ? '' : `, up to ${text}`}.`,
    quantity,
    unit: need.unit,
    availableFrom: null,
    availableUntil: null,
    priority: 'medium',
    visibility: 'network',
  };
}

function mirrorNeed(offer: OfferInput, who: string, town: string, random: Random): OfferInput {
  const quantity = offer.quantity === null ? null : Math.max(1, Math.floor(offer.quantity / 2));
  return {
    capability: offer.capability,
    title: `Looking for ${lowerFirst(label(offer.capability))}`,
    description: `${who} in ${town} looking for ${lowerFirst(label(offer.capability))}${quantity === null ? '' : ` (about ${amount(quantity, offer.unit)})`}.`,
    quantity,
    unit: offer.unit,
    availableFrom: null,
    availableUntil: null,
    priority: random.chance(0.5) ? 'critical' : 'high',
    visibility: 'network',
  };
}

/** A with high/critical needs, and B rewritten as A's complementary mirror. */
export function plantPair(
  a: DemoOrganization,
  b: DemoOrganization,
  random: Random,
): [DemoOrganization, DemoOrganization] {
  const town = a.identity.city;
  const who = upperFirst(b.identity.name);
  const plantedA: DemoOrganization = {
    ...a,
    needs: a.needs.map((need) => ({ ...need, priority: need.priority === 'critical' ? 'critical' : 'high' })),
  };
  const jitter = () => (random.next() - 0.5) * 0.02;
  const values = { ...a.strategy.values };
  for (const key of Object.keys(values) as Array<keyof typeof values>) {
    values[key] = Math.min(100, Math.max(0, values[key] + random.int(-3, 3)));
  }
  const plantedB: DemoOrganization = {
    ...b,
    identity: {
      ...b.identity,
      country: a.identity.country,
      region: a.identity.region,
      city: town,
      latitude: a.identity.latitude === null ? null : Number((a.identity.latitude + jitter()).toFixed(5)),
      longitude: a.identity.longitude === null ? null : Number((a.identity.longitude + jitter()).toFixed(5)),
    },
    strategy: {
      ...b.strategy,
      goals: [...a.strategy.goals],
      values,
      riskAppetite: a.strategy.riskAppetite,
      digitalMaturity: a.strategy.digitalMaturity,
      businessSystems: a.strategy.businessSystems.map((system) => ({ ...system })),
      cultureOverrides: { ...a.strategy.cultureOverrides },
    },
    offers: plantedA.needs.map((need) => mirrorOffer(need, who, town)),
    needs: a.offers.slice(0, 3).map((offer) => mirrorNeed(offer, who, town, random)),
  };
  return [plantedA, plantedB];
}

/** Passes a generated network through, planting a pair at the start of every block of `stride`. */
export function* withPlantedPairs(
  organizations: Iterable<DemoOrganization>,
  options: PlantOptions,
): Generator<DemoOrganization> {
  if (!Number.isInteger(options.stride) || options.stride < 2) throw new Error('stride must be an integer ≥ 2');
  let index = 0;
  let pending: DemoOrganization | null = null;
  for (const organization of organizations) {
    const offset = index % options.stride;
    if (offset === 0) {
      pending = organization;
    } else if (offset === 1 && pending !== null) {
      const random = createRandom(deriveSeed(options.seed, Math.floor(index / options.stride)));
      yield* plantPair(pending, organization, random);
      pending = null;
    } else {
      yield organization;
    }
    index++;
  }
  if (pending !== null) yield pending;
}
