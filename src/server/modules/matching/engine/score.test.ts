import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  combineDirections,
  combineTotal,
  compositeBase,
  defaultWeights,
  geographyFit,
  itemMatch,
  normalizeWeights,
  operationalFit,
  quantityFit,
  relevance,
  riskFit,
  saturateText,
  strategicFit,
  systemsFit,
  timeFit,
  trustScore,
  valueFit,
} from './score.ts';

const close = (actual: number, expected: number, digits = 9) =>
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);

describe('score components', () => {
  it('strategic fit counts shared goals and half of each complementary pair', () => {
    // ∩ = {innovation}; market_expansion ↔ access_to_capabilities is complementary: (1 + 0.5) / |∪ = 3| = 0.5
    close(strategicFit(['market_expansion', 'innovation'], ['innovation', 'access_to_capabilities']), 0.5);
    // nothing shared, one complementary pair: 0.5 / 2 = 0.25
    close(strategicFit(['cost_reduction'], ['bargaining_power']), 0.25);
    close(strategicFit(['sustainability'], ['sustainability']), 1);
    close(strategicFit([], ['innovation']), 0.5);
  });

  it('value fit is one minus the normalised euclidean distance', () => {
    // differences 30, 0, −40, 0, 0 → √2500 = 50; 1 − 50 / (100 · √5) = 0.776393202…
    close(valueFit([50, 50, 50, 50, 50], [80, 50, 10, 50, 50]), 1 - 50 / (100 * Math.sqrt(5)));
    close(valueFit([50, 50, 50, 50, 50], [80, 50, 10, 50, 50]), 0.7763932023);
  });

  it('operational fit mixes the digital-maturity gap with business-system compatibility', () => {
    const mine = [
      { kind: 'accounting', name: 'Xero' },
      { kind: 'crm', name: 'HubSpot' },
    ];
    assert.equal(systemsFit(mine, [{ kind: 'accounting', name: ' xero ' }]), 1);
    assert.equal(systemsFit(mine, [{ kind: 'accounting', name: 'Sage 50' }]), 0.5);
    assert.equal(systemsFit(mine, [{ kind: 'other', name: 'Lightspeed POS' }]), 0.2);
    assert.equal(systemsFit(mine, []), 0.5);
    // 0.6 · (1 − 2/4) + 0.4 · 0.5 = 0.3 + 0.2
    close(operationalFit(2, 4, 0.5), 0.5);
  });

  it('risk alignment is 1 − |Δ| / 4', () => {
    close(riskFit(1, 4), 0.25);
    close(riskFit(3, 3), 1);
  });

  it('trust is the Beta(2, 2) mean of ratings, nudged up when verified, 0.5 without data', () => {
    close(trustScore({ verified: false, ratingSum: 0, ratingCount: 0 }), 0.5);
    // (3.6 + 2) / (4 + 4) = 0.7; verified: 0.7 + 0.2 · 0.3 = 0.76
    close(trustScore({ verified: false, ratingSum: 3.6, ratingCount: 4 }), 0.7);
    close(trustScore({ verified: true, ratingSum: 3.6, ratingCount: 4 }), 0.76);
  });

  it('geography halves at the scope distance', () => {
    close(geographyFit(25, 'local'), 0.5);
    close(geographyFit(400, 'national'), 0.25);
    close(geographyFit(Number.NaN, 'international'), 0.5);
  });

  it('item match combines tag, text, quantity and time', () => {
    close(saturateText(8), 0.5);
    close(relevance(1, 0.5), 0.8); // 0.6 · 1 + 0.4 · 0.5
    close(quantityFit(100, 1, 60, 1), 0.6);
    close(quantityFit(100, 1, 160, 1), 1);
    close(quantityFit(100, 1, 60, 2), 0.5); // other unit
    close(quantityFit(Number.NaN, 1, 60, 1), 0.5);
    // need [10, 40], offer from day 50: 10 days apart → exp(−10 / 90)
    close(timeFit(10, 40, 50, Number.POSITIVE_INFINITY), Math.exp(-10 / 90));
    close(timeFit(Number.NEGATIVE_INFINITY, 40, 30, 90), 1);
    // 0.8 · (0.7 + 0.15 · 0.6 + 0.15 · 1) = 0.8 · 0.94
    close(itemMatch(0.8, 0.6, 1), 0.752);
  });

  it('complementarity rewards pairs that help each other', () => {
    // HM = 2 · 0.6 · 0.2 / 0.8 = 0.3, AM = 0.4: 0.75 · 0.3 + 0.25 · 0.4 = 0.325
    close(combineDirections(0.6, 0.2), 0.325);
    close(combineDirections(1, 0), 0.125);
    close(combineDirections(0, 0), 0);
  });

  it('the total multiplies complementarity and context, then applies penalties and the diversity share', () => {
    // 0.25^0.5 · 0.81^0.5 = 0.5 · 0.9
    close(compositeBase(0.25, 0.81, 0.5), 0.45);
    // 0.95 · 0.45 · (1 − 0.1) + 0.05
    close(combineTotal(0.45, 0.1, true), 0.43475);
    close(combineTotal(0.45, 0, false), 0.4275);
  });

  it('normalises weights and falls back to the defaults', () => {
    const weights = normalizeWeights({ complementarity: 2 });
    close(weights.complementarity, 2 / 2.6);
    close(weights.geography, 0.12 / 2.6);
    assert.deepEqual(
      normalizeWeights({
        complementarity: 0,
        strategic: 0,
        values: 0,
        operational: 0,
        risk: 0,
        culture: 0,
        geography: 0,
        trust: 0,
      }),
      normalizeWeights(),
    );
    close(
      Object.values(defaultWeights).reduce((a, b) => a + b, 0),
      1,
    );
  });
});
