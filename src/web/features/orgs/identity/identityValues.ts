import type { CreateOrgInput, Org } from '../../../api/orgs.ts';
import type { TurnoverBand, Visibility } from '../../../../common/vocabulary.ts';

/** The identity form's state: numbers may be blank while typing. */
export interface IdentityValues {
  name: string;
  description: string;
  website: string;
  country: string | null;
  region: string;
  city: string;
  latitude: number | '';
  longitude: number | '';
  naceCode: string | null;
  founded: number | '';
  employees: number | '';
  turnoverBand: TurnoverBand | null;
  visibility: Visibility;
}

export const identityFields = [
  'name',
  'description',
  'website',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'naceCode',
  'founded',
  'employees',
  'turnoverBand',
  'visibility',
] as const;

export function identityValuesOf(org: Org | null): IdentityValues {
  return {
    name: org?.name ?? '',
    description: org?.description ?? '',
    website: org?.website ?? '',
    country: org?.country ?? null,
    region: org?.region ?? '',
    city: org?.city ?? '',
    latitude: org?.latitude ?? '',
    longitude: org?.longitude ?? '',
    naceCode: org?.naceCode ?? null,
    founded: org?.founded ?? '',
    employees: org?.employees ?? '',
    turnoverBand: org?.turnoverBand ?? null,
    visibility: org?.visibility ?? 'public',
  };
}

const numberOrNull = (value: number | '') => (value === '' ? null : value);

export function identityInputOf(values: IdentityValues): CreateOrgInput {
  return {
    ...values,
    country: values.country ?? '',
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
    founded: numberOrNull(values.founded),
    employees: numberOrNull(values.employees),
  };
}
