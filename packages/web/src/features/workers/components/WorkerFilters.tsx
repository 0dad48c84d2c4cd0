import { Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickEnum } from '../../../shared/enums.ts';
import { WORKER_STATUSES, type WorkerFilterKey } from '../use-worker-list-params.ts';

export interface WorkerFiltersProps {
  filters: Partial<Record<WorkerFilterKey, string>>;
  onChange: (patch: Partial<Record<WorkerFilterKey, string | undefined>>) => void;
}

/** Name or full ID number (exact match: the server keeps only a blind index of ID numbers), and 在岗 / 已离岗 / 全部. */
export function WorkerFilters({ filters, onChange }: WorkerFiltersProps) {
  const { t } = useTranslation();
  const status = pickEnum(WORKER_STATUSES, filters.status) ?? 'active';
  return (
    <>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        maxLength={40}
        placeholder={t('workers.searchPlaceholder')}
        style={{ width: 300 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        data-testid="workers-search"
      />
      <Segmented
        value={status}
        onChange={(value) => onChange({ status: value === 'active' ? undefined : value })}
        options={WORKER_STATUSES.map((s) => ({ value: s, label: t(`workers.status.${s}`) }))}
        data-testid="workers-status"
      />
    </>
  );
}
