export * from './errors/errors.ts';
export * from './validators/index.ts';
export * from './regions/index.ts';
export * from './organisations/index.ts';
export * from './access/index.ts';
export * from './auth/index.ts';
