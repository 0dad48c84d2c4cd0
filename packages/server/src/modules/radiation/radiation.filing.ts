import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  type FieldIssue,
  type TechServiceQualification,
  canFile,
  doseRecordIssues,
  errors,
  findRadiationOccupationCategory,
  investigationLevelFor,
  isRadiationPost,
  monitoringRule,
  recordLevelFlags,
  todayCst,
  workerIdentityFromIdNumber,
  workerIdentityIssues,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { type AuditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { ImportMode } from '../../platform/imports/xlsx-template.ts';
import { techServiceQualifications } from '../assessments/assessments.table.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { employments } from '../workers/workers.table.ts';
import { type DoseRecordFlags, doseRecords } from './radiation.table.ts';
import { findWorkers } from '../workers/workers.bulk.ts';

/**
 * Filing dose records — one code path for the JSON batch, the web form and the Excel import, so all
 * three validate the same way. Every record is checked (identity, GBZ 128 period and values, the
 * worker known to OHNet by ID number and employed by the employer during the period, no overlap
 * with another period of the worker), then either all are written or (mode `valid_rows`) the valid
 * ones, in one transaction. A record already filed by the same institution for the same worker and
 * period is "already present" when its values are the same and refused when they differ
 * (corrections are not overwrites).
 */
export interface DoseRecordIn {
  employerId: string;
  idNumber: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  hp10Msv: number;
  hp3Msv?: number | null;
  hp007Msv?: number | null;
  occupationCategory?: string | null;
  postId?: string | null;
  reportNumber?: string | null;
}

export interface FilingIssue extends FieldIssue {
  /** Position of the record in the batch (0-based). */
  index: number;
}

export interface FilingSummary {
  total: number;
  imported: number;
  alreadyPresent: number;
  rejected: number;
  overInvestigationLevel: number;
  ids: string[];
  errors: FilingIssue[];
}

export interface Filer {
  who: AuditWho;
  institutionId: string;
}

const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null);

/** The dose-monitoring work as the qualification check sees it (the employer's region is added per employer). */
const doseWork = (date: string, employerRegionCode: string) => ({ kind: 'personal_dose_monitoring' as const, categories: [], date, employerRegionCode });

/**
 * Only an institution holding a technical-service qualification whose scope covers personal dose
 * monitoring (`personal_dose_monitoring`, valid on `date`, not revoked) may file dose records
 * (职业卫生技术服务机构管理办法 / 放射卫生技术服务机构管理办法; the domain's `canFile`). Throws 403
 * `dose.filer_not_qualified` naming why (no qualification, or the issues of the latest one);
 * returns the usable qualifications — a 乙级 one still has to cover each employer's province.
 */
export async function doseFilerQualifications(db: Db, institutionId: string, date: string): Promise<TechServiceQualification[]> {
  const rows = await db.select().from(techServiceQualifications).where(eq(techServiceQualifications.organisationId, institutionId));
  const quals: TechServiceQualification[] = rows.map((q) => ({
    qualificationClass: q.qualificationClass,
    qualificationNumber: q.qualificationNumber,
    validFrom: q.validFrom,
    validTo: q.validTo,
    issuingProvinceCode: q.issuingProvinceCode,
    categories: q.categories,
    serviceKinds: q.serviceKinds,
    isRevoked: q.isRevoked,
  }));
  // The province is checked per employer by the caller; here only kind, validity and revocation.
  const problems = (q: TechServiceQualification) => {
    const r = canFile(q, doseWork(date, q.issuingProvinceCode));
    return r.ok ? [] : r.issues;
  };
  const usable = quals.filter((q) => problems(q).length === 0);
  if (usable.length > 0) return usable;
  const latest = [...quals].sort((a, b) => b.validTo.localeCompare(a.validTo))[0];
  const issues: FieldIssue[] = latest ? problems(latest) : [{ path: 'qualification', code: 'qualification.missing', message: '本机构没有登记职业卫生技术服务资质' }];
  throw errors.forbidden('dose.filer_not_qualified', `本机构的技术服务资质不含有效的“个人剂量监测”业务范围，不能报送个人剂量监测结果：${issues.map((i) => i.message).join('；')}`, { issues });
}

export async function fileDoseRecords(db: Db, dp: DataProtection, filer: Filer, input: { mode: ImportMode; batchNumber?: string | null; records: DoseRecordIn[]; validateOnly?: boolean }): Promise<FilingSummary> {
  const [institution] = await db.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, filer.institutionId));
  // The filer must be a technical service institution qualified for personal dose monitoring.
  if (institution?.type !== 'tech_service_institution') throw errors.forbidden('dose.filer_not_institution', '个人剂量监测结果须由技术服务机构报送');
  const asOf = todayCst();
  const qualifications = await doseFilerQualifications(db, filer.institutionId, asOf);
  const recs = input.records;
  const issues: FilingIssue[] = [];
  const add = (index: number, field: string, code: string, message: string) => issues.push({ index, path: field, code, message });

  // Employers, in one query.
  const employerIds = [...new Set(recs.map((r) => r.employerId))];
  const employerRows = employerIds.length
    ? await db.select({ id: organisations.id, type: organisations.type, regionCode: organisations.regionCode, isActive: organisations.isActive }).from(organisations).where(inArray(organisations.id, employerIds))
    : [];
  const employerOf = new Map(employerRows.filter((e) => e.type === 'employer').map((e) => [e.id, e]));

  // 1. Shape and rule checks per record.
  const idNumberOf = new Map<number, string>();
  for (const [i, r] of recs.entries()) {
    const employer = employerOf.get(r.employerId);
    if (!employer) add(i, 'employerId', 'dose.employer_unknown', '用人单位未在平台登记');
    else if (!qualifications.some((q) => canFile(q, doseWork(asOf, employer.regionCode)).ok)) add(i, 'employerId', 'qualification.region_not_covered', '乙级资质只能在发证省份内开展技术服务，该用人单位不在资质范围内');
    for (const issue of workerIdentityIssues({ idNumber: r.idNumber })) add(i, 'idNumber', issue.code, issue.message);
    if (!r.name?.trim()) add(i, 'name', 'dose.name_required', '姓名必填');
    if (r.occupationCategory && !findRadiationOccupationCategory(r.occupationCategory)) add(i, 'occupationCategory', 'dose.category_unknown', `职业类别“${r.occupationCategory}”不在 GBZ 128-2019 分类中`);
    for (const e of doseRecordIssues(r, [], asOf).errors) add(i, e.path, e.code, e.message);
    const id = workerIdentityFromIdNumber(r.idNumber);
    if (id.ok) idNumberOf.set(i, id.value.idNumber);
  }

  // 2. Workers by ID number (the workers module's find-only lookup), their employments and records.
  const found = await findWorkers(db, dp, [...idNumberOf.values()]);
  const workerIds = [...new Set([...found.values()].map((w) => w.id))];
  const [episodes, existing] = workerIds.length
    ? await Promise.all([
        db.select().from(employments).where(and(inArray(employments.workerId, workerIds), inArray(employments.employerId, employerIds))),
        db.select().from(doseRecords).where(and(inArray(doseRecords.workerId, workerIds), isNull(doseRecords.supersededAt))),
      ])
    : [[], []];
  const postIds = [...new Set([...episodes.map((e) => e.postId), ...recs.map((r) => r.postId ?? null)].filter((p): p is string => p !== null))];
  const postRows = postIds.length ? await db.select({ id: posts.id, employerId: posts.employerId }).from(posts).where(inArray(posts.id, postIds)) : [];
  const hazardRows = postIds.length ? await db.select({ postId: postHazards.postId, factorId: postHazards.factorId, factorName: postHazards.factorName, category: postHazards.category }).from(postHazards).where(inArray(postHazards.postId, postIds)) : [];

  // Indexed by worker, so a batch of tens of thousands stays linear.
  const group = <T extends { workerId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.workerId, [...(m.get(r.workerId) ?? []), r]);
    return m;
  };
  const episodesOf = group(episodes);
  const existingOf = group(existing);
  const hazardsOf = new Map<string, typeof hazardRows>();
  for (const h of hazardRows) hazardsOf.set(h.postId, [...(hazardsOf.get(h.postId) ?? []), h]);
  type Ready = { i: number; row: typeof doseRecords.$inferInsert };
  const ready: Ready[] = [];
  let alreadyPresent = 0;
  const alreadyIds: string[] = [];
  const acceptedByWorker = new Map<string, { periodStart: string; periodEnd: string }[]>();
  const failed = new Set(issues.map((x) => x.index));
  for (const [i, r] of recs.entries()) {
    if (failed.has(i)) continue;
    const before = issues.length;
    const w = found.get(idNumberOf.get(i)!);
    if (!w) {
      add(i, 'idNumber', 'dose.worker_unknown', '该身份证号的劳动者未在平台登记，请用人单位先登记劳动者');
      continue;
    }
    if (w.name !== r.name.trim()) {
      add(i, 'name', 'worker.identity_conflict', `身份证号已登记在另一姓名下（${w.name.slice(0, 1)}**），请核对`);
      continue;
    }
    const employer = employerOf.get(r.employerId)!;
    const episode = (episodesOf.get(w.id) ?? []).find((e) => e.employerId === r.employerId && e.startDate <= r.periodEnd && (e.endDate === null || e.endDate >= r.periodStart));
    if (!episode) {
      add(i, 'periodStart', 'dose.worker_not_employed', '监测周期内该劳动者不在该用人单位在岗');
      continue;
    }
    let postId = r.postId ?? episode.postId ?? null;
    if (r.postId && !postRows.some((p) => p.id === r.postId && p.employerId === r.employerId)) {
      add(i, 'postId', 'post.not_found', '岗位不属于该用人单位');
      continue;
    }
    const warnings = doseRecordIssues(r, [], asOf).warnings.map((x) => ({ code: x.code, message: x.message }));
    if (postId && !isRadiationPost(hazardsOf.get(postId) ?? [])) {
      warnings.push({ code: 'dose.post_not_radiation', message: '该岗位未登记放射性危害因素，请用人单位核对岗位危害因素' });
    }
    if (!postId) postId = null;

    const mine = (existingOf.get(w.id) ?? []).find((x) => x.institutionId === filer.institutionId && x.periodStart === r.periodStart && x.periodEnd === r.periodEnd);
    if (mine) {
      if (mine.employerId === r.employerId && same(mine.hp10Msv, r.hp10Msv) && same(mine.hp3Msv, r.hp3Msv) && same(mine.hp007Msv, r.hp007Msv)) {
        alreadyPresent++;
        alreadyIds.push(mine.id);
      } else {
        add(i, 'hp10Msv', 'dose.record_conflict', `本机构已报送该劳动者 ${r.periodStart}～${r.periodEnd} 的结果，数值不同；更正不覆盖原记录`);
      }
      continue;
    }
    const others = [...(existingOf.get(w.id) ?? []), ...(acceptedByWorker.get(w.id) ?? [])];
    for (const e of doseRecordIssues(r, others, asOf).errors) add(i, e.path, e.code, e.message);
    if (issues.length > before) continue;
    acceptedByWorker.set(w.id, [...(acceptedByWorker.get(w.id) ?? []), { periodStart: r.periodStart, periodEnd: r.periodEnd }]);
    const level = recordLevelFlags(r);
    const flags: DoseRecordFlags = {
      investigation: { levelMsv: investigationLevelFor(r.periodStart, r.periodEnd), exceeded: level.length > 0, citation: monitoringRule('investigation_level').citation, verified: false },
      warnings,
    };
    ready.push({
      i,
      row: {
        employerId: r.employerId,
        regionCode: employer.regionCode,
        institutionId: filer.institutionId,
        workerId: w.id,
        postId,
        occupationCategory: r.occupationCategory ? findRadiationOccupationCategory(r.occupationCategory)!.code : null,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        hp10Msv: r.hp10Msv,
        hp3Msv: r.hp3Msv ?? null,
        hp007Msv: r.hp007Msv ?? null,
        reportNumber: r.reportNumber?.trim() || null,
        batchNumber: input.batchNumber?.trim() || null,
        overInvestigationLevel: level.length > 0,
        flags,
        filedByUserId: filer.who.userId,
      },
    });
  }
  issues.sort((a, b) => a.index - b.index);
  const rejected = new Set(issues.map((x) => x.index)).size;
  if ((input.mode === 'all_or_nothing' && issues.length > 0) || input.validateOnly) {
    return { total: recs.length, imported: 0, alreadyPresent: 0, rejected, overInvestigationLevel: 0, ids: [], errors: issues };
  }
  const ids: string[] = [];
  if (ready.length) {
    await transaction(db, async (tx) => {
      for (let s = 0; s < ready.length; s += 500) {
        const inserted = await tx.insert(doseRecords).values(ready.slice(s, s + 500).map((x) => x.row)).returning({ id: doseRecords.id });
        ids.push(...inserted.map((x) => x.id));
      }
      const byEmployer = new Map<string, number>();
      for (const x of ready) byEmployer.set(x.row.employerId, (byEmployer.get(x.row.employerId) ?? 0) + 1);
      await writeAudit(
        tx,
        filer.who,
        [...byEmployer].map(([employerId, n]) => ({
          action: 'dose_record.file',
          entityType: 'employer',
          entityId: employerId,
          regionCode: employerOf.get(employerId)!.regionCode,
          meta: { records: n, batchNumber: input.batchNumber ?? null, overInvestigationLevel: ready.filter((x) => x.row.employerId === employerId && x.row.overInvestigationLevel).length },
        })),
      );
    });
  }
  return {
    total: recs.length,
    imported: ready.length,
    alreadyPresent,
    rejected,
    overInvestigationLevel: ready.filter((x) => x.row.overInvestigationLevel).length,
    ids: [...ids, ...alreadyIds],
    errors: issues,
  };
}
