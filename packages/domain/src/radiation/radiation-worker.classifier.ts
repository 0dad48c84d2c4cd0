import { type Provenance, cite } from '../rules/rule-pack.ts';
import { GBZ128_2019 } from './editions.ts';

/**
 * Who is a radiation worker (放射工作人员), and in which occupational category.
 *
 * A radiation worker holds a post with an ionising-radiation hazard factor: an item of category
 * 放射性因素 of the 2015 hazard-factor catalogue (ids `radioactive-1` … `radioactive-8`).
 *
 * The occupational categories (职业类别) follow the classification table GBZ 128-2019 uses for
 * reporting individual monitoring results (1 核燃料循环, 2 医学应用, 3 工业应用, 4 天然源照射,
 * 5 其他). The codes and names are transcribed from memory (`verified: false`); only the split
 * medical (2x) / non-medical (everything else) drives a rule — the indicator
 * 非医疗放射工作人员个人剂量监测率.
 */
export interface RadiationOccupationCategory extends Provenance {
  code: string;
  name: string;
  group: 'nuclear_fuel_cycle' | 'medical' | 'industrial' | 'natural_sources' | 'other';
  isMedical: boolean;
}

const row = (code: string, name: string, group: RadiationOccupationCategory['group']): RadiationOccupationCategory => ({
  code,
  name,
  group,
  isMedical: group === 'medical',
  verified: false,
  confidence: 'memory',
});

/** GBZ 128-2019 occupational categories for individual monitoring (from memory, unverified). */
export const RADIATION_OCCUPATION_CATEGORIES: readonly RadiationOccupationCategory[] = [
  row('1A', '铀矿开采', 'nuclear_fuel_cycle'),
  row('1B', '铀矿水冶', 'nuclear_fuel_cycle'),
  row('1C', '铀的浓缩和转化', 'nuclear_fuel_cycle'),
  row('1D', '燃料制造', 'nuclear_fuel_cycle'),
  row('1E', '反应堆运行', 'nuclear_fuel_cycle'),
  row('1F', '燃料后处理', 'nuclear_fuel_cycle'),
  row('1G', '核燃料循环研究', 'nuclear_fuel_cycle'),
  row('2A', '诊断放射学', 'medical'),
  row('2B', '牙科放射学', 'medical'),
  row('2C', '核医学', 'medical'),
  row('2D', '放射治疗', 'medical'),
  row('2E', '介入放射学', 'medical'),
  row('2F', '其他（医学应用）', 'medical'),
  row('3A', '工业辐照', 'industrial'),
  row('3B', '工业探伤', 'industrial'),
  row('3C', '发光涂料工业', 'industrial'),
  row('3D', '放射性同位素生产', 'industrial'),
  row('3E', '测井', 'industrial'),
  row('3F', '加速器运行', 'industrial'),
  row('3G', '其他（工业应用）', 'industrial'),
  row('4A', '民用航空', 'natural_sources'),
  row('4B', '煤矿开采', 'natural_sources'),
  row('4C', '其他矿藏开采', 'natural_sources'),
  row('4D', '石油和天然气工业', 'natural_sources'),
  row('4E', '地下水', 'natural_sources'),
  row('4F', '矿物和矿石处理', 'natural_sources'),
  row('4G', '其他（天然源）', 'natural_sources'),
  row('5A', '教育', 'other'),
  row('5B', '兽医学', 'other'),
  row('5C', '科学研究', 'other'),
  row('5D', '其他', 'other'),
];

export const RADIATION_OCCUPATION_CATEGORY_CITATION = cite(GBZ128_2019, '职业分类（个人监测结果报告用）');

export function findRadiationOccupationCategory(code: string): RadiationOccupationCategory | null {
  return RADIATION_OCCUPATION_CATEGORIES.find((c) => c.code === code.trim().toUpperCase()) ?? null;
}

/** A hazard factor on a post, as the employer registry stores it. */
export interface PostHazardRef {
  factorId: string | null;
  factorName: string;
  category?: string | null;
}

/** True when the hazard is an ionising-radiation factor (catalogue category 放射性因素). */
export function isIonisingRadiationHazard(h: PostHazardRef): boolean {
  if (h.factorId?.startsWith('radioactive-')) return true;
  return h.category === '放射性因素';
}

/** True when a post with these hazards makes its holders radiation workers. */
export function isRadiationPost(hazards: readonly PostHazardRef[]): boolean {
  return hazards.some(isIonisingRadiationHazard);
}

export interface RadiationWorkerClassification {
  isMedical: boolean;
  /** The category code when one was given, else null. */
  categoryCode: string | null;
  /** `category`: from the given code; `industry`: inferred from the employer's GB/T 4754 section. */
  basis: 'category' | 'industry';
  citation: string;
  verified: false;
}

/**
 * Medical or non-medical radiation worker. A known occupational-category code decides (2x =
 * medical). Without one, the employer's GB/T 4754-2017 section decides: Q (卫生和社会工作) is taken
 * as medical use, anything else as non-medical — an OHNet inference, reported as `basis: 'industry'`.
 */
export function classifyRadiationWorker(input: { categoryCode?: string | null; industrySection?: string | null }): RadiationWorkerClassification {
  const category = input.categoryCode ? findRadiationOccupationCategory(input.categoryCode) : null;
  if (category) return { isMedical: category.isMedical, categoryCode: category.code, basis: 'category', citation: RADIATION_OCCUPATION_CATEGORY_CITATION, verified: false };
  return { isMedical: input.industrySection?.toUpperCase() === 'Q', categoryCode: null, basis: 'industry', citation: RADIATION_OCCUPATION_CATEGORY_CITATION, verified: false };
}
