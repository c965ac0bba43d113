// Hofstede's six dimensions of national culture, per country (ISO 3166-1 alpha-2).
//
// Source: Geert Hofstede, "6 dimensions for website" data matrix (2015-08-16 release, scores as shown
// in the Hofstede Insights country comparison). pdi = power distance, idv = individualism,
// mas = masculinity, uai = uncertainty avoidance, lto = long-term orientation (WVS-based),
// ivr = indulgence. A dimension without a published score for that country is null.
// Scores are on a 0–100 scale, with a few published values above 100 (e.g. GR uai 112, SK mas 110).
//
// Only country rows are used: regional rows (Arab countries, Africa East/West) are not spread onto
// individual countries. South Africa combines the published "South Africa (white)" sample for the
// four original dimensions with the country-level lto and ivr, as the Hofstede Insights site does.

export interface HofstedeScores {
  pdi: number | null;
  idv: number | null;
  mas: number | null;
  uai: number | null;
  lto: number | null;
  ivr: number | null;
}

type Row = readonly [
  pdi: number | null,
  idv: number | null,
  mas: number | null,
  uai: number | null,
  lto: number | null,
  ivr: number | null,
];

const _ = null;

const rows: Readonly<Record<string, Row>> = {
  AD: [_, _, _, _, _, 65],
  AL: [_, _, _, _, 61, 15],
  AM: [_, _, _, _, 61, _],
  AR: [49, 46, 56, 86, 20, 62],
  AT: [11, 55, 79, 70, 60, 63],
  AU: [38, 90, 61, 51, 21, 71],
  AZ: [_, _, _, _, 61, 22],
  BA: [_, _, _, _, 70, 44],
  BD: [80, 20, 55, 60, 47, 20],
  BE: [65, 75, 54, 94, 82, 57],
  BF: [_, _, _, _, 27, 18],
  BG: [70, 30, 40, 85, 69, 16],
  BR: [69, 38, 49, 76, 44, 59],
  BY: [_, _, _, _, 81, 15],
  CA: [39, 80, 52, 48, 36, 68],
  CH: [34, 68, 70, 58, 74, 66],
  CL: [63, 23, 28, 86, 31, 68],
  CN: [80, 20, 66, 30, 87, 24],
  CO: [67, 13, 64, 80, 13, 83],
  CR: [35, 15, 21, 86, _, _],
  CY: [_, _, _, _, _, 70],
  CZ: [57, 58, 57, 74, 70, 29],
  DE: [35, 67, 66, 65, 83, 40],
  DK: [18, 74, 16, 23, 35, 70],
  DZ: [_, _, _, _, 26, 32],
  EC: [78, 8, 63, 67, _, _],
  EE: [40, 60, 30, 60, 82, 16],
  EG: [_, _, _, _, 7, 4],
  ES: [57, 51, 42, 86, 48, 44],
  ET: [_, _, _, _, _, 46],
  FI: [33, 63, 26, 59, 38, 57],
  FR: [68, 71, 43, 86, 63, 48],
  GB: [35, 89, 66, 35, 51, 69],
  GE: [_, _, _, _, 38, 32],
  GH: [_, _, _, _, 4, 72],
  GR: [60, 35, 57, 112, 45, 50],
  GT: [95, 6, 37, 101, _, _],
  HK: [68, 25, 57, 29, 61, 17],
  HR: [73, 33, 40, 80, 58, 33],
  HU: [46, 80, 88, 82, 58, 31],
  ID: [78, 14, 46, 48, 62, 38],
  IE: [28, 70, 68, 35, 24, 65],
  IL: [13, 54, 47, 81, 38, _],
  IN: [77, 48, 56, 40, 51, 26],
  IQ: [_, _, _, _, 25, 17],
  IR: [58, 41, 43, 59, 14, 40],
  IS: [_, _, _, _, 28, 67],
  IT: [50, 76, 70, 75, 61, 30],
  JM: [45, 39, 68, 13, _, _],
  JO: [_, _, _, _, 16, 43],
  JP: [54, 46, 95, 92, 88, 42],
  KG: [_, _, _, _, 66, 39],
  KR: [60, 18, 39, 85, 100, 29],
  LT: [42, 60, 19, 65, 82, 16],
  LU: [40, 60, 50, 70, 64, 56],
  LV: [44, 70, 9, 63, 69, 13],
  MA: [70, 46, 53, 68, 14, 25],
  MD: [_, _, _, _, 71, 19],
  ME: [_, _, _, _, 75, 20],
  MK: [_, _, _, _, 62, 35],
  ML: [_, _, _, _, 20, 43],
  MT: [56, 59, 47, 96, 47, 66],
  MX: [81, 30, 69, 82, 24, 97],
  MY: [104, 26, 50, 36, 41, 57],
  NG: [_, _, _, _, 13, 84],
  NL: [38, 80, 14, 53, 67, 68],
  NO: [31, 69, 8, 50, 35, 55],
  NZ: [22, 79, 58, 49, 33, 75],
  PA: [95, 11, 44, 86, _, _],
  PE: [64, 16, 42, 87, 25, 46],
  PH: [94, 32, 64, 44, 27, 42],
  PK: [55, 14, 50, 70, 50, 0],
  PL: [68, 60, 64, 93, 38, 29],
  PR: [_, _, _, _, 0, 90],
  PT: [63, 27, 31, 104, 28, 33],
  RO: [90, 30, 42, 90, 52, 20],
  RS: [86, 25, 43, 92, 52, 28],
  RU: [93, 39, 36, 95, 81, 20],
  RW: [_, _, _, _, 18, 37],
  SA: [_, _, _, _, 36, 52],
  SE: [31, 71, 5, 29, 53, 78],
  SG: [74, 20, 48, 8, 72, 46],
  SI: [71, 27, 19, 88, 49, 48],
  SK: [104, 52, 110, 51, 77, 28],
  SR: [85, 47, 37, 92, _, _],
  SV: [66, 19, 40, 94, 20, 89],
  TH: [64, 20, 34, 64, 32, 45],
  TR: [66, 37, 45, 85, 46, 49],
  TT: [47, 16, 58, 55, 13, 80],
  TW: [58, 17, 45, 69, 93, 49],
  TZ: [_, _, _, _, 34, 38],
  UA: [_, _, _, _, 86, 14],
  UG: [_, _, _, _, 24, 52],
  US: [40, 91, 62, 46, 26, 68],
  UY: [61, 36, 38, 100, 26, 53],
  VE: [81, 12, 73, 76, 16, 100],
  VN: [70, 20, 40, 30, 57, 35],
  ZA: [49, 65, 63, 49, 34, 63],
  ZM: [_, _, _, _, 30, 42],
  ZW: [_, _, _, _, 15, 28],
};

export const hofstedeByCountry: Readonly<Record<string, HofstedeScores>> = Object.freeze(
  Object.fromEntries(
    Object.entries(rows).map(([code, [pdi, idv, mas, uai, lto, ivr]]) => [
      code,
      Object.freeze({ pdi, idv, mas, uai, lto, ivr }),
    ]),
  ),
);

/** Published scores for a country (alpha-2, any case), or null when the country has none. */
export function cultureForCountry(code: string): HofstedeScores | null {
  const key = code.trim().toUpperCase();
  return Object.hasOwn(hofstedeByCountry, key) ? (hofstedeByCountry[key] ?? null) : null;
}
