import { sql } from 'drizzle-orm';
import { slugify } from '../../../common/slug.ts';
import type { DbOrTx } from '../../deps.ts';
import { orgs } from '../../db/schema.ts';

// One free slug per name, in order: "forno-bianchi", then "forno-bianchi-2", "forno-bianchi-3"…
export async function allocateSlugs(db: DbOrTx, names: string[]): Promise<string[]> {
  const bases = names.map((name) => slugify(name) || 'organization');
  const distinct = [...new Set(bases)];
  const taken = new Set<string>();
  for (let i = 0; i < distinct.length; i += 1000) {
    const chunk = distinct.slice(i, i + 1000);
    const rows = await db
      .select({ slug: orgs.slug })
      .from(orgs)
      .where(sql`${orgs.slug} in ${chunk} or substring(${orgs.slug} from '^(.*)-[0-9]+$') in ${chunk}`);
    for (const row of rows) taken.add(row.slug);
  }
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

// For one organization at a time: a transaction lock on the name keeps two concurrent creations apart.
export async function allocateSlug(db: DbOrTx, name: string): Promise<string> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${slugify(name)}))`);
  const [slug] = await allocateSlugs(db, [name]);
  return slug!;
}
