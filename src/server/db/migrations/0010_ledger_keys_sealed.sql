ALTER TABLE "ledgers" ALTER COLUMN "private_key_pem" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ledgers" ADD COLUMN "private_key_sealed" "bytea";--> statement-breakpoint
ALTER TABLE "ledgers" ADD CONSTRAINT "ledgers_signing_key_present" CHECK ("ledgers"."private_key_sealed" is not null or "ledgers"."private_key_pem" is not null);