import { type Schemas, unwrap } from '@ohnet/api-client';
import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type Job = Schemas['Job'];

const POLL_INTERVAL_MS = 1000;

export function isJobFinished(job: Pick<Job, 'status'>): boolean {
  return job.status === 'succeeded' || job.status === 'failed';
}

/** A background job's status and progress, polled until it succeeds or fails; idle without an id. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: jobId ? async () => unwrap(await api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId } } })) : skipToken,
    refetchInterval: (query) => (query.state.data && isJobFinished(query.state.data) ? false : POLL_INTERVAL_MS),
    staleTime: 0,
  });
}
