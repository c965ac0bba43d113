import type { ResourceCategory } from '../../common/vocabulary.ts';
import { api, type ItemList } from './client.ts';

export interface CapabilityEntry {
  id: string;
  label: string;
  category: ResourceCategory;
  parent: string | null;
}

export interface NaceEntry {
  code: string;
  label: string;
  level: number;
  parent: string | null;
}

export interface CountryEntry {
  code: string;
  name: string;
}

export const listCapabilities = () => api.get<ItemList<CapabilityEntry>>('reference/capabilities');
export const listNaceCodes = () => api.get<ItemList<NaceEntry>>('reference/nace');
export const listCountries = () => api.get<ItemList<CountryEntry>>('reference/countries');
