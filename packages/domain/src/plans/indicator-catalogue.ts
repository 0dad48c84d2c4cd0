/**
 * The OHNet plan indicator catalogue: one definition per distinct indicator concept found in the
 * indicator tables of the five demo plans (shared/seeds, see ./demo-plans.ts), plus the exam
 * indicators issue 6 computes. Plans phrase the same indicator differently; each plan entry keeps
 * its own wording (`nameAsWritten`) and points here by `indicatorId`.
 *
 * Same or different? Two phrasings share a definition when they count the same numerator over the
 * same denominator (e.g. 工伤保险参保人员 / 工伤保险参保人数; 尘肺病患者集中乡镇 / 街镇(社区) / 乡镇（社区）
 * 康复服务覆盖率; 放射诊疗单位放射卫生防护监督覆盖率 / 放射诊疗机构放射卫生防护监督检查覆盖率). They get two
 * definitions when the numerator differs: 县区至少确定1家**公立**医疗卫生机构承担职业健康检查工作 (台山, 吴忠)
 * counts designated public institutions, whereas 云南's 县区至少有1家**具备常见职业病危害因素相应的职业健康
 * 检查能力**的职业健康检查机构 counts institutions of any ownership by capability; likewise for diagnosis.
 *
 * The official indicator notes of 国家职业病防治规划（2021—2025年） were not available
 * (shared/reference/README.md "still missing"), so every numerator and denominator below is OHNet's
 * reading and every definition is `verified: false`.
 */
import { DECLARATION_RATE_DEFINITION } from '../declarations/declaration-rate.ts';

/** Unit of an indicator value. Ratios are stored 0–1 (90 % = 0.9). */
export const INDICATOR_UNITS = ['ratio', 'count', 'rate_per_1000'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/**
 * How child-region values combine into a parent value.
 * - `ratio_of_sums`: Σ numerators ÷ Σ denominators (never an average of child ratios);
 * - `sum`: Σ values (counts);
 * - `rate_of_sums`: Σ numerators ÷ Σ denominators × the unit's multiplier (per 1,000).
 */
export const INDICATOR_ROLLUPS = ['ratio_of_sums', 'sum', 'rate_of_sums'] as const;
export type IndicatorRollup = (typeof INDICATOR_ROLLUPS)[number];

/** Modules whose records feed indicators (server module keys, present or planned). */
export const INDICATOR_MODULES = [
  'declarations',
  'assessments',
  'monitoring',
  'exams',
  'radiation',
  'diagnosis',
  'training',
  'supervision',
  'rehabilitation',
  'institutions',
  'social_insurance',
  'labour',
  'surveys',
] as const;
export type IndicatorModule = (typeof INDICATOR_MODULES)[number];

/** Region level at which an indicator is meaningful (the lowest level it is counted at). */
export const INDICATOR_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export interface IndicatorDefinition {
  /** Stable snake_case id. */
  id: string;
  nameZh: string;
  nameEn: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  rollup: IndicatorRollup;
  /** The records counted above the line, in words (the server implements the query). */
  numerator: string;
  /** The records counted below the line; null for plain counts. */
  denominator: string | null;
  /** Lowest region level the value is counted for (e.g. provincial institutions exist only per province). */
  countedPerLevel: IndicatorLevel;
  /** Modules whose records feed it. */
  feeds: readonly IndicatorModule[];
  /** Module that computes it today; null = not yet computed (values may be entered by hand with a source). */
  computedBy: IndicatorModule | null;
  /** Written definition for people. */
  definition: string;
  /** Where the indicator and its target come from. */
  source: string;
  /** True only when the definition matches an official indicator note (none seen so far). */
  verified: boolean;
}

const NATIONAL_PLAN = '国家职业病防治规划（2021—2025年）主要指标 (indicator notes not seen)';

/** Every indicator definition, in the order of the national table where one exists. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  {
    id: 'short_exposure_new_pneumoconiosis_share',
    nameZh: '接尘工龄不足5年的劳动者新发尘肺病报告例数占年度报告总例数的比例',
    nameEn: 'Share of new pneumoconiosis reports with less than 5 years of dust exposure',
    unit: 'ratio',
    direction: 'lower_better',
    rollup: 'ratio_of_sums',
    numerator: 'Occupational pneumoconiosis cases newly diagnosed and reported in the year in the region whose dust-exposure years (接尘工龄) at diagnosis are below 5.',
    denominator: 'All occupational pneumoconiosis cases newly diagnosed and reported in the year in the region.',
    countedPerLevel: 'county',
    feeds: ['diagnosis'],
    computedBy: null,
    definition: 'A falling share shows dust control working at new workplaces: pneumoconiosis after a short exposure means a very high dust level.',
    source: `${NATIONAL_PLAN}; 云南省职业病防治规划（2021-2025年）（征求意见稿） 指标(1)`,
    verified: false,
  },
  {
    id: 'work_injury_insurance_insured',
    nameZh: '工伤保险参保人数',
    nameEn: 'Persons insured under work-injury insurance',
    unit: 'count',
    direction: 'higher_better',
    rollup: 'sum',
    numerator: 'Persons covered by work-injury insurance (工伤保险) at the end of the year, by the region of the insuring employer (data of the human-resources and social-security department).',
    denominator: null,
    countedPerLevel: 'county',
    feeds: ['social_insurance'],
    computedBy: null,
    definition: 'Headcount insured against work injury, which includes occupational disease; reported by 人力资源社会保障部门 and entered by hand until an exchange exists.',
    source: `${NATIONAL_PLAN}; plans 台山 (工伤保险参保人员), 吴忠, 开平, 津南, 云南`,
    verified: false,
  },
  {
    id: 'labour_contract_signing_rate',
    nameZh: '劳动合同签订率',
    nameEn: 'Labour contract signing rate',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Employees of the employers in the region with a signed written labour contract at the end of the year.',
    denominator: 'Employees of the employers in the region at the end of the year.',
    countedPerLevel: 'county',
    feeds: ['labour'],
    computedBy: null,
    definition: 'Share of employees with a written labour contract (劳动合同法 第十条); data of the human-resources and social-security department.',
    source: `${NATIONAL_PLAN}; 云南 指标(3)`,
    verified: false,
  },
  {
    id: 'collective_contract_signing_rate',
    nameZh: '劳动安全卫生专项集体合同签订率',
    nameEn: 'Signing rate of special collective contracts on labour safety and health',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Employers in the region that have signed a special collective contract on labour safety and health (劳动安全卫生专项集体合同) in force at the end of the year.',
    denominator: 'Employers in the region expected to sign one (with a trade union or staff representatives) at the end of the year.',
    countedPerLevel: 'county',
    feeds: ['labour'],
    computedBy: null,
    definition: 'Share of employers covered by a special collective contract on occupational safety and health; data of the trade union / human-resources department.',
    source: `${NATIONAL_PLAN}; 云南 指标(4)`,
    verified: false,
  },
  {
    id: DECLARATION_RATE_DEFINITION.id,
    nameZh: DECLARATION_RATE_DEFINITION.name,
    nameEn: 'Hazard declaration rate of industrial employers',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: DECLARATION_RATE_DEFINITION.numerator,
    denominator: DECLARATION_RATE_DEFINITION.denominator,
    countedPerLevel: 'township',
    feeds: ['declarations'],
    computedBy: 'declarations',
    definition: 'Share of industrial employers with hazard factors whose 职业病危害项目申报 is current (declarations/declaration-rate.ts).',
    source: `${NATIONAL_PLAN}; all five plans (台山 2020: 20.06%)`,
    verified: false,
  },
  {
    id: 'workplace_hazard_monitoring_pass_rate',
    nameZh: '工作场所职业病危害因素监测合格率',
    nameEn: 'Workplace hazard-factor monitoring pass rate',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Measured points (post × hazard factor) of periodic tests (定期检测) reported in the year in the region whose result meets the GBZ 2.1 / GBZ 2.2 limit in force on the sampling date.',
    denominator: 'All measured points of periodic tests reported in the year in the region (also given per hazard category).',
    countedPerLevel: 'township',
    feeds: ['assessments', 'monitoring'],
    computedBy: 'assessments',
    definition: 'Share of compliant measurements among all periodic-test measurements; judged with the exposure calculators (exposure/). Issue 5 (assessments) computes it.',
    source: `${NATIONAL_PLAN}; all five plans`,
    verified: false,
  },
  {
    id: 'non_medical_radiation_worker_dose_monitoring_rate',
    nameZh: '非医疗放射工作人员个人剂量监测率',
    nameEn: 'Personal dose monitoring rate of non-medical radiation workers',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator workers with at least one personal dose record (GBZ 128) whose monitoring period covers the year.',
    denominator: 'Radiation workers of non-medical employers (industrial radiography, nuclear instruments, irradiation …) in the region employed during the year.',
    countedPerLevel: 'township',
    feeds: ['radiation'],
    computedBy: 'radiation',
    definition: 'Share of non-medical radiation workers under individual dose monitoring. Issue 6 (radiation) computes it.',
    source: `${NATIONAL_PLAN}; all five plans`,
    verified: false,
  },
  {
    id: 'key_population_oh_knowledge_awareness_rate',
    nameZh: '重点人群职业健康知识知晓率',
    nameEn: 'Occupational-health knowledge awareness rate of key populations',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Respondents of the key-population occupational-health literacy survey (重点人群职业健康素养监测) in the region and year who reach the awareness score.',
    denominator: 'All respondents of that survey in the region and year.',
    countedPerLevel: 'county',
    feeds: ['surveys', 'training'],
    computedBy: null,
    definition: 'Survey-based share of workers in key industries who know the occupational-health essentials; entered from the literacy survey until a survey module exists (training records alone do not measure awareness).',
    source: `${NATIONAL_PLAN}; all five plans`,
    verified: false,
  },
  {
    id: 'pneumoconiosis_township_rehabilitation_coverage',
    nameZh: '尘肺病患者集中乡镇康复服务覆盖率',
    nameEn: 'Rehabilitation-service coverage of townships with clusters of pneumoconiosis patients',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator townships (or urban sub-districts / communities) with a rehabilitation station (康复站/点) serving pneumoconiosis patients open during the year.',
    denominator: 'Townships / sub-districts in the region where pneumoconiosis patients are concentrated (集中; the threshold is set by the province — not in the plans read).',
    countedPerLevel: 'township',
    feeds: ['rehabilitation', 'diagnosis'],
    computedBy: null,
    definition: 'Share of pneumoconiosis-cluster townships with a rehabilitation service; 乡镇, 街镇(社区) and 乡镇（社区） are the same indicator worded for rural and urban areas.',
    source: `${NATIONAL_PLAN}; plans 吴忠, 津南, 云南`,
    verified: false,
  },
  {
    id: 'occupational_health_violation_case_handling_rate',
    nameZh: '职业卫生违法案件查处率',
    nameEn: 'Investigation and handling rate of occupational-health violation cases',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator cases closed with a decision (立案查处: penalty, order to correct, or transfer) within the year.',
    denominator: 'Occupational-health violations found or reported (inspections, complaints) in the region in the year that require a case.',
    countedPerLevel: 'county',
    feeds: ['supervision'],
    computedBy: null,
    definition: 'Share of occupational-health violation cases that were investigated and dealt with.',
    source: `${NATIONAL_PLAN}; plans 台山, 吴忠, 津南, 云南`,
    verified: false,
  },
  {
    id: 'provincial_od_prevention_institute_established',
    nameZh: '省级设立职业病防治院所',
    nameEn: 'Provincial occupational-disease prevention hospital or institute established',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Provinces (autonomous regions) in the region with an occupational-disease prevention and treatment hospital or institute (职业病防治院/所) set up on existing medical resources.',
    denominator: 'Provinces (autonomous regions) in the region.',
    countedPerLevel: 'province',
    feeds: ['institutions'],
    computedBy: null,
    definition: 'Whether the province has set up its 职业病防治院所 (1 = yes); a national roll-up gives the share of provinces. 吴忠 quotes the target as “1 家” (the autonomous region sets up one), 云南 as 100%.',
    source: `${NATIONAL_PLAN}; plans 吴忠 (自治区设立…1 家), 云南 (省级设立…100%)`,
    verified: false,
  },
  {
    id: 'provincial_engineering_protection_guidance_centre',
    nameZh: '省级职业病危害工程防护技术指导机构',
    nameEn: 'Provincial technical guidance centre for engineering protection against occupational hazards',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Provinces (autonomous regions) in the region that have designated or set up an institution (centre) guiding engineering protection against dust, chemicals, noise and radiation.',
    denominator: 'Provinces (autonomous regions) in the region.',
    countedPerLevel: 'province',
    feeds: ['institutions'],
    computedBy: null,
    definition: 'Whether the province has an engineering-protection technical guidance institution (1 = yes). 吴忠: 自治区确定一家机构承担…工程防护技术指导工作 (1 家); 云南: 省级设立…工程防护技术指导中心 (100%).',
    source: `${NATIONAL_PLAN}; plans 吴忠, 云南`,
    verified: false,
  },
  {
    id: 'city_public_diagnosis_institution_coverage',
    nameZh: '设区的市至少确定1家公立医疗卫生机构承担职业病诊断工作',
    nameEn: 'Share of cities with at least one public institution designated for occupational-disease diagnosis',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator cities with at least one public (公立) medical institution registered for occupational-disease diagnosis (职业病诊断机构备案) valid at the end of the year.',
    denominator: 'Prefecture-level cities (设区的市) in the region.',
    countedPerLevel: 'city',
    feeds: ['institutions', 'diagnosis'],
    computedBy: null,
    definition: 'Counts designated public institutions, whatever their range of diseases (compare city_capable_diagnosis_institution_coverage).',
    source: `${NATIONAL_PLAN}; plan 吴忠`,
    verified: false,
  },
  {
    id: 'city_capable_diagnosis_institution_coverage',
    nameZh: '设区的市至少有1家具备常见职业病诊断能力的职业病诊断机构',
    nameEn: 'Share of cities with a diagnosis institution able to diagnose the common occupational diseases',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator cities with at least one registered diagnosis institution (any ownership) whose registered scope covers the common occupational diseases of the city (尘肺病, 职业性化学中毒, 噪声聋 … as the province lists them).',
    denominator: 'Prefecture-level cities (设区的市) in the region.',
    countedPerLevel: 'city',
    feeds: ['institutions', 'diagnosis'],
    computedBy: null,
    definition: 'Counts capability, not ownership: a city served only by a private institution with the full common range counts; a public one with a narrow range does not.',
    source: 'plan 云南 指标(13)',
    verified: false,
  },
  {
    id: 'county_public_exam_institution_coverage',
    nameZh: '县区至少确定1家公立医疗卫生机构承担职业健康检查工作',
    nameEn: 'Share of counties with at least one public occupational health exam institution',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator counties with at least one public (公立) medical institution registered for occupational health examination (职业健康检查机构备案) valid at the end of the year.',
    denominator: 'County-level regions (县、县级市、区) in the region.',
    countedPerLevel: 'county',
    feeds: ['institutions', 'exams'],
    computedBy: 'exams',
    definition: 'Counts designated public exam institutions per county; for a county-level plan (台山) it is 1 of 1 or 0 of 1. Issue 6 (exams) computes it.',
    source: `${NATIONAL_PLAN}; plans 台山 (至少确定1家…, 江门 2020: 71.4%), 吴忠`,
    verified: false,
  },
  {
    id: 'county_capable_exam_institution_coverage',
    nameZh: '县区至少有1家具备常见职业病危害因素相应的职业健康检查能力的职业健康检查机构',
    nameEn: 'Share of counties with an exam institution able to examine for the common hazard factors',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator counties with at least one registered exam institution (any ownership) whose registered exam categories cover the common hazard factors of the county’s employers.',
    denominator: 'County-level regions in the region.',
    countedPerLevel: 'county',
    feeds: ['institutions', 'exams'],
    computedBy: null,
    definition: 'Counts capability, not ownership (compare county_public_exam_institution_coverage).',
    source: 'plan 云南 指标(14)',
    verified: false,
  },
  {
    id: 'key_industry_hearing_protector_correct_use_rate',
    nameZh: '重点行业用人单位劳动者防噪声耳塞或耳罩正确佩戴率',
    nameEn: 'Correct use of earplugs or earmuffs by workers of key-industry employers',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Noise-exposed workers of key-industry employers observed or surveyed (hearing-protection action, 听力保护行动) who wear earplugs or earmuffs correctly.',
    denominator: 'Noise-exposed workers of key-industry employers observed or surveyed in the year.',
    countedPerLevel: 'county',
    feeds: ['surveys', 'monitoring'],
    computedBy: null,
    definition: 'Survey-based share; 广东 indicator (台山 writes 防噪音, 开平 防噪声 — the same indicator).',
    source: '广东省/江门市职业病防治规划 (quoted by 台山 “（省、市）” and 开平; 江门 2020: 70.13%)',
    verified: false,
  },
  {
    id: 'radiology_unit_radiation_worker_exam_rate',
    nameZh: '放射诊疗单位放射工作人员职业健康体检率',
    nameEn: 'Occupational health exam rate of radiation workers of radiology units',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator workers with an on-duty (在岗期间) occupational health exam for ionising radiation within the GBZ 98 interval up to the end of the year.',
    denominator: 'Radiation workers of medical radiology units (放射诊疗单位) in the region employed during the year.',
    countedPerLevel: 'county',
    feeds: ['radiation', 'exams'],
    computedBy: null,
    definition: 'Share of medical radiation workers examined on time; needs exam records (issue 6 exams) and the radiation-worker register (issue 6 radiation).',
    source: '江门市职业病防治规划 (quoted by 台山 “（市）” and 开平)',
    verified: false,
  },
  {
    id: 'radiology_unit_radiation_protection_inspection_coverage',
    nameZh: '放射诊疗单位放射卫生防护监督覆盖率',
    nameEn: 'Radiation-protection inspection coverage of radiology units',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator radiology units inspected for radiation protection (放射卫生监督检查) at least once in the year.',
    denominator: 'Medical radiology units (放射诊疗许可 holders) in the region during the year.',
    countedPerLevel: 'county',
    feeds: ['supervision'],
    computedBy: null,
    definition: 'Share of radiology units inspected in the year; 台山 says 单位…监督覆盖率, 开平 机构…监督检查覆盖率 — the same indicator.',
    source: '江门市职业病防治规划 (quoted by 台山 “（市）” and 开平)',
    verified: false,
  },
  {
    id: 'periodic_exam_coverage',
    nameZh: '在岗期间职业健康检查覆盖率',
    nameEn: 'Periodic (on-duty) exam coverage of exposed workers',
    unit: 'ratio',
    direction: 'higher_better',
    rollup: 'ratio_of_sums',
    numerator: 'Denominator workers with an on-duty exam for each of their hazard factors within the GBZ 188 period, as of the end of the year.',
    denominator: 'Workers exposed to hazard factors that require on-duty exams, employed in the region during the year.',
    countedPerLevel: 'township',
    feeds: ['exams'],
    computedBy: 'exams',
    definition: 'OHNet indicator (issue 6), not in the five plans’ tables; the plans’ 职业健康检查率 texts refer to it.',
    source: 'OHNet (issue 6); GBZ 188',
    verified: false,
  },
  {
    id: 'suspected_od_rate_per_1000_examined',
    nameZh: '疑似职业病检出率（每千受检人）',
    nameEn: 'Suspected occupational disease per 1,000 examined workers',
    unit: 'rate_per_1000',
    direction: 'lower_better',
    rollup: 'rate_of_sums',
    numerator: 'Workers with a suspected occupational disease conclusion (疑似职业病) in exams of the year in the region.',
    denominator: 'Workers examined (on-duty and leaving exams) in the year in the region.',
    countedPerLevel: 'township',
    feeds: ['exams'],
    computedBy: 'exams',
    definition: 'OHNet indicator (issue 6), also per hazard category; not in the five plans’ tables.',
    source: 'OHNet (issue 6); GBZ 188 conclusions',
    verified: false,
  },
];

const BY_ID = new Map(INDICATOR_CATALOGUE.map((d) => [d.id, d]));

/** The definition with this id, or null. */
export function indicatorDefinition(id: string): IndicatorDefinition | null {
  return BY_ID.get(id) ?? null;
}

/** True when `id` names a catalogue indicator. */
export function isIndicatorId(id: unknown): id is string {
  return typeof id === 'string' && BY_ID.has(id);
}
