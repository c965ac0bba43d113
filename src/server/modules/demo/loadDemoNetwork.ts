import type { Deps, Tx } from '../../deps.ts';
import { orgMembers, users } from '../../db/schema.ts';
import { refreshStatistics } from '../../db/refreshStatistics.ts';
import { findUserByEmail } from '../auth/auth.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import { admitImportedMembers, verifyImportedMembers } from '../networks/memberships.service.ts';
import { insertNetworkWithLedger } from '../networks/networks.service.ts';
import { insertOrgBundles } from '../orgs/insertOrgBundles.ts';
import { loadDemoJointWork } from './demoJointWork.ts';
import { loadDemoTies } from './demoTies.ts';
import { generateDemoOrganizations, type DemoOrganization } from './generateDemoNetwork.ts';

export const demoLogin = { email: 'demo@synergia.local', password: 'synergia-demo-2026', name: 'Dana Demo' } as const;

/** The seed of the demo `npm start` loads; another seed's network says which in its name. */
export const defaultDemoSeed = 42;

export interface DemoOptions {
  orgs: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

const batchSize = 2_000;

async function ensureDemoUser(deps: Deps): Promise<string> {
  const existing = await findUserByEmail(deps.db, demoLogin.email);
  if (existing) return existing.id;
  const passwordHash = await hashPassword(demoLogin.password);
  const [created] = await deps.db
    .insert(users)
    .values({ email: demoLogin.email, name: demoLogin.name, passwordHash })
    .returning({ id: users.id });
  return created!.id;
}

export async function hasDemoUser(deps: Deps): Promise<boolean> {
  return Boolean(await findUserByEmail(deps.db, demoLogin.email));
}

type NetworkRef = { id: string; ledgerId: string };

async function createDemoNetwork(tx: Tx, deps: Deps, userId: string, managingOrgId: string, seed: number) {
  await tx.insert(orgMembers).values({ orgId: managingOrgId, userId, role: 'owner' });
  return insertNetworkWithLedger(tx, deps, {
    name: seed === defaultDemoSeed ? 'Synergia Demo Network' : `Synergia Demo Network (seed ${seed})`,
    description: 'Bakeries, roasters, caterers, farms, agencies, manufacturers and logistics firms that work together.',
    kind: 'cluster',
    directory: 'public',
    managingOrgId,
  });
}

// Generates a deterministic network; the demo user owns its first organization, which manages the network.
export async function loadDemoNetwork(deps: Deps, options: DemoOptions) {
  const userId = await ensureDemoUser(deps);
  const generator = generateDemoOrganizations({ count: options.orgs, seed: options.seed, firstWithMostNeeds: true });
  let network: NetworkRef | null = null;
  // The demo user's organization and the partner it works with in the demo collaboration.
  let firstOrgIds: string[] = [];
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
    const known: NetworkRef | null = network;
    network = await deps.db.transaction(async (tx): Promise<NetworkRef> => {
      const ids = await insertOrgBundles(tx, batch);
      if (!known) firstOrgIds = ids.slice(0, 2);
      const target = known ?? (await createDemoNetwork(tx, deps, userId, ids[0]!, options.seed));
      await admitImportedMembers(tx, deps, target, ids);
      // The manager has verified every third member, so that trust differs among suggestions.
      await verifyImportedMembers(
        tx,
        deps,
        target,
        ids.filter((_, i) => i % 3 === 1),
      );
      return target;
    });
    done += batch.length;
    options.onProgress?.(done, options.orgs);
  }
  if (network) await loadDemoTies(deps, network.id, options.seed);
  const [demoOrgId, partnerOrgId] = firstOrgIds;
  if (network && demoOrgId && partnerOrgId) {
    await loadDemoJointWork(deps, { demoUserId: userId, demoOrgId, partnerOrgId, networkId: network.id });
  }
  await refreshStatistics(deps.db);
  return { networkId: network?.id ?? null, orgs: done, login: demoLogin };
}
