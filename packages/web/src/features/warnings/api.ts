import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type Warning = Schemas['Warning'];
export type WarningDetail = Schemas['WarningDetail'];
export type WarningSummary = Schemas['WarningSummary'];
export type WarningListQuery = NonNullable<paths['/api/v1/warnings']['get']['parameters']['query']>;
export type WarningActionName = WarningDetail['allowedActions'][number];

export function useWarnings(query: WarningListQuery) {
  return useQuery({
    queryKey: ['warnings', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/warnings', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useWarning(id: string | null) {
  return useQuery({
    queryKey: ['warnings', 'detail', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/warnings/{id}', { params: { path: { id } } })) : skipToken,
  });
}

export function useWarningSummary(enabled = true) {
  return useQuery({ queryKey: ['warnings', 'summary'], queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/warnings/summary')) : skipToken });
}

export function useWarningAssignees(id: string | null) {
  return useQuery({
    queryKey: ['warnings', 'assignees', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/warnings/{id}/assignees', { params: { path: { id } } })) : skipToken,
  });
}

function useRefreshWarnings() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['warnings'] });
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  };
}

export type WarningActionInput =
  | { id: string; action: 'acknowledge'; comment: string | null }
  | { id: string; action: 'assign'; assigneeId: string; comment: string | null }
  | { id: string; action: 'close'; comment: string };

export function useWarningAction() {
  const refresh = useRefreshWarnings();
  return useMutation({
    mutationFn: async (input: WarningActionInput) => {
      const path = { id: input.id };
      switch (input.action) {
        case 'acknowledge':
          return unwrap(await api.POST('/api/v1/warnings/{id}/acknowledge', { params: { path }, body: { comment: input.comment } }));
        case 'assign':
          return unwrap(await api.POST('/api/v1/warnings/{id}/assign', { params: { path }, body: { assigneeId: input.assigneeId, comment: input.comment } }));
        case 'close':
          return unwrap(await api.POST('/api/v1/warnings/{id}/close', { params: { path }, body: { comment: input.comment } }));
      }
    },
    onSuccess: refresh,
  });
}

export function useEvaluateWarnings() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/warnings/evaluate')) });
}

export function useRefreshWarningsAfterJob() {
  return useRefreshWarnings();
}
