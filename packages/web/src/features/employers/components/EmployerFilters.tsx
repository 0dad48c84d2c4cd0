import { EMPLOYER_SIZE_CLASSES } from '@ohnet/domain';
import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../regions/index.ts';
import { DECLARATION_STATUSES, HAZARD_CATEGORY_OPTIONS, HAZARD_CLASSES, INDUSTRY_SECTIONS } from '../employer-options.ts';
import type { EmployerFilterKey } from '../use-employer-list-params.ts';

type Filters = Partial<Record<EmployerFilterKey, string>>;

export interface EmployerFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Record<EmployerFilterKey, string | undefined>>) => void;
  onReset: () => void;
}

/** Filters apply at once (the text search on Enter); they live in the URL. */
export function EmployerFilters({ filters, onChange, onReset }: EmployerFiltersProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="employers-filters">
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('employers.filters.q')}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            maxLength={60}
            placeholder={t('employers.filters.qPlaceholder')}
            style={{ width: 260 }}
            onSearch={(value) => onChange({ q: value.trim() || undefined })}
            data-testid="employers-filter-q"
          />
        </Form.Item>
        <Form.Item label={t('employers.filters.region')}>
          <RegionPicker value={filters.regionCode} onChange={(regionCode) => onChange({ regionCode })} style={{ width: 240 }} data-testid="employers-filter-region" />
        </Form.Item>
        <Form.Item label={t('employers.filters.industrySection')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('common.all')}
            style={{ width: 240 }}
            value={filters.industrySection}
            onChange={(industrySection?: string) => onChange({ industrySection })}
            options={INDUSTRY_SECTIONS.map((s) => ({ value: s, label: `${s} ${t(`industrySections.${s}`)}` }))}
            data-testid="employers-filter-industry"
          />
        </Form.Item>
        <Form.Item label={t('employers.filters.sizeClass')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 110 }}
            value={filters.sizeClass}
            onChange={(sizeClass?: string) => onChange({ sizeClass })}
            options={EMPLOYER_SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClasses.${s}`) }))}
            data-testid="employers-filter-size"
          />
        </Form.Item>
        <Form.Item label={t('employers.filters.hazardClass')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 150 }}
            value={filters.hazardClass}
            onChange={(hazardClass?: string) => onChange({ hazardClass })}
            options={HAZARD_CLASSES.map((c) => ({ value: c, label: t(`hazardClasses.${c}`) }))}
            data-testid="employers-filter-hazard-class"
          />
        </Form.Item>
        <Form.Item label={t('employers.filters.hazardCategory')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 140 }}
            value={filters.hazardCategory}
            onChange={(hazardCategory?: string) => onChange({ hazardCategory })}
            options={HAZARD_CATEGORY_OPTIONS.map((c) => ({ value: c.apiName, label: t(`hazardCategories.${c.id}`) }))}
            data-testid="employers-filter-hazard-category"
          />
        </Form.Item>
        <Form.Item label={t('employers.filters.declarationStatus')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 130 }}
            value={filters.declarationStatus}
            onChange={(declarationStatus?: string) => onChange({ declarationStatus })}
            options={DECLARATION_STATUSES.map((s) => ({ value: s, label: t(`employers.declarationStatuses.${s}`) }))}
            data-testid="employers-filter-declaration"
          />
        </Form.Item>
        <Form.Item>
          <Button onClick={onReset}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
