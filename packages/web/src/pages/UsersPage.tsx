import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import {
  type TemporaryPassword,
  TemporaryPasswordModal,
  type User,
  UserFilters,
  UserFormModal,
  UserTable,
  useUserActions,
  useUserList,
  useUserListParams,
} from '../features/users/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: User };

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const params = useUserListParams();
  const list = useUserList(params.query);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [temporaryPassword, setTemporaryPassword] = useState<TemporaryPassword | null>(null);
  const runAction = useUserActions(setTemporaryPassword);
  const canManage = can('user:update');

  const handleSaved = (saved: User, password: string | null) => {
    setForm({ mode: 'closed' });
    if (password) setTemporaryPassword({ name: saved.displayName, password });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          can('user:create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })} data-testid="user-create">
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <UserFilters filters={params.filters} onChange={params.setFilters} onReset={params.clearFilters} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <UserTable
        items={list.data?.items ?? []}
        total={list.data?.total}
        loading={list.isFetching}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
        onEdit={canManage ? (user) => setForm({ mode: 'edit', user }) : undefined}
        onAction={canManage ? runAction : undefined}
      />
      <UserFormModal
        open={form.mode !== 'closed'}
        user={form.mode === 'edit' ? form.user : undefined}
        onClose={() => setForm({ mode: 'closed' })}
        onSaved={handleSaved}
      />
      <TemporaryPasswordModal value={temporaryPassword} onClose={() => setTemporaryPassword(null)} />
    </>
  );
}
