import { ASSESSMENT_KINDS } from '@ohnet/domain';
import { Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFilterKey } from '../use-report-list-params.ts';

export interface ReportFiltersProps {
  filters: Partial<Record<ReportFilterKey, string>>;
  onChange: (patch: Partial<Record<ReportFilterKey, string | undefined>>) => void;
}

/** Region code, kind, verdict and employer name / report number; kept in the URL. */
export function ReportFilters({ filters, onChange }: ReportFiltersProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="assessment-filters">
      <Form layout="inline">
        <Form.Item label={t('assessments.fields.region')}>
          <Input.Search key={filters.regionCode ?? ''} defaultValue={filters.regionCode} allowClear maxLength={12} style={{ width: 150 }} onSearch={(v) => onChange({ regionCode: v.trim() || undefined })} data-testid="assessment-filter-region" />
        </Form.Item>
        <Form.Item label={t('assessments.fields.kind')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 150 }}
            value={filters.kind}
            onChange={(kind?: string) => onChange({ kind })}
            options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(`assessments.kinds.${k}`) }))}
            data-testid="assessment-filter-kind"
          />
        </Form.Item>
        <Form.Item label={t('assessments.fields.verdictFilter')}>
          <Select
            allowClear
            placeholder={t('assessments.filters.anyVerdict')}
            style={{ width: 130 }}
            value={filters.verdict}
            onChange={(verdict?: string) => onChange({ verdict })}
            options={[
              { value: 'exceeding', label: t('assessments.filters.exceeding') },
              { value: 'compliant', label: t('assessments.filters.compliant') },
            ]}
            data-testid="assessment-filter-verdict"
          />
        </Form.Item>
        <Form.Item label={t('assessments.fields.employer')}>
          <Input.Search key={filters.q ?? ''} defaultValue={filters.q} allowClear maxLength={60} placeholder={t('assessments.fields.search')} style={{ width: 240 }} onSearch={(v) => onChange({ q: v.trim() || undefined })} data-testid="assessment-filter-q" />
        </Form.Item>
      </Form>
    </Card>
  );
}
