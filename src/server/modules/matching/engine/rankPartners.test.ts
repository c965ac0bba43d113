import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plantedPairs } from '../../demo/plantedPairs.ts';
import { contextComponents } from './candidateContext.ts';
import { demoProfiles, item, profile } from './fixtures.ts';
import { buildMatchIndex } from './matchIndex.ts';
import { createQueryContext } from './queryContext.ts';
import {
  exhaustiveNeedFirst,
  exhaustiveRank,
  needFirst,
  rankPartners,
  rankTopIds,
  type RankedCandidate,
} from './rankPartners.ts';
import { combineDirections, combineTotal, compositeBase, normalizeWeights } from './score.ts';

const summary = (ranked: RankedCandidate[]) => ranked.map((r) => `${r.id}:${r.total}`);

describe('rankPartners on a demo network', () => {
  const index = buildMatchIndex(demoProfiles(2000));

  it('returns exactly the exhaustive top 10 for 50 organizations', () => {
    for (let q = 0; q < 50; q++) {
      const org = (q * 7919 + 11) % 2000;
      assert.deepEqual(summary(rankPartners(index, { org })), summary(exhaustiveRank(index, { org })), `org ${org}`);
    }
  });

  it('stays exact with other weights, scopes, k and filters', () => {
    const queries = [
      { weights: { complementarity: 0.8, geography: 0.3 }, scope: 'local' as const },
      { k: 25, filters: { country: ['IT', 'DE'], sizeClass: ['micro', 'small'] as const } },
      { filters: { radiusKm: 150, sector: 'C' } },
      { filters: { network: 'net-a', excludeIds: ['org-1', 'org-2', 5] } },
      { weights: { complementarity: 0 } },
      { weights: { complementarity: 1 } },
    ];
    for (const [n, extra] of queries.entries()) {
      for (let q = 0; q < 6; q++) {
        const query = { org: (q * 104729 + n) % 2000, ...extra };
        assert.deepEqual(
          summary(rankPartners(index, query)),
          summary(exhaustiveRank(index, query)),
          JSON.stringify(query),
        );
      }
    }
  });

  it('answers need-first exactly', () => {
    for (let q = 0; q < 20; q++) {
      const org = (q * 31 + 3) % 2000;
      assert.deepEqual(summary(needFirst(index, org, 0)), summary(exhaustiveNeedFirst(index, org, 0)));
    }
  });

  it('explains the total from its components', () => {
    const [best] = rankPartners(index, { org: 42 });
    assert.ok(best !== undefined);
    const weights = normalizeWeights();
    const { complementarity, ...context } = best.components;
    const mean =
      Object.entries(context).reduce((sum, [name, value]) => sum + weights[name as keyof typeof weights] * value, 0) /
      (1 - weights.complementarity);
    const expected = combineTotal(
      compositeBase(complementarity, mean, weights.complementarity),
      best.penalties,
      best.diversityBonus,
    );
    assert.ok(Math.abs(best.total - expected) < 1e-12);
    assert.equal(
      complementarity,
      combineDirections(best.coverage.theirOffersForMyNeeds, best.coverage.myOffersForTheirNeeds),
    );
    assert.ok(best.matches.length > 0 && best.matches[0]?.score !== undefined);
    assert.deepEqual(Object.keys(contextComponents(createQueryContext(index, { org: 42 }), best.org)).length, 7);
  });
});

describe('relevance', () => {
  it('ranks planted complementary partners in each other’s top 10 (precision@10 ≥ 0.8)', () => {
    const stride = 20;
    const index = buildMatchIndex(demoProfiles(2000, 11, stride));
    let hits = 0;
    let total = 0;
    for (const [a, b] of plantedPairs(2000, { seed: 11, stride })) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        total++;
        if (rankTopIds(index, { org: x }).some((r) => r.org === y)) hits++;
      }
    }
    assert.ok(hits / total >= 0.8, `precision@10 ${hits / total}`);
  });
});

describe('matched pairs and warnings', () => {
  // Bakery needs coffee (critical, 50 kg) and offers counter space; the roaster offers 80 kg of
  // coffee and needs counter space. Only the roaster offers roasted coffee: a single source (the
  // importer's green coffee is related, not the same).
  const bakery = profile('bakery', {
    employees: 8,
    clusterId: 1,
    needs: [
      item('food.coffee.roasted-beans', 'Looking for roasted coffee beans', {
        priority: 'critical',
        quantity: 50,
        unit: 'kg/week',
      }),
    ],
    offers: [item('network.channels.horeca', 'Counter places for partner products')],
  });
  const roaster = profile('roaster', {
    employees: 400,
    turnoverBand: '10m_50m',
    clusterId: 1,
    latitude: 44.6471,
    longitude: 10.9252,
    offers: [item('food.coffee.roasted-beans', 'Roasted coffee beans', { quantity: 80, unit: 'kg/week' })],
    needs: [item('network.channels.horeca', 'Looking for counter places in cafés')],
  });
  const importer = profile('importer', {
    clusterId: 2,
    offers: [item('food.coffee.green-beans', 'Green coffee')],
    needs: [item('digital.web.seo', 'SEO audits')],
  });
  const index = buildMatchIndex([bakery, roaster, importer]);

  it('names the need ↔ offer pairs with their tags and words', () => {
    const [first] = rankPartners(index, { org: 'bakery' });
    assert.equal(first?.id, 'roaster');
    const theirs = first?.matches.find((m) => m.direction === 'they_cover_my_need');
    assert.equal(theirs?.tagRelation, 'exact');
    assert.deepEqual(theirs?.matchedTags, ['food.coffee.roasted-beans']);
    assert.deepEqual(theirs?.matchedTerms, ['roasted', 'coffee', 'beans']);
    assert.equal(theirs?.quantity, 1);
    const mine = first?.matches.find((m) => m.direction === 'i_cover_their_need');
    assert.equal(mine?.offerTitle, 'Counter places for partner products');
  });

  it('warns about size asymmetry, a single source and lock-in', () => {
    const [first] = rankPartners(index, { org: 'bakery' });
    assert.deepEqual(
      first?.warnings.map((w) => w.kind),
      ['size_asymmetry', 'dependence', 'lock_in'],
    );
    assert.match(first?.warnings[1]?.text ?? '', /only 0 other organizations/);
    assert.equal(first?.penalties, 0.25);
    assert.equal(first?.diversityBonus, false);
    const importerRank = rankPartners(index, { org: 'bakery' }).find((r) => r.id === 'importer');
    assert.equal(importerRank?.diversityBonus, true);
  });
});

describe('matched words', () => {
  // The index meets "jarring" first; the pair's own titles write "jars".
  const coPacker = profile('co-packer', {
    offers: [item('food.prepared.co-packing', 'Co-packing on our jarring line')],
  });
  const glassworks = profile('glassworks', {
    offers: [item('packaging.food-grade.trays', 'Glass jars, 250 ml')],
    needs: [item('food.prepared.sauces', 'Tomato sauce for our samples')],
  });
  const saucier = profile('saucier', {
    offers: [item('food.prepared.sauces', 'Tomato sauce')],
    needs: [item('packaging.food-grade.trays', 'Jars for our sauces')],
  });
  const index = buildMatchIndex([coPacker, glassworks, saucier]);

  it('are shown as the pair’s titles write them', () => {
    const glass = rankPartners(index, { org: 'saucier' }).find((c) => c.id === 'glassworks');
    const theirs = glass?.matches.find((m) => m.direction === 'they_cover_my_need');
    assert.deepEqual(theirs?.matchedTerms, ['jars']);
  });
});

describe('words beyond English', () => {
  // Texts in Greek, and Polish typed without its letters, link their writers through the words alone:
  // the tags of each pair are unrelated.
  const athens = { country: 'GR', places: ['Athens'], latitude: 37.98, longitude: 23.73 };
  const bakery = profile('bakery', {
    ...athens,
    needs: [item('packaging.food-grade.paper-bags', 'Χάρτινες σακούλες ψωμιού')],
    offers: [item('food.bakery.bread', 'Ψωμί')],
  });
  const printer = profile('printer', {
    ...athens,
    offers: [item('manufacturing.textiles.embroidery', 'Τυπωμένες χάρτινες σακούλες ψωμιού')],
    needs: [item('food.bakery.bread', 'Ψωμί για το προσωπικό')],
  });
  const weaver = profile('weaver', {
    country: 'PL',
    places: ['Łódź'],
    needs: [item('manufacturing.textiles.technical', 'wlokno lniane, 200 kg')],
    offers: [item('digital.web.seo', 'Pozycjonowanie stron')],
  });
  const flaxFarm = profile('flax-farm', {
    country: 'PL',
    places: ['Kraków'],
    offers: [item('food.grains.heritage', 'Włókno lniane')],
    needs: [item('digital.web.seo', 'Pozycjonowanie sklepu')],
  });
  // An Italian dairy and glassworks write their words in other forms (vasetti / vasetto, formaggi /
  // formaggio): their texts are told Italian by their small words and stemmed as such, so they meet.
  const dairy = profile('dairy', {
    needs: [item('manufacturing.textiles.technical', 'Vasetti di vetro per i nostri formaggi')],
    offers: [item('food.dairy.cheese', 'Formaggio stagionato per la ristorazione')],
  });
  const glassworks = profile('glassworks', {
    places: ['Murano', 'Veneto'],
    offers: [
      item('digital.web.seo', 'Vasetto in vetro per formaggio', { description: 'Soffiato a mano, con il tappo.' }),
    ],
    needs: [item('food.dairy.cheese', 'Formaggi per la mensa dei soffiatori')],
  });
  // Others with other words, so that the shared words are rare, as they are in a real network.
  const others = Array.from({ length: 20 }, (_, i) =>
    profile(`other-${i}`, {
      offers: [item('digital.web.hosting', 'Web hosting')],
      needs: [item('logistics.transport.freight', 'Pallet transport')],
    }),
  );
  const index = buildMatchIndex([bakery, printer, weaver, flaxFarm, dairy, glassworks, ...others]);
  const wordsMatched = (from: string, to: string) =>
    rankPartners(index, { org: from, k: 3 })
      .find((r) => r.id === to)
      ?.matches.find((m) => m.direction === 'they_cover_my_need')?.matchedTerms;

  it('match Greek words', () => {
    assert.deepEqual(wordsMatched('bakery', 'printer'), ['ψωμιου', 'χαρτινες', 'σακουλες']);
  });

  it('match Italian words in their other forms', () => {
    assert.deepEqual(wordsMatched('dairy', 'glassworks'), ['formaggi', 'vasetti', 'vetro']);
  });

  it('match Polish words with or without their diacritics', () => {
    assert.deepEqual(wordsMatched('weaver', 'flax-farm'), ['wlokno', 'lniane']);
  });
});

describe('place names in item texts', () => {
  // Two organizations in Vic whose texts share only the town's name, and two elsewhere that both
  // write about Vic: only an organization's own places are dropped from its words.
  const inVic = { places: ['Vic', 'Catalonia'], latitude: 41.93, longitude: 2.25 };
  const bakery = profile('bakery', {
    ...inVic,
    needs: [item('packaging.food-grade.paper-bags', 'Paper bags', { description: 'A bakery in Vic needs bags.' })],
    offers: [item('food.bakery.bread', 'Bread', { description: 'Fresh bread from Vic, Catalonia.' })],
  });
  const distributor = profile('distributor', {
    ...inVic,
    offers: [item('network.distribution.regional', 'Regional distribution', { description: 'Based in Vic.' })],
    needs: [item('digital.web.seo', 'Search ranking', { description: 'For our shop in Vic.' })],
  });
  const shipper = profile('shipper', {
    places: ['Girona'],
    offers: [item('logistics.transport.freight', 'Daily runs to Vic')],
    needs: [item('food.bakery.bread', 'Bread for the drivers')],
  });
  const mill = profile('mill', {
    places: ['Manresa'],
    needs: [item('logistics.transport.freight', 'Transport to Vic')],
    offers: [item('food.grains.flour', 'Flour')],
  });
  const index = buildMatchIndex([bakery, distributor, shipper, mill]);
  const words = (from: string, to: string) =>
    rankPartners(index, { org: from, k: 3 })
      .find((r) => r.id === to)
      ?.matches.flatMap((m) => m.matchedTerms);

  it('does not count an organization’s own town or region as a matching word', () => {
    const suggested = rankPartners(index, { org: 'bakery', k: 3 }).map((r) => r.id);
    assert.deepEqual(suggested, ['shipper'], 'nothing but “Vic” links the bakery and the distributor');
    assert.deepEqual(words('shipper', 'bakery'), ['bread']);
  });

  it('keeps a place name that is not the writer’s own', () => {
    assert.ok(words('mill', 'shipper')?.includes('vic'));
  });
});

describe('candidates that cover nothing', () => {
  // The look-alike shares the asker's town, sector, values and culture but no related tag or word; the
  // far-away pair covers one need each way. With k above the candidates that cover something, the
  // ranking holds those only, even when complementarity weighs nothing (fit alone then orders them).
  const asker = profile('asker', {
    needs: [item('digital.web.seo', 'Search ranking for our shop')],
    offers: [item('food.bakery.bread', 'Sourdough bread')],
  });
  const lookalike = profile('lookalike', {
    needs: [item('logistics.transport.freight', 'Pallet transport')],
    offers: [item('packaging.food-grade.paper-bags', 'Paper bags')],
  });
  const partner = profile('partner', {
    latitude: 52.52,
    longitude: 13.4,
    places: ['Berlin'],
    country: 'DE',
    needs: [item('food.bakery.bread', 'Bread for our canteen')],
    offers: [item('digital.web.seo', 'Search engine optimisation')],
  });
  const index = buildMatchIndex([asker, lookalike, partner]);

  for (const weights of [undefined, { complementarity: 0 }]) {
    it(`are no suggestion, however close (weights ${JSON.stringify(weights ?? 'default')})`, () => {
      const query = { org: 'asker', k: 5, weights };
      assert.deepEqual(
        rankPartners(index, query).map((r) => r.id),
        ['partner'],
      );
      assert.deepEqual(summary(exhaustiveRank(index, query)), summary(rankPartners(index, query)));
      assert.deepEqual(rankTopIds(index, query).length, 1);
    });
  }

  it('are not who can fill a need', () => {
    assert.deepEqual(
      needFirst(index, 'asker', 0, 5).map((r) => r.id),
      ['partner'],
    );
    assert.deepEqual(
      exhaustiveNeedFirst(index, 'asker', 0, 5).map((r) => r.id),
      ['partner'],
    );
  });
});
