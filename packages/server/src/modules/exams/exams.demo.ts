import { and, eq } from 'drizzle-orm';
import { idNumberCheckCharacter, todayCst } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { systemSettings } from '../system/system.table.ts';
import { users } from '../users/users.table.ts';
import { findOrCreateWorkers } from '../workers/workers.bulk.ts';
import { employments } from '../workers/workers.table.ts';
import { fileExamBatch } from './exams.filing.ts';
import type { ExamRecordBody } from './exams.schemas.ts';
import { examInstitutionFilings } from './exams.table.ts';

/**
 * Demo exams (issue 6e), loaded once after the demo organisations and accounts: the 台山 exam
 * institution is filed; four 海宴五金 workers on a noise post have periodic exams — one complete, one
 * incomplete, one suspected noise deafness, one contraindication; ts.laodongzhe is linked to one of
 * them, who earlier worked at 广海石材 (exit exam there), so the archive spans two employers.
 * Needs the data key (ID numbers are encrypted), so it runs beside `seedDemo`, not inside it.
 */
const KEY = 'demo.exams_loaded';

const id = (first17: string) => first17 + idNumberCheckCharacter(first17);
const flat = (v: number) => ({ '500': v, '1000': v, '2000': v, '3000': v, '4000': v, '6000': v });

export async function seedExamDemo(db: Db, dp: DataProtection): Promise<boolean> {
  if ((await db.select().from(systemSettings).where(eq(systemSettings.key, KEY))).length > 0) return false;
  const org = async (name: string) => (await db.select().from(organisations).where(eq(organisations.name, name)))[0];
  const inst = await org('台山市职业健康体检中心（演示）');
  const emp1 = await org('台山市海宴五金制品有限公司（演示）');
  const emp2 = await org('台山市广海石材加工厂（演示）');
  if (!inst || !emp1?.uscc || !emp2?.uscc) return false;
  const staff = (await db.select().from(users).where(eq(users.username, 'ts.tijian')))[0];
  const people = [
    { idNumber: id('44078119850312331'), name: '黄志明' },
    { idNumber: id('44078119900721242'), name: '李秀英' },
    { idNumber: id('44078119780105451'), name: '陈国强' },
    { idNumber: id('44078119920908362'), name: '吴丽华' },
  ];
  await transaction(db, async (tx) => {
    await tx
      .insert(examInstitutionFilings)
      .values({ institutionId: inst.id, regionCode: inst.regionCode, filingNumber: '粤卫职检备〔2024〕0781001号（演示）', hazardCategories: ['dust', 'chemical', 'physical'], isPublic: true, filedOn: '2024-03-01' })
      .onConflictDoNothing();
    const [post] = await tx.insert(posts).values({ employerId: emp1.id, regionCode: emp1.regionCode, name: '冲压（演示）', workplaceName: '一车间' }).returning({ id: posts.id });
    await tx.insert(postHazards).values({ employerId: emp1.id, postId: post!.id, factorName: '噪声', category: '物理因素', exposedCount: 4 });
    const found = await findOrCreateWorkers(tx, dp, people);
    const workerIds = people.map((p) => {
      const w = found.byIdNumber.get(p.idNumber);
      if (!w || 'conflict' in w) throw new Error('demo worker conflict');
      return w.id;
    });
    await tx.insert(employments).values(workerIds.map((workerId) => ({ employerId: emp1.id, regionCode: emp1.regionCode, workerId, postId: post!.id, startDate: '2025-03-01' })));
    await tx.insert(employments).values({ employerId: emp2.id, regionCode: emp2.regionCode, workerId: workerIds[0]!, startDate: '2021-06-01', endDate: '2025-02-20' });
    await tx.update(users).set({ workerId: workerIds[0]! }).where(and(eq(users.username, 'ts.laodongzhe'), eq(users.organisationId, emp1.id)));
    await tx.insert(systemSettings).values({ key: KEY, value: { at: new Date().toISOString() } });
  });
  const base = (n: number, over: Partial<ExamRecordBody>): ExamRecordBody => ({
    examNumber: `TSZJ-2026-${String(n).padStart(4, '0')}`,
    employerUscc: emp1.uscc!,
    examType: 'periodic',
    examDate: '2026-09-15',
    worker: people[n % people.length]!,
    hazardFactors: ['噪声'],
    items: { audiometry: { left: flat(15), right: flat(10) }, ecg: { isAbnormal: false } },
    conclusions: [{ hazardFactor: '噪声', conclusion: 'no_abnormality', advice: '可继续从事噪声作业' }],
    ...over,
  });
  const loss = { '500': 30, '1000': 35, '2000': 40, '3000': 60, '4000': 70, '6000': 65 };
  const records: ExamRecordBody[] = [
    base(0, {}),
    base(1, { items: { audiometry: { left: flat(20), right: flat(15) } } }),
    base(2, { items: { audiometry: { left: loss, right: loss }, ecg: { isAbnormal: false } }, conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋', advice: '建议到职业病诊断机构进一步诊断' }] }),
    base(3, { items: { audiometry: { left: { ...flat(15), '1000': 40 }, right: flat(15) }, ecg: { isAbnormal: false } }, conclusions: [{ hazardFactor: '噪声', conclusion: 'contraindication', contraindication: '永久性感音神经性听力损失', advice: '调离噪声作业岗位' }] }),
    base(4, { employerUscc: emp2.uscc!, examType: 'exit', examDate: '2025-02-18', worker: people[0]! }),
  ];
  await fileExamBatch(db, dp, {
    institutionId: inst.id,
    mode: 'all_or_nothing',
    records,
    today: todayCst(),
    who: { userId: staff?.id ?? null, username: 'system', organisationId: inst.id, roles: [], requestId: null, ip: null, displayName: '演示数据', organisationName: inst.name },
    jobId: null,
  });
  return true;
}
