import { type Schemas, unwrap } from '@ohnet/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type DeclarationClock = Schemas['DeclarationClock'];

/** The employer's next declaration deadline (GET /employers/:id/declaration-clock). */
export function useDeclarationClock(employerId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['declarations', 'clock', employerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers/{id}/declaration-clock', { params: { path: { id: employerId } } })),
    enabled,
  });
}

/** Counts of the employer's open items from the existing lists (page size 1: only the totals are read). */
export function useEmployerOpenCounts(employerId: string, can: { rectifications: boolean; notices: boolean; surveillance: boolean }) {
  const rectifications = useQuery({
    queryKey: ['obligations', 'rectifications', employerId],
    queryFn: async () => {
      const [open, reopened] = await Promise.all(
        (['open', 'reopened'] as const).map(async (state) => unwrap(await api.GET('/api/v1/rectification-tasks', { params: { query: { employerId, state, page: 1, pageSize: 1 } } }))),
      );
      return (open?.total ?? 0) + (reopened?.total ?? 0);
    },
    enabled: can.rectifications,
  });
  const notices = useQuery({
    queryKey: ['obligations', 'notices', employerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/contraindication-notices', { params: { query: { employerId, state: 'issued', page: 1, pageSize: 1 } } })).total,
    enabled: can.notices,
  });
  const overdueExams = useQuery({
    queryKey: ['obligations', 'overdue-exams', employerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/surveillance/overdue', { params: { query: { employerId } } })).total,
    enabled: can.surveillance,
  });
  return { rectifications, notices, overdueExams };
}
