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
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_records" ADD CONSTRAINT "dose_records_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dose_records_id_idx" ON "dose_records" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "dose_records_institution_worker_period_uq" ON "dose_records" USING btree ("employer_id","institution_id","worker_id","period_start","period_end") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "dose_records_worker_idx" ON "dose_records" USING btree ("worker_id","period_start");--> statement-breakpoint
CREATE INDEX "dose_records_region_idx" ON "dose_records" USING btree ("region_code" varchar_pattern_ops,"period_end");--> statement-breakpoint
CREATE INDEX "dose_records_institution_idx" ON "dose_records" USING btree ("institution_id");