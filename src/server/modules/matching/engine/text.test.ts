import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bm25, corpusOf, idf } from './bm25.ts';
import { cultureFit, cultureVector, hofstedeVariances, kogutSingh } from './culture.ts';
import { cultureForCountry } from '../../../../common/reference/hofstede.ts';
import { haversineKm } from './geo.ts';
import { porterStem } from './porterStemmer.ts';
import { tagRelation, tagSimilarity, tagSimilarityOf, createTaxonomy, registerTag } from './taxonomy.ts';
import { textLanguages, type TextLanguage } from './language.ts';
import { languageOf, tokenize } from './text.ts';

const close = (actual: number, expected: number, digits = 6) =>
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);

describe('text', () => {
  it('stems like Porter (1980)', () => {
    const samples: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      cats: 'cat',
      agreed: 'agre',
      plastered: 'plaster',
      motoring: 'motor',
      hopping: 'hop',
      filing: 'file',
      happy: 'happi',
      relational: 'relat',
      conditional: 'condit',
      digitizer: 'digit',
      generalization: 'gener',
      hopefulness: 'hope',
      electrical: 'electr',
      roasted: 'roast',
      consulting: 'consult',
    };
    for (const [word, stem] of Object.entries(samples)) assert.equal(porterStem(word), stem, word);
  });

  it('tokenises into stems without stop words, numbers or accents', () => {
    assert.deepEqual(
      tokenize('Looking for 20 kg of roasted coffee beans — café in Forlì').map((t) => t.term),
      ['look', 'kg', 'roast', 'coffe', 'bean', 'cafe', 'forli'],
    );
  });

  it('folds letters as the directory search does and stems Greek and Cyrillic words by their script', () => {
    assert.deepEqual(
      tokenize('Łódź bakeries, smørrebrød — Αθήνα αρτοποιεία, Пекарня в Софии').map((t) => t.term),
      ['lodz', 'bakeri', 'smorrebrod', 'αθην', 'αρτοποιει', 'пекарн', 'софи'],
    );
  });

  it('tells a text’s language from its function words, English on a tie or without any', () => {
    const named = (...texts: string[]) => textLanguages[languageOf(...texts)];
    assert.equal(named('Vasetti di vetro per i formaggi'), 'italian');
    assert.equal(named('Reinigung der Büros für unsere Kunden'), 'german');
    assert.equal(named('Nous livrons des palettes dans toute la région'), 'french');
    assert.equal(named('Buscamos un proveedor de café para la tienda'), 'spanish');
    assert.equal(named('Wij leveren pallets aan de winkels'), 'dutch');
    assert.equal(named('Glass jars, 250 ml'), 'english');
    // "in" is English, Italian, German and Dutch alike: a tie, so English; the description decides.
    assert.equal(named('Vasetto in vetro'), 'english');
    assert.equal(named('Vasetto in vetro', 'Prodotto nel nostro stabilimento di Murano'), 'italian');
  });

  it('stems each language with its own stemmer, so that inflected forms meet', () => {
    const terms = (text: string, language: TextLanguage) =>
      tokenize(text, textLanguages.indexOf(language)).map((t) => t.term);
    assert.deepEqual(terms('vasetti formaggi', 'italian'), terms('vasetto formaggio', 'italian'));
    assert.deepEqual(terms('palettes livrées', 'french'), terms('palette livrée', 'french'));
    assert.deepEqual(terms('Verpackungen', 'german'), terms('Verpackung', 'german'));
    assert.deepEqual(terms('botellas', 'spanish'), terms('botella', 'spanish'));
    // Polish has no Snowball stemmer: its words stay as written.
    assert.deepEqual(terms('opakowania', 'polish'), ['opakowania']);
  });

  it('drops the small words of the main EU languages, so that two texts in one language do not match on them', () => {
    const terms = (text: string) => tokenize(text).map((t) => t.term);
    assert.deepEqual(terms('Cerchiamo un fornitore di caffè per il nostro bar'), ['cerc', 'fornitor', 'caff', 'bar']);
    assert.deepEqual(terms('Reinigung der Büros für unsere Kunden und Partner'), ['reinig', 'buros', 'kund', 'partn']);
    assert.deepEqual(terms('Nous livrons des palettes dans toute la région'), ['livron', 'palet', 'tout', 'region']);
    assert.deepEqual(terms('Διανομή καφέ για τα καταστήματα της Αθήνας'), ['διανομ', 'καφ', 'καταστημ', 'αθην']);
    // Function words that are also business words in English stay terms.
    assert.deepEqual(terms('die casting, van hire, door fitting, AI, CE marking, OS, NAS, SEO and SEM'), [
      'die',
      'cast',
      'van',
      'hire',
      'door',
      'fit',
      'ai',
      'ce',
      'mark',
      'os',
      'na',
      'seo',
      'sem',
    ]);
  });

  it('drops the periods of quantities', () => {
    assert.deepEqual(
      tokenize('Road freight — up to 170 pallets/week, 3 days/month').map((t) => t.term),
      ['road', 'freight', 'pallet'],
    );
  });
});

describe('BM25', () => {
  // Offers: d1 = title "coffe bean"; d2 = title "roast coffe", description "bean"; d3 = "web design".
  // Weighted lengths 2, 2 + 0.25, 2 → average 6.25 / 3 = 2.08333.
  const docs = [
    { title: ['coffe', 'bean'], description: [] },
    { title: ['roast', 'coffe'], description: ['bean'] },
    { title: ['web', 'design'], description: [] },
  ];
  const corpus = corpusOf(docs);

  it('computes corpus statistics and idf', () => {
    close(corpus.averageLength, 6.25 / 3);
    close(idf(3, 2), Math.log(1 + 1.5 / 2.5)); // ln 1.6 = 0.470004
    close(idf(3, 1), Math.log(1 + 2.5 / 1.5)); // ln 2.6667 = 0.980829
  });

  it('scores a need against an offer by hand', () => {
    // d2: norm = 1.2 · (0.25 + 0.75 · 2.25 / 2.08333) = 1.272; tf 1 → 2.2 / 2.272 = 0.968310
    // (idf roast 0.980829 + idf coffe 0.470004) · 0.968310 = 1.404856
    close(bm25({ title: ['roast', 'coffe'], description: [] }, docs[1] as (typeof docs)[number], corpus), 1.404856);
    // d1: norm = 1.2 · (0.25 + 0.75 · 2 / 2.08333) = 1.164 → 2.2 / 2.164 = 1.016636;
    // coffe (title of the need, weight 1) + bean (only in the need's description, weight 0.25):
    // 1.25 · 0.470004 · 1.016636 = 0.597278
    close(
      bm25({ title: ['roast', 'coffe'], description: ['bean'] }, docs[0] as (typeof docs)[number], corpus),
      0.597278,
    );
    assert.equal(bm25({ title: ['seo'], description: [] }, docs[2] as (typeof docs)[number], corpus), 0);
  });
});

describe('taxonomy', () => {
  it('relates tags exactly, as siblings, or as parent and child', () => {
    assert.equal(tagRelation('digital.web.seo', 'digital.web.seo'), 'exact');
    assert.equal(tagRelation('digital.web.seo', 'digital.web.hosting'), 'sibling');
    assert.equal(tagRelation('digital.web.seo', 'digital.web'), 'parent');
    assert.equal(tagRelation('digital.web', 'digital.web.seo'), 'child');
    assert.equal(tagRelation('digital.web.seo', 'digital.software.saas'), 'none');
    assert.equal(tagRelation('digital', 'food'), 'none');
    assert.deepEqual(
      ['digital.web.seo', 'digital.web.hosting', 'digital.web', 'food.bakery.bread'].map((t) =>
        tagSimilarity('digital.web.seo', t),
      ),
      [1, 0.6, 0.4, 0],
    );
  });

  it('agrees on tag numbers, also for tags outside the reference taxonomy', () => {
    const taxonomy = createTaxonomy();
    const ids = ['digital.web.seo', 'digital.web.hosting', 'digital.web', 'digital.web.seo.local', 'crafts.pottery'];
    for (const a of ids) {
      for (const b of ids) {
        assert.equal(
          tagSimilarityOf(taxonomy.parent, registerTag(taxonomy, a), registerTag(taxonomy, b)),
          tagSimilarity(a, b),
        );
      }
    }
  });
});

describe('culture and geography', () => {
  it('computes the Kogut–Singh index of Germany and the Netherlands', () => {
    // Variances across hofstede.ts countries: pdi 465.70, idv 566.37, mas 385.04, uai 551.02, lto 566.42, ivr 497.69
    close(hofstedeVariances[0] as number, 465.6998, 3);
    close(hofstedeVariances[2] as number, 385.0378, 3);
    // DE (35, 67, 66, 65, 83, 40) vs NL (38, 80, 14, 53, 67, 68):
    // 9/465.70 + 169/566.37 + 2704/385.04 + 144/551.02 + 256/566.42 + 784/497.69
    // = 0.01933 + 0.29839 + 7.02270 + 0.26133 + 0.45196 + 1.57528 = 9.62899; / 6 = 1.60483
    const ks = kogutSingh(cultureVector(cultureForCountry('DE')), cultureVector(cultureForCountry('NL')));
    close(ks, 1.60483, 4);
    close(cultureFit(ks), Math.exp(-1.60483 / 2), 4); // 0.44825
    assert.equal(
      cultureFit(
        kogutSingh([1, 2, 3, 4, 5, 6], [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN]),
      ),
      0.5,
    );
  });

  it('measures Bologna–Modena at about 37 km', () => {
    const km = haversineKm(44.4949, 11.3426, 44.6471, 10.9252);
    assert.ok(Math.abs(km - 37.1) < 0.2, `${km}`);
  });
});
