import { eq } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { networks, orgMembers, users } from '../../db/schema.ts';
import { refreshStatistics } from '../../db/refreshStatistics.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertActiveMemberships } from '../networks/networks.repository.ts';
import { insertOrgBundles } from '../orgs/insertOrgBundles.ts';
import { generateDemoOrganizations, type DemoOrganization } from './generateDemoNetwork.ts';

export const demoLogin = { email: 'demo@synergia.local', password: 'synergia-demo-2026', name: 'Dana Demo' } as const;

export interface DemoOptions {
  orgs: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

const batchSize = 2_000;

async function ensureDemoUser(deps: Deps): Promise<string> {
  const [existing] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, demoLogin.email));
  if (existing) return existing.id;
  const passwordHash = await hashPassword(demoLogin.password);
  const [created] = await deps.db
    .insert(users)
    .values({ email: demoLogin.email, name: demoLogin.name, passwordHash })
    .returning({ id: users.id });
  return created!.id;
}

export async function hasDemoUser(deps: Deps): Promise<boolean> {
  const [row] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, demoLogin.email));
  return Boolean(row);
}

// Generates a deterministic network; the demo user owns its first organization, which manages the network.
export async function loadDemoNetwork(deps: Deps, options: DemoOptions) {
  const userId = await ensureDemoUser(deps);
  const generator = generateDemoOrganizations({ count: options.orgs, seed: options.seed });
  let networkId: string | null = null;
  let done = 0;
  options.onProgress?.(0, options.orgs);
  while (done < options.orgs) {
    const batch: DemoOrganization[] = [];
    for (let i = 0; i < batchSize && done + batch.length < options.orgs; i += 1) {
      const next = generator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    await deps.db.transaction(async (tx) => {
      const ids = await insertOrgBundles(tx, batch);
      if (!networkId) {
        const managingOrgId = ids[0]!;
        await tx.insert(orgMembers).values({ orgId: managingOrgId, userId, role: 'owner' });
        const [network] = await tx
          .insert(networks)
          .values({
            name: `Synergia Demo Network (seed ${options.seed})`,
            description:
              'Bakeries, roasters, caterers, farms, agencies, manufacturers and logistics firms that work together.',
            kind: 'cluster',
            directory: 'public',
            managingOrgId,
          })
          .returning({ id: networks.id });
        networkId = network!.id;
      }
      await insertActiveMemberships(tx, networkId, ids);
    });
    done += batch.length;
    options.onProgress?.(done, options.orgs);
  }
  await refreshStatistics(deps.db);
  return { networkId, orgs: done, login: demoLogin };
}
