export * from './organisation-types.ts';
