/** Every table, module by module. drizzle-kit reads this file to generate migrations. */
export * from '../modules/regions/regions.table.ts';
export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/users/users.table.ts';
export * from '../modules/system/system.table.ts';
export * from '../platform/audit/audit.table.ts';
export * from '../platform/jobs/jobs.table.ts';
export * from '../modules/employers/employers.table.ts';
export * from '../modules/workers/workers.table.ts';
export * from '../modules/declarations/declarations.table.ts';
// assessments (issue 5a): qualifications, reports, points, attachments, alerts, rectification, surveillance flags
export * from '../modules/assessments/assessments.table.ts';
// monitoring (issue 5M): sensor devices, keys, readings, 15-min aggregates, alert episodes
export * from '../modules/monitoring/monitoring.table.ts';
// issue 6e: occupational health exams
export * from '../modules/exams/exams.table.ts';
// radiation (issue 6R)
export * from '../modules/radiation/radiation.table.ts';
// issue 7: indicator facts, aggregates, dirty groups, manual values, plans, evaluation reports
export * from '../modules/indicators/indicators.table.ts';
// early warning (issue 7): warnings and their history
export * from '../modules/warnings/warnings.table.ts';
