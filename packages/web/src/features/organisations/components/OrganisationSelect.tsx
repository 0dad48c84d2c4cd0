import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value.ts';
import { useOrganisation, useOrganisationOptions } from '../api.ts';

export interface OrganisationSelectProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Offer only active organisations (e.g. when opening an account). */
  activeOnly?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

/** Searchable organisation chooser backed by GET /organisations?q= (within the user's scope). */
export function OrganisationSelect({ value, onChange, placeholder, allowClear = true, activeOnly = false, style, id, 'data-testid': testId }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const options = useOrganisationOptions(q, activeOnly);
  // The chosen organisation may not be among the current matches: keep its name visible.
  const selected = useOrganisation(value);

  const items = options.data ?? [];
  const merged = selected.data && !items.some((o) => o.id === selected.data.id) ? [selected.data, ...items] : items;

  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      onClear={() => setSearch('')}
      loading={options.isFetching}
      placeholder={placeholder ?? t('organisations.selectPlaceholder')}
      style={style}
      popupMatchSelectWidth={false}
      options={merged.map((o) => ({ value: o.id, label: o.name, title: o.regionName ?? undefined }))}
    />
  );
}
