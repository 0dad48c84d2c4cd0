import { type Edition } from '../rules/rule-pack.ts';

/**
 * The editions of the standards and normative documents the surveillance rules come from, with
 * effective dates and the source each transcription was taken from (see
 * shared/reference/README.md and the `source` of every row).
 */

/** GBZ 188-2014 职业健康监护技术规范: issued 2014-05-14, effective 2014-10-01 (data/gbz188.json `_meta.standard`). */
export const GBZ188_2014: Edition = {
  standard: 'GBZ 188',
  edition: '2014',
  title: '职业健康监护技术规范',
  effectiveFrom: '2014-10-01',
  effectiveTo: '2026-08-01',
  source:
    'shared/reference/gbz188.json (`factors`, `onDutyPeriodList2014`): partly page copies of the 2014 text, partly memory, labelled per field',
};

/**
 * GBZ 188-2025 职业健康监护技术规范: issued 2025-08-20, effective 2026-08-01, replaces GBZ 188-2014
 * (dates from CovD831/ohs-report; the official notice was not seen).
 */
export const GBZ188_2025: Edition = {
  standard: 'GBZ 188',
  edition: '2025',
  title: '职业健康监护技术规范',
  effectiveFrom: '2026-08-01',
  effectiveTo: null,
  source:
    'shared/reference/gbz188.json `edition2025.sections`: third-party markdown transcription ileon520/zhiyebing GBZ188_2025.txt @ a7471593c09fbc36a33b15f0d6f4fde022105474 (confidence medium)',
};

/**
 * GBZ 49-2014 职业性噪声聋的诊断 (age/sex correction after GB/T 7582): issued 2014-10-13, effective
 * 2015-03-01, replaces GBZ 49-2007 (cover and foreword of the standard, OCR copy at bzxz.net/bzxz/158952.html).
 */
export const GBZ49_2014: Edition = {
  standard: 'GBZ 49',
  edition: '2014',
  title: '职业性噪声聋的诊断',
  effectiveFrom: '2015-03-01',
  effectiveTo: null,
  source:
    'shared/reference/gbz49-noise-deafness.json: correction table from LewisBase/occupational_health_toolkits ohtk/utils/pta_correction.py (medium); grading bands songyuan456.com; the foreword (bzxz.net OCR) confirms the ≥ 40 dB binaural high-frequency precondition and that 4000 Hz enters a weighted grading value; the 0.9/0.1 weights are from memory, used identically by three independent exam-system code files (find_string ids 29710102023, 17209112242, 16981689011)',
};

/**
 * GBZ 70-2015 职业性尘肺病的诊断 (replaces GBZ 70-2009). The staging criteria are not in
 * shared/reference; see `pneumoconiosis-staging.calculator.ts` for the source of each criterion.
 */
export const GBZ70_2015: Edition = {
  standard: 'GBZ 70',
  edition: '2015',
  title: '职业性尘肺病的诊断',
  effectiveFrom: '2016-05-01',
  effectiveTo: null,
  source:
    'Stage criteria: GBZ 70-2009 wording quoted at job.xctmr.com/archiver/?tid-9682.html (non-asbestos criteria, asbestos criteria as 2009 notes); the 2015 restructuring into 5.1–5.3 a)–d) is from memory; dates 2015-12-15/2016-05-01 are those of the same batch (GBZ 37-2015, 360docs.net list), the GBZ 70-2015 row itself was not seen',
};

/** GB 18871-2002 电离辐射防护与辐射源安全基本标准, Annex B (dose limits). */
export const GB18871_2002: Edition = {
  standard: 'GB 18871',
  edition: '2002',
  title: '电离辐射防护与辐射源安全基本标准',
  effectiveFrom: '2003-04-01',
  effectiveTo: null,
  source:
    'Annex B B1.1.1.1 a)–d) as restated by aiiidc.com (“What are the main dose limits…”, 2024) and a Beijing CDC training deck (dybbs8.com/doc/4303690.html); effective date from memory',
};

/** GBZ 128-2019 职业性外照射个人监测规范: issued 2019-09-27, effective 2020-04-01 (jycdxd.com, yunbiaozhun.com). */
export const GBZ128_2019: Edition = {
  standard: 'GBZ 128',
  edition: '2019',
  title: '职业性外照射个人监测规范',
  effectiveFrom: '2020-04-01',
  effectiveTo: null,
  source: 'Metadata only (jycdxd.com, yunbiaozhun.com); recording and investigation levels not found',
};

/** 职业病危害项目申报办法 (国家安全生产监督管理总局令第48号), issued 2012-04-27, effective 2012-06-01. */
export const DECLARATION_MEASURES_2012: Edition = {
  standard: '职业病危害项目申报办法',
  edition: '2012',
  title: '职业病危害项目申报办法',
  effectiveFrom: '2012-06-01',
  effectiveTo: null,
  source: 'Transcription of arts. 8–9 at jycdxd.com/Laws/Trade/Else/201205/271236_2.shtml',
};

/**
 * 职业病危害项目申报系统 annual-update rule as explained by a district government
 * (天津市津南区, tjjh.gov.cn, 2022-06-30): interval > 11 months and < 13 months; beyond 13 months is late.
 * Not an article of a regulation.
 */
export const DECLARATION_SYSTEM_RULE_2022: Edition = {
  standard: '职业病危害项目申报系统年度更新规则',
  edition: '2022',
  title: '职业病危害项目申报 年度更新',
  effectiveFrom: '2022-06-30',
  effectiveTo: null,
  source: 'tjjh.gov.cn/…/202206/t20220630_5922182.html (government Q&A on the national declaration system)',
};

/** 工作场所职业卫生管理规定 (国家卫生健康委员会令第5号): adopted 2020-12-04, effective 2021-02-01. */
export const WORKPLACE_OH_RULES_2021: Edition = {
  standard: '工作场所职业卫生管理规定',
  edition: '2021',
  title: '工作场所职业卫生管理规定',
  effectiveFrom: '2021-02-01',
  effectiveTo: null,
  source: 'Transcription of the order and art. 20 at 021wv.cn (index.php?a=show&catid=184&id=52250); same wording at weikao.com/ti/832320',
};

/**
 * 职业健康检查管理办法 (国家卫生和计划生育委员会令第5号, 2015; amended by 国家卫生健康委令第2号, 2019-02-28).
 * The article on report deadlines was not found in a transcription; it is cited from memory.
 */
export const EXAM_MEASURES_2019: Edition = {
  standard: '职业健康检查管理办法',
  edition: '2019',
  title: '职业健康检查管理办法 (2015年公布，2019年修订)',
  effectiveFrom: '2019-02-28',
  effectiveTo: null,
  source: 'Order numbers and dates: gdabjc.com copy of the measures (header only); article text: memory',
};
