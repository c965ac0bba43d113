import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMetric, ordinal } from './metricCatalog.ts';

test('percentiles read as English ordinals, teens included', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 53, 100, 111].map(ordinal), [
    '0th',
    '1st',
    '2nd',
    '3rd',
    '4th',
    '11th',
    '12th',
    '13th',
    '21st',
    '22nd',
    '53rd',
    '100th',
    '111th',
  ]);
});

test('metrics print as integers, percentages or decimals, tiny values in scientific notation', () => {
  assert.equal(formatMetric(1234.4, 'integer'), '1,234');
  assert.equal(formatMetric(0.0312, 'percent'), '3.1 %');
  assert.equal(formatMetric(0.37512, 'decimal'), '0.375');
  assert.equal(formatMetric(0.00004, 'decimal'), '4.00e-5');
  assert.equal(formatMetric(0, 'decimal'), '0.000');
  assert.equal(formatMetric(null, 'decimal'), '—');
  assert.equal(formatMetric(Number.NaN, 'integer'), '—');
});
