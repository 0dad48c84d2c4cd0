CREATE TABLE "warning_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"warning_id" uuid NOT NULL,
	"action" varchar(16) NOT NULL,
	"from_state" varchar(16),
	"to_state" varchar(16) NOT NULL,
	"comment" text,
	"actor_id" uuid,
	"actor_name" text,
	"actor_organisation_name" text,
	"assignee_id" uuid,
	"assignee_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule" varchar(40) NOT NULL,
	"subject_key" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"employer_id" uuid,
	"severity" varchar(8) NOT NULL,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text NOT NULL,
	"state" varchar(16) NOT NULL,
	"assignee_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "warning_events" ADD CONSTRAINT "warning_events_warning_id_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "warning_events_warning_idx" ON "warning_events" USING btree ("warning_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_one_episode_uq" ON "warnings" USING btree ("rule","subject_key") WHERE "warnings"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "warnings_region_idx" ON "warnings" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "warnings_employer_idx" ON "warnings" USING btree ("employer_id","state");--> statement-breakpoint
CREATE INDEX "warnings_assignee_idx" ON "warnings" USING btree ("assignee_id","state");