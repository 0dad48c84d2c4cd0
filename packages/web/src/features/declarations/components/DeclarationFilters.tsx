import { DECLARATION_FILING_KINDS } from '@ohnet/domain';
import { Card, Flex, Form, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickEnum } from '../../../shared/enums.ts';
import { type DeclarationFilterKey, STATE_FILTERS, type StateFilter } from '../use-declaration-list-params.ts';

export interface DeclarationFiltersProps {
  state: StateFilter;
  filters: Partial<Record<DeclarationFilterKey, string>>;
  onChange: (patch: Partial<Record<DeclarationFilterKey, string | undefined>>) => void;
}

/** State (待审核 first: the review queue), kind and employer name / USCC; kept in the URL. */
export function DeclarationFilters({ state, filters, onChange }: DeclarationFiltersProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="declarations-filters">
      <Flex wrap gap={16} align="center">
        <Segmented<StateFilter>
          value={state}
          onChange={(value) => onChange({ state: value })}
          options={STATE_FILTERS.map((s) => ({ value: s, label: <span data-testid={`declarations-state-${s}`}>{t(`declarations.stateFilters.${s}`)}</span> }))}
        />
        <Form layout="inline">
          <Form.Item label={t('declarations.fields.kind')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              style={{ width: 130 }}
              value={pickEnum(DECLARATION_FILING_KINDS, filters.kind)}
              onChange={(kind?: string) => onChange({ kind })}
              options={DECLARATION_FILING_KINDS.map((k) => ({ value: k, label: t(`declarationKinds.${k}`) }))}
              data-testid="declarations-filter-kind"
            />
          </Form.Item>
          <Form.Item label={t('declarations.filters.q')}>
            <Input.Search
              key={filters.q ?? ''}
              defaultValue={filters.q}
              allowClear
              maxLength={60}
              placeholder={t('declarations.filters.qPlaceholder')}
              style={{ width: 260 }}
              onSearch={(value) => onChange({ q: value.trim() || undefined })}
              data-testid="declarations-filter-q"
            />
          </Form.Item>
        </Form>
      </Flex>
    </Card>
  );
}
