import { eq } from 'drizzle-orm';
import { buildUscc, idNumberCheckCharacter, maskIdNumber, workerIdentityFromIdNumber } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import { techServiceQualifications } from '../assessments/assessments.table.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { systemSettings } from '../system/system.table.ts';
import { users } from '../users/users.table.ts';
import { employments, workers } from '../workers/workers.table.ts';
import { fileDoseRecords } from './radiation.filing.ts';
import { idNumberIndex } from '../workers/workers.bulk.ts';

/**
 * Demo data for radiation workers (DEMO ONLY): a fictional industrial radiography company in 台山
 * with an X-ray and a γ-source radiography post, four workers, and quarterly dose records for 2025
 * and the first three quarters of 2026 filed by the demo dosimetry service (jm.jishu) — one
 * quarter above the investigation level. Runs after the main demo seed, once; it needs the data
 * key because ID numbers are stored encrypted with a blind index.
 */
export const RADIATION_DEMO_EMPLOYER = '台山市海宴无损检测有限公司（演示）';

/**
 * The demo dosimetry service (jm.jishu's institution) holds a 乙级 radiation-health qualification
 * whose scope is personal dose monitoring — a line separate from its occupational-health one — so
 * it may file dose records (`doseFilerQualifications`). Part of the base demo seed (the tests use it).
 */
export async function seedDoseQualificationDemo(tx: Db, institution: { id: string; regionCode: string }): Promise<void> {
  await tx
    .insert(techServiceQualifications)
    .values({
      organisationId: institution.id,
      regionCode: institution.regionCode,
      qualificationClass: 'B',
      qualificationNumber: '粤卫放技字（2024）第0201号（演示）',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      issuingProvinceCode: '44',
      categories: ['radioactive'],
      serviceKinds: ['personal_dose_monitoring'],
    })
    .onConflictDoNothing();
}
const FLAG = 'demo.radiation.loaded';

const WORKERS = [
  { first17: '44078119860412101', name: '黄志坚', post: 'xray', hp10: [0.21, 1.86, 0.33, 0.27, 0.19, 0.24, 0.3], hp007: [0.25, 2.1, 0.36, 0.3, 0.22, 0.27, 0.33] },
  { first17: '44078119900823202', name: '梁晓峰', post: 'xray', hp10: [0.12, 0.15, 0.1, 0.09, 0.11, 0.14, 0.12] },
  { first17: '44078119930105303', name: '伍家明', post: 'gamma', hp10: [0.45, 0.52, 0.61, 0.48, 0.5, 0.57, 0.44] },
  // Joined in 2026 on the γ post and not yet monitored: counts in the denominator only.
  { first17: '44078119980716404', name: '甄国雄', post: 'gamma', hp10: [], start: '2026-03-01' },
] as const;
const QUARTERS = [
  ['2025-01-01', '2025-03-31'],
  ['2025-04-01', '2025-06-30'],
  ['2025-07-01', '2025-09-30'],
  ['2025-10-01', '2025-12-31'],
  ['2026-01-01', '2026-03-31'],
  ['2026-04-01', '2026-06-30'],
  ['2026-07-01', '2026-09-30'],
] as const;

export async function seedRadiationDemo(db: Db, dp: DataProtection, today: string = new Date().toISOString().slice(0, 10)): Promise<boolean> {
  const [done] = await db.select().from(systemSettings).where(eq(systemSettings.key, FLAG));
  if (done) return false;
  const [lab] = await db.select().from(users).where(eq(users.username, 'jm.jishu'));
  if (!lab) return false; // the main demo seed is not loaded
  const employerId = await transaction(db, async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ type: 'employer', name: RADIATION_DEMO_EMPLOYER, uscc: buildUscc('9', '1', '440781', '32561478'), regionCode: '440781111', address: '台山市海宴镇工业区二路', contactName: '邝伟文', contactPhone: '13902345678' })
      .returning({ id: organisations.id });
    const id = org!.id;
    // 检测服务 (M7452), outside 卫生 (Q): its radiation workers are non-medical.
    await tx.insert(employerProfiles).values({ employerId: id, regionCode: '440781111', industryCode: 'M7452', industrySection: 'M', sizeClass: 'small', staffCount: 36 });
    const [xray] = await tx.insert(posts).values({ employerId: id, regionCode: '440781111', name: '工业探伤（X射线）', workplaceName: '探伤室' }).returning({ id: posts.id });
    const [gamma] = await tx.insert(posts).values({ employerId: id, regionCode: '440781111', name: '工业探伤（γ射线源）', workplaceName: '野外探伤' }).returning({ id: posts.id });
    await tx.insert(postHazards).values([
      { employerId: id, postId: xray!.id, factorId: 'radioactive-3', factorName: 'X射线装置（含CT机）产生的电离辐射（X射线）', category: '放射性因素', exposedCount: 2 },
      { employerId: id, postId: gamma!.id, factorId: 'radioactive-1', factorName: '密封放射源产生的电离辐射（主要产生γ、中子等射线）', category: '放射性因素', exposedCount: 2 },
    ]);
    for (const w of WORKERS) {
      const idNumber = w.first17 + idNumberCheckCharacter(w.first17);
      const identity = workerIdentityFromIdNumber(idNumber);
      if (!identity.ok) throw new Error(`demo ID ${idNumber} invalid`);
      const [row] = await tx
        .insert(workers)
        .values({ idNumberEnc: dp.encrypt(idNumber), idNumberBidx: idNumberIndex(dp, idNumber), idNumberMasked: maskIdNumber(idNumber), name: w.name, sex: identity.value.sex, birthDate: identity.value.birthDate })
        .returning({ id: workers.id });
      await tx.insert(employments).values({ employerId: id, regionCode: '440781111', workerId: row!.id, postId: w.post === 'xray' ? xray!.id : gamma!.id, jobType: '探伤工', startDate: 'start' in w ? w.start : '2023-03-01' });
    }
    await tx.insert(systemSettings).values({ key: FLAG, value: { at: new Date().toISOString() } });
    return id;
  });
  const records = WORKERS.flatMap((w) =>
    w.hp10
      .map((hp10Msv, q) => ({
        employerId,
        idNumber: w.first17 + idNumberCheckCharacter(w.first17),
        name: w.name,
        periodStart: QUARTERS[q]![0],
        periodEnd: QUARTERS[q]![1],
        hp10Msv,
        hp007Msv: 'hp007' in w ? w.hp007[q]! : null,
        occupationCategory: '3B',
        reportNumber: `JMAK-GR-${QUARTERS[q]![0].slice(0, 7)}`,
      }))
      .filter((r) => r.periodEnd < today),
  );
  await fileDoseRecords(
    db,
    dp,
    { who: { userId: lab.id, username: lab.username, organisationId: lab.organisationId, roles: lab.roles, requestId: null, ip: null }, institutionId: lab.organisationId },
    { mode: 'valid_rows', batchNumber: 'JMAK-DEMO', records },
  );
  return true;
}
