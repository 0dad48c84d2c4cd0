// Technical service institutions and assessment reports (检测评价, issue 5 part A): qualification
// check, report model and validation, automatic judgement of measurement points with the exposure
// calculators, roll-up, periodic-testing frequency, declared-vs-tested cross-check, rectification
// workflow and the 工作场所职业病危害因素监测合格率 indicator.

export * from './tech-service-qualification.ts';
export * from './assessment-report.ts';
export * from './testing-frequency.ts';
export * from './rectification.workflow.ts';
export * from './monitoring-pass-rate.ts';
