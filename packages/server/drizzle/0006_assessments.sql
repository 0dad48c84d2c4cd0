CREATE TABLE "assessment_attachments" (
	"report_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" varchar(64) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_attachments_employer_id_report_id_pk" PRIMARY KEY("employer_id","report_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_points" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"institution_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"post_name" text NOT NULL,
	"post_id" uuid,
	"hazard_factor" text NOT NULL,
	"factor" text NOT NULL,
	"category" varchar(16) NOT NULL,
	"measurement_type" varchar(16) NOT NULL,
	"sampling_date" date NOT NULL,
	"location" text,
	"measurement" jsonb NOT NULL,
	"verdict" varchar(16) NOT NULL,
	"judgement" jsonb NOT NULL,
	"citation" text NOT NULL,
	"rule_edition" text NOT NULL,
	"verified" boolean NOT NULL,
	CONSTRAINT "assessment_points_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_report_numbers" (
	"institution_id" uuid NOT NULL,
	"report_number" varchar(64) NOT NULL,
	"employer_id" uuid NOT NULL,
	"current_report_id" uuid NOT NULL,
	"last_version" integer NOT NULL,
	CONSTRAINT "assessment_report_numbers_institution_id_report_number_pk" PRIMARY KEY("institution_id","report_number")
);
--> statement-breakpoint
CREATE TABLE "assessment_reports" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"institution_id" uuid NOT NULL,
	"qualification_id" uuid NOT NULL,
	"kind" varchar(24) NOT NULL,
	"report_number" varchar(64) NOT NULL,
	"version" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"previous_version_id" uuid,
	"correction_reason" text,
	"sampling_start_date" date NOT NULL,
	"sampling_end_date" date NOT NULL,
	"report_date" date NOT NULL,
	"conclusion" text NOT NULL,
	"point_count" integer NOT NULL,
	"exceeding_count" integer NOT NULL,
	"compliant_count" integer NOT NULL,
	"source" varchar(16) NOT NULL,
	"filed_by_user_id" uuid,
	"filed_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_reports_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "exceedance_alerts" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"report_id" uuid NOT NULL,
	"report_number" varchar(64) NOT NULL,
	"institution_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"exceeding_count" integer NOT NULL,
	"summary" text NOT NULL,
	"state" varchar(8) NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "exceedance_alerts_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "rectification_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"action" varchar(20) NOT NULL,
	"from_state" varchar(20),
	"to_state" varchar(20) NOT NULL,
	"note" text,
	"actor_name" text,
	"actor_organisation_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectification_events_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "rectification_evidence" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" varchar(64) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"note" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectification_evidence_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "rectification_tasks" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"report_id" uuid NOT NULL,
	"report_number" varchar(64) NOT NULL,
	"institution_id" uuid NOT NULL,
	"state" varchar(20) NOT NULL,
	"due_date" date NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "rectification_tasks_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveillance_flags" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"hazard_factor_code" varchar(120) NOT NULL,
	"reason" varchar(16) NOT NULL,
	"source_report_id" uuid NOT NULL,
	"source_point_id" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_at" timestamp with time zone,
	CONSTRAINT "surveillance_flags_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "tech_service_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"qualification_class" varchar(1) NOT NULL,
	"qualification_number" varchar(64) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"issuing_province_code" varchar(6) NOT NULL,
	"categories" jsonb NOT NULL,
	"service_kinds" jsonb NOT NULL,
	"is_revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tech_service_qualifications_number_uq" UNIQUE("qualification_number")
);
--> statement-breakpoint
ALTER TABLE "assessment_reports" ADD CONSTRAINT "assessment_reports_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reports" ADD CONSTRAINT "assessment_reports_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_service_qualifications" ADD CONSTRAINT "tech_service_qualifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_points_report_idx" ON "assessment_points" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "assessment_points_region_idx" ON "assessment_points" USING btree ("region_code" varchar_pattern_ops,"sampling_date");--> statement-breakpoint
CREATE INDEX "assessment_reports_id_idx" ON "assessment_reports" USING btree ("id");--> statement-breakpoint
CREATE INDEX "assessment_reports_institution_idx" ON "assessment_reports" USING btree ("institution_id","report_number");--> statement-breakpoint
CREATE INDEX "assessment_reports_region_idx" ON "assessment_reports" USING btree ("region_code" varchar_pattern_ops,"kind");--> statement-breakpoint
CREATE INDEX "exceedance_alerts_region_idx" ON "exceedance_alerts" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "rectification_events_task_idx" ON "rectification_events" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "rectification_evidence_task_idx" ON "rectification_evidence" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "rectification_tasks_id_idx" ON "rectification_tasks" USING btree ("id");--> statement-breakpoint
CREATE INDEX "rectification_tasks_region_idx" ON "rectification_tasks" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "surveillance_flags_worker_idx" ON "surveillance_flags" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "surveillance_flags_region_idx" ON "surveillance_flags" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "tech_service_qualifications_org_idx" ON "tech_service_qualifications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "tech_service_qualifications_region_idx" ON "tech_service_qualifications" USING btree ("region_code" varchar_pattern_ops);