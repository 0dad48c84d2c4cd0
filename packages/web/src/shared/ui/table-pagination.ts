import type { TablePaginationConfig } from 'antd';
import { i18n } from '../i18n/index.ts';
import { PAGE_SIZE_OPTIONS } from '../hooks/use-list-search-params.ts';

/** Server-side pagination settings shared by every list table. */
export function serverPagination(page: number, pageSize: number, total: number | undefined, onChange: (page: number, pageSize: number) => void): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS.map(String),
    showTotal: (count) => i18n.t('common.total', { total: count }),
    onChange,
  };
}
