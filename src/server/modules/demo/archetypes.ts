import type {
  BusinessSystemKind,
  ResourceCategory,
  StrategicGoal,
  ValueDimension,
} from '../../../common/vocabulary.ts';
import { foodArchetypes } from './archetypes.food.ts';
import { industryArchetypes } from './archetypes.industry.ts';
import { serviceArchetypes } from './archetypes.services.ts';
import type { Language } from './regions.ts';

// Business archetypes for the demo network. Offers and needs are designed so that archetypes
// complement each other (a bakery needs roasted coffee that a roaster offers, the roaster needs
// HoReCa outlets that bakeries and restaurants offer, and so on).

export type Range = readonly [min: number, max: number];

export interface ResourceTemplate {
  category: ResourceCategory;
  name: string;
  description: string;
  unit: string;
  /** Capacity range, or null for resources without a meaningful quantity. */
  capacity: Range | null;
}

export interface ItemTemplate {
  /** Capability id from common/reference/capabilities.ts. */
  capability: string;
  unit: string;
  quantity: Range | null;
  /** Optional clause appended to the generated one-sentence description. */
  note?: string;
}

export interface BusinessSystem {
  kind: BusinessSystemKind;
  name: string;
}

export interface Archetype {
  key: string;
  label: string;
  /** Lower-case noun used in sentences: "artisan bakery". */
  noun: string;
  /** Relative frequency in a generated network. */
  weight: number;
  /** NACE Rev. 2 class (level 4) from common/reference/nace.ts. */
  naceCode: string;
  /** Local trade words put before a surname: "Forno" + "Bianchi". */
  tradeWords: Partial<Record<Language, readonly string[]>>;
  /** Words put after a surname or a place/brand word: "Blue Hill" + "Roasters". */
  suffixes: readonly string[];
  specialties: readonly string[];
  /** Templates with {noun} {Noun} {town} {region} {specialty} {year} {employees}. */
  descriptions: readonly string[];
  employees: Range;
  /** Typical turnover per employee, in thousand euro. */
  revenuePerEmployee: number;
  resources: readonly ResourceTemplate[];
  offers: readonly ItemTemplate[];
  needs: readonly ItemTemplate[];
  /** Likely goals, most likely first. */
  goals: readonly StrategicGoal[];
  values: Readonly<Record<ValueDimension, number>>;
  riskAppetite: Range;
  digitalMaturity: Range;
  /** Trade-specific tools (point of sale, CAD, web shop…). */
  tools: readonly BusinessSystem[];
}

export const archetypes: readonly Archetype[] = [...foodArchetypes, ...industryArchetypes, ...serviceArchetypes];

export const archetypeByKey: ReadonlyMap<string, Archetype> = new Map(archetypes.map((a) => [a.key, a]));

// Widely used business software, by kind; accounting packages also by country.
export const erpSystems: readonly string[] = [
  'SAP Business One',
  'Odoo',
  'Microsoft Dynamics 365 Business Central',
  'Sage X3',
  'Oracle NetSuite',
];
export const crmSystems: readonly string[] = [
  'HubSpot',
  'Salesforce',
  'Pipedrive',
  'Zoho CRM',
  'Microsoft Dynamics 365 Sales',
];
export const accountingSystems: readonly string[] = ['Xero', 'QuickBooks', 'Sage 50'];
export const accountingSystemsByCountry: Readonly<Record<string, readonly string[]>> = {
  DE: ['DATEV', 'Lexware', 'sevDesk'],
  IT: ['TeamSystem', 'Zucchetti', 'Fatture in Cloud'],
  BE: ['Exact Online', 'Yuki', 'Octopus'],
  ES: ['Holded', 'a3ERP', 'Sage 50'],
  FR: ['Cegid', 'Sage 100', 'Pennylane'],
};
