import { EMPLOYER_SIZE_CLASSES } from '@ohnet/domain';
import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { EmployerExportQuery, EmployerListQuery } from './api.ts';
import { DECLARATION_STATUSES, HAZARD_CLASSES, INDUSTRY_SECTIONS } from './employer-options.ts';

const FILTER_KEYS = ['regionCode', 'industrySection', 'sizeClass', 'hazardClass', 'hazardCategory', 'declarationStatus', 'q'] as const;

export type EmployerFilterKey = (typeof FILTER_KEYS)[number];

/** The employer list's filters and page from the URL, the API query they make, and the same filters for the export. */
export function useEmployerListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const exportQuery: EmployerExportQuery = {
    regionCode: list.filters.regionCode,
    industrySection: pickEnum(INDUSTRY_SECTIONS, list.filters.industrySection),
    sizeClass: pickEnum(EMPLOYER_SIZE_CLASSES, list.filters.sizeClass),
    hazardClass: pickEnum(HAZARD_CLASSES, list.filters.hazardClass),
    hazardCategory: list.filters.hazardCategory,
    declarationStatus: pickEnum(DECLARATION_STATUSES, list.filters.declarationStatus),
    q: list.filters.q,
  };
  const query: EmployerListQuery = { page: list.page, pageSize: list.pageSize, ...exportQuery };
  return { ...list, query, exportQuery };
}
