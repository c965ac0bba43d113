import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSizeClass } from './sizeClass.ts';

test('size class follows the EU staff and turnover ceilings', () => {
  assert.equal(deriveSizeClass(9, 'under_2m'), 'micro');
  assert.equal(deriveSizeClass(10, 'under_2m'), 'small');
  assert.equal(deriveSizeClass(9, '2m_10m'), 'small', 'turnover above €2 m makes a micro headcount small');
  assert.equal(deriveSizeClass(49, '2m_10m'), 'small');
  assert.equal(deriveSizeClass(50, null), 'medium');
  assert.equal(deriveSizeClass(20, '10m_50m'), 'medium');
  assert.equal(deriveSizeClass(249, '10m_50m'), 'medium');
  assert.equal(deriveSizeClass(250, null), 'large');
  assert.equal(deriveSizeClass(5, 'over_50m'), 'large');
  assert.equal(deriveSizeClass(null, 'under_2m'), null, 'unknown headcount stays unknown');
});
