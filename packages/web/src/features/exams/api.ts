import { ApiError, type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { formDataBody } from '../../shared/api/form-data.ts';
import { type ImportEndpoints, type ImportMode, importFormData } from '../imports/index.ts';

export type ExamListItem = Schemas['ExamListItem'];
export type ExamDetail = Schemas['ExamDetail'];
export type ExamRecordInput = Schemas['ExamRecordInput'];
export type ExamInstitution = Schemas['ExamInstitution'];
export type SuspectedReport = Schemas['SuspectedReport'];
export type ContraindicationNotice = Schemas['ContraindicationNotice'];
export type OverdueItem = Schemas['OverdueSurveillanceItem'];
export type HealthArchive = Schemas['HealthArchive'];
export type MyHealthArchive = Schemas['MyHealthArchive'];
export type ExamListQuery = NonNullable<paths['/api/v1/health-exams']['get']['parameters']['query']>;
export type SuspectedReportQuery = NonNullable<paths['/api/v1/suspected-reports']['get']['parameters']['query']>;
export type NoticeQuery = NonNullable<paths['/api/v1/contraindication-notices']['get']['parameters']['query']>;
export type OverdueQuery = NonNullable<paths['/api/v1/surveillance/overdue']['get']['parameters']['query']>;
export type SuspectedReportActionPath = 'acknowledge' | 'arrange-diagnosis' | 'record-outcome' | 'close';

export function useExamList(query: ExamListQuery) {
  return useQuery({
    queryKey: ['exams', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/health-exams', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** One exam with items, conclusions and checks; every read is audited by the server. */
export function useExam(id: string | null) {
  return useQuery({
    queryKey: ['exams', 'detail', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/health-exams/{id}', { params: { path: { id } } })) : skipToken,
  });
}

function useInvalidate(prefix: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: [prefix] });
}

export function useFileExam() {
  const invalidate = useInvalidate('exams');
  return useMutation({
    mutationFn: async (body: ExamRecordInput) => unwrap(await api.POST('/api/v1/health-exams', { body })),
    onSuccess: invalidate,
  });
}

/** A refused upload as a 422 on the form's file field, the way the server reports an unreadable sheet. */
const fileIssue = (code: string, message: string) => new ApiError(422, { code: 'validation.failed', message, details: { issues: [{ path: 'file', code, message }] } });

/**
 * A JSON file holds the same records as the JSON batch API: `{ "records": [...] }` (as sent to
 * POST /health-exams/batches) or a bare array of records. It is posted to that API, so it takes the
 * same bulk path (job, per-record problems, idempotence) as the Excel upload.
 */
async function uploadJson(file: File, mode: ImportMode) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw fileIssue('import.not_json', '文件不是有效的 JSON');
  }
  const records = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && 'records' in parsed && Array.isArray(parsed.records) ? (parsed.records as unknown[]) : null;
  if (!records) throw fileIssue('import.json_records_missing', 'JSON 文件应为体检记录数组，或含 records 数组的对象');
  try {
    return unwrap(await api.POST('/api/v1/health-exams/batches', { body: { mode, fileName: file.name, records: records as ExamRecordInput[] } }));
  } catch (e) {
    // A record whose shape the batch schema refuses fails the whole request (422); name the first ones.
    const issues = e instanceof ApiError ? (e.details?.issues ?? []) : [];
    if (!issues.length) throw e;
    const lines = issues.slice(0, 3).map((i) => {
      const m = /^body\.records\.(\d+)\.?(.*)$/.exec(i.path);
      return m ? `#${Number(m[1]) + 1} ${m[2]}: ${i.message}` : `${i.path}: ${i.message}`;
    });
    throw fileIssue('import.json_records_invalid', `${lines.join('；')}${issues.length > 3 ? ` …(+${issues.length - 3})` : ''}`);
  }
}

/** Exams take the Excel template or a JSON file of records (the batch API's format). */
export const EXAM_UPLOAD_ACCEPT = '.xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json';

export const examImportEndpoints: ImportEndpoints = {
  downloadTemplate: async () => saveDownload(await api.GET('/api/v1/health-exams/import-template', { parseAs: 'blob' }), 'health-exams-template.xlsx'),
  upload: async (file, mode) =>
    /\.json$/i.test(file.name) ? uploadJson(file, mode) : unwrap(await api.POST('/api/v1/health-exams/import', { middleware: [formDataBody(importFormData(file, mode))] })),
};

export function useExamBatches(enabled: boolean) {
  return useQuery({
    queryKey: ['exams', 'batches'],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/health-exam-batches')) : skipToken,
  });
}

export function useRefreshExams() {
  return useInvalidate('exams');
}

export function useExamInstitutions(enabled: boolean) {
  return useQuery({
    queryKey: ['exam-institutions'],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/exam-institutions')) : skipToken,
  });
}

export function useSaveFiling() {
  const invalidate = useInvalidate('exam-institutions');
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Schemas['ExamInstitutionFilingInput'] }) => unwrap(await api.PUT('/api/v1/exam-institutions/{id}/filing', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useSuspectedReports(query: SuspectedReportQuery) {
  return useQuery({
    queryKey: ['suspected-reports', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/suspected-reports', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useSuspectedReportAction() {
  const invalidate = useInvalidate('suspected-reports');
  return useMutation({
    mutationFn: async ({ id, action, body }: { id: string; action: SuspectedReportActionPath; body: Record<string, unknown> }) => {
      const path = { params: { path: { id } } };
      switch (action) {
        case 'acknowledge':
          return unwrap(await api.POST('/api/v1/suspected-reports/{id}/acknowledge', { ...path, body }));
        case 'arrange-diagnosis':
          return unwrap(await api.POST('/api/v1/suspected-reports/{id}/arrange-diagnosis', { ...path, body }));
        case 'record-outcome':
          return unwrap(await api.POST('/api/v1/suspected-reports/{id}/record-outcome', { ...path, body: body as Schemas['SuspectedReportOutcome'] }));
        case 'close':
          return unwrap(await api.POST('/api/v1/suspected-reports/{id}/close', { ...path, body: body as Schemas['SuspectedReportClose'] }));
      }
    },
    onSuccess: invalidate,
  });
}

export function useNotices(query: NoticeQuery) {
  return useQuery({
    queryKey: ['notices', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/contraindication-notices', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useConfirmMoved() {
  const invalidate = useInvalidate('notices');
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Schemas['ConfirmMoved'] }) => unwrap(await api.POST('/api/v1/contraindication-notices/{id}/confirm', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useOverdue(query: OverdueQuery) {
  return useQuery({
    queryKey: ['surveillance', 'overdue', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/surveillance/overdue', { params: { query } })),
  });
}

/** A worker's archive (the parts in the caller's scope); every read is audited. */
export function useHealthArchive(workerId: string | null) {
  return useQuery({
    queryKey: ['archive', workerId],
    queryFn: workerId ? async () => unwrap(await api.GET('/api/v1/workers/{id}/health-archive', { params: { path: { id: workerId } } })) : skipToken,
  });
}

export function useMyHealthArchive() {
  return useQuery({ queryKey: ['archive', 'me'], queryFn: async () => unwrap(await api.GET('/api/v1/me/health-archive')) });
}
