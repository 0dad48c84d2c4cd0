/**
 * Enterprise size (企业规模 大/中/小/微) of an employer.
 *
 * The declaration form asks for 大、中、小、微 "按国家统计局《关于印发统计上大中小微型企业划分办法的
 * 通知》(国统〔2011〕75号) 的要求" (职业病危害项目申报表 2012年版 填表说明第6项, page copies at
 * doczj.com/doc/0d10395763.html and ikanpan.com/a/202102/161807.html). The statistical rule was
 * reissued as 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号) with the same thresholds for
 * 工业. Only the 工业 rows (GB/T 4754 门类 B, C, D) are loaded, from memory — `verified: false`; other
 * industries answer `rule_not_loaded`, never a guess.
 *
 * The national surveillance case card codes the same classes in table C_ZYB_1.7 (002 大, 003 中,
 * 004 小, 006 微型, 005 不详), read here from catalogs/ rather than retyped.
 */
import { CASE_CARD_CODE_TABLES } from '../catalogs/case-card-codes.catalog.ts';
import { type Edition, type Provenance, type RuleOutcome, cite, outcome } from '../rules/rule-pack.ts';
import { employerIndustrySection } from './employer-industry.ts';

/** Size classes in descending order (GLOSSARY-style identifiers for 大/中/小/微). */
export const EMPLOYER_SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type EmployerSizeClass = (typeof EMPLOYER_SIZE_CLASSES)[number];

/** A size class with the label printed on the declaration form and its case-card code. */
export interface EmployerSizeClassInfo {
  id: EmployerSizeClass;
  /** As ticked on 职业病危害项目申报表: 大○ 中○ 小○ 微○. */
  label: '大' | '中' | '小' | '微';
  /** Full name used by the statistical rule (大型/中型/小型/微型). */
  longLabel: '大型' | '中型' | '小型' | '微型';
  /** Code in C_ZYB_1.7 企业规模 (e.g. `002`), read from the loaded table. */
  caseCardCode: string;
}

function caseCardSizeCode(name: string): string {
  const row = CASE_CARD_CODE_TABLES['C_ZYB_1.7'].rows.find((r) => r.name === name);
  if (!row) throw new Error(`code-tables.json: C_ZYB_1.7 has no row ${name}`);
  return row.code;
}

/** The four classes with labels and case-card codes (C_ZYB_1.7 prints 微 as 微型). */
export const EMPLOYER_SIZE_CLASS_INFO: Readonly<Record<EmployerSizeClass, EmployerSizeClassInfo>> = {
  large: { id: 'large', label: '大', longLabel: '大型', caseCardCode: caseCardSizeCode('大') },
  medium: { id: 'medium', label: '中', longLabel: '中型', caseCardCode: caseCardSizeCode('中') },
  small: { id: 'small', label: '小', longLabel: '小型', caseCardCode: caseCardSizeCode('小') },
  micro: { id: 'micro', label: '微', longLabel: '微型', caseCardCode: caseCardSizeCode('微型') },
};

/** Type guard for stored or submitted size values. */
export function isEmployerSizeClass(value: unknown): value is EmployerSizeClass {
  return typeof value === 'string' && (EMPLOYER_SIZE_CLASSES as readonly string[]).includes(value);
}

/**
 * The class whose form label (大/中/小/微), long label (大型 …) or case-card code (002 …) is `text`;
 * null when none matches. 005 不详 ("unknown") deliberately maps to null.
 */
export function employerSizeClassFromText(text: string): EmployerSizeClass | null {
  const t = text.normalize('NFKC').trim();
  const found = EMPLOYER_SIZE_CLASSES.find((id) => {
    const info = EMPLOYER_SIZE_CLASS_INFO[id];
    return t === info.label || t === info.longLabel || t === info.caseCardCode || t === id;
  });
  return found ?? null;
}

/** 统计上大中小微型企业划分办法（2017）, 国统字〔2017〕213号. */
export const SME_CLASSIFICATION_2017: Edition = {
  standard: '统计上大中小微型企业划分办法',
  edition: '2017',
  title: '统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号)',
  // Issue date from memory; the 2011 rule (国统字〔2011〕75号) had the same 工业 thresholds.
  effectiveFrom: '2017-12-28',
  effectiveTo: null,
  source: 'memory (附表 工业 row); the 2012 declaration form refers to the 2011 edition with the same 工业 thresholds',
};

/** Lower bounds of one class for 工业: 从业人员 (persons) and 营业收入 (10,000 yuan). */
export interface IndustrialSizeThreshold extends Provenance {
  sizeClass: Exclude<EmployerSizeClass, 'micro'>;
  minEmployees: number;
  minRevenueTenThousandYuan: number;
}

/**
 * 附表 工业 (采矿业、制造业、电力、热力、燃气及水生产和供应业): 大型 X ≥ 1000 and Y ≥ 40000;
 * 中型 300 ≤ X < 1000 and 2000 ≤ Y < 40000; 小型 20 ≤ X < 300 and 300 ≤ Y < 2000; 微型 X < 20 or Y < 300
 * (X 从业人员, Y 营业收入 in 万元).
 */
export const INDUSTRIAL_SIZE_THRESHOLDS: readonly IndustrialSizeThreshold[] = [
  { sizeClass: 'large', minEmployees: 1000, minRevenueTenThousandYuan: 40000, verified: false, source: 'memory', confidence: 'high' },
  { sizeClass: 'medium', minEmployees: 300, minRevenueTenThousandYuan: 2000, verified: false, source: 'memory', confidence: 'high' },
  { sizeClass: 'small', minEmployees: 20, minRevenueTenThousandYuan: 300, verified: false, source: 'memory', confidence: 'high' },
];

/** Input of {@link employerSizeClass}. */
export interface EmployerSizeInput {
  /** GB/T 4754-2017 code with or without the section letter (`C3511`, `3511`, `C`). */
  industryCode: string;
  /** 从业人员 (persons, average for the year). */
  employees: number | null;
  /** 营业收入 in 万元 (10,000 yuan). */
  revenueTenThousandYuan: number | null;
}

/** What {@link employerSizeClass} could establish. */
export type EmployerSizeStatus = 'classified' | 'insufficient_data' | 'rule_not_loaded' | 'invalid_input';

export interface EmployerSizeResult extends RuleOutcome {
  status: EmployerSizeStatus;
  sizeClass: EmployerSizeClass | null;
  notes: readonly string[];
}

const isCount = (n: number | null): n is number => n !== null && Number.isFinite(n) && n >= 0;

/**
 * Size class of an industrial employer (门类 B, C, D) under 统计上大中小微型企业划分办法（2017）
 * (国统字〔2017〕213号) 附表 工业 and its note: "大型、中型和小型企业须同时满足所列指标的下限，否则下划
 * 一档；微型企业只须满足所列指标中的一项即可".
 *
 * So 1 200 staff with 30 000 万元 revenue is 中型 (revenue below the 大型 floor moves it down one
 * class), and 15 staff is 微型 whatever the revenue. Missing figures give `insufficient_data`
 * unless one figure alone already makes the employer 微型. Other industries: `rule_not_loaded`.
 */
export function employerSizeClass(input: EmployerSizeInput): EmployerSizeResult {
  const citation = cite(SME_CLASSIFICATION_2017, '附表 工业');
  const section = employerIndustrySection(input.industryCode).section;
  if (section === null) {
    return { status: 'invalid_input', sizeClass: null, notes: ['Not a GB/T 4754-2017 code.'], citation, verified: false };
  }
  if (!['B', 'C', 'D'].includes(section.code)) {
    return {
      status: 'rule_not_loaded',
      sizeClass: null,
      notes: [`Only the 工业 thresholds (门类 B, C, D) are loaded; 门类 ${section.code} ${section.name} has its own row in the statistical rule.`],
      citation: cite(SME_CLASSIFICATION_2017),
      verified: false,
    };
  }
  for (const [name, value] of [
    ['employees', input.employees],
    ['revenueTenThousandYuan', input.revenueTenThousandYuan],
  ] as const) {
    if (value !== null && !isCount(value)) {
      return { status: 'invalid_input', sizeClass: null, notes: [`${name} must be a non-negative number.`], citation, verified: false };
    }
  }
  const x = input.employees;
  const y = input.revenueTenThousandYuan;
  const small = INDUSTRIAL_SIZE_THRESHOLDS[2]!;
  const micro = (x !== null && x < small.minEmployees) || (y !== null && y < small.minRevenueTenThousandYuan);
  if (micro) {
    return { status: 'classified', sizeClass: 'micro', notes: ['微型: one indicator below the 小型 floor is enough.'], ...outcome([citation], INDUSTRIAL_SIZE_THRESHOLDS) };
  }
  if (x === null || y === null) {
    return {
      status: 'insufficient_data',
      sizeClass: null,
      notes: ['大型、中型、小型 need both 从业人员 and 营业收入.'],
      citation,
      verified: false,
    };
  }
  const match = INDUSTRIAL_SIZE_THRESHOLDS.find((t) => x >= t.minEmployees && y >= t.minRevenueTenThousandYuan) ?? small;
  const byEmployees = INDUSTRIAL_SIZE_THRESHOLDS.find((t) => x >= t.minEmployees);
  const notes = byEmployees && byEmployees.sizeClass !== match.sizeClass ? [`营业收入 below the ${EMPLOYER_SIZE_CLASS_INFO[byEmployees.sizeClass].longLabel} floor: moved down to ${EMPLOYER_SIZE_CLASS_INFO[match.sizeClass].longLabel} (下划一档).`] : [];
  return { status: 'classified', sizeClass: match.sizeClass, notes, ...outcome([citation], INDUSTRIAL_SIZE_THRESHOLDS) };
}
