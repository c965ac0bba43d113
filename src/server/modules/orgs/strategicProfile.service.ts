import type { StrategicProfileInput } from '../../../common/schemas.ts';
import { cultureForCountry, type HofstedeScores } from '../../../common/reference/hofstede.ts';
import { hofstedeDimensions } from '../../../common/vocabulary.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadOrgFor } from './orgs.service.ts';
import * as repo from './orgs.repository.ts';

const defaultProfile: StrategicProfileInput = {
  goals: [],
  values: { sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 },
  riskAppetite: 3,
  digitalMaturity: 3,
  businessSystems: [],
  cultureOverrides: {},
  visibility: 'network',
};

// Culture defaults to the country's published Hofstede scores; each dimension may be overridden.
export function effectiveCulture(country: string, overrides: StrategicProfileInput['cultureOverrides']) {
  const base = cultureForCountry(country);
  const culture = {} as HofstedeScores;
  let fromCountry = 0;
  let overridden = 0;
  for (const dimension of hofstedeDimensions) {
    const override = overrides[dimension];
    if (override !== undefined && override !== null) {
      culture[dimension] = override;
      overridden += 1;
    } else {
      culture[dimension] = base?.[dimension] ?? null;
      if (culture[dimension] !== null) fromCountry += 1;
    }
  }
  const cultureSource =
    overridden === 0 ? (fromCountry === 0 ? 'unknown' : 'country') : fromCountry === 0 ? 'override' : 'mixed';
  return { culture, cultureSource } as const;
}

export async function getStrategicProfile(deps: Deps, actor: Actor, orgId: string) {
  const { org, myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  const row = await repo.findStrategicProfile(deps.db, actor.userId, orgId);
  // Outsiders cannot tell a hidden profile from a missing one; members see the defaults until they fill it.
  if (!row && !myRole) throw new AppError('not_found');
  const profile: StrategicProfileInput = row
    ? {
        goals: row.goals,
        values: row.values,
        riskAppetite: row.riskAppetite,
        digitalMaturity: row.digitalMaturity,
        businessSystems: row.businessSystems,
        cultureOverrides: row.cultureOverrides,
        visibility: row.visibility,
      }
    : defaultProfile;
  return { ...profile, ...effectiveCulture(org.country, profile.cultureOverrides), filled: Boolean(row) };
}

export async function putStrategicProfile(deps: Deps, actor: Actor, orgId: string, input: StrategicProfileInput) {
  await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'editProfile');
    await repo.upsertStrategicProfile(tx, { orgId, ...input });
    await repo.touchOrg(tx, orgId, deps.now());
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'org.strategic_profile_updated',
      subjectType: 'org',
      subjectId: orgId,
    });
  });
  return getStrategicProfile(deps, actor, orgId);
}
