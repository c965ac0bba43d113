import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hofstedeDimensions, resourceCategories } from '../vocabulary.ts';
import { capabilities, capabilityById, capabilityPath, isCapabilityWithin } from './capabilities.ts';
import { countries, countryByCode } from './countries.ts';
import { cultureForCountry, hofstedeByCountry } from './hofstede.ts';
import { naceByCode, naceCodes, naceSection } from './nace.ts';

describe('countries', () => {
  it('lists every ISO 3166-1 alpha-2 code once', () => {
    assert.ok(countries.length >= 249, `only ${countries.length} countries`);
    assert.equal(countryByCode.size, countries.length);
    for (const c of countries) {
      assert.match(c.code, /^[A-Z]{2}$/);
      assert.ok(c.name.length > 0);
    }
    assert.equal(countryByCode.get('DE')?.name, 'Germany');
    assert.equal(countryByCode.get('IT')?.name, 'Italy');
    assert.equal(countryByCode.get('AX')?.name, 'Åland Islands');
  });
});

describe('hofstede', () => {
  it('has only known countries and scores within 0..120', () => {
    const codes = Object.keys(hofstedeByCountry);
    assert.ok(codes.length >= 60);
    for (const code of codes) {
      assert.ok(countryByCode.has(code), `${code} is not a country`);
      const scores = hofstedeByCountry[code];
      assert.ok(scores);
      for (const d of hofstedeDimensions) {
        const v = scores[d];
        if (v !== null) assert.ok(Number.isInteger(v) && v >= 0 && v <= 120, `${code}.${d} = ${v}`);
      }
    }
  });

  it('covers the EU and other major economies', () => {
    const required = [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'NO',
      'GB',
      'CH',
      'US',
      'CA',
      'MX',
      'BR',
      'AR',
      'CL',
      'CN',
      'JP',
      'KR',
      'IN',
      'ID',
      'AU',
      'NZ',
      'ZA',
      'TR',
      'RU',
    ];
    for (const code of required) assert.ok(cultureForCountry(code), `${code} missing`);
  });

  it('matches published scores', () => {
    assert.deepEqual(cultureForCountry('DE'), { pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 });
    assert.deepEqual(cultureForCountry('us'), { pdi: 40, idv: 91, mas: 62, uai: 46, lto: 26, ivr: 68 });
    assert.deepEqual(cultureForCountry('IT'), { pdi: 50, idv: 76, mas: 70, uai: 75, lto: 61, ivr: 30 });
    assert.deepEqual(cultureForCountry('FR'), { pdi: 68, idv: 71, mas: 43, uai: 86, lto: 63, ivr: 48 });
    assert.equal(cultureForCountry('CY')?.pdi, null);
    assert.equal(cultureForCountry('XX'), null);
    assert.equal(cultureForCountry('toString'), null);
  });
});

describe('NACE Rev. 2', () => {
  it('has the full structure with unique codes and existing parents', () => {
    const count = (level: number) => naceCodes.filter((n) => n.level === level).length;
    assert.equal(count(1), 21);
    assert.equal(count(2), 88);
    assert.equal(count(3), 272);
    assert.ok(count(4) >= 200);
    assert.equal(naceByCode.size, naceCodes.length);
    for (const n of naceCodes) {
      if (n.level === 1) {
        assert.equal(n.parent, null);
        continue;
      }
      assert.ok(n.parent !== null, `${n.code} has no parent`);
      const parent = naceByCode.get(n.parent);
      assert.ok(parent, `${n.code}: parent ${n.parent} missing`);
      assert.equal(parent.level, n.level - 1);
      if (n.level > 2) assert.ok(n.code.startsWith(n.parent));
    }
  });

  it('puts divisions in the right sections', () => {
    const expected: Record<string, string> = {
      '01': 'A',
      '03': 'A',
      '05': 'B',
      '10': 'C',
      '11': 'C',
      '33': 'C',
      '35': 'D',
      '36': 'E',
      '41': 'F',
      '47': 'G',
      '49': 'H',
      '53': 'H',
      '56': 'I',
      '58': 'J',
      '62': 'J',
      '64': 'K',
      '68': 'L',
      '69': 'M',
      '75': 'M',
      '77': 'N',
      '82': 'N',
      '84': 'O',
      '85': 'P',
      '86': 'Q',
      '90': 'R',
      '94': 'S',
      '97': 'T',
      '99': 'U',
    };
    for (const [division, section] of Object.entries(expected)) {
      assert.equal(naceByCode.get(division)?.parent, section, division);
      assert.equal(naceSection(division), section);
    }
    assert.equal(naceSection('10.71'), 'C');
    assert.equal(naceSection('10.7'), 'C');
    assert.equal(naceSection('62.01'), 'J');
    assert.equal(naceSection('J'), 'J');
    assert.equal(naceSection('00'), null);
    assert.equal(naceSection('bakery'), null);
  });

  it('has classes for the sectors the demo uses', () => {
    for (const code of [
      '10.71',
      '10.83',
      '11.02',
      '46.39',
      '47.24',
      '56.10',
      '56.21',
      '62.01',
      '69.20',
      '73.11',
      '82.30',
    ]) {
      assert.equal(naceByCode.get(code)?.level, 4, code);
    }
    assert.equal(naceByCode.get('10.71')?.label, 'Manufacture of bread; manufacture of fresh pastry goods and cakes');
  });
});

describe('capabilities', () => {
  it('is a well-formed tree', () => {
    assert.ok(capabilities.length >= 150, `only ${capabilities.length}`);
    assert.equal(capabilityById.size, capabilities.length, 'ids are unique');
    for (const c of capabilities) {
      assert.match(c.id, /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, c.id);
      assert.ok(c.label.length > 0 && c.label.length <= 80);
      if (c.parent === null) {
        assert.ok(!c.id.includes('.'));
        continue;
      }
      assert.ok(capabilityById.has(c.parent), `${c.id}: parent ${c.parent} missing`);
      assert.ok(c.id.startsWith(`${c.parent}.`), `${c.id} does not start with ${c.parent}.`);
    }
  });

  it('covers every resource category', () => {
    const present = new Set(capabilities.map((c) => c.category));
    for (const category of resourceCategories) assert.ok(present.has(category), category);
  });

  it('answers hierarchy questions', () => {
    assert.ok(isCapabilityWithin('digital.web.seo', 'digital'));
    assert.ok(isCapabilityWithin('digital.web.seo', 'digital.web.seo'));
    assert.ok(!isCapabilityWithin('digital.web', 'digital.web.seo'));
    assert.ok(!isCapabilityWithin('digital.website', 'digital.web'));
    assert.deepEqual(
      capabilityPath('food.bakery.bread').map((c) => c.id),
      ['food', 'food.bakery', 'food.bakery.bread'],
    );
    assert.deepEqual(capabilityPath('no.such.thing'), []);
  });
});
