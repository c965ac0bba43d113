import type { TestUser } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/testApp.ts';

// What the network API tests share: reading a network's member directory.

export type DirectoryPage = {
  total: number;
  items: { name: string; offers: { title: string }[]; needs: { title: string }[] }[];
};

export const directoryOf = async (t: TestApp, as: TestUser, networkId: string, query = '') =>
  t.request({ method: 'GET', url: `/api/v1/networks/${networkId}/members${query}`, as });

export const names = (page: DirectoryPage) => page.items.map((i) => i.name);
