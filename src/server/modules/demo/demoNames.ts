import type { Archetype } from './archetypes.ts';
import { slugify } from './demoText.ts';
import type { Random } from './random.ts';
import type { Region } from './regions.ts';

// Organization names: local trade words, surnames and brand words, made unique by town or number.

const brandWords: readonly string[] = [
  'Blue Hill',
  'Northwind',
  'Silver Oak',
  'Red Fox',
  'Green Valley',
  'Old Mill',
  'Golden Ear',
  'Iron Bridge',
  'Bright Path',
  'Clear Sky',
  'Stone Bridge',
  'White Rabbit',
  'Copper Kettle',
  'Black Swan',
  'Evergreen',
  'Fieldstone',
  'Harbour',
  'High Meadow',
  'Keystone',
  'Lighthouse',
  'Maple',
  'Nordic',
  'Oakwood',
  'Pinecone',
  'Riverbend',
  'Sunrise',
  'Tall Pines',
  'True North',
  'Westwind',
  'Wildflower',
  'Summit',
  'Horizon',
  'Four Seasons',
  'Little Acorn',
  'Kingfisher',
  'Bluebird',
  'Open Field',
  'Twin Rivers',
  'Hillside',
  'Crossroads',
];

export interface NameRegistry {
  taken: Set<string>;
  nextNumber: Map<string, number>;
}

/** A name whose slug no earlier organization used: the base, then with the town, then numbered. */
export function uniqueName(registry: NameRegistry, base: string, town: string): { name: string; slug: string } {
  const baseSlug = slugify(base);
  if (!registry.taken.has(baseSlug)) {
    registry.taken.add(baseSlug);
    return { name: base, slug: baseSlug };
  }
  const withTown = base.includes(town) ? base : `${base} ${town}`;
  const townSlug = slugify(withTown);
  if (!registry.taken.has(townSlug)) {
    registry.taken.add(townSlug);
    return { name: withTown, slug: townSlug };
  }
  let n = registry.nextNumber.get(townSlug) ?? 2;
  for (;;) {
    const name = `${withTown} ${n}`;
    const slug = slugify(name);
    n += 1;
    if (!registry.taken.has(slug)) {
      registry.nextNumber.set(townSlug, n);
      registry.taken.add(slug);
      return { name, slug };
    }
  }
}

export function baseName(random: Random, archetype: Archetype, region: Region, surname: string): string {
  const trade = archetype.tradeWords[region.language];
  const r = random.next();
  if (trade && trade.length > 0) {
    if (r < 0.4) return `${random.pick(trade)} ${surname}`;
    if (r < 0.5) return `${random.pick(trade)} ${random.pick(region.placeWords)}`;
  }
  if (r < 0.7) return `${surname} ${random.pick(archetype.suffixes)}`;
  if (r < 0.8) {
    const partner = random.pick(region.surnames);
    const suffix = random.pick(archetype.suffixes);
    if (partner !== surname)
      return suffix.startsWith('&') ? `${surname} & ${partner}` : `${surname} & ${partner} ${suffix}`;
  }
  const word = random.chance(0.6) ? random.pick(brandWords) : random.pick(region.placeWords);
  return `${word} ${random.pick(archetype.suffixes)}`;
}
