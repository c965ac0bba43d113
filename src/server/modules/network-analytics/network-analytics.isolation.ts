import assert from 'node:assert/strict';
import type { IsolationSamples } from '../../http/isolationSamples.ts';
import { createOrg } from '../../testing/factories.ts';

// The owner's organization declares a supplier (a private organization of its own): an outsider must not
// reach the relation; the network's analytics routes use the core network, which the owner manages.
export const networkAnalyticsSamples: IsolationSamples = {
  async setup({ t, owner, ids }) {
    const supplier = await createOrg(t, owner, { name: 'Hidden Supplier', visibility: 'private' });
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${ids.orgId}/relations`,
      as: owner,
      payload: { direction: 'supplier', counterpartOrgId: supplier.id, capability: 'food.flour', share: 0.4 },
    });
    assert.equal(response.statusCode, 201, response.body);
    return { relationId: response.json<{ id: string }>().id };
  },
  bodies: {
    'POST /api/v1/orgs/:orgId/relations': (ids) => ({
      direction: 'customer',
      counterpartOrgId: ids.orgId,
      share: 0.1,
    }),
    'PATCH /api/v1/orgs/:orgId/relations/:relationId': () => ({ share: 0.3 }),
    'POST /api/v1/networks/:networkId/analytics/runs': () => undefined,
    'POST /api/v1/networks/:networkId/what-if': (ids) => ({ remove: [ids.orgId] }),
  },
};
