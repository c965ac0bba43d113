ALTER TABLE "orgs" ADD COLUMN "slug" text;--> statement-breakpoint
-- Existing organizations get a slug from their name, made unique by the start of their id.
UPDATE "orgs" SET "slug" = trim(both '-' from lower(regexp_replace("name", '[^a-zA-Z0-9]+', '-', 'g'))) || '-' || substr("id"::text, 1, 8);--> statement-breakpoint
ALTER TABLE "orgs" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "orgs" ADD CONSTRAINT "orgs_slug_unique" UNIQUE("slug");
