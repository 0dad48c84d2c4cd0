import { ROLES } from '@ohnet/domain';
import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../../organisations/index.ts';
import { USER_STATUSES, type UserFilterKey } from '../use-user-list-params.ts';

export interface UserFiltersProps {
  filters: Partial<Record<UserFilterKey, string>>;
  onChange: (patch: Partial<Record<UserFilterKey, string | undefined>>) => void;
  onReset: () => void;
}

export function UserFilters({ filters, onChange, onReset }: UserFiltersProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="users-filters">
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('users.filters.q')}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            maxLength={60}
            style={{ width: 200 }}
            onSearch={(value) => onChange({ q: value.trim() || undefined })}
            data-testid="users-filter-q"
          />
        </Form.Item>
        <Form.Item label={t('users.filters.role')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 210 }}
            value={filters.role}
            onChange={(role?: string) => onChange({ role })}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            data-testid="users-filter-role"
          />
        </Form.Item>
        <Form.Item label={t('users.filters.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 110 }}
            value={filters.status}
            onChange={(status?: string) => onChange({ status })}
            options={USER_STATUSES.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
            data-testid="users-filter-status"
          />
        </Form.Item>
        <Form.Item label={t('users.filters.organisation')}>
          <OrganisationSelect
            value={filters.organisationId}
            onChange={(organisationId) => onChange({ organisationId })}
            style={{ width: 240 }}
            data-testid="users-filter-organisation"
          />
        </Form.Item>
        <Form.Item>
          <Button onClick={onReset}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
