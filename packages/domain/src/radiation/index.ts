// Radiation workers and personal dose monitoring (issue 6, part R): who is a radiation worker,
// dose-record validation and investigation level (GBZ 128-2019), dose history against the
// GB 18871-2002 limits, GBZ 98-2020 exam schedule, and the two radiation indicators.

export { GB18871_2002, GBZ128_2019, GBZ98_2020, RADIATION_WORKER_MEASURES_2007 } from './editions.ts';

export {
  RADIATION_OCCUPATION_CATEGORIES,
  RADIATION_OCCUPATION_CATEGORY_CITATION,
  classifyRadiationWorker,
  findRadiationOccupationCategory,
  isIonisingRadiationHazard,
  isRadiationPost,
  type PostHazardRef,
  type RadiationOccupationCategory,
  type RadiationWorkerClassification,
} from './radiation-worker.classifier.ts';

export {
  ANNUAL_INVESTIGATION_LEVEL_MSV,
  DOSE_MONITORING_RULES,
  MAX_PLAUSIBLE_PERIOD_DOSE_MSV,
  doseRecordIssues,
  investigationLevelFor,
  monitoringRule,
  periodDays,
  recordLevelFlags,
  type DoseMonitoringRule,
  type DoseRecordCheck,
  type DoseRecordInput,
  type ExistingDosePeriod,
  type RecordLevelFlag,
} from './dose-monitoring.rules.ts';

export { doseHistory, type AnnualDoseSum, type DoseHistoryFlag, type DoseHistoryRecord, type DoseHistoryResult } from './dose-history.calculator.ts';

export {
  radiationExamSchedule,
  radiationExamScheduleIssues,
  type RadiationExamDue,
  type RadiationExamScheduleInput,
  type RadiationExamScheduleResult,
  type RadiationExamType,
} from './radiation-exam.schedule.ts';

export {
  DOSE_MONITORING_RATE_DEFINITION,
  RADIATION_EXAM_RATE_DEFINITION,
  doseMonitoringRate,
  radiationExamRate,
  type RadiationIndicatorInput,
  type RadiationIndicatorResult,
  type RadiationWorkerRow,
} from './radiation-indicators.ts';
