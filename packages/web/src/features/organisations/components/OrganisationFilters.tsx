import { ORGANISATION_TYPES } from '@ohnet/domain';
import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../regions/index.ts';
import type { OrganisationFilterKey } from '../use-organisation-list-params.ts';

type Filters = Partial<Record<OrganisationFilterKey, string>>;

export interface OrganisationFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Record<OrganisationFilterKey, string | undefined>>) => void;
  onReset: () => void;
}

/** Filters apply at once (the text search on Enter); they live in the URL. */
export function OrganisationFilters({ filters, onChange, onReset }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="organisations-filters">
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('organisations.filters.q')}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            maxLength={60}
            placeholder={t('organisations.filters.qPlaceholder')}
            style={{ width: 260 }}
            onSearch={(value) => onChange({ q: value.trim() || undefined })}
            data-testid="organisations-filter-q"
          />
        </Form.Item>
        <Form.Item label={t('organisations.filters.type')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 200 }}
            value={filters.type}
            onChange={(type?: string) => onChange({ type })}
            options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
            data-testid="organisations-filter-type"
          />
        </Form.Item>
        <Form.Item label={t('organisations.filters.region')}>
          <RegionPicker value={filters.regionCode} onChange={(regionCode) => onChange({ regionCode })} style={{ width: 240 }} data-testid="organisations-filter-region" />
        </Form.Item>
        <Form.Item label={t('organisations.filters.isActive')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 110 }}
            value={filters.isActive}
            onChange={(isActive?: string) => onChange({ isActive })}
            options={[
              { value: 'true', label: t('organisations.active') },
              { value: 'false', label: t('organisations.inactive') },
            ]}
            data-testid="organisations-filter-active"
          />
        </Form.Item>
        <Form.Item>
          <Button onClick={onReset}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
