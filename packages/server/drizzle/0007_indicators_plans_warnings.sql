CREATE TABLE "indicator_aggregates" (
	"indicator_id" varchar(64) NOT NULL,
	"period" varchar(8) NOT NULL,
	"category" varchar(16) DEFAULT '' NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"num" bigint NOT NULL,
	"den" bigint NOT NULL,
	"facts" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_aggregates_indicator_id_period_category_region_code_pk" PRIMARY KEY("indicator_id","period","category","region_code")
);
--> statement-breakpoint
CREATE TABLE "indicator_dirty" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"group_kind" varchar(12) NOT NULL,
	"group_key" varchar(64) NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_facts" (
	"indicator_id" varchar(64) NOT NULL,
	"period" varchar(8) NOT NULL,
	"category" varchar(16) DEFAULT '' NOT NULL,
	"group_kind" varchar(12) NOT NULL,
	"group_key" varchar(64) NOT NULL,
	"subject_key" varchar(120) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"employer_id" uuid,
	"num" smallint NOT NULL,
	"den" smallint NOT NULL,
	CONSTRAINT "indicator_facts_indicator_id_period_category_group_kind_group_key_subject_key_pk" PRIMARY KEY("indicator_id","period","category","group_kind","group_key","subject_key")
);
--> statement-breakpoint
CREATE TABLE "indicator_manual_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" varchar(64) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"source_note" text NOT NULL,
	"as_of" date NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" varchar(64) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"as_of" date NOT NULL,
	"snapshot" jsonb NOT NULL,
	"pdf" "bytea",
	"xlsx" "bytea",
	"organisation_id" uuid,
	"generated_by" uuid,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" varchar(64) PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"region_name" text NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"status" varchar(24) NOT NULL,
	"evaluations" jsonb NOT NULL,
	"entries" jsonb NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "indicator_manual_values" ADD CONSTRAINT "indicator_manual_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_events" ADD CONSTRAINT "warning_events_warning_id_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_aggregates_region_idx" ON "indicator_aggregates" USING btree ("region_code" varchar_pattern_ops,"period");--> statement-breakpoint
CREATE INDEX "indicator_facts_group_idx" ON "indicator_facts" USING btree ("group_kind","group_key");--> statement-breakpoint
CREATE INDEX "indicator_facts_drill_idx" ON "indicator_facts" USING btree ("indicator_id","period","category","region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "indicator_manual_values_idx" ON "indicator_manual_values" USING btree ("indicator_id","region_code","year");--> statement-breakpoint
CREATE INDEX "plan_reports_plan_idx" ON "plan_reports" USING btree ("plan_id","generated_at");--> statement-breakpoint
CREATE INDEX "plans_region_idx" ON "plans" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "warning_events_warning_idx" ON "warning_events" USING btree ("warning_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_one_episode_uq" ON "warnings" USING btree ("rule","subject_key") WHERE "warnings"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "warnings_region_idx" ON "warnings" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "warnings_employer_idx" ON "warnings" USING btree ("employer_id","state");--> statement-breakpoint
CREATE INDEX "warnings_assignee_idx" ON "warnings" USING btree ("assignee_id","state");