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
// radiation (issue 6R)
export * from '../modules/radiation/radiation.table.ts';
