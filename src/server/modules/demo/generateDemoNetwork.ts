import { capabilityById } from '../../../common/reference/capabilities.ts';
import { cultureForCountry } from '../../../common/reference/hofstede.ts';
import type { CreateOrgInput, OfferInput, ResourceInput, StrategicProfileInput } from '../../../common/schemas.ts';
import {
  hofstedeDimensions,
  strategicGoals,
  valueDimensions,
  type Availability,
  type Priority,
  type TurnoverBand,
  type Visibility,
} from '../../../common/vocabulary.ts';
import {
  accountingSystems,
  accountingSystemsByCountry,
  archetypes,
  crmSystems,
  erpSystems,
  type Archetype,
  type BusinessSystem,
  type ItemTemplate,
  type Range,
} from './archetypes.ts';
import { clamp, fill, formatNumber, lowerFirst, roundNice, slugify, unitFor, upperFirst } from './demoText.ts';
import { baseName, uniqueName, type NameRegistry } from './demoNames.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';
import { jitterCoordinates, regions, type Town } from './regions.ts';

// Deterministic demo network: organization i is generated from its own PRNG seeded with
// (seed, i), so the same (count, seed) gives identical output and a smaller run is a prefix of a
// larger one. Only name de-duplication carries state from one organization to the next.

export interface DemoOrganization {
  identity: CreateOrgInput;
  strategy: StrategicProfileInput;
  resources: ResourceInput[];
  offers: OfferInput[];
  needs: OfferInput[];
  contact: { name: string; email: string };
}

export interface DemoOptions {
  count: number;
  seed: number;
  /** First day of offer/need time windows (ISO date); fixed by default so output never drifts. */
  startDate?: string;
  /**
   * The first organization lists as many needs as any gets (four, or all its sector has): the demo
   * user's own, so that the team builder has a bundle of needs to cover. Off by default, which keeps
   * the benchmarks' networks as they were.
   */
  firstWithMostNeeds?: boolean;
}

export const DEFAULT_DEMO_START_DATE = '2026-12-01';
const FOUNDING_REFERENCE_YEAR = 2026;

/** International brand words for names like "Blue Hill Roasters". */
const availabilityWeights: ReadonlyArray<readonly [Availability, number]> = [
  ['available', 6],
  ['limited', 3],
  ['committed', 1],
];
const offerPriorityWeights: ReadonlyArray<readonly [Priority, number]> = [
  ['low', 3],
  ['medium', 5],
  ['high', 2],
  ['critical', 0.3],
];
const needPriorityWeights: ReadonlyArray<readonly [Priority, number]> = [
  ['low', 1.5],
  ['medium', 4],
  ['high', 3.5],
  ['critical', 1],
];

function weighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = random.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

const archetypeWeights: ReadonlyArray<readonly [Archetype, number]> = archetypes.map((a) => [a, a.weight]);

function between(random: Random, [min, max]: Range): number {
  return roundNice(random.int(min, max));
}

function logUniformInt(random: Random, [min, max]: Range): number {
  const lo = Math.log(Math.max(1, min));
  const hi = Math.log(max + 1);
  return Math.min(max, Math.max(min, Math.floor(Math.exp(lo + random.next() * (hi - lo)))));
}

function turnoverBand(thousandEuro: number): TurnoverBand {
  if (thousandEuro < 2_000) return 'under_2m';
  if (thousandEuro < 10_000) return '2m_10m';
  if (thousandEuro < 50_000) return '10m_50m';
  return 'over_50m';
}

/** ISO dates counted in days from a start date; cached because every offer needs one or two. */
function dateTable(startDate: string): (day: number) => string {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  if (Number.isNaN(start)) throw new Error(`invalid startDate: ${startDate}`);
  const cache: string[] = [];
  return (day) => (cache[day] ??= new Date(start + day * 86_400_000).toISOString().slice(0, 10));
}

function buildStrategy(
  random: Random,
  archetype: Archetype,
  country: string,
  employees: number,
): StrategicProfileInput {
  const goalCount = random.int(1, Math.min(3, archetype.goals.length));
  const goals = random.sample(archetype.goals, goalCount);
  if (goals.length < 3 && random.chance(0.15)) {
    const extra = random.pick(strategicGoals);
    if (!goals.includes(extra)) goals.push(extra);
  }
  const values = { sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 };
  for (const dimension of valueDimensions) {
    values[dimension] = clamp(Math.round(random.normal(archetype.values[dimension], 12)), 0, 100);
  }
  const digitalMaturity = clamp(random.int(...archetype.digitalMaturity), 1, 5);
  const businessSystems: BusinessSystem[] = [];
  if (random.chance(0.9)) {
    const local = accountingSystemsByCountry[country];
    businessSystems.push({
      kind: 'accounting',
      name: random.pick(local && random.chance(0.8) ? local : accountingSystems),
    });
  }
  if (digitalMaturity >= 3 && random.chance(0.6)) businessSystems.push({ kind: 'crm', name: random.pick(crmSystems) });
  if (employees >= 50 || (employees >= 15 && digitalMaturity >= 3 && random.chance(0.7))) {
    businessSystems.push({ kind: 'erp', name: random.pick(erpSystems) });
  }
  for (const tool of archetype.tools) if (random.chance(0.2 + 0.12 * digitalMaturity)) businessSystems.push(tool);

  const cultureOverrides: StrategicProfileInput['cultureOverrides'] = {};
  if (random.chance(0.06)) {
    const dimension = random.pick(hofstedeDimensions);
    const base = cultureForCountry(country)?.[dimension] ?? 50;
    const shift = random.int(10, 25) * (random.chance(0.5) ? 1 : -1);
    cultureOverrides[dimension] = clamp(base + shift, 0, 120);
  }
  return {
    goals,
    values,
    riskAppetite: clamp(random.int(...archetype.riskAppetite), 1, 5),
    digitalMaturity,
    businessSystems,
    cultureOverrides,
    visibility: 'network',
  };
}

function buildResources(random: Random, archetype: Archetype): ResourceInput[] {
  const count = random.int(3, Math.min(7, archetype.resources.length));
  return random.sample(archetype.resources, count).map((t) => {
    let visibility: Visibility;
    if (t.category === 'financial') visibility = random.chance(0.7) ? 'private' : 'network';
    else
      visibility = weighted(random, [
        ['network', 7],
        ['public', 2],
        ['private', 1],
      ]);
    return {
      category: t.category,
      name: t.name,
      description: t.description,
      capacity: t.capacity === null ? null : between(random, t.capacity),
      unit: t.capacity === null ? '' : t.unit,
      availability: weighted(random, availabilityWeights),
      visibility,
    };
  });
}

interface ItemContext {
  random: Random;
  noun: string;
  town: string;
  day: (offset: number) => string;
}

function buildItem(ctx: ItemContext, template: ItemTemplate, kind: 'offer' | 'need'): OfferInput {
  const { random } = ctx;
  const capability = capabilityById.get(template.capability);
  if (capability === undefined) throw new Error(`unknown capability in demo archetype: ${template.capability}`);
  const label = capability.label;
  const quantity = template.quantity === null ? null : between(random, template.quantity);
  const unit = quantity === null ? '' : template.unit;
  const note = template.note === undefined ? '' : ` ${template.note}`;
  const amount = quantity === null ? '' : `${formatNumber(quantity)} ${unitFor(quantity, unit)}`;

  let title: string;
  let description: string;
  if (kind === 'offer') {
    title = quantity === null ? label : `${label} — up to ${amount}`;
    description = `${upperFirst(ctx.noun)} in ${ctx.town} offering ${lowerFirst(label)}${note}${quantity === null ? '' : `, up to ${amount}`}.`;
  } else {
    title = `Looking for ${lowerFirst(label)}`;
    description = `${upperFirst(ctx.noun)} in ${ctx.town} looking for ${lowerFirst(label)}${note}${quantity === null ? '' : ` (about ${amount})`}.`;
  }

  let availableFrom: string | null = null;
  let availableUntil: string | null = null;
  if (random.chance(0.75)) {
    const from = random.int(0, 240);
    availableFrom = ctx.day(from);
    if (random.chance(0.65)) availableUntil = ctx.day(from + random.int(30, 540));
  } else if (random.chance(0.3)) {
    availableUntil = ctx.day(random.int(60, 720));
  }

  return {
    capability: template.capability,
    title,
    description,
    quantity,
    unit,
    availableFrom,
    availableUntil,
    priority: weighted(random, kind === 'offer' ? offerPriorityWeights : needPriorityWeights),
    visibility:
      kind === 'offer'
        ? weighted(random, [
            ['network', 3],
            ['public', 1],
          ])
        : weighted(random, [
            ['network', 16],
            ['public', 3],
            ['private', 1],
          ]),
  };
}

const MOST_NEEDS = 4;

function buildOrganization(
  random: Random,
  registry: NameRegistry,
  day: (offset: number) => string,
  withMostNeeds: boolean,
): DemoOrganization {
  const archetype = weighted(random, archetypeWeights);
  const region = random.pick(regions);
  const town: Town = random.pick(region.towns);
  const surname = random.pick(region.surnames);
  const base = baseName(random, archetype, region, surname);
  const { name, slug } = uniqueName(registry, base, town.name);

  const employees = logUniformInt(random, archetype.employees);
  const turnover = employees * archetype.revenuePerEmployee * Math.exp(random.normal(0, 0.35));
  const age = clamp(Math.round(Math.exp(random.normal(Math.log(14), 0.8))), 1, 120);
  const founded = FOUNDING_REFERENCE_YEAR - age;
  const { latitude, longitude } = jitterCoordinates(town, random);
  const description = fill(random.pick(archetype.descriptions), {
    noun: archetype.noun,
    Noun: upperFirst(archetype.noun),
    town: town.name,
    region: region.name,
    specialty: random.pick(archetype.specialties),
    year: String(founded),
    employees: String(employees),
  });

  const identity: CreateOrgInput = {
    name,
    description,
    website: `https://${slug}.example`,
    country: region.country,
    region: region.name,
    city: town.name,
    latitude,
    longitude,
    naceCode: archetype.naceCode,
    founded,
    employees,
    turnoverBand: turnoverBand(turnover),
    visibility: 'public',
  };

  const strategy = buildStrategy(random, archetype, region.country, employees);
  const resources = buildResources(random, archetype);
  const ctx: ItemContext = { random, noun: archetype.noun, town: town.name, day };
  const offerTemplates = random.sample(archetype.offers, random.int(2, Math.min(5, archetype.offers.length)));
  const mostNeeds = Math.min(MOST_NEEDS, archetype.needs.length);
  const needCount = random.int(1, mostNeeds);
  const needTemplates = random.sample(archetype.needs, withMostNeeds ? mostNeeds : needCount);
  const offers = offerTemplates.map((t) => buildItem(ctx, t, 'offer'));
  const needs = needTemplates.map((t) => buildItem(ctx, t, 'need'));

  const firstName = random.pick(region.firstNames);
  const lastName = base.includes(surname) ? surname : random.pick(region.surnames);
  const contact = { name: `${firstName} ${lastName}`, email: `${slugify(firstName)}@${slug}.example` };

  return { identity, strategy, resources, offers, needs, contact };
}

/** Yields `count` demo organizations; identical for the same (count, seed), prefix-stable in count. */
export function* generateDemoOrganizations(options: DemoOptions): Generator<DemoOrganization> {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, got ${count}`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const day = dateTable(options.startDate ?? DEFAULT_DEMO_START_DATE);
  const registry: NameRegistry = { taken: new Set(), nextNumber: new Map() };
  for (let index = 0; index < count; index++) {
    const withMostNeeds = index === 0 && options.firstWithMostNeeds === true;
    yield buildOrganization(createRandom(deriveSeed(seed, index)), registry, day, withMostNeeds);
  }
}

/** Convenience: the whole demo network as an array. */
export function generateDemoNetwork(options: DemoOptions): DemoOrganization[] {
  return [...generateDemoOrganizations(options)];
}
