export { useAuditEntries, useStartChainVerification } from './api.ts';
export { useAuditListParams } from './use-audit-list-params.ts';
export { AuditFilters } from './components/AuditFilters.tsx';
export { AuditTable } from './components/AuditTable.tsx';
export { ChainVerificationResult } from './components/ChainVerificationResult.tsx';
