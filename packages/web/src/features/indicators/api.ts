import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { saveDownload } from '../../shared/api/download.ts';

export type IndicatorCatalogueItem = Schemas['IndicatorCatalogue']['items'][number];
export type IndicatorValueItem = Schemas['IndicatorValueItem'];
export type PlanDetail = Schemas['PlanEvaluation'];
export type PlanEntryView = PlanDetail['entries'][number];
export type PlanSummary = Schemas['PlanSummary'];
export type ChildRegionValue = Schemas['IndicatorChildren']['items'][number];
export type IndicatorRecord = Schemas['IndicatorRecords']['items'][number];
export type PlanReport = Schemas['PlanReport'];
export type UpdatePlanEntryInput = NonNullable<paths['/api/v1/plans/{id}/entries/{indicatorId}']['put']['requestBody']>['content']['application/json'];
export type ManualValueInput = NonNullable<paths['/api/v1/indicators/manual-values']['post']['requestBody']>['content']['application/json'];
export type RecordSide = 'numerator' | 'denominator';

// Definitions change only with a release: cache them for the session.
const CATALOGUE_STALE_TIME = Infinity;

export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: ['indicators', 'catalogue'],
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators/catalogue')),
    staleTime: CATALOGUE_STALE_TIME,
  });
}

/** Region dashboard: the region, its plan (own or nearest ancestor's) evaluated, and every indicator value. */
export function useRegionDashboard(regionCode: string | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'dashboard', regionCode, year],
    queryFn: regionCode ? async () => unwrap(await api.GET('/api/v1/dashboard/region', { params: { query: { regionCode, year } } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorChildren(indicatorId: string | null, regionCode: string | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'children', indicatorId, regionCode, year],
    queryFn: indicatorId && regionCode ? async () => unwrap(await api.GET('/api/v1/indicators/{indicatorId}/children', { params: { path: { indicatorId }, query: { regionCode, year } } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorTrend(indicatorId: string | null, regionCode: string | null, from: number, to: number) {
  return useQuery({
    queryKey: ['indicators', 'trend', indicatorId, regionCode, from, to],
    queryFn: indicatorId && regionCode ? async () => unwrap(await api.GET('/api/v1/indicators/{indicatorId}/trend', { params: { path: { indicatorId }, query: { regionCode, from, to } } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export interface RecordsQuery {
  indicatorId: string;
  regionCode: string;
  year: number;
  side: RecordSide;
  category?: string | undefined;
  page: number;
  pageSize: number;
}

/** The records behind a value (drill-through), one page at a time; idle while `q` is null. */
export function useIndicatorRecords(q: RecordsQuery | null) {
  return useQuery({
    queryKey: ['indicators', 'records', q],
    queryFn: q
      ? async () => {
          const { indicatorId, category, ...query } = q;
          return unwrap(await api.GET('/api/v1/indicators/{indicatorId}/records', { params: { path: { indicatorId }, query: { ...query, ...(category ? { category } : {}) } } }));
        }
      : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function usePlans(regionCode?: string) {
  return useQuery({
    queryKey: ['plans', 'list', regionCode ?? null],
    queryFn: async () => unwrap(await api.GET('/api/v1/plans', { params: { query: regionCode ? { regionCode } : {} } })),
  });
}

export function usePlan(id: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: ['plans', 'detail', id, asOf ?? null],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/plans/{id}', { params: { path: { id }, query: asOf ? { asOf } : {} } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

function useRefreshIndicators() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['plans'] }), queryClient.invalidateQueries({ queryKey: ['indicators'] })]);
}

export function useUpdatePlanEntry(planId: string) {
  const refresh = useRefreshIndicators();
  return useMutation({
    mutationFn: async ({ indicatorId, body }: { indicatorId: string; body: UpdatePlanEntryInput }) =>
      unwrap(await api.PUT('/api/v1/plans/{id}/entries/{indicatorId}', { params: { path: { id: planId, indicatorId } }, body })),
    onSuccess: refresh,
  });
}

export function useEnterManualValue() {
  const refresh = useRefreshIndicators();
  return useMutation({
    mutationFn: async (body: ManualValueInput) => unwrap(await api.POST('/api/v1/indicators/manual-values', { body })),
    onSuccess: refresh,
  });
}

export function usePlanReports(planId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'reports', planId],
    queryFn: planId ? async () => unwrap(await api.GET('/api/v1/plans/{id}/reports', { params: { path: { id: planId } } })) : skipToken,
  });
}

export function useGeneratePlanReport(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { kind: 'mid_term' | 'final'; asOf?: string }) => unwrap(await api.POST('/api/v1/plans/{id}/reports', { params: { path: { id: planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', 'reports', planId] }),
  });
}

/** Downloads a stored report as PDF or workbook (named by the server). */
export async function downloadPlanReport(reportId: string, format: 'pdf' | 'xlsx'): Promise<void> {
  const path = format === 'pdf' ? '/api/v1/plan-reports/{id}/pdf' : '/api/v1/plan-reports/{id}/xlsx';
  saveDownload(await api.GET(path, { params: { path: { id: reportId } }, parseAs: 'blob' }), `report.${format}`);
}
