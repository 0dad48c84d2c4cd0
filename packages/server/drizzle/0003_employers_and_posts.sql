CREATE TABLE "employer_profiles" (
	"employer_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"registered_address" text,
	"workplace_address" text,
	"industry_code" varchar(8),
	"industry_section" varchar(1),
	"economic_type" varchar(40),
	"size_class" varchar(8),
	"legal_representative" text,
	"legal_representative_phone" varchar(32),
	"oh_manager_name" text,
	"oh_manager_phone" varchar(32),
	"has_oh_management_body" boolean,
	"full_time_oh_managers" integer,
	"part_time_oh_managers" integer,
	"staff_count" integer,
	"dispatched_worker_count" integer,
	"cumulative_od_cases" integer,
	"hazard_class" varchar(8),
	"hazard_class_citation" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_hazards" (
	"employer_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"factor_id" varchar(40),
	"factor_name" text NOT NULL,
	"category" varchar(16),
	"exposed_count" integer NOT NULL,
	"dispatched_exposed_count" integer,
	CONSTRAINT "post_hazards_employer_id_post_id_factor_name_pk" PRIMARY KEY("employer_id","post_id","factor_name")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"workplace_name" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_employer_id_id_pk" PRIMARY KEY("employer_id","id")
);
--> statement-breakpoint
ALTER TABLE "employer_profiles" ADD CONSTRAINT "employer_profiles_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_hazards" ADD CONSTRAINT "post_hazards_employer_id_post_id_posts_employer_id_id_fk" FOREIGN KEY ("employer_id","post_id") REFERENCES "public"."posts"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_profiles_region_idx" ON "employer_profiles" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "employer_profiles_section_idx" ON "employer_profiles" USING btree ("industry_section");--> statement-breakpoint
CREATE INDEX "posts_id_idx" ON "posts" USING btree ("id");