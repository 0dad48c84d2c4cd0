-- Indicator engine (issue 7): every write to a table that feeds a computed indicator marks the
-- groups it touched in indicator_dirty (one row per group and statement, from the transition
-- tables), whatever wrote it: API, import, job or plain SQL. The engine drains the queue.
CREATE OR REPLACE FUNCTION indicator_mark_by_column() RETURNS trigger AS $$
DECLARE
  col text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT %L, %I::text FROM new_rows WHERE %I IS NOT NULL', 'employer', col, col);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT %L, %I::text FROM old_rows WHERE %I IS NOT NULL', 'employer', col, col);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- organisations: an employer is its own group; exam institutions feed the county-coverage indicator.
CREATE OR REPLACE FUNCTION indicator_mark_organisations() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'employer', id::text FROM new_rows WHERE type = 'employer';
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'global', 'exam_institutions' FROM new_rows WHERE type <> 'employer';
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'employer', id::text FROM old_rows WHERE type = 'employer';
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'global', 'exam_institutions' FROM old_rows WHERE type <> 'employer';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- health_exam_conclusions carry no employer id: reach it through the exam.
CREATE OR REPLACE FUNCTION indicator_mark_exam_conclusions() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'employer', x.employer_id::text FROM new_rows c JOIN health_exams x ON x.id = c.exam_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO indicator_dirty (group_kind, group_key) SELECT DISTINCT 'employer', x.employer_id::text FROM old_rows c JOIN health_exams x ON x.id = c.exam_id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION indicator_mark_global() RETURNS trigger AS $$
BEGIN
  INSERT INTO indicator_dirty (group_kind, group_key) VALUES ('global', TG_ARGV[0]);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organisations_indicator_ins AFTER INSERT ON "organisations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_organisations();
--> statement-breakpoint
CREATE TRIGGER organisations_indicator_upd AFTER UPDATE ON "organisations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_organisations();
--> statement-breakpoint
CREATE TRIGGER organisations_indicator_del AFTER DELETE ON "organisations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_organisations();
--> statement-breakpoint
CREATE TRIGGER employer_profiles_indicator_ins AFTER INSERT ON "employer_profiles" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER employer_profiles_indicator_upd AFTER UPDATE ON "employer_profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER employer_profiles_indicator_del AFTER DELETE ON "employer_profiles" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER posts_indicator_ins AFTER INSERT ON "posts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER posts_indicator_upd AFTER UPDATE ON "posts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER posts_indicator_del AFTER DELETE ON "posts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER post_hazards_indicator_ins AFTER INSERT ON "post_hazards" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER post_hazards_indicator_upd AFTER UPDATE ON "post_hazards" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER post_hazards_indicator_del AFTER DELETE ON "post_hazards" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER declarations_indicator_ins AFTER INSERT ON "declarations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER declarations_indicator_upd AFTER UPDATE ON "declarations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER declarations_indicator_del AFTER DELETE ON "declarations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER employments_indicator_ins AFTER INSERT ON "employments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER employments_indicator_upd AFTER UPDATE ON "employments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER employments_indicator_del AFTER DELETE ON "employments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER health_exams_indicator_ins AFTER INSERT ON "health_exams" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER health_exams_indicator_upd AFTER UPDATE ON "health_exams" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER health_exams_indicator_del AFTER DELETE ON "health_exams" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_reports_indicator_ins AFTER INSERT ON "assessment_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_reports_indicator_upd AFTER UPDATE ON "assessment_reports" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_reports_indicator_del AFTER DELETE ON "assessment_reports" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_points_indicator_ins AFTER INSERT ON "assessment_points" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_points_indicator_upd AFTER UPDATE ON "assessment_points" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER assessment_points_indicator_del AFTER DELETE ON "assessment_points" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER dose_records_indicator_ins AFTER INSERT ON "dose_records" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER dose_records_indicator_upd AFTER UPDATE ON "dose_records" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER dose_records_indicator_del AFTER DELETE ON "dose_records" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_by_column('employer_id');
--> statement-breakpoint
CREATE TRIGGER health_exam_conclusions_indicator_ins AFTER INSERT ON "health_exam_conclusions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_exam_conclusions();
--> statement-breakpoint
CREATE TRIGGER health_exam_conclusions_indicator_upd AFTER UPDATE ON "health_exam_conclusions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_exam_conclusions();
--> statement-breakpoint
CREATE TRIGGER health_exam_conclusions_indicator_del AFTER DELETE ON "health_exam_conclusions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_exam_conclusions();
--> statement-breakpoint
CREATE TRIGGER exam_institution_filings_indicator AFTER INSERT OR UPDATE OR DELETE ON "exam_institution_filings" FOR EACH STATEMENT EXECUTE FUNCTION indicator_mark_global('exam_institutions');
