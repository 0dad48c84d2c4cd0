import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import {
  type Organisation,
  OrganisationDrawer,
  OrganisationFilters,
  OrganisationFormModal,
  OrganisationTable,
  useOrganisationList,
  useOrganisationListParams,
} from '../features/organisations/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** The form is either closed, registering a new organisation, or editing one. */
type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; organisation: Organisation };

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const params = useOrganisationListParams();
  const list = useOrganisationList(params.query);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });

  const handleSaved = (saved: Organisation) => {
    setForm({ mode: 'closed' });
    setOpenId(saved.id);
  };

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        subtitle={t('organisations.subtitle')}
        extra={
          can('organisation:create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })} data-testid="organisation-create">
              {t('organisations.create')}
            </Button>
          ) : null
        }
      />
      <OrganisationFilters filters={params.filters} onChange={params.setFilters} onReset={params.clearFilters} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <OrganisationTable
        items={list.data?.items ?? []}
        total={list.data?.total}
        loading={list.isFetching}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
        onOpen={(org) => setOpenId(org.id)}
      />
      <OrganisationDrawer
        organisationId={openId}
        onClose={() => setOpenId(null)}
        onEdit={can('organisation:update') ? (organisation) => setForm({ mode: 'edit', organisation }) : undefined}
      />
      <OrganisationFormModal
        open={form.mode !== 'closed'}
        organisation={form.mode === 'edit' ? form.organisation : undefined}
        onClose={() => setForm({ mode: 'closed' })}
        onSaved={handleSaved}
      />
    </>
  );
}
