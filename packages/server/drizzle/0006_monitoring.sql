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
ALTER TABLE "sensor_devices" ADD CONSTRAINT "sensor_devices_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensor_devices" ADD CONSTRAINT "sensor_devices_employer_id_post_id_posts_employer_id_id_fk" FOREIGN KEY ("employer_id","post_id") REFERENCES "public"."posts"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_alerts_one_open_idx" ON "sensor_alerts" USING btree ("device_id","kind") WHERE "sensor_alerts"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "sensor_alerts_device_idx" ON "sensor_alerts" USING btree ("device_id","opened_at");--> statement-breakpoint
CREATE INDEX "sensor_alerts_region_idx" ON "sensor_alerts" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_device_keys_prefix_idx" ON "sensor_device_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "sensor_device_keys_device_idx" ON "sensor_device_keys" USING btree ("device_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_devices_id_idx" ON "sensor_devices" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_devices_employer_code_idx" ON "sensor_devices" USING btree ("employer_id","code");--> statement-breakpoint
CREATE INDEX "sensor_devices_region_idx" ON "sensor_devices" USING btree ("region_code" varchar_pattern_ops);