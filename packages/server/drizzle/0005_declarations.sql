CREATE TABLE "declaration_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"action" varchar(12) NOT NULL,
	"from_state" varchar(12),
	"to_state" varchar(12) NOT NULL,
	"reason" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"actor_organisation_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declaration_events_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "declaration_receipts" (
	"receipt_number" varchar(32) PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(8) NOT NULL,
	"state" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"reviewer_organisation_id" uuid,
	"receipt_number" varchar(32),
	"receipt_code" varchar(16),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declarations_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "receipt_sequences" (
	"authority_region_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "receipt_sequences_authority_region_code_year_pk" PRIMARY KEY("authority_region_code","year")
);
--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declaration_events_declaration_idx" ON "declaration_events" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "declarations_id_idx" ON "declarations" USING btree ("id");--> statement-breakpoint
CREATE INDEX "declarations_region_state_idx" ON "declarations" USING btree ("region_code" varchar_pattern_ops,"state");