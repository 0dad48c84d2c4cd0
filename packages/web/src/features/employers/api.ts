import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { formDataBody } from '../../shared/api/form-data.ts';
import { type ImportEndpoints, importFormData } from '../imports/index.ts';

export type Employer = Schemas['Employer'];
export type EmployerDetail = Schemas['EmployerDetail'];
export type Post = Schemas['Post'];
export type PostHazard = Schemas['PostHazard'];
export type SaveEmployerProfileInput = Schemas['SaveEmployerProfileInput'];
export type SavePostInput = Schemas['SavePostInput'];
export type EmployerListQuery = NonNullable<paths['/api/v1/employers']['get']['parameters']['query']>;
export type EmployerExportQuery = NonNullable<paths['/api/v1/employers/export']['get']['parameters']['query']>;

export function useEmployerList(query: EmployerListQuery) {
  return useQuery({
    queryKey: ['employers', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: string | null | undefined) {
  return useQuery({
    queryKey: ['employers', 'detail', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/employers/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** Downloads the filtered list as an Excel file (same filters as the table, no paging). */
export function useExportEmployers() {
  return useMutation({
    mutationFn: async (query: EmployerExportQuery) => saveDownload(await api.GET('/api/v1/employers/export', { params: { query }, parseAs: 'blob' }), 'employers.xlsx'),
  });
}

/** After any change: the employer's detail, the lists (hazard categories, exposed counts) and its declaration prefill. */
function useInvalidateEmployer() {
  const queryClient = useQueryClient();
  return (employerId: string, detail?: EmployerDetail) => {
    if (detail) queryClient.setQueryData(['employers', 'detail', employerId], detail);
    else void queryClient.invalidateQueries({ queryKey: ['employers', 'detail', employerId] });
    void queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
  };
}

export function useSaveEmployerProfile(employerId: string) {
  const invalidate = useInvalidateEmployer();
  return useMutation({
    mutationFn: async (input: SaveEmployerProfileInput) =>
      unwrap(await api.PUT('/api/v1/employers/{id}/profile', { params: { path: { id: employerId } }, body: input })),
    onSuccess: (detail) => invalidate(employerId, detail),
  });
}

export function useSavePost(employerId: string) {
  const invalidate = useInvalidateEmployer();
  return useMutation({
    mutationFn: async ({ postId, input }: { postId: string | null; input: SavePostInput }) =>
      postId
        ? unwrap(await api.PUT('/api/v1/employers/{id}/posts/{postId}', { params: { path: { id: employerId, postId } }, body: input }))
        : unwrap(await api.POST('/api/v1/employers/{id}/posts', { params: { path: { id: employerId } }, body: input })),
    onSuccess: () => invalidate(employerId),
  });
}

export function useSetPostActive(employerId: string) {
  const invalidate = useInvalidateEmployer();
  return useMutation({
    mutationFn: async ({ postId, isActive }: { postId: string; isActive: boolean }) => {
      const params = { params: { path: { id: employerId, postId } } };
      return isActive
        ? unwrap(await api.POST('/api/v1/employers/{id}/posts/{postId}/activate', params))
        : unwrap(await api.POST('/api/v1/employers/{id}/posts/{postId}/deactivate', params));
    },
    onSuccess: () => invalidate(employerId),
  });
}

/** The posts template (one row per post × hazard factor) and the upload that starts an import job. */
export function postImportEndpoints(employerId: string): ImportEndpoints {
  const path = { params: { path: { id: employerId } } };
  return {
    downloadTemplate: async () => saveDownload(await api.GET('/api/v1/employers/{id}/posts/import-template', { ...path, parseAs: 'blob' }), 'posts-template.xlsx'),
    upload: async (file, mode) => unwrap(await api.POST('/api/v1/employers/{id}/posts/import', { ...path, middleware: [formDataBody(importFormData(file, mode))] })),
  };
}

/** Past post imports of the employer; idle unless `enabled`. */
export function usePostImports(employerId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['employers', 'post-imports', employerId],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/employers/{id}/post-imports', { params: { path: { id: employerId } } })) : skipToken,
  });
}

/** The employer registration template and its upload (regulators: regions must lie in their jurisdiction). */
export function employerImportEndpoints(): ImportEndpoints {
  return {
    downloadTemplate: async () => saveDownload(await api.GET('/api/v1/employers/import-template', { parseAs: 'blob' }), 'employers-template.xlsx'),
    upload: async (file, mode) => unwrap(await api.POST('/api/v1/employers/import', { middleware: [formDataBody(importFormData(file, mode))] })),
  };
}

/** Employer imports started by the user's organisation; idle unless `enabled`. */
export function useEmployerImports(enabled: boolean) {
  return useQuery({
    queryKey: ['employers', 'imports'],
    queryFn: enabled ? async () => unwrap(await api.GET('/api/v1/employer-imports')) : skipToken,
  });
}

/** After an import job: everything employers, posts and their lists show may have changed. */
export function useRefreshEmployers() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['employers'] });
}
