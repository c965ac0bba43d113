import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effectiveCulture } from './strategicProfile.service.ts';

test('culture comes from the country unless a dimension is overridden', () => {
  assert.deepEqual(effectiveCulture('US', {}), {
    culture: { pdi: 40, idv: 91, mas: 62, uai: 46, lto: 26, ivr: 68 },
    cultureSource: 'country',
  });
  const mixed = effectiveCulture('US', { idv: 50, pdi: null });
  assert.equal(mixed.culture.idv, 50);
  assert.equal(mixed.culture.pdi, 40);
  assert.equal(mixed.cultureSource, 'mixed');
  const unknownCountry = effectiveCulture('AQ', {});
  assert.equal(unknownCountry.cultureSource, 'unknown');
  assert.equal(unknownCountry.culture.pdi, null);
});
