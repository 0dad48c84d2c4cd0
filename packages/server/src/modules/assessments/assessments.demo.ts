import { eq } from 'drizzle-orm';
import { type Db, transaction } from '../../db/client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { systemSettings } from '../system/system.table.ts';
import { users } from '../users/users.table.ts';
import { type Filer, type PreparedReport, type ReportRequest, prepareReport, writeReport } from './assessments.filing.ts';
import { assessmentReports } from './assessments.table.ts';

/**
 * Demo periodic tests (issue 5), loaded once after the demo exams (whose 冲压（演示） post of 海宴五金
 * employs four workers): jm.jishu's institution files three more reports through the same
 * `prepareReport` / `writeReport` path as the API, so every point is judged by the domain and the
 * alerts, rectification tasks and surveillance flags are the genuine consequences:
 * - 海宴五金, October: noise on 冲压（演示） exceeds (L_EX,8h ≈ 89 dB(A)) → alert, task, and the four
 *   workers on that post flagged for a surveillance exam; 打磨工 矽尘 is compliant after rectification.
 * - 广海石材 (台山): respirable 矽尘 and noise at 切割工 exceed → alert and task for the 台山 regulator.
 * - 水口卫浴 (开平): all points compliant, corrected once (v2 keeps v1) — a sampling date was wrong.
 * The first demo report (AK-JC-2026-0001, in demo.seed.ts) stays in the test template.
 */
const KEY = 'demo.assessments_loaded';
const INSTITUTION = '江门市安康职业卫生技术服务有限公司（演示）';

export async function seedAssessmentDemo(db: Db): Promise<boolean> {
  if ((await db.select().from(systemSettings).where(eq(systemSettings.key, KEY))).length > 0) return false;
  const org = async (name: string) => (await db.select().from(organisations).where(eq(organisations.name, name)))[0];
  const tech = await org(INSTITUTION);
  const haiyan = await org('台山市海宴五金制品有限公司（演示）');
  const guanghai = await org('台山市广海石材加工厂（演示）');
  const shuikou = await org('开平市水口卫浴制造有限公司（演示）');
  if (!tech || !haiyan || !guanghai || !shuikou) return false;
  const staff = (await db.select().from(users).where(eq(users.username, 'jm.jishu')))[0];
  const filer: Filer = {
    institutionId: tech.id,
    userId: staff?.id ?? null,
    name: staff?.displayName ?? '技术服务机构演示',
    organisationName: tech.name,
    who: { userId: staff?.id ?? null, username: 'system', organisationId: tech.id, roles: [], requestId: null, ip: null },
  };

  const reports: ReportRequest[] = [
    {
      employerId: haiyan.id,
      kind: 'periodic_test',
      reportNumber: 'AK-JC-2026-0087（演示）',
      samplingStartDate: '2026-10-20',
      samplingEndDate: '2026-10-21',
      reportDate: '2026-10-30',
      conclusion: '冲压岗位噪声 L_EX,8h 超过 85 dB(A)，应采取降噪措施并安排接触人员职业健康检查；打磨岗位矽尘整改后符合限值要求。',
      points: [
        { postName: '冲压（演示）', hazardFactor: '噪声', location: '一车间冲压线', measurement: { type: 'noise', segments: [{ laeq: 91, hours: 5 }, { laeq: 80, hours: 3 }] } },
        { postName: '打磨工', hazardFactor: '矽尘', location: '打磨车间2号工位', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 35, twaSamples: [{ concentration: 0.6, minutes: 240 }, { concentration: 0.5, minutes: 240 }] } },
        { postName: '喷漆工', hazardFactor: '苯', location: '喷漆房', measurement: { type: 'chemical', twaSamples: [{ concentration: 1.2, minutes: 480 }], stelSamples: [{ concentration: 3.1, minutes: 15 }] } },
      ],
    },
    {
      employerId: guanghai.id,
      kind: 'periodic_test',
      reportNumber: 'AK-JC-2026-0052（演示）',
      samplingStartDate: '2026-07-14',
      samplingEndDate: '2026-07-15',
      reportDate: '2026-07-24',
      conclusion: '切割岗位呼吸性矽尘浓度超过 PC-TWA，噪声超标；应加强湿式作业与个体防护，限期整改。',
      points: [
        { postName: '切割工', hazardFactor: '矽尘', location: '石材切割车间', measurement: { type: 'dust', fraction: 'respirable', freeSilicaPercent: 45, twaSamples: [{ concentration: 0.9, minutes: 240 }, { concentration: 0.8, minutes: 240 }] } },
        { postName: '切割工', hazardFactor: '噪声', location: '石材切割车间', measurement: { type: 'noise', lex8h: 92.4 } },
        { postName: '打磨抛光工', hazardFactor: '矽尘', location: '抛光车间', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 45, twaSamples: [{ concentration: 0.7, minutes: 480 }] } },
      ],
    },
  ];
  const shuikouV1: ReportRequest = {
    employerId: shuikou.id,
    kind: 'periodic_test',
    reportNumber: 'AK-JC-2026-0031（演示）',
    samplingStartDate: '2026-04-08',
    samplingEndDate: '2026-04-09',
    reportDate: '2026-04-18',
    conclusion: '各检测点职业病危害因素浓度（强度）均符合职业接触限值要求。',
    points: [
      { postName: '施釉工', hazardFactor: '矽尘', location: '施釉线', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 28, twaSamples: [{ concentration: 0.5, minutes: 480 }] } },
      { postName: '施釉工', hazardFactor: '二甲苯', location: '施釉线', measurement: { type: 'chemical', twaSamples: [{ concentration: 12, minutes: 480 }], stelSamples: [{ concentration: 25, minutes: 15 }] } },
      { postName: '成型工', hazardFactor: '噪声', location: '注浆成型车间', measurement: { type: 'noise', lex8h: 82.6 } },
    ],
  };
  // v2: the noise point was sampled on the second day; the report date followed the re-check.
  const shuikouV2: ReportRequest = {
    ...shuikouV1,
    reportDate: '2026-04-20',
    points: shuikouV1.points.map((p) => (p.hazardFactor === '噪声' ? { ...p, samplingDate: '2026-04-09' } : p)),
  };

  const prepare = async (r: ReportRequest, correcting = false) => {
    const p = await prepareReport(db, filer, r, { correcting });
    if (!p.ok) throw new Error(`demo assessment report ${r.reportNumber} invalid: ${JSON.stringify(p.issues)}`);
    return p.report;
  };
  const ready: PreparedReport[] = [];
  for (const r of [...reports, shuikouV1]) ready.push(await prepare(r));
  await transaction(db, async (tx) => {
    for (const r of ready) await writeReport(tx, filer, r, 'form');
  });
  // The correction is prepared against the stored v1 (its number now exists), as the API does it.
  const [v1] = await db.select().from(assessmentReports).where(eq(assessmentReports.reportNumber, shuikouV1.reportNumber));
  const v2 = await prepare(shuikouV2, true);
  await transaction(db, async (tx) => {
    await writeReport(tx, filer, v2, 'form', { id: v1!.id, version: v1!.version, correctionReason: '成型工噪声采样日期录入错误（应为4月9日），报告日期随复核更新' });
    await tx.insert(systemSettings).values({ key: KEY, value: { at: new Date().toISOString() } });
  });
  return true;
}
