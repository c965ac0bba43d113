CREATE TABLE "partner_ratings" (
	"collaboration_id" uuid NOT NULL,
	"rater_org_id" uuid NOT NULL,
	"rated_org_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_ratings_collaboration_id_rater_org_id_rated_org_id_pk" PRIMARY KEY("collaboration_id","rater_org_id","rated_org_id"),
	CONSTRAINT "partner_ratings_score_range" CHECK ("partner_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "network_members" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partner_ratings" ADD CONSTRAINT "partner_ratings_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_ratings" ADD CONSTRAINT "partner_ratings_rater_org_id_orgs_id_fk" FOREIGN KEY ("rater_org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_ratings" ADD CONSTRAINT "partner_ratings_rated_org_id_orgs_id_fk" FOREIGN KEY ("rated_org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_ratings_rated_idx" ON "partner_ratings" USING btree ("rated_org_id");