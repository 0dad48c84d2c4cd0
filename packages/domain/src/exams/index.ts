// Occupational health exams (issue 6): the exam record and its validation, the automatic checks
// (GBZ 188 completeness, GBZ 49 audiometry, recheck dates), overdue surveillance, the follow-up
// workflows (suspected-OD reports, contraindication notices) and the exam indicators.
export * from './exam-record.ts';
export * from './exam-checks.ts';
export * from './surveillance-due.ts';
export * from './exam-follow-up.workflow.ts';
export * from './exam-indicators.ts';
