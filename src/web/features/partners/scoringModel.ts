import type { MatchComponent } from '../../../common/matching.ts';

// The scoring model in plain language, from the documentation at the top of
// src/server/modules/matching/engine/score.ts. Every component lies between 0 and 1 (shown as 0–100).

/** Short names for the small score bars; the sliders use the full labels. */
export const componentShortLabels: Record<MatchComponent, string> = {
  complementarity: 'Complementarity',
  strategic: 'Strategic fit',
  values: 'Values',
  operational: 'Operations',
  risk: 'Risk appetite',
  culture: 'Culture',
  geography: 'Geography',
  trust: 'Trust',
};

export const componentHints: Record<MatchComponent, string> = {
  complementarity: 'How well their offers cover your needs and your offers cover theirs, both ways',
  strategic: 'How far your strategic goals agree or complement each other',
  values: 'How close your five values (sustainability, growth, quality, community, innovation) are',
  operational: 'Similar digital maturity and compatible business systems',
  risk: 'How close your appetites for risk are',
  culture: 'Fit derived from the cultural distance (Kogut–Singh over the six Hofstede dimensions)',
  geography: 'Distance decay, respecting your preferred scope (local, national, international)',
  trust: 'Verified status and ratings from past collaborations; neutral when there are none',
};

export interface ModelSection {
  title: string;
  text: string;
  formula?: string;
}

export const componentModel: Record<MatchComponent, ModelSection> = {
  complementarity: {
    title: 'Complementarity, both ways',
    text:
      'Each need is compared with each offer: the capability tags count 60 % (exact 1, sibling 0.6, parent or ' +
      'child 0.4) and the words 40 % (BM25 relevance over titles and descriptions in any language, ignoring ' +
      'case and accents; the small words of English and the main EU languages (“the”, “di”, “für”, “και”…) ' +
      'are dropped, and they tell each listing’s language, whose stemmer then folds word forms together ' +
      '(“vasetti” meets “vasetto”); an organization’s own town and region do not ' +
      'count as words, as geography scores location). ' +
      'Quantity and time-window compatibility adjust the match. Needs weigh by priority (low 1, medium 2, ' +
      'high 3, critical 4). a is how well their offers cover your needs, b how well your offers cover theirs; ' +
      'a one-sided pair scores low.',
    formula:
      'relevance = 0.6 · tag + 0.4 · text\n' +
      'match = relevance · (0.7 + 0.15 · quantity + 0.15 · time)\n' +
      'complementarity = 0.75 · 2ab / (a + b) + 0.25 · (a + b) / 2',
  },
  strategic: {
    title: 'Strategic fit',
    text:
      'Goal congruence: shared goals count fully, complementary goals (for example innovation and access to ' +
      'capabilities) count half. 0.5 when either side has no goals.',
    formula: 'min(1, (shared + 0.5 · complementary pairs) / all goals of both)',
  },
  values: {
    title: 'Value compatibility',
    text: 'Similarity of the five 0–100 values of the two strategic profiles.',
    formula: '1 − distance(values) / (100 · √5)',
  },
  operational: {
    title: 'Operational fit',
    text:
      'The gap in digital maturity, and business systems: 1 for a shared product, 0.5 for a shared kind (ERP, ' +
      'CRM, accounting) or when either lists none, otherwise 0.2.',
    formula: '0.6 · (1 − |Δ digital maturity| / 4) + 0.4 · systems',
  },
  risk: {
    title: 'Risk appetite alignment',
    text: 'How close the two risk appetites are.',
    formula: '1 − |Δ risk| / 4',
  },
  culture: {
    title: 'Cultural distance',
    text: 'The Kogut–Singh index over the six Hofstede dimensions, turned into a fit: the smaller the distance, the better.',
    formula: 'exp(−KS / 2)',
  },
  geography: {
    title: 'Geography',
    text:
      'Distance decay over the great-circle (haversine) distance, with a half-distance that follows your ' +
      'preferred scope: 25 km local, 200 km national, 2000 km international. 0.5 without coordinates.',
    formula: '2^(−distance / h)',
  },
  trust: {
    title: 'Trust',
    text:
      'Ratings its partners gave it after a collaboration (1 star counts 0, 5 stars count 1) with a neutral ' +
      'prior (as if two good and two poor ratings), plus a fifth of the remaining gap when a manager of one of ' +
      'its networks verified it. 0.5 without data.',
    formula: '(Σ ratings + 2) / (count + 4)',
  },
};

export const combinationModel: ModelSection[] = [
  {
    title: 'Your weights',
    text:
      'The sliders set how much each component counts; they are scaled to sum 1. The seven components after ' +
      'complementarity form the context fit C, their weighted mean. Complementarity and context multiply, so a ' +
      'look-alike that covers none of your needs scores near 0 however similar it is, while between complementary ' +
      'candidates the better fit wins.',
    formula: 'base = complementarity^w₁ · C^(1 − w₁)',
  },
  {
    title: 'Warnings, penalties and the diversity bonus',
    text:
      'A size or power gap (size classes two apart, or more than 10× the employees) costs 10 %. Dependence — ' +
      'they would cover a high or critical need of yours in full, with at most two alternatives — costs 15 %. ' +
      'Partners outside your existing cluster get a small diversity bonus (structural holes); partners inside it ' +
      'get a lock-in warning, so that suggestions do not deepen lock-in.',
    formula: 'total = 0.95 · base · (1 − penalties) + 0.05 · [outside your cluster]',
  },
];
