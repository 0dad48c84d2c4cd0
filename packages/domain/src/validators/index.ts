export * from './result.ts';
export * from './uscc.validator.ts';
export * from './id-number.validator.ts';
export * from './mobile.validator.ts';
export * from './region-code.validator.ts';
export * from './person-name.ts';
