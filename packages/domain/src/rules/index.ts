export * from './rule-pack.ts';
