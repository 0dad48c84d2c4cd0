// Early warning (issue 7): rules and severities, the warning lifecycle, the de-duplication of
// conditions into warnings, and the suspected-disease cluster rule.
export * from './warning-rules.ts';
export * from './warning.workflow.ts';
export * from './warning-dedup.ts';
export * from './suspected-od-cluster.ts';
