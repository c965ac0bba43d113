import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capabilityById } from '../../../common/reference/capabilities.ts';
import { countryByCode } from '../../../common/reference/countries.ts';
import { naceByCode } from '../../../common/reference/nace.ts';
import { createOrgBody, offerBody, resourceBody, strategicProfileBody } from '../../../common/schemas.ts';
import { archetypes } from './archetypes.ts';
import { generateDemoNetwork, generateDemoOrganizations, type DemoOrganization } from './generateDemoNetwork.ts';
import { createRandom, deriveSeed } from './random.ts';
import { regions } from './regions.ts';

const distanceKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
};

describe('random', () => {
  it('is reproducible and within bounds', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      assert.equal(x, b.next());
      assert.ok(x >= 0 && x < 1);
    }
    const r = createRandom(9);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      assert.ok(Number.isInteger(n) && n >= 3 && n <= 7);
    }
    const s = r.sample([1, 2, 3, 4, 5], 3);
    assert.equal(new Set(s).size, 3);
    assert.equal(r.sample([1, 2], 5).length, 2);
    assert.notEqual(deriveSeed(1, 0), deriveSeed(1, 1));
    assert.notEqual(deriveSeed(1, 0), deriveSeed(2, 0));
  });
});

describe('generateDemoOrganizations', () => {
  it('is deterministic for a seed and prefix-stable in count', () => {
    const a = generateDemoNetwork({ count: 200, seed: 42 });
    const b = generateDemoNetwork({ count: 200, seed: 42 });
    assert.deepEqual(a, b);
    const small = generateDemoNetwork({ count: 50, seed: 42 });
    assert.deepEqual(small, a.slice(0, 50));
    const other = generateDemoNetwork({ count: 50, seed: 43 });
    assert.notDeepEqual(other, small);
    assert.equal(generateDemoNetwork({ count: 0, seed: 1 }).length, 0);
    assert.throws(() => generateDemoNetwork({ count: -1, seed: 1 }));
  });

  it('produces input that passes the API schemas', () => {
    for (const org of generateDemoOrganizations({ count: 500, seed: 7 })) {
      assert.deepEqual(createOrgBody.parse(org.identity), org.identity);
      assert.deepEqual(strategicProfileBody.parse(org.strategy), org.strategy);
      assert.ok(org.resources.length >= 3 && org.resources.length <= 7);
      assert.ok(org.offers.length >= 2 && org.offers.length <= 5);
      assert.ok(org.needs.length >= 1 && org.needs.length <= 4);
      assert.ok(org.strategy.goals.length >= 1 && org.strategy.goals.length <= 3);
      for (const r of org.resources) assert.deepEqual(resourceBody.parse(r), r);
      for (const o of [...org.offers, ...org.needs]) assert.deepEqual(offerBody.parse(o), o);
      assert.equal(org.identity.visibility, 'public');
      assert.equal(org.strategy.visibility, 'network');
      assert.match(org.contact.email, /^[a-z0-9-]+@[a-z0-9-]+\.example$/);
      assert.match(org.identity.website, /^https:\/\/[a-z0-9-]+\.example$/);
    }
  });

  it('uses real capabilities, NACE codes, countries and nearby coordinates', () => {
    for (const a of archetypes) {
      assert.equal(naceByCode.get(a.naceCode)?.level, 4, `${a.key}: ${a.naceCode}`);
      for (const t of [...a.offers, ...a.needs])
        assert.ok(capabilityById.has(t.capability), `${a.key}: ${t.capability}`);
    }
    for (const region of regions) assert.ok(countryByCode.has(region.country));
    for (const org of generateDemoOrganizations({ count: 1000, seed: 3 })) {
      const { identity } = org;
      assert.ok(identity.naceCode !== null && naceByCode.has(identity.naceCode));
      for (const o of [...org.offers, ...org.needs]) assert.ok(capabilityById.has(o.capability), o.capability);
      const region = regions.find((r) => r.country === identity.country);
      const town = region?.towns.find((t) => t.name === identity.city);
      assert.ok(town, `${identity.city} is not a demo town`);
      assert.ok(identity.latitude !== null && identity.longitude !== null);
      assert.ok(distanceKm(town.lat, town.lon, identity.latitude, identity.longitude) <= 5.01);
    }
  });

  it('keeps names and emails unique across 20 000 organizations', () => {
    const names = new Set<string>();
    const emails = new Set<string>();
    const websites = new Set<string>();
    let count = 0;
    for (const org of generateDemoOrganizations({ count: 20_000, seed: 11 })) {
      count++;
      names.add(org.identity.name.toLowerCase());
      emails.add(org.contact.email);
      websites.add(org.identity.website);
    }
    assert.equal(names.size, count);
    assert.equal(emails.size, count);
    assert.equal(websites.size, count);
  });

  it('can give the first organization, the demo user’s own, a bundle of needs for the team builder', () => {
    for (const seed of [1, 42, 2024]) {
      const [first] = generateDemoNetwork({ count: 1, seed, firstWithMostNeeds: true });
      const archetype = archetypes.find((a) => a.naceCode === first?.identity.naceCode);
      assert.equal(first?.needs.length, Math.min(4, archetype?.needs.length ?? 0), `seed ${seed}`);
      const [plain] = generateDemoNetwork({ count: 2, seed });
      const [, second] = generateDemoNetwork({ count: 2, seed, firstWithMostNeeds: true });
      assert.deepEqual(second, generateDemoNetwork({ count: 2, seed })[1], 'only the first changes');
      assert.equal(plain?.identity.name, first?.identity.name);
    }
  });

  it('contains complementary pairs', () => {
    const orgs = generateDemoNetwork({ count: 120, seed: 2024 });
    const offersOf = (o: DemoOrganization) => new Set(o.offers.map((x) => x.capability));
    const needsOf = (o: DemoOrganization) => new Set(o.needs.map((x) => x.capability));
    const offers = orgs.map(offersOf);
    const needs = orgs.map(needsOf);
    let pairs = 0;
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const iServesJ = [...(needs[j] ?? [])].some((c) => offers[i]?.has(c));
        const jServesI = [...(needs[i] ?? [])].some((c) => offers[j]?.has(c));
        if (iServesJ && jServesI) pairs++;
      }
    }
    assert.ok(pairs >= 1, 'no complementary pair');
  });

  it('generates 100 000 organizations', () => {
    const started = performance.now();
    let count = 0;
    let last: DemoOrganization | undefined;
    for (const org of generateDemoOrganizations({ count: 100_000, seed: 1 })) {
      count++;
      last = org;
    }
    const ms = performance.now() - started;
    assert.equal(count, 100_000);
    assert.ok(last);
    console.log(`generated 100 000 demo organizations in ${ms.toFixed(0)} ms`);
  });
});
