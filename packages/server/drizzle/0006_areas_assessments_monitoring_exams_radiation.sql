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
CREATE TABLE "sensor_aggregates" (
	"device_id" uuid NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"mean" double precision NOT NULL,
	"min" double precision NOT NULL,
	"max" double precision NOT NULL,
	"rolling_8h" double precision,
	"covered_minutes" integer,
	"is_reduced" boolean DEFAULT false NOT NULL,
	CONSTRAINT "sensor_aggregates_device_id_bucket_start_pk" PRIMARY KEY("device_id","bucket_start")
);
--> statement-breakpoint
CREATE TABLE "sensor_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"threshold" double precision NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"peak_value" double precision NOT NULL,
	"peak_at" timestamp with time zone NOT NULL,
	"citation" text NOT NULL,
	"verified" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensor_device_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"prefix" varchar(16) NOT NULL,
	"secret_hash" varchar(64) NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sensor_devices" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"code" varchar(64) NOT NULL,
	"factor_kind" varchar(8) NOT NULL,
	"factor_name" text NOT NULL,
	"dust_fraction" varchar(12),
	"unit" varchar(8) NOT NULL,
	"location" text,
	"status" varchar(8) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sensor_devices_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "sensor_readings" (
	"device_id" uuid NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sensor_readings_device_id_ts_pk" PRIMARY KEY("device_id","ts")
);
--> statement-breakpoint
CREATE TABLE "contraindication_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"institution_id" uuid NOT NULL,
	"hazard_factor" text NOT NULL,
	"contraindication" text NOT NULL,
	"state" varchar(20) NOT NULL,
	"issued_on" date NOT NULL,
	"due_date" date NOT NULL,
	"moved_on" date,
	"new_post" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exam_institution_filings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"filing_number" varchar(40) NOT NULL,
	"hazard_categories" jsonb NOT NULL,
	"is_public" boolean NOT NULL,
	"filed_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_exam_conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"hazard_factor" text NOT NULL,
	"category" varchar(16),
	"conclusion" varchar(20) NOT NULL,
	"advice" text,
	"suspected_disease" text,
	"contraindication" text,
	"recheck_due_date" date
);
--> statement-breakpoint
CREATE TABLE "health_exams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid NOT NULL,
	"exam_number" varchar(40) NOT NULL,
	"exam_type" varchar(16) NOT NULL,
	"exam_date" date NOT NULL,
	"hazard_factors" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"checks" jsonb NOT NULL,
	"is_complete" boolean NOT NULL,
	"flag_codes" jsonb NOT NULL,
	"rule_edition" varchar(24),
	"content_hash" varchar(64) NOT NULL,
	"filed_by" uuid,
	"job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suspected_od_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"institution_id" uuid NOT NULL,
	"diagnosis_institution_id" uuid,
	"hazard_factor" text NOT NULL,
	"category" varchar(16),
	"suspected_disease" text NOT NULL,
	"state" varchar(20) NOT NULL,
	"outcome" varchar(32),
	"outcome_disease" text,
	"history" jsonb NOT NULL,
	"reported_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dose_records" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"institution_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"post_id" uuid,
	"occupation_category" varchar(4),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"hp10_msv" double precision NOT NULL,
	"hp3_msv" double precision,
	"hp007_msv" double precision,
	"report_number" varchar(64),
	"batch_number" varchar(64),
	"over_investigation_level" boolean NOT NULL,
	"flags" jsonb NOT NULL,
	"filed_by_user_id" uuid,
	"supersedes_id" uuid,
	"superseded_at" timestamp with time zone,
	"correction_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dose_records_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessment_reports" ADD CONSTRAINT "assessment_reports_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reports" ADD CONSTRAINT "assessment_reports_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_service_qualifications" ADD CONSTRAINT "tech_service_qualifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensor_devices" ADD CONSTRAINT "sensor_devices_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensor_devices" ADD CONSTRAINT "sensor_devices_employer_id_post_id_posts_employer_id_id_fk" FOREIGN KEY ("employer_id","post_id") REFERENCES "public"."posts"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contraindication_notices" ADD CONSTRAINT "contraindication_notices_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_institution_filings" ADD CONSTRAINT "exam_institution_filings_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exam_conclusions" ADD CONSTRAINT "health_exam_conclusions_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspected_od_reports" ADD CONSTRAINT "suspected_od_reports_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "tech_service_qualifications_region_idx" ON "tech_service_qualifications" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_alerts_one_open_idx" ON "sensor_alerts" USING btree ("device_id","kind") WHERE "sensor_alerts"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "sensor_alerts_device_idx" ON "sensor_alerts" USING btree ("device_id","opened_at");--> statement-breakpoint
CREATE INDEX "sensor_alerts_region_idx" ON "sensor_alerts" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_device_keys_prefix_idx" ON "sensor_device_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "sensor_device_keys_device_idx" ON "sensor_device_keys" USING btree ("device_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_devices_id_idx" ON "sensor_devices" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_devices_employer_code_idx" ON "sensor_devices" USING btree ("employer_id","code");--> statement-breakpoint
CREATE INDEX "sensor_devices_region_idx" ON "sensor_devices" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "contraindication_notices_region_idx" ON "contraindication_notices" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "contraindication_notices_employer_idx" ON "contraindication_notices" USING btree ("employer_id","state");--> statement-breakpoint
CREATE INDEX "health_exam_conclusions_exam_idx" ON "health_exam_conclusions" USING btree ("exam_id");--> statement-breakpoint
CREATE INDEX "health_exam_conclusions_recheck_idx" ON "health_exam_conclusions" USING btree ("recheck_due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "health_exams_institution_number_uq" ON "health_exams" USING btree ("institution_id","exam_number");--> statement-breakpoint
CREATE INDEX "health_exams_worker_idx" ON "health_exams" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "health_exams_employer_idx" ON "health_exams" USING btree ("employer_id","exam_date");--> statement-breakpoint
CREATE INDEX "health_exams_region_idx" ON "health_exams" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "suspected_od_reports_region_idx" ON "suspected_od_reports" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "suspected_od_reports_worker_idx" ON "suspected_od_reports" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "dose_records_id_idx" ON "dose_records" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "dose_records_institution_worker_period_uq" ON "dose_records" USING btree ("employer_id","institution_id","worker_id","period_start","period_end") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "dose_records_worker_idx" ON "dose_records" USING btree ("worker_id","period_start");--> statement-breakpoint
CREATE INDEX "dose_records_region_idx" ON "dose_records" USING btree ("region_code" varchar_pattern_ops,"period_end");--> statement-breakpoint
CREATE INDEX "dose_records_institution_idx" ON "dose_records" USING btree ("institution_id");