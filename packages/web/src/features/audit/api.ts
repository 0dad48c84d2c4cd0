import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type AuditEntry = Schemas['AuditEntry'];
export type ChainVerification = Schemas['ChainVerification'];
export type AuditQuery = NonNullable<paths['/api/v1/audit-entries']['get']['parameters']['query']>;

export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/audit-entries', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Starts verifying the hash chain; the answer is the id of a background job whose result is a ChainVerification. */
export function useStartChainVerification() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/audit-entries/verify')) });
}

/** A job result is `unknown` in the contract: accept it only if it has the ChainVerification shape. */
export function asChainVerification(result: unknown): ChainVerification | null {
  if (typeof result !== 'object' || result === null) return null;
  if (!('ok' in result && 'checked' in result && 'lastHash' in result && 'firstBroken' in result)) return null;
  const { ok, checked, lastHash, firstBroken } = result;
  if (typeof ok !== 'boolean' || typeof checked !== 'number' || typeof lastHash !== 'string') return null;
  if (firstBroken === null) return { ok, checked, lastHash, firstBroken: null };
  if (typeof firstBroken !== 'object' || !('seq' in firstBroken && 'reason' in firstBroken)) return null;
  const { seq, reason } = firstBroken;
  if (typeof seq !== 'number' || (reason !== 'hash_mismatch' && reason !== 'link_mismatch')) return null;
  return { ok, checked, lastHash, firstBroken: { seq, reason } };
}
