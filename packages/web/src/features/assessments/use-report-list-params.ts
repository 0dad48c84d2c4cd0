import { ASSESSMENT_KINDS } from '@ohnet/domain';
import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { ReportListQuery } from './api.ts';

export const REPORT_FILTER_KEYS = ['regionCode', 'kind', 'verdict', 'q'] as const;
export type ReportFilterKey = (typeof REPORT_FILTER_KEYS)[number];
const VERDICTS = ['exceeding', 'compliant'] as const;

/** The report list's filters and page, kept in the URL. */
export function useReportListParams(employerId?: string) {
  const list = useListSearchParams(REPORT_FILTER_KEYS);
  const regionCode = list.filters.regionCode && /^\d{2,12}$/.test(list.filters.regionCode) ? list.filters.regionCode : undefined;
  const query: ReportListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    regionCode,
    employerId,
    kind: pickEnum(ASSESSMENT_KINDS, list.filters.kind),
    verdict: pickEnum(VERDICTS, list.filters.verdict),
    q: list.filters.q,
  };
  return { ...list, query };
}
