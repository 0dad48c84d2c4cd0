import { type Edition } from '../rules/rule-pack.ts';

/**
 * Editions the radiation-worker rules come from. GB 18871-2002 (limits) and GBZ 128-2019
 * (monitoring) are defined with the surveillance rules and re-exported here.
 */
export { GB18871_2002, GBZ128_2019 } from '../surveillance/editions.ts';

/**
 * GBZ 98-2020 放射工作人员健康要求及监护规范 (replaces GBZ 98-2017). Issue and effective dates and
 * the clause numbers cited by the exam schedule are from memory: the text was not in shared/reference.
 */
export const GBZ98_2020: Edition = {
  standard: 'GBZ 98',
  edition: '2020',
  title: '放射工作人员健康要求及监护规范',
  effectiveFrom: '2021-05-01',
  effectiveTo: null,
  source: 'Memory (no transcription in shared/reference): pre-employment, periodic (usually 1–2 years, never more than 2 years apart) and exit exams',
};

/**
 * 放射工作人员职业健康管理办法 (卫生部令第55号), issued 2007-06-03, effective 2007-11-01. Art. 11
 * (dose-monitoring period normally 30 days, at most 90 days) and arts. 19–21 (exams) are cited from memory.
 */
export const RADIATION_WORKER_MEASURES_2007: Edition = {
  standard: '放射工作人员职业健康管理办法',
  edition: '2007',
  title: '放射工作人员职业健康管理办法（卫生部令第55号）',
  effectiveFrom: '2007-11-01',
  effectiveTo: null,
  source: 'Memory (no transcription in shared/reference)',
};
