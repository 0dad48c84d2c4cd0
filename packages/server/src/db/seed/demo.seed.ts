import { sql } from 'drizzle-orm';
import { type DepartmentKind, type OrganisationType, type Role, buildUscc } from '@ohnet/domain';
import { type Db, transaction } from '../client.ts';
import { organisations } from '../../modules/organisations/organisations.table.ts';
import { systemSettings } from '../../modules/system/system.table.ts';
import { users } from '../../modules/users/users.table.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { writeAudit } from '../../platform/audit/audit.writer.ts';
// assessments (issue 5a)
import { type Filer, prepareReport, writeReport } from '../../modules/assessments/assessments.filing.ts';
import { techServiceQualifications } from '../../modules/assessments/assessments.table.ts';
// monitoring (issue 5M)
import { seedMonitoringDemo } from '../../modules/monitoring/monitoring.demo.ts';
import { seedDoseQualificationDemo } from '../../modules/radiation/radiation.demo.ts';

/**
 * Demo data: the five jurisdictions of the plans in shared/seeds (广东省江门市台山市, 江门市开平市,
 * 宁夏吴忠市, 天津市津南区, 云南省), each with its health authority, supervision institute and CDC,
 * plus the city of 江门 above two of them, a few institutions and employers, and one account per role.
 * Employers and institutions are fictional and marked （演示）. DEMO ONLY: never on a real deployment.
 */
export const DEMO_PASSWORD = 'Ohnet#Demo2026';

interface DemoOrg {
  key: string;
  type: OrganisationType;
  name: string;
  regionCode: string;
  /** USCC registration authority + category (GB 32100): 11 机关, 12 事业单位, 91 企业. */
  usccKind: '11' | '12' | '91' | null;
  departmentKind?: DepartmentKind;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

const ORGS: DemoOrg[] = [
  { key: 'operator', type: 'platform_operator', name: 'OHNet 平台运维中心（演示）', regionCode: '440700', usccKind: null },
  // 云南省
  { key: 'yn_ha', type: 'health_authority', name: '云南省卫生健康委员会', regionCode: '530000', usccKind: '11', address: '云南省昆明市' },
  { key: 'yn_si', type: 'supervision_institute', name: '云南省卫生健康委员会综合监督执法局', regionCode: '530000', usccKind: '12' },
  { key: 'yn_cdc', type: 'cdc', name: '云南省疾病预防控制中心', regionCode: '530000', usccKind: '12' },
  // 江门市 and its two county-level cities
  { key: 'jm_ha', type: 'health_authority', name: '江门市卫生健康局', regionCode: '440700', usccKind: '11' },
  { key: 'jm_si', type: 'supervision_institute', name: '江门市卫生健康监督所', regionCode: '440700', usccKind: '12' },
  { key: 'jm_cdc', type: 'cdc', name: '江门市疾病预防控制中心', regionCode: '440700', usccKind: '12' },
  { key: 'ts_ha', type: 'health_authority', name: '台山市卫生健康局', regionCode: '440781', usccKind: '11', address: '广东省台山市台城', contactName: '李明', contactPhone: '0750-5512345' },
  { key: 'ts_si', type: 'supervision_institute', name: '台山市卫生健康监督所', regionCode: '440781', usccKind: '12' },
  { key: 'ts_cdc', type: 'cdc', name: '台山市疾病预防控制中心', regionCode: '440781', usccKind: '12' },
  { key: 'kp_ha', type: 'health_authority', name: '开平市卫生健康局', regionCode: '440783', usccKind: '11' },
  { key: 'kp_si', type: 'supervision_institute', name: '开平市卫生健康监督所', regionCode: '440783', usccKind: '12' },
  { key: 'kp_cdc', type: 'cdc', name: '开平市疾病预防控制中心', regionCode: '440783', usccKind: '12' },
  // 宁夏吴忠市
  { key: 'wz_ha', type: 'health_authority', name: '吴忠市卫生健康委员会', regionCode: '640300', usccKind: '11' },
  { key: 'wz_si', type: 'supervision_institute', name: '吴忠市卫生健康综合监督执法局', regionCode: '640300', usccKind: '12' },
  { key: 'wz_cdc', type: 'cdc', name: '吴忠市疾病预防控制中心', regionCode: '640300', usccKind: '12' },
  // 天津市津南区
  { key: 'jn_ha', type: 'health_authority', name: '天津市津南区卫生健康委员会', regionCode: '120112', usccKind: '11' },
  { key: 'jn_si', type: 'supervision_institute', name: '天津市津南区卫生健康综合执法支队', regionCode: '120112', usccKind: '12' },
  { key: 'jn_cdc', type: 'cdc', name: '天津市津南区疾病预防控制中心', regionCode: '120112', usccKind: '12' },
  // Institutions (fictional)
  { key: 'jm_tech', type: 'tech_service_institution', name: '江门市安康职业卫生技术服务有限公司（演示）', regionCode: '440703', usccKind: '91' },
  { key: 'ts_exam', type: 'exam_institution', name: '台山市职业健康体检中心（演示）', regionCode: '440781001', usccKind: '12' },
  { key: 'jm_diag', type: 'diagnosis_institution', name: '江门市职业病诊断中心（演示）', regionCode: '440703', usccKind: '12' },
  { key: 'yn_exam', type: 'exam_institution', name: '昆明市职业健康检查所（演示）', regionCode: '530102', usccKind: '12' },
  // Employers (fictional), in townships
  { key: 'ts_emp1', type: 'employer', name: '台山市海宴五金制品有限公司（演示）', regionCode: '440781111', usccKind: '91', address: '台山市海宴镇工业区', contactName: '陈志强', contactPhone: '13800138000' },
  { key: 'ts_emp2', type: 'employer', name: '台山市广海石材加工厂（演示）', regionCode: '440781110', usccKind: '91' },
  { key: 'kp_emp1', type: 'employer', name: '开平市水口卫浴制造有限公司（演示）', regionCode: '440783117', usccKind: '91' },
  { key: 'wz_emp1', type: 'employer', name: '吴忠市利通区铸造有限公司（演示）', regionCode: '640302', usccKind: '91' },
  { key: 'jn_emp1', type: 'employer', name: '天津市津南区精密电子有限公司（演示）', regionCode: '120112', usccKind: '91' },
  { key: 'yn_emp1', type: 'employer', name: '云南省个旧市锡业采选有限公司（演示）', regionCode: '532501', usccKind: '91' },
  // Other departments
  { key: 'ts_hr', type: 'other_department', name: '台山市人力资源和社会保障局', regionCode: '440781', usccKind: '11', departmentKind: 'human_resources_social_security' },
];

export interface DemoAccount {
  username: string;
  role: Role;
  org: string;
  displayName: string;
  /** What the account demonstrates, for the README. */
  label: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'yn.weijian', role: 'regulator', org: 'yn_ha', displayName: '省卫健委演示', label: 'health authority, province (云南省)' },
  { username: 'jm.weijian', role: 'regulator', org: 'jm_ha', displayName: '市卫健局演示', label: 'health authority, city (江门市)' },
  { username: 'ts.weijian', role: 'regulator', org: 'ts_ha', displayName: '县卫健局演示', label: 'health authority, county (台山市)' },
  { username: 'kp.weijian', role: 'regulator', org: 'kp_ha', displayName: '开平卫健局演示', label: 'health authority, county (开平市)' },
  { username: 'wz.weijian', role: 'regulator', org: 'wz_ha', displayName: '吴忠卫健委演示', label: 'health authority, city (吴忠市)' },
  { username: 'jn.weijian', role: 'regulator', org: 'jn_ha', displayName: '津南卫健委演示', label: 'health authority, district (津南区)' },
  { username: 'ts.jiandu', role: 'inspector', org: 'ts_si', displayName: '监督员演示', label: 'inspector (台山市卫生健康监督所)' },
  { username: 'ts.cdc', role: 'cdc_analyst', org: 'ts_cdc', displayName: '疾控分析演示', label: 'CDC analyst (台山市疾控中心)' },
  { username: 'ts.qiye', role: 'employer_manager', org: 'ts_emp1', displayName: '企业管理员演示', label: 'employer (台山市海宴五金)' },
  { username: 'jm.jishu', role: 'tech_service_staff', org: 'jm_tech', displayName: '技术服务机构演示', label: 'technical service institution' },
  { username: 'ts.tijian', role: 'exam_staff', org: 'ts_exam', displayName: '体检机构演示', label: 'exam institution' },
  { username: 'jm.zhenduan', role: 'diagnosis_staff', org: 'jm_diag', displayName: '诊断机构演示', label: 'diagnosis institution' },
  { username: 'ts.laodongzhe', role: 'worker', org: 'ts_emp1', displayName: '劳动者演示', label: 'worker' },
  { username: 'ts.renshe', role: 'department_viewer', org: 'ts_hr', displayName: '人社局演示', label: 'department viewer (台山市人社局)' },
  { username: 'admin', role: 'system_admin', org: 'operator', displayName: '系统管理员', label: 'system administrator' },
];

function demoUscc(kind: '11' | '12' | '91', regionCode: string, index: number): string {
  // Organisation-code body: 8 digits, deterministic per demo row.
  const body = String(31_000_000 + index * 7_919).slice(0, 8);
  return buildUscc(kind.charAt(0), kind.charAt(1), regionCode.slice(0, 6), body);
}

export async function isDemoLoaded(db: Db): Promise<boolean> {
  const rows = await db.select().from(systemSettings).where(sql`${systemSettings.key} = 'demo.loaded'`);
  return rows.length > 0;
}

/** Loads the demo organisations and accounts once. Returns false when they were already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await isDemoLoaded(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await transaction(db, async (tx) => {
    const ids = new Map<string, { id: string; regionCode: string }>();
    const inserted = await tx
      .insert(organisations)
      .values(
        ORGS.map((o, i) => ({
          type: o.type,
          name: o.name,
          uscc: o.usccKind ? demoUscc(o.usccKind, o.regionCode, i) : null,
          regionCode: o.regionCode,
          departmentKind: o.departmentKind ?? null,
          address: o.address ?? null,
          contactName: o.contactName ?? null,
          contactPhone: o.contactPhone ?? null,
        })),
      )
      .returning({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode });
    for (const o of ORGS) {
      const row = inserted.find((r) => r.name === o.name);
      if (row) ids.set(o.key, { id: row.id, regionCode: row.regionCode });
    }
    await tx.insert(users).values(
      DEMO_ACCOUNTS.map((a) => {
        const org = ids.get(a.org);
        if (!org) throw new Error(`demo org ${a.org} missing`);
        return { organisationId: org.id, regionCode: org.regionCode, username: a.username, displayName: a.displayName, passwordHash, roles: [a.role] };
      }),
    );
    // assessments (issue 5a): a 乙级 qualification for jm.jishu's institution and one periodic test of 台山市海宴五金
    await seedAssessmentDemo(tx, ids);
    // radiation (issue 6): jm.jishu's institution is qualified for personal dose monitoring
    await seedDoseQualificationDemo(tx, ids.get('jm_tech')!);
    // monitoring (issue 5M): a post of 台山市海宴五金 with a dust and a noise device and a day of readings
    await seedMonitoringDemo(tx, ids.get('ts_emp1')!);
    await tx.insert(systemSettings).values({ key: 'demo.loaded', value: { at: new Date().toISOString(), organisations: ORGS.length, accounts: DEMO_ACCOUNTS.length } });
    await writeAudit(tx, { userId: null, username: 'system', organisationId: null, roles: [], requestId: null, ip: null }, [
      { action: 'system.seed_demo', meta: { organisations: ORGS.length, accounts: DEMO_ACCOUNTS.length } },
    ]);
  });
  return true;
}

// assessments (issue 5a) ─────────────────────────────────────────────────────────────────────────
/**
 * jm.jishu's institution (江门市安康…) holds a valid 乙级 qualification (Guangdong, dust/chemical/
 * physical, the four assessment kinds) and has filed one periodic test of 台山市海宴五金 with three
 * points, one exceeding (矽尘), so the demo shows the alert and the rectification task.
 */
async function seedAssessmentDemo(tx: Db, ids: Map<string, { id: string; regionCode: string }>): Promise<void> {
  const tech = ids.get('jm_tech');
  const employer = ids.get('ts_emp1');
  if (!tech || !employer) throw new Error('demo org jm_tech/ts_emp1 missing');
  await tx.insert(techServiceQualifications).values({
    organisationId: tech.id,
    regionCode: tech.regionCode,
    qualificationClass: 'B',
    qualificationNumber: '粤卫职技字（2024）第0101号（演示）',
    validFrom: '2024-01-01',
    validTo: '2028-12-31',
    issuingProvinceCode: '44',
    categories: ['dust', 'chemical', 'physical'],
    serviceKinds: ['periodic_test', 'status_eval', 'pre_assessment', 'control_effect_eval'],
  });
  const filer: Filer = { institutionId: tech.id, userId: null, name: '技术服务机构演示', organisationName: '江门市安康职业卫生技术服务有限公司（演示）', who: { userId: null, username: 'system', organisationId: tech.id, roles: [], requestId: null, ip: null } };
  const prepared = await prepareReport(tx, filer, {
    employerId: employer.id,
    kind: 'periodic_test',
    reportNumber: 'AK-JC-2026-0001（演示）',
    samplingStartDate: '2026-05-10',
    samplingEndDate: '2026-05-11',
    reportDate: '2026-05-20',
    conclusion: '打磨岗位矽尘（总尘）浓度超过 PC-TWA；噪声、苯符合职业接触限值要求。',
    points: [
      { postName: '打磨工', hazardFactor: '矽尘', location: '打磨车间2号工位', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 35, twaSamples: [{ concentration: 1.5, minutes: 160 }, { concentration: 1.2, minutes: 160 }, { concentration: 0.9, minutes: 160 }] } },
      { postName: '打磨工', hazardFactor: '噪声', location: '打磨车间', measurement: { type: 'noise', segments: [{ laeq: 84, hours: 6 }, { laeq: 78, hours: 2 }] } },
      { postName: '喷漆工', hazardFactor: '苯', location: '喷漆房', measurement: { type: 'chemical', twaSamples: [{ concentration: 2.1, minutes: 240 }, { concentration: 1.6, minutes: 240 }], stelSamples: [{ concentration: 4.2, minutes: 15 }] } },
    ],
  });
  if (!prepared.ok) throw new Error(`demo assessment report invalid: ${JSON.stringify(prepared.issues)}`);
  await writeReport(tx, filer, prepared.report, 'form');
}
