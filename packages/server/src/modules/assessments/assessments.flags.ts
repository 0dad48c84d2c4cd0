import { type SurveillanceFlag, hazardFactorById } from '@ohnet/domain';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { surveillanceFlags } from './assessments.table.ts';

/**
 * The exams module's plug-in point for "workers on an exceeding post are due for an exam": open
 * surveillance flags of these employers, with the factor by its catalogue name (the name GBZ 188 and
 * the exam records use) and the reason's citation.
 */
export async function assessmentSurveillanceFlags(db: Db, q: { employerIds: string[] }): Promise<SurveillanceFlag[]> {
  if (q.employerIds.length === 0) return [];
  const rows = await db
    .select({ workerId: surveillanceFlags.workerId, employerId: surveillanceFlags.employerId, factor: surveillanceFlags.hazardFactorCode, raisedAt: surveillanceFlags.raisedAt })
    .from(surveillanceFlags)
    .where(and(inArray(surveillanceFlags.employerId, q.employerIds), isNull(surveillanceFlags.clearedAt)));
  return rows.map((r) => ({
    workerId: r.workerId,
    employerId: r.employerId,
    hazardFactor: hazardFactorById(r.factor)?.name ?? r.factor,
    flaggedOn: r.raisedAt.toISOString().slice(0, 10),
    reason: '岗位检测结果超标，应安排在岗期间职业健康检查',
    // The duty to examine exposed workers is the law's; bringing the exam forward after an exceedance is OHNet's rule.
    citation: '职业病防治法 第三十五条（在岗期间职业健康检查）; OHNet rule: an exceedance at the post brings the exam forward (unverified)',
  }));
}
