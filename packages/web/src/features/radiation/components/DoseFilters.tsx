import { Input, InputNumber, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DoseFilterKey } from '../use-dose-list-params.ts';

export interface DoseFiltersProps {
  filters: Partial<Record<DoseFilterKey, string>>;
  onChange: (patch: Partial<Record<DoseFilterKey, string | undefined>>) => void;
}

/** Year the period ends in, over the investigation level or all, and name or full ID number. */
export function DoseFilters({ filters, onChange }: DoseFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputNumber
        key={filters.year ?? ''}
        defaultValue={filters.year ? Number(filters.year) : undefined}
        min={2000}
        max={2100}
        placeholder={t('radiation.filters.year')}
        style={{ width: 120 }}
        onChange={(value) => onChange({ year: value ? String(value) : undefined })}
        data-testid="dose-filter-year"
      />
      <Segmented
        value={filters.overLevel === 'true' ? 'true' : 'all'}
        onChange={(value) => onChange({ overLevel: value === 'true' ? 'true' : undefined })}
        options={[
          { value: 'all', label: t('radiation.filters.all') },
          { value: 'true', label: t('radiation.filters.overLevel') },
        ]}
        data-testid="dose-filter-over"
      />
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        maxLength={40}
        placeholder={t('radiation.filters.search')}
        style={{ width: 280 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        data-testid="dose-filter-q"
      />
    </>
  );
}
