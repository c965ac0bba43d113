import { sql, type Column, type SQL } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type {
  Availability,
  BusinessSystemKind,
  HofstedeDimension,
  OrgRole,
  Priority,
  ResourceCategory,
  SizeClass,
  StrategicGoal,
  TurnoverBand,
  ValueDimension,
  Visibility,
} from '../../../common/vocabulary.ts';
import { id, createdAt, updatedAt, at } from './columns.ts';
import { users } from './accounts.ts';
import { foldedSql } from './foldedSql.ts';

// What directory searches match, folded (foldedSql.ts): the search indexes hold these documents, and
// queries must repeat the very expressions to use them (networks/directory.repository.ts).
export function orgSearchDocument(o: { name: Column; description: Column; city: Column; region: Column }): SQL {
  return sql`to_tsvector('simple', ${foldedSql(sql`${o.name} || ' ' || ${o.description} || ' ' || ${o.city} || ' ' || ${o.region}`)})`;
}

export function listingSearchDocument(l: { title: Column; description: Column }): SQL {
  return sql`to_tsvector('simple', ${foldedSql(sql`${l.title} || ' ' || ${l.description}`)})`;
}

export const orgs = pgTable(
  'orgs',
  {
    id: id(),
    name: text('name').notNull(),
    // Unique, derived from the name; what the CLI takes (`synergia match --org forno-bianchi`).
    slug: text('slug').notNull().unique(),
    description: text('description').notNull().default(''),
    website: text('website').notNull().default(''),
    country: text('country').notNull(),
    region: text('region').notNull().default(''),
    city: text('city').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    naceCode: text('nace_code'),
    founded: integer('founded'),
    employees: integer('employees'),
    turnoverBand: text('turnover_band').$type<TurnoverBand>(),
    sizeClass: text('size_class').$type<SizeClass>(),
    visibility: text('visibility').$type<Visibility>().notNull().default('public'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orgs_search_idx').using('gin', orgSearchDocument(t)),
    index('orgs_country_idx').on(t.country, t.region),
    index('orgs_nace_idx').on(t.naceCode),
    // Derived indexes (matching) re-read organizations changed since their last sync.
    index('orgs_updated_at_idx').on(t.updatedAt),
  ],
);

export const orgMembers = pgTable(
  'org_members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<OrgRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('org_members_user_idx').on(t.userId)],
);

export const orgInvitations = pgTable('org_invitations', {
  id: id(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  role: text('role').$type<OrgRole>().notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: at('expires_at').notNull(),
  acceptedAt: at('accepted_at'),
  createdAt: createdAt(),
});

export const strategicProfiles = pgTable('strategic_profiles', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  goals: jsonb('goals').$type<StrategicGoal[]>().notNull(),
  values: jsonb('values').$type<Record<ValueDimension, number>>().notNull(),
  riskAppetite: integer('risk_appetite').notNull(),
  digitalMaturity: integer('digital_maturity').notNull(),
  businessSystems: jsonb('business_systems').$type<{ kind: BusinessSystemKind; name: string }[]>().notNull(),
  cultureOverrides: jsonb('culture_overrides').$type<Partial<Record<HofstedeDimension, number | null>>>().notNull(),
  visibility: text('visibility').$type<Visibility>().notNull().default('network'),
  updatedAt: updatedAt(),
});

export const resources = pgTable(
  'resources',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    category: text('category').$type<ResourceCategory>().notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    capacity: doublePrecision('capacity'),
    unit: text('unit').notNull().default(''),
    availability: text('availability').$type<Availability>().notNull(),
    visibility: text('visibility').$type<Visibility>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('resources_org_idx').on(t.orgId)],
);

// Offers and needs share one shape; `kind` tells them apart.

// Offers and needs share one shape; `kind` tells them apart.
export const listings = pgTable(
  'listings',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'offer' | 'need'>().notNull(),
    capability: text('capability').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    quantity: doublePrecision('quantity'),
    unit: text('unit').notNull().default(''),
    availableFrom: text('available_from'),
    availableUntil: text('available_until'),
    priority: text('priority').$type<Priority>().notNull(),
    visibility: text('visibility').$type<Visibility>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('listings_org_idx').on(t.orgId, t.kind),
    index('listings_capability_idx').on(t.kind, t.capability),
    index('listings_search_idx').using('gin', listingSearchDocument(t)),
  ],
);
