/**
 * The five demo plans, transcribed from the plan texts in shared/seeds (Chinese, tables flattened one
 * cell per tab-indented line). Every row of each indicator table is here, with the indicator name
 * exactly as written, the target as written and, where the text gives one, the baseline.
 *
 * Provenance and readings (what was read, what was ambiguous):
 * - 000_1e6a80540f96a78c.txt — 台山市 (440781). The text has no title line; the name is the one the
 *   preamble and the brief use. No 征求意见稿 mark → status `not_stated` (it cites 党的二十大, so it
 *   dates from 2022-10 or later). Table “十四五”职业病防治指标与目标, 10 rows, columns 指标名称 /
 *   台山市2020年值 / 江门市2020年值 / 目标值 / 备注说明 (the remark “（省、市）” or “（市）” says which
 *   higher plan the indicator comes from). Taishan's 2020 values are the baselines; 江门's are kept in
 *   `note`. Row 1's 台山 cell reads “11.29” without a unit; the 江门 cell reads “109.29万人”, so it is
 *   read as 11.29 万人 = 112,900 persons (stated in the note). Row 3's 2020 cells read
 *   “重点行业职业病危害定期检测率为99%” — a different indicator (periodic-testing rate), so no baseline.
 *   “/” means no value. Row 2's 江门 cell “10.34” has no % sign. Evaluations: mid-term “2024年2月中旬前”
 *   (read as due by 2024-02-15), final “2025年底前”.
 * - 001_1aa3a3adf24a6d5e.txt — 吴忠市 (640300), 征求意见稿. Table “十四五”职业病防治主要指标, 11 rows,
 *   columns 指标名称 / 目标值, no baselines. Rows 8 and 9 are autonomous-region duties with target “1 家”:
 *   kept as text targets (the catalogue counts them as the share of provinces that have one).
 *   Row 9's name keeps the stray space after “噪声、” that the text has. Evaluations: mid-term
 *   “2023年底”, final “2025年”.
 * - 002_ad406dd6389c966d.txt — 开平市 (440783): only the drafting note (起草说明) of the 公开征求意见稿,
 *   no table. Its section (三) quotes 8 targets in one sentence; those 8 are the entries (numbers
 *   null, names and targets as phrased there). The draft's full table may hold more rows (e.g. 查处率)
 *   that the note does not quote. No evaluation dates → defaults.
 * - 003_0e6b95e73d96fd37.txt — 天津市津南区 (120112). No 征求意见稿 mark → `not_stated`. Untitled table
 *   (指标名称 / 目标值), 7 rows. No evaluation dates in the text → defaults.
 * - 004_d9d543873c6e08f6.txt — 云南省 (530000), 征求意见稿. Table “十四五”职业病防治指标与目标, 14 rows,
 *   columns 指标名称 / 基础值 / 目标值. The 基础值 column gives no year; it is read as 2020 (the year
 *   before the period, as in the national plan) — stated in each note. “—” means no value.
 *   Evaluations: “2023年和2025年分别开展中期和末期考核评估”.
 *
 * Conventions: ratios are 0–1. A bare value in the target column (“100%”, “95%”, “1 家” aside) is
 * read as a minimum (`>=`), since every such indicator is higher-is-better; “≥”, “以上” and “达到”
 * are `>=`. 稳步提升 → trend increase, 持续下降 → trend decrease. No table gives 约束性/预期性, so
 * `attribute` is null throughout. When a plan gives no evaluation date, mid-term is 2023-12-31 and
 * final 2025-12-31 (`asWritten: null`).
 */
import { type Plan, type PlanBaseline, type PlanEntry, type PlanEvaluation, type PlanTarget } from './plan.ts';

const PERIOD = { startYear: 2021, endYear: 2025 } as const;

const DEFAULT_EVALUATIONS: readonly PlanEvaluation[] = [
  { kind: 'mid_term', dueBy: '2023-12-31', asWritten: null },
  { kind: 'final', dueBy: '2025-12-31', asWritten: null },
];

const atLeast = (value: number, asWritten: string): PlanTarget => ({ kind: 'value', operator: '>=', value, asWritten });
const steadyIncrease = (asWritten = '稳步提升'): PlanTarget => ({ kind: 'trend', trend: 'increase', asWritten });
const base = (value: number, asWritten: string, year = 2020): PlanBaseline => ({ value, year, asWritten });

function entry(indicatorId: string, number: string | null, nameAsWritten: string, target: PlanTarget, baseline: PlanBaseline | null = null, note: string | null = null): PlanEntry {
  return { indicatorId, number, nameAsWritten, baseline, target, attribute: null, note };
}

/** 台山市职业病防治“十四五”规划 (seed 000). */
export const TAISHAN_PLAN: Plan = {
  id: '440781-2021-2025',
  regionCode: '440781',
  regionName: '台山市',
  name: '台山市职业病防治“十四五”规划',
  period: PERIOD,
  status: 'not_stated',
  evaluations: [
    { kind: 'mid_term', dueBy: '2024-02-15', asWritten: '2024年2月中旬前组织规划实施的中期评估和区域职业健康风险评估' },
    { kind: 'final', dueBy: '2025-12-31', asWritten: '2025年底前组织规划实施的终期评估' },
  ],
  source: 'shared/seeds/000_1e6a80540f96a78c.txt, table “十四五”职业病防治指标与目标',
  entries: [
    entry('work_injury_insurance_insured', '1', '工伤保险参保人员', steadyIncrease(), base(112_900, '11.29'),
      '台山 2020 cell “11.29” has no unit; read as 万人 (江门 2020: 109.29万人). 备注: （省、市）'),
    entry('industrial_employer_declaration_rate', '2', '工业企业职业病危害项目申报率', atLeast(0.9, '≥90%'), base(0.2006, '20.06%'),
      '江门 2020: 10.34 (no unit written). 备注: （省、市）'),
    entry('workplace_hazard_monitoring_pass_rate', '3', '工作场所职业病危害因素监测合格率', atLeast(0.85, '≥85%'), null,
      '2020 cells (台山 and 江门) read “重点行业职业病危害定期检测率为99%”, a periodic-testing rate, not this indicator: no baseline. 备注: （省、市）'),
    entry('non_medical_radiation_worker_dose_monitoring_rate', '4', '非医疗放射工作人员个人剂量监测率', atLeast(0.9, '≥90%'), null, '2020 cells: “/”. 备注: （省、市）'),
    entry('key_population_oh_knowledge_awareness_rate', '5', '重点人群职业健康知识知晓率', atLeast(0.85, '≥85%'), null, '2020 cells: “/”. 备注: （省、市）'),
    entry('occupational_health_violation_case_handling_rate', '6', '职业卫生违法案件查处率', atLeast(1, '100%'), base(1, '100%'), '江门 2020: 100%. 备注: （省、市）'),
    entry('county_public_exam_institution_coverage', '7', '至少确定1家公立医疗卫生机构承担职业健康检查工作', atLeast(1, '100%'), base(1, '100%'),
      '江门 2020: 71.4% (share of its county-level units). 备注: （省、市）'),
    entry('key_industry_hearing_protector_correct_use_rate', '8', '重点行业用人单位劳动者防噪音耳塞或耳罩正确佩戴率', atLeast(0.8, '≥80%'), null,
      '台山 2020: “/”; 江门 2020: 70.13%. 备注: （省、市）'),
    entry('radiology_unit_radiation_worker_exam_rate', '9', '放射诊疗单位放射工作人员职业健康体检率', atLeast(0.95, '≥95%'), base(1, '100%'), '江门 2020: “/”. 备注: （市）'),
    entry('radiology_unit_radiation_protection_inspection_coverage', '10', '放射诊疗单位放射卫生防护监督覆盖率', atLeast(1, '100%'), base(1, '100%'), '江门 2020: “/”. 备注: （市）'),
  ],
};

/** 吴忠市职业病防治“十四五”规划（征求意见稿） (seed 001). */
export const WUZHONG_PLAN: Plan = {
  id: '640300-2021-2025',
  regionCode: '640300',
  regionName: '吴忠市',
  name: '吴忠市职业病防治“十四五”规划（征求意见稿）',
  period: PERIOD,
  status: 'draft_for_comment',
  evaluations: [
    { kind: 'mid_term', dueBy: '2023-12-31', asWritten: '2023年底，将对本规划实施情况进行中期考核' },
    { kind: 'final', dueBy: '2025-12-31', asWritten: '2025年，将组织开展规划实施和终期效果评估' },
  ],
  source: 'shared/seeds/001_1aa3a3adf24a6d5e.txt, table “十四五”职业病防治主要指标',
  entries: [
    entry('work_injury_insurance_insured', '1', '工伤保险参保人数', steadyIncrease()),
    entry('industrial_employer_declaration_rate', '2', '工业企业职业病危害项目申报率', atLeast(0.9, '≥90%')),
    entry('workplace_hazard_monitoring_pass_rate', '3', '工作场所职业病危害因素监测合格率', atLeast(0.85, '≥85%')),
    entry('non_medical_radiation_worker_dose_monitoring_rate', '4', '非医疗放射工作人员个人剂量监测率', atLeast(0.9, '≥90%')),
    entry('key_population_oh_knowledge_awareness_rate', '5', '重点人群职业健康知识知晓率', atLeast(0.85, '≥85%')),
    entry('pneumoconiosis_township_rehabilitation_coverage', '6', '尘肺病患者集中乡镇康复服务覆盖率', atLeast(0.9, '≥90%')),
    entry('occupational_health_violation_case_handling_rate', '7', '职业卫生违法案件查处率', atLeast(1, '100%')),
    entry('provincial_od_prevention_institute_established', '8', '依托现有医疗资源，自治区设立职业病防治院所', { kind: 'text', text: '1 家' }, null,
      'An autonomous-region (640000) duty quoted by the city plan; “1 家” is not converted to a share.'),
    entry('provincial_engineering_protection_guidance_centre', '9', '自治区确定一家机构承担粉尘、化学毒物、噪声、 辐射等职业病危害工程防护技术指导工作', { kind: 'text', text: '1 家' }, null,
      'An autonomous-region (640000) duty quoted by the city plan; “1 家” is not converted to a share. The space after “噪声、” is in the text.'),
    entry('city_public_diagnosis_institution_coverage', '10', '设区的市至少确定1家公立医疗卫生机构承担职业病诊断工作', atLeast(1, '100%')),
    entry('county_public_exam_institution_coverage', '11', '县区至少确定1家公立医疗卫生机构承担职业健康检查工作', atLeast(0.95, '95%')),
  ],
};

/** 开平市职业病防治“十四五”规划（公开征求意见稿）, from its drafting note (seed 002). */
export const KAIPING_PLAN: Plan = {
  id: '440783-2021-2025',
  regionCode: '440783',
  regionName: '开平市',
  name: '开平市职业病防治“十四五”规划（公开征求意见稿）',
  period: PERIOD,
  status: 'drafting_note',
  evaluations: DEFAULT_EVALUATIONS,
  source: 'shared/seeds/002_ad406dd6389c966d.txt, 起草说明 二（三）: the targets quoted in prose (no table)',
  entries: [
    entry('work_injury_insurance_insured', null, '工伤保险参保人数', steadyIncrease()),
    entry('industrial_employer_declaration_rate', null, '工业企业职业病危害项目申报率', atLeast(0.9, '达到90%以上')),
    entry('workplace_hazard_monitoring_pass_rate', null, '工作场所职业病危害因素监测合格率', atLeast(0.85, '达到85%以上')),
    entry('key_industry_hearing_protector_correct_use_rate', null, '重点行业用人单位劳动者防噪声耳塞或耳罩正确佩戴率', atLeast(0.8, '达到80%')),
    entry('non_medical_radiation_worker_dose_monitoring_rate', null, '非医疗放射工作人员个人剂量监测率', atLeast(0.9, '达到90%以上')),
    entry('key_population_oh_knowledge_awareness_rate', null, '重点人群职业健康知识知晓率', atLeast(0.85, '达到85%以上')),
    entry('radiology_unit_radiation_worker_exam_rate', null, '放射诊疗单位放射工作人员职业健康体检率', atLeast(0.95, '≥95%')),
    entry('radiology_unit_radiation_protection_inspection_coverage', null, '放射诊疗机构放射卫生防护监督检查覆盖率', atLeast(1, '达到100%')),
  ],
};

/** 津南区职业病防治“十四五”规划 (seed 003). */
export const JINNAN_PLAN: Plan = {
  id: '120112-2021-2025',
  regionCode: '120112',
  regionName: '津南区',
  name: '津南区职业病防治“十四五”规划',
  period: PERIOD,
  status: 'not_stated',
  evaluations: DEFAULT_EVALUATIONS,
  source: 'shared/seeds/003_0e6b95e73d96fd37.txt, untitled indicator table under 二（三）规划目标',
  entries: [
    entry('work_injury_insurance_insured', '(1)', '工伤保险参保人数', steadyIncrease()),
    entry('industrial_employer_declaration_rate', '(2)', '工业企业职业病危害项目申报率', atLeast(0.9, '≥90%')),
    entry('workplace_hazard_monitoring_pass_rate', '(3)', '工作场所职业病危害因素监测合格率', atLeast(0.85, '≥85%')),
    entry('non_medical_radiation_worker_dose_monitoring_rate', '(4)', '非医疗放射工作人员个人剂量监测率', atLeast(0.9, '≥90%')),
    entry('key_population_oh_knowledge_awareness_rate', '(5)', '重点人群职业健康知识知晓率', atLeast(0.85, '≥85%')),
    entry('pneumoconiosis_township_rehabilitation_coverage', '(6)', '尘肺病患者集中街镇(社区)康复服务覆盖率', atLeast(0.9, '≥90%')),
    entry('occupational_health_violation_case_handling_rate', '(7)', '职业卫生违法案件查处率', atLeast(1, '100%')),
  ],
};

const YUNNAN_BASE_NOTE = '基础值 column gives no year; read as 2020.';
const YUNNAN_NO_BASE = '基础值: “—”.';

/** 云南省职业病防治规划（2021-2025年）（征求意见稿） (seed 004). */
export const YUNNAN_PLAN: Plan = {
  id: '530000-2021-2025',
  regionCode: '530000',
  regionName: '云南省',
  name: '云南省职业病防治规划（2021-2025年）（征求意见稿）',
  period: PERIOD,
  status: 'draft_for_comment',
  evaluations: [
    { kind: 'mid_term', dueBy: '2023-12-31', asWritten: '2023年和2025年分别开展中期和末期考核评估' },
    { kind: 'final', dueBy: '2025-12-31', asWritten: '2023年和2025年分别开展中期和末期考核评估' },
  ],
  source: 'shared/seeds/004_d9d543873c6e08f6.txt, table “十四五”职业病防治指标与目标',
  entries: [
    entry('short_exposure_new_pneumoconiosis_share', '(1)', '接尘工龄不足5年的劳动者新发尘肺病报告例数占年度报告总例数的比例',
      { kind: 'trend', trend: 'decrease', asWritten: '持续下降' }, base(0.2, '20%'), YUNNAN_BASE_NOTE),
    entry('work_injury_insurance_insured', '(2)', '工伤保险参保人数', steadyIncrease(), null, YUNNAN_NO_BASE),
    entry('labour_contract_signing_rate', '(3)', '劳动合同签订率', steadyIncrease(), null, YUNNAN_NO_BASE),
    entry('collective_contract_signing_rate', '（4）', '劳动安全卫生专项集体合同签订率', steadyIncrease(), null, YUNNAN_NO_BASE),
    entry('industrial_employer_declaration_rate', '（5）', '工业企业职业病危害项目申报率', atLeast(0.9, '≥90%'), null, YUNNAN_NO_BASE),
    entry('workplace_hazard_monitoring_pass_rate', '(6)', '工作场所职业病危害因素监测合格率', atLeast(0.85, '≥85%'), null, YUNNAN_NO_BASE),
    entry('non_medical_radiation_worker_dose_monitoring_rate', '(7)', '非医疗放射工作人员个人剂量监测率', atLeast(0.9, '≥90%'), null, YUNNAN_NO_BASE),
    entry('key_population_oh_knowledge_awareness_rate', '(8)', '重点人群职业健康知识知晓率', atLeast(0.85, '≥85%'), null, YUNNAN_NO_BASE),
    entry('pneumoconiosis_township_rehabilitation_coverage', '(9)', '尘肺病患者集中乡镇（社区）康复服务覆盖率', atLeast(0.9, '≥90%'), null, YUNNAN_NO_BASE),
    entry('occupational_health_violation_case_handling_rate', '(10)', '职业卫生违法案件查处率', atLeast(1, '100%'), null, YUNNAN_NO_BASE),
    entry('provincial_od_prevention_institute_established', '(11)', '依托现有医疗资源，省级设立职业病防治院所', atLeast(1, '100%'), base(0, '0'),
      `${YUNNAN_BASE_NOTE} “0” read as 0 % (not yet set up).`),
    entry('provincial_engineering_protection_guidance_centre', '(12)', '省级设立粉尘、毒物、噪声、电离辐射等职业病危害工程防护技术指导中心', atLeast(1, '100%'), null, YUNNAN_NO_BASE),
    entry('city_capable_diagnosis_institution_coverage', '(13)', '设区的市至少有1家具备常见职业病诊断能力的职业病诊断机构', atLeast(1, '100%'), null, YUNNAN_NO_BASE),
    entry('county_capable_exam_institution_coverage', '(14)', '县区至少有1家具备常见职业病危害因素相应的职业健康检查能力的职业健康检查机构', atLeast(0.95, '95%'), null, YUNNAN_NO_BASE),
  ],
};

/** The five demo plans in seed order (000–004). */
export const DEMO_PLANS: readonly Plan[] = [TAISHAN_PLAN, WUZHONG_PLAN, KAIPING_PLAN, JINNAN_PLAN, YUNNAN_PLAN];
