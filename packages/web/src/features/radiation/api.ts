import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { formDataBody } from '../../shared/api/form-data.ts';
import { type ImportEndpoints, importFormData } from '../imports/index.ts';

export type DoseRecord = Schemas['DoseRecord'];
export type DoseHistory = Schemas['DoseHistory'];
export type OverLevelWorker = Schemas['OverLevelWorker'];
export type DoseRecordCreateInput = Schemas['DoseRecordCreateInput'];
export type DoseRecordListQuery = NonNullable<paths['/api/v1/dose-records']['get']['parameters']['query']>;

export function useDoseRecords(query: DoseRecordListQuery) {
  return useQuery({
    queryKey: ['dose', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/dose-records', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** One worker's dose history; idle without an id. The server audits the read. */
export function useDoseHistory(workerId: string | null) {
  return useQuery({
    queryKey: ['dose', 'history', workerId],
    queryFn: workerId ? async () => unwrap(await api.GET('/api/v1/workers/{id}/dose-history', { params: { path: { id: workerId } } })) : skipToken,
  });
}

export function useOverLevel(year: number) {
  return useQuery({
    queryKey: ['dose', 'over-level', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/dose-records/over-level', { params: { query: { year } } })),
  });
}

function useInvalidateDose() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['dose'] });
}

export function useFileDoseRecord() {
  const invalidate = useInvalidateDose();
  return useMutation({
    mutationFn: async (input: DoseRecordCreateInput) => unwrap(await api.POST('/api/v1/dose-records', { body: input })),
    onSuccess: invalidate,
  });
}

export type DoseCorrectionInput = Schemas['DoseCorrectionInput'];

/** Corrects a record the actor's institution filed (a new version replaces it). */
export function useCorrectDoseRecord() {
  const invalidate = useInvalidateDose();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: DoseCorrectionInput }) => unwrap(await api.POST('/api/v1/dose-records/{id}/correct', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function doseImportEndpoints(): ImportEndpoints {
  return {
    downloadTemplate: async () => saveDownload(await api.GET('/api/v1/dose-records/import-template', { parseAs: 'blob' }), 'dose-records-template.xlsx'),
    upload: async (file, mode) => unwrap(await api.POST('/api/v1/dose-records/import', { middleware: [formDataBody(importFormData(file, mode))] })),
  };
}

/** This institution's past imports; idle unless `enabled`. */
export function useDoseImports(enabled: boolean) {
  return useQuery({
    queryKey: ['dose', 'imports'],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/dose-record-imports')) : skipToken,
  });
}

export function useRefreshDose() {
  return useInvalidateDose();
}
