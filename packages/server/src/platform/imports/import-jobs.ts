import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';

export interface ImportJobSummary {
  jobId: string;
  fileName: string | null;
  mode: string | null;
  status: string;
  createdAt: string;
  result: unknown;
}

/**
 * Past imports of one kind with their result summaries (the uploaded rows stay in the job and are
 * not returned), newest first. `where` narrows them, e.g. to one employer or one organisation.
 */
export async function listImportJobs(db: Db, kind: string, where: SQL): Promise<ImportJobSummary[]> {
  const rows = await queryRows<{ job_id: string; file_name: string | null; mode: string | null; status: string; created_at: string | Date; result: unknown }>(
    db,
    sql`select id as job_id, payload->>'fileName' as file_name, payload->>'mode' as mode, status, created_at, result
        from jobs where kind = ${kind} and ${where} order by created_at desc limit 50`,
  );
  return rows.map((r) => ({ jobId: r.job_id, fileName: r.file_name, mode: r.mode, status: r.status, createdAt: new Date(r.created_at).toISOString(), result: r.result ?? null }));
}
