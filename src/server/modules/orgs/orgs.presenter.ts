import type { OrgRole } from '../../../common/vocabulary.ts';
import type { OrgView } from '../../../common/schemas.ts';
import { orgAbilities } from './orgs.policy.ts';
import type { OrgRow } from './orgs.repository.ts';

export function presentOrg(org: OrgRow, myRole: OrgRole | null): OrgView {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    description: org.description,
    website: org.website,
    country: org.country,
    region: org.region,
    city: org.city,
    latitude: org.latitude,
    longitude: org.longitude,
    naceCode: org.naceCode,
    founded: org.founded,
    employees: org.employees,
    turnoverBand: org.turnoverBand,
    sizeClass: org.sizeClass,
    visibility: org.visibility,
    myRole,
    abilities: orgAbilities(myRole),
  };
}
