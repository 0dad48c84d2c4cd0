import { type SurveillanceFlag, hazardFactorById } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { openSurveillanceFlags } from './assessments.filing.ts';

/**
 * The exams module's plug-in point for "workers on an exceeding post are due for an exam": the open
 * surveillance flags of these employers, with the factor by its catalogue name (the name GBZ 188 and
 * the exam records use) and the reason's citation.
 */
export async function assessmentSurveillanceFlags(db: Db, q: { employerIds: string[] }): Promise<SurveillanceFlag[]> {
  const rows = await openSurveillanceFlags(db, { employerIds: q.employerIds });
  return rows.map((r) => ({
    workerId: r.workerId,
    employerId: r.employerId,
    hazardFactor: hazardFactorById(r.hazardFactorCode)?.name ?? r.hazardFactorCode,
    flaggedOn: r.raisedAt.toISOString().slice(0, 10),
    reason: '岗位检测结果超标，应安排在岗期间职业健康检查',
    // The duty to examine exposed workers is the law's; bringing the exam forward after an exceedance is OHNet's rule.
    citation: '职业病防治法 第三十五条（在岗期间职业健康检查）; OHNet rule: an exceedance at the post brings the exam forward (unverified)',
  }));
}
