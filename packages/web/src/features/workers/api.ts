import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { formDataBody } from '../../shared/api/form-data.ts';
import { type ImportEndpoints, importFormData } from '../imports/index.ts';

export type WorkerListItem = Schemas['WorkerListItem'];
export type WorkerDetail = Schemas['WorkerDetail'];
export type Employment = Schemas['Employment'];
export type HireWorkerInput = Schemas['HireWorkerInput'];
export type WorkerListQuery = NonNullable<paths['/api/v1/employers/{id}/workers']['get']['parameters']['query']>;

export function useWorkerList(employerId: string, query: WorkerListQuery) {
  return useQuery({
    queryKey: ['workers', 'list', employerId, query],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers/{id}/workers', { params: { path: { id: employerId }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** One worker's record (employments, exposure years); idle without an id. Every read is audited by the server. */
export function useWorker(workerId: string | null) {
  return useQuery({
    queryKey: ['workers', 'detail', workerId],
    queryFn: workerId ? async () => unwrap(await api.GET('/api/v1/workers/{id}', { params: { path: { id: workerId } } })) : skipToken,
  });
}

function useInvalidateWorkers() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['workers'] });
}

export function useHireWorker(employerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: async (input: HireWorkerInput) => unwrap(await api.POST('/api/v1/employers/{id}/workers', { params: { path: { id: employerId } }, body: input })),
    onSuccess: invalidate,
  });
}

export function useEndEmployment(employerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: async ({ employmentId, endDate }: { employmentId: string; endDate: string }) =>
      unwrap(await api.POST('/api/v1/employers/{id}/employments/{employmentId}/end', { params: { path: { id: employerId, employmentId } }, body: { endDate } })),
    onSuccess: invalidate,
  });
}

/** The worker template (with this employer's posts as a list) and the upload that starts an import job. */
export function workerImportEndpoints(employerId: string): ImportEndpoints {
  const path = { params: { path: { id: employerId } } };
  return {
    downloadTemplate: async () => saveDownload(await api.GET('/api/v1/employers/{id}/workers/import-template', { ...path, parseAs: 'blob' }), 'workers-template.xlsx'),
    upload: async (file, mode) => unwrap(await api.POST('/api/v1/employers/{id}/workers/import', { ...path, middleware: [formDataBody(importFormData(file, mode))] })),
  };
}

/** Past worker imports of the employer; idle unless `enabled` (only those who may import see them). */
export function useWorkerImports(employerId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workers', 'imports', employerId],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/employers/{id}/worker-imports', { params: { path: { id: employerId } } })) : skipToken,
  });
}

/** After an import job finished: the worker list and the import history. */
export function useRefreshAfterImport() {
  return useInvalidateWorkers();
}
