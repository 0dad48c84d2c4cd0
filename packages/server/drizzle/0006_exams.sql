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
ALTER TABLE "contraindication_notices" ADD CONSTRAINT "contraindication_notices_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_institution_filings" ADD CONSTRAINT "exam_institution_filings_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exam_conclusions" ADD CONSTRAINT "health_exam_conclusions_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_exams" ADD CONSTRAINT "health_exams_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspected_od_reports" ADD CONSTRAINT "suspected_od_reports_exam_id_health_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."health_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contraindication_notices_region_idx" ON "contraindication_notices" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "contraindication_notices_employer_idx" ON "contraindication_notices" USING btree ("employer_id","state");--> statement-breakpoint
CREATE INDEX "health_exam_conclusions_exam_idx" ON "health_exam_conclusions" USING btree ("exam_id");--> statement-breakpoint
CREATE INDEX "health_exam_conclusions_recheck_idx" ON "health_exam_conclusions" USING btree ("recheck_due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "health_exams_institution_number_uq" ON "health_exams" USING btree ("institution_id","exam_number");--> statement-breakpoint
CREATE INDEX "health_exams_worker_idx" ON "health_exams" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "health_exams_employer_idx" ON "health_exams" USING btree ("employer_id","exam_date");--> statement-breakpoint
CREATE INDEX "health_exams_region_idx" ON "health_exams" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "suspected_od_reports_region_idx" ON "suspected_od_reports" USING btree ("region_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "suspected_od_reports_worker_idx" ON "suspected_od_reports" USING btree ("worker_id");