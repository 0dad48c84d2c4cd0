// Plans (职业病防治规划, issue 7): the indicator catalogue (one definition per indicator concept),
// the plan model with pro-rata target status and validation, the five demo plans of shared/seeds, and
// the evaluation of a plan on a date from computed or hand-entered values.

export {
  INDICATOR_CATALOGUE,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_MODULES,
  INDICATOR_ROLLUPS,
  INDICATOR_UNITS,
  indicatorDefinition,
  isIndicatorId,
  type IndicatorDefinition,
  type IndicatorDirection,
  type IndicatorLevel,
  type IndicatorModule,
  type IndicatorRollup,
  type IndicatorUnit,
} from './indicator-catalogue.ts';

export {
  INDICATOR_ATTRIBUTES,
  PLAN_EVALUATION_KINDS,
  PLAN_STATUSES,
  TARGET_OPERATORS,
  TARGET_RULE_EDITION,
  TARGET_STATUSES,
  TARGET_TRENDS,
  assertValidPlan,
  assessTarget,
  periodElapsed,
  planEvaluation,
  targetStatus,
  validatePlan,
  type IndicatorAttribute,
  type Plan,
  type PlanBaseline,
  type PlanEntry,
  type PlanEvaluation,
  type PlanEvaluationKind,
  type PlanPeriod,
  type PlanStatus,
  type PlanTarget,
  type TargetAssessment,
  type TargetOperator,
  type TargetOptions,
  type TargetStatus,
  type TargetTrend,
} from './plan.ts';

export { DEMO_PLANS, JINNAN_PLAN, KAIPING_PLAN, TAISHAN_PLAN, WUZHONG_PLAN, YUNNAN_PLAN } from './demo-plans.ts';

export {
  INDICATOR_VALUE_SOURCES,
  evaluatePlan,
  indicatorRegionCode,
  indicatorValueIssues,
  type IndicatorValue,
  type IndicatorValueSource,
  type PlanEntryEvaluation,
} from './plan-evaluation.ts';
