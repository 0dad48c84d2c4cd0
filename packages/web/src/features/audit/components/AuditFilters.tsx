import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { KNOWN_AUDIT_ACTIONS, KNOWN_ENTITY_TYPES, auditActionGroup, auditActionGroupLabel, auditActionLabel, entityTypeLabel } from '../audit-labels.ts';
import type { AuditFilterKey } from '../use-audit-list-params.ts';

const DATE_FORMAT = 'YYYY-MM-DD';

export interface AuditFiltersProps {
  filters: Partial<Record<AuditFilterKey, string>>;
  onChange: (patch: Partial<Record<AuditFilterKey, string | undefined>>) => void;
  onReset: () => void;
}

/** Known actions grouped by category, each group led by "all of this category" (the server takes a prefix ending in `.`). */
function useActionOptions() {
  const { t } = useTranslation();
  const groups = [...new Set(KNOWN_AUDIT_ACTIONS.map(auditActionGroup))];
  return groups.map((group) => ({
    label: auditActionGroupLabel(group),
    title: group,
    options: [
      { value: `${group}.`, label: t('audit.filters.allInGroup', { group: auditActionGroupLabel(group) }) },
      ...KNOWN_AUDIT_ACTIONS.filter((action) => auditActionGroup(action) === group).map((action) => ({
        value: action,
        label: `${auditActionLabel(action)}（${action}）`,
      })),
    ],
  }));
}

export function AuditFilters({ filters, onChange, onReset }: AuditFiltersProps) {
  const { t } = useTranslation();
  const actionOptions = useActionOptions();
  const range: [Dayjs | null, Dayjs | null] = [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null];

  const handleRangeChange = (dates: [Dayjs | null, Dayjs | null] | null) => {
    onChange({ from: dates?.[0]?.format(DATE_FORMAT), to: dates?.[1]?.format(DATE_FORMAT) });
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="audit-filters">
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('audit.filters.action')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('common.all')}
            style={{ width: 260 }}
            value={filters.action}
            onChange={(action?: string) => onChange({ action })}
            options={actionOptions}
            popupMatchSelectWidth={false}
            data-testid="audit-filter-action"
          />
        </Form.Item>
        <Form.Item label={t('audit.filters.entityType')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 120 }}
            value={filters.entityType}
            onChange={(entityType?: string) => onChange({ entityType })}
            options={KNOWN_ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(type) }))}
            data-testid="audit-filter-entity-type"
          />
        </Form.Item>
        <Form.Item label={t('audit.filters.entityId')}>
          <Input.Search
            key={filters.entityId ?? ''}
            defaultValue={filters.entityId}
            allowClear
            maxLength={100}
            style={{ width: 220 }}
            onSearch={(value) => onChange({ entityId: value.trim() || undefined })}
            data-testid="audit-filter-entity-id"
          />
        </Form.Item>
        <Form.Item label={t('audit.filters.actorUsername')}>
          <Input.Search
            key={filters.actorUsername ?? ''}
            defaultValue={filters.actorUsername}
            allowClear
            maxLength={64}
            style={{ width: 180 }}
            onSearch={(value) => onChange({ actorUsername: value.trim() || undefined })}
            data-testid="audit-filter-actor"
          />
        </Form.Item>
        <Form.Item label={t('audit.filters.dateRange')}>
          <DatePicker.RangePicker
            value={range}
            allowEmpty={[true, true]}
            placeholder={[t('audit.filters.dateFrom'), t('audit.filters.dateTo')]}
            onChange={handleRangeChange}
            data-testid="audit-filter-dates"
          />
        </Form.Item>
        <Form.Item>
          <Button onClick={onReset}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
