import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import type { DeclarationContent, DeclarationFilingKind } from '@ohnet/domain';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';
import { contentInput } from './declaration-content.ts';

export type DeclarationSummary = Schemas['DeclarationSummary'];
export type DeclarationDetail = Schemas['DeclarationDetail'];
export type DeclarationEvent = DeclarationDetail['events'][number];
export type DeclarationActionName = DeclarationDetail['allowedActions'][number];
export type ReceiptVerification = Schemas['ReceiptVerification'];
export type DeclarationListQuery = NonNullable<paths['/api/v1/declarations']['get']['parameters']['query']>;
export type ReceiptVerifyQuery = paths['/api/v1/declaration-receipts/verify']['get']['parameters']['query'];

export function useDeclarationList(query: DeclarationListQuery) {
  return useQuery({
    queryKey: ['declarations', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/declarations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useDeclaration(id: string | undefined) {
  return useQuery({
    queryKey: ['declarations', 'detail', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/declarations/{id}', { params: { path: { id } } })) : skipToken,
  });
}

function useDeclarationSaved() {
  const queryClient = useQueryClient();
  return (detail: DeclarationDetail) => {
    queryClient.setQueryData(['declarations', 'detail', detail.id], detail);
    void queryClient.invalidateQueries({ queryKey: ['declarations', 'list'] });
  };
}

/** 新建申报: reads the form pre-filled from the employer's base record and posts, and starts a draft with it. */
export function useCreateDeclaration() {
  const onSaved = useDeclarationSaved();
  return useMutation({
    mutationFn: async ({ employerId, kind }: { employerId: string; kind: DeclarationFilingKind }) => {
      const prefill = unwrap(await api.GET('/api/v1/employers/{id}/declaration-prefill', { params: { path: { id: employerId } } }));
      return unwrap(await api.POST('/api/v1/declarations', { body: { employerId, kind, content: prefill.content } }));
    },
    onSuccess: onSaved,
  });
}

/** The form pre-filled afresh from the base record and posts (to replace a draft's content). */
export function usePrefill() {
  return useMutation({
    mutationFn: async (employerId: string) => unwrap(await api.GET('/api/v1/employers/{id}/declaration-prefill', { params: { path: { id: employerId } } })),
  });
}

export function useSaveDeclaration(id: string) {
  const onSaved = useDeclarationSaved();
  return useMutation({
    mutationFn: async (content: DeclarationContent) =>
      unwrap(await api.PUT('/api/v1/declarations/{id}/content', { params: { path: { id } }, body: { content: contentInput(content) } })),
    onSuccess: onSaved,
  });
}

/** A workflow step (提交 / 撤回 / 受理 / 退回); `return` carries its reason. */
export function useDeclarationAction(id: string) {
  const onSaved = useDeclarationSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, reason }: { action: DeclarationActionName; reason?: string }) => {
      const options = { params: { path: { id } }, body: reason ? { reason } : {} };
      switch (action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/declarations/{id}/submit', options));
        case 'withdraw':
          return unwrap(await api.POST('/api/v1/declarations/{id}/withdraw', options));
        case 'accept':
          return unwrap(await api.POST('/api/v1/declarations/{id}/accept', options));
        case 'return':
          return unwrap(await api.POST('/api/v1/declarations/{id}/return', options));
      }
    },
    onSuccess: (detail) => {
      onSaved(detail);
      // The home page's to-dos count open reviews and returned declarations.
      void queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** Public: checks a receipt number and verification code; idle until both are given. */
export function useReceiptVerification(query: ReceiptVerifyQuery | null) {
  return useQuery({
    queryKey: ['declaration-receipts', 'verify', query],
    queryFn: query ? async () => unwrap(await api.GET('/api/v1/declaration-receipts/verify', { params: { query } })) : skipToken,
    staleTime: 0,
  });
}

/** The receipt of an accepted declaration as the server's PDF (Chinese fonts embedded). */
export function useDownloadReceiptPdf(id: string) {
  return useMutation({
    mutationFn: async () => saveDownload(await api.GET('/api/v1/declarations/{id}/receipt.pdf', { params: { path: { id } }, parseAs: 'blob' }), 'receipt.pdf'),
  });
}
