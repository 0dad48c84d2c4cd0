CREATE TABLE "employments" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid NOT NULL,
	"host_employer_id" uuid,
	"is_dispatched" boolean DEFAULT false NOT NULL,
	"post_id" uuid,
	"job_type" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employments_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_bidx" varchar(64) NOT NULL,
	"id_number_masked" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"sex" varchar(6) NOT NULL,
	"birth_date" date NOT NULL,
	"phone_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_host_employer_id_organisations_id_fk" FOREIGN KEY ("host_employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employments_worker_idx" ON "employments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "employments_region_idx" ON "employments" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "workers_id_number_bidx_uq" ON "workers" USING btree ("id_number_bidx");