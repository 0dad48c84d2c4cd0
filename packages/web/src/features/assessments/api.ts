import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { formDataBody } from '../../shared/api/form-data.ts';
import { type ImportEndpoints, importFormData } from '../imports/index.ts';

export type ReportSummary = Schemas['AssessmentReportSummary'];
export type ReportDetail = Schemas['AssessmentReportDetail'];
export type ReportPoint = ReportDetail['points'][number];
export type ReportInput = Schemas['AssessmentReportInput'];
export type CorrectionInput = Schemas['AssessmentReportCorrection'];
export type Qualification = Schemas['TechServiceQualification'];
export type QualificationInput = Schemas['UpdateQualification'];
export type TaskSummary = Schemas['RectificationTaskSummary'];
export type TaskDetail = Schemas['RectificationTaskDetail'];
export type Alert = Schemas['ExceedanceAlert'];
export type ReportListQuery = NonNullable<paths['/api/v1/assessment-reports']['get']['parameters']['query']>;
export type TaskListQuery = NonNullable<paths['/api/v1/rectification-tasks']['get']['parameters']['query']>;

export function useReportList(query: ReportListQuery) {
  return useQuery({
    queryKey: ['assessments', 'reports', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/assessment-reports', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: ['assessments', 'report', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/assessment-reports/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** 填报检测报告 (web form); the server judges every point. */
export function useFileReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReportInput) => unwrap(await api.POST('/api/v1/assessment-reports', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assessments'] }),
  });
}

/** 更正: files version n+1 of the current report; the previous version is kept. */
export function useCorrectReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CorrectionInput) => unwrap(await api.POST('/api/v1/assessment-reports/{id}/versions', { params: { path: { id } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assessments'] }),
  });
}

export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(await api.PUT('/api/v1/assessment-reports/{id}/attachment', { params: { path: { id } }, middleware: [formDataBody(form)] }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assessments', 'report', id] }),
  });
}

export async function downloadAttachment(id: string): Promise<void> {
  saveDownload(await api.GET('/api/v1/assessment-reports/{id}/attachment', { params: { path: { id } }, parseAs: 'blob' }), 'report.pdf');
}

/** The employer (by USCC) and its posts, for the filing form. */
export function useEmployerLookup(uscc: string) {
  const valid = /^[0-9A-Z]{18}$/.test(uscc);
  return useQuery({
    queryKey: ['assessments', 'employer-lookup', uscc],
    queryFn: valid ? async () => unwrap(await api.GET('/api/v1/assessment-reports/employer-lookup', { params: { query: { uscc } } })) : skipToken,
    retry: false,
  });
}

export function assessmentImportEndpoints(): ImportEndpoints {
  return {
    downloadTemplate: async () => saveDownload(await api.GET('/api/v1/assessment-reports/import-template', { parseAs: 'blob' }), 'assessment-template.xlsx'),
    upload: async (file, mode) => unwrap(await api.POST('/api/v1/assessment-reports/import', { middleware: [formDataBody(importFormData(file, mode))] })),
  };
}

export function useAssessmentImports(enabled: boolean) {
  return useQuery({
    queryKey: ['assessments', 'imports'],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/assessment-report-imports')) : skipToken,
  });
}

export function useQualifications(enabled = true) {
  return useQuery({ queryKey: ['assessments', 'qualifications'], queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/tech-service-qualifications')) : skipToken });
}

export function useSaveQualification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, organisationId, body }: { id?: string; organisationId?: string; body: QualificationInput }) =>
      id
        ? unwrap(await api.PUT('/api/v1/tech-service-qualifications/{id}', { params: { path: { id } }, body }))
        : unwrap(await api.POST('/api/v1/tech-service-qualifications', { body: { ...body, organisationId: organisationId ?? '' } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assessments', 'qualifications'] }),
  });
}

export function useAlerts(query: { state?: 'open' | 'closed'; employerId?: string }) {
  return useQuery({ queryKey: ['rectifications', 'alerts', query], queryFn: async () => unwrap(await api.GET('/api/v1/exceedance-alerts', { params: { query } })) });
}

export function useTaskList(query: TaskListQuery) {
  return useQuery({
    queryKey: ['rectifications', 'tasks', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/rectification-tasks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: ['rectifications', 'task', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/rectification-tasks/{id}', { params: { path: { id } } })) : skipToken,
  });
}

function useTaskSaved() {
  const queryClient = useQueryClient();
  return (detail: TaskDetail) => {
    queryClient.setQueryData(['rectifications', 'task', detail.id], detail);
    void queryClient.invalidateQueries({ queryKey: ['rectifications', 'tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['rectifications', 'alerts'] });
  };
}

export function useUploadEvidence(id: string) {
  const onSaved = useTaskSaved();
  return useMutation({
    mutationFn: async ({ file, note }: { file: File; note: string }) => {
      const form = new FormData();
      form.append('note', note);
      form.append('file', file, file.name);
      return unwrap(await api.POST('/api/v1/rectification-tasks/{id}/evidence', { params: { path: { id } }, middleware: [formDataBody(form)] }));
    },
    onSuccess: onSaved,
  });
}

export function useTaskAction(id: string) {
  const onSaved = useTaskSaved();
  return useMutation({
    mutationFn: async ({ action, reason }: { action: 'close' | 'reopen'; reason?: string }) => {
      const options = { params: { path: { id } }, body: reason ? { reason } : {} };
      return action === 'close'
        ? unwrap(await api.POST('/api/v1/rectification-tasks/{id}/close', options))
        : unwrap(await api.POST('/api/v1/rectification-tasks/{id}/reopen', options));
    },
    onSuccess: onSaved,
  });
}

export async function downloadEvidence(id: string, evidenceId: string, name: string): Promise<void> {
  saveDownload(await api.GET('/api/v1/rectification-tasks/{id}/evidence/{evidenceId}', { params: { path: { id, evidenceId } }, parseAs: 'blob' }), name);
}

export function useOverdueTesting(enabled: boolean) {
  return useQuery({ queryKey: ['assessments', 'overdue'], queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/assessments/overdue-testing')) : skipToken });
}

export function useCrossCheck(enabled: boolean) {
  return useQuery({ queryKey: ['assessments', 'cross-check'], queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/assessments/cross-check')) : skipToken });
}

export function usePeriodicTesting(employerId: string) {
  return useQuery({
    queryKey: ['assessments', 'periodic-testing', employerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers/{id}/periodic-testing', { params: { path: { id: employerId } } })),
  });
}
