// Surveillance rule packs and calculators (issue 3): GBZ 188-2014/2025 exam plans, GBZ 49 hearing,
// GBZ 70 pneumoconiosis staging, GB 18871 dose limits, and the legal clocks (declarations,
// periodic testing, exam reports).
//
// HTTP: POST /api/v1/calc/exam-plan → examPlan; /hearing → hearingAssessment; /dose-check → doseCheck.

export {
  examPlan,
  examPlanInputIssues,
  type ExamPlanFactor,
  type ExamPlanInput,
  type ExamPlanPeriodOption,
  type ExamPlanResult,
} from './exam-plan.calculator.ts';

export {
  GBZ188_FACTOR_ALIASES,
  HEALTH_EXAM_TYPES,
  findGbz188Factor,
  gbz188RulePack,
  type Gbz188ExamPart,
  type Gbz188FactorLookup,
  type Gbz188Row,
  type HealthExamType,
} from './gbz188.rule-pack.ts';

export {
  GBZ188_FOLLOW_UP_2014,
  GBZ188_PERIODS_2014,
  GBZ188_PERIODS_2025,
  evaluateGbz188Period,
  type Gbz188DriverClass,
  type Gbz188PeriodBranch,
  type Gbz188PeriodCondition,
  type Gbz188PeriodContext,
  type Gbz188PeriodEvaluation,
  type Gbz188PeriodRule,
  type Gbz188SupplementaryPeriod,
  type Gbz188WorkGrade,
} from './gbz188-periods.ts';

export {
  AUDIOMETRIC_FREQUENCIES,
  gbz49AgeCorrectionRulePack,
  gbz49AgeSexCorrectionRow,
  hearingAssessment,
  hearingInputIssues,
  type AudiometricFrequency,
  type EarThresholds,
  type Gbz49AgeCorrectionRow,
  type HearingGrade,
  type HearingInput,
  type HearingResult,
  type HearingRulePart,
  type HearingSex,
} from './hearing.calculator.ts';

export {
  GBZ70_STAGING_CRITERIA,
  LUNG_ZONES,
  PNEUMOCONIOSIS_PROFUSIONS,
  gbz70StagingRulePack,
  pneumoconiosisStaging,
  pneumoconiosisStagingInputIssues,
  type LargeOpacity,
  type LungZone,
  type PleuralPlaqueFindings,
  type PneumoconiosisStage,
  type PneumoconiosisStagingCriterion,
  type PneumoconiosisStagingInput,
  type PneumoconiosisStagingResult,
  type SmallOpacityProfusion,
} from './pneumoconiosis-staging.calculator.ts';

export {
  GB18871_DOSE_LIMITS,
  doseCheck,
  doseCheckInputIssues,
  gb18871DoseLimitRulePack,
  type AnnualDose,
  type DoseCheckInput,
  type DoseCheckResult,
  type DoseFlag,
  type DoseFlagCode,
  type DoseLimitRow,
} from './dose-check.calculator.ts';

export {
  DECLARATION_KINDS,
  LEGAL_CLOCK_RULES,
  declarationDeadlineInputIssues,
  declarationDeadlines,
  examReportDeadlineInputIssues,
  examReportDeadlines,
  legalClockRulePack,
  periodicTestingDeadlines,
  periodicTestingInputIssues,
  type DeclarationDeadlineInput,
  type DeclarationKind,
  type EmployerHazardClass,
  type ExamReportDeadlineInput,
  type ExamReportDeadlineResult,
  type LegalClockId,
  type LegalClockRule,
  type LegalDeadline,
  type PeriodicTestingInput,
  type PeriodicTestingResult,
} from './legal-clocks.ts';

export { type WorkingDayCalendar } from './dates.ts';

export {
  SURVEILLANCE_EDITIONS,
  SURVEILLANCE_RULE_PACKS,
  surveillanceRulePackSummary,
  type SurveillanceRulePackSummaryRow,
} from './rule-pack-summary.ts';
