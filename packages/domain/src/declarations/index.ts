// Hazard declaration (职业病危害项目申报, issue 4): the review workflow, the content of the
// declaration form with its validator and prefill, receipt numbers and the signed receipt text,
// the employer's declaration clocks and the 工业企业职业病危害项目申报率 indicator.
// Decisions: ./README.md.

export {
  DECLARATION_ACTIONS,
  DECLARATION_ACTION_LABELS,
  DECLARATION_ACTOR_KINDS,
  DECLARATION_FILING_KINDS,
  DECLARATION_FILING_KIND_LABELS,
  DECLARATION_REASON_MAX_LENGTH,
  DECLARATION_STATES,
  DECLARATION_STATE_LABELS,
  DECLARATION_TERMINAL_STATES,
  DECLARATION_TRANSITIONS,
  allowedDeclarationActions,
  applyDeclarationAction,
  declarationReasonIssues,
  declarationTransition,
  isDeclarationAction,
  isDeclarationEditable,
  isDeclarationFilingKind,
  isDeclarationState,
  type DeclarationAction,
  type DeclarationActorKind,
  type DeclarationFilingKind,
  type DeclarationState,
  type DeclarationTransitionResult,
  type DeclarationTransitionRule,
} from './declaration.workflow.ts';

export {
  DECLARATION_FORM_SOURCE,
  DECLARATION_HAZARD_CATEGORIES,
  DECLARATION_SUBCOUNTS,
  DECLARATION_SUBCOUNT_IDS,
  DECLARATION_SURVEILLANCE_EXAM_TYPES,
  declarationContentIssues,
  declarationSubCountFactor,
  declarationSubCountForFactor,
  declarationSubCountsOf,
  emptyDeclarationContent,
  type DeclarationBasicInfo,
  type DeclarationCategoryExposure,
  type DeclarationCategoryTesting,
  type DeclarationChange,
  type DeclarationContent,
  type DeclarationContentContext,
  type DeclarationExamCounts,
  type DeclarationFactorRow,
  type DeclarationPointCounts,
  type DeclarationProduct,
  type DeclarationSubCount,
  type DeclarationSubCountId,
  type DeclarationSurveillanceExamType,
  type DeclarationSurveillanceSummary,
  type DeclarationTestingReport,
  type DeclarationTestingSummary,
} from './declaration-content.ts';

export {
  prefillDeclarationContent,
  type DeclarationPrefillResult,
  type DeclarationPrefillUnresolved,
} from './declaration-prefill.ts';

export {
  DECLARATION_RECEIPT_MAX_SEQUENCE,
  DECLARATION_RECEIPT_NUMBER_PATTERN,
  RECEIPT_SIGNING_PAYLOAD_VERSION,
  formatDeclarationReceiptNumber,
  normaliseDeclarationReceiptNumber,
  parseDeclarationReceiptNumber,
  receiptSigningPayload,
  type DeclarationReceiptNumberParts,
  type ReceiptSigningInput,
} from './declaration-receipt.ts';

export {
  DECLARATION_REVIEW_WORKING_DAYS,
  DECLARATION_TRIGGER_EVENTS,
  DECLARATION_TRIGGER_EVENT_TYPES,
  declarationClockInputIssues,
  declarationReviewDeadline,
  nextDeclarationDue,
  type DeclarationClockInput,
  type DeclarationDueItem,
  type DeclarationDueStatus,
  type DeclarationHistoryEntry,
  type DeclarationReviewDeadline,
  type DeclarationTriggerEvent,
  type DeclarationTriggerEventType,
  type NextDeclarationDueResult,
} from './declaration-clocks.ts';

export {
  DECLARATION_RATE_DEFINITION,
  declarationRate,
  declarationRateContribution,
  isDeclarationCurrent,
  type DeclarationRateInput,
  type DeclarationRateResult,
  type DeclarationRateRow,
} from './declaration-rate.ts';
