import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListSearchParams } from '../../../shared/hooks/use-list-search-params.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { useDeclarationList } from '../api.ts';
import { CreateDeclarationModal } from './CreateDeclarationModal.tsx';
import { DeclarationTable } from './DeclarationTable.tsx';

export interface EmployerDeclarationsPanelProps {
  employerId: string;
  /** The employer's own user with declaration:write: may start a declaration. */
  canCreate: boolean;
}

const NO_FILTERS = [] as const;

/** 申报 tab: this employer's declarations with their states; 新建申报 starts a pre-filled draft. */
export function EmployerDeclarationsPanel({ employerId, canCreate }: EmployerDeclarationsPanelProps) {
  const { t } = useTranslation();
  const { page, pageSize, setPage } = useListSearchParams(NO_FILTERS);
  const list = useDeclarationList({ employerId, page, pageSize });
  const [isCreating, setCreating] = useState(false);

  return (
    <Card
      title={t('declarations.employerTab.title')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="declaration-new">
            {t('declarations.create.button')}
          </Button>
        ) : null
      }
    >
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <DeclarationTable items={list.data?.items ?? []} total={list.data?.total} loading={list.isFetching} page={page} pageSize={pageSize} onPageChange={setPage} hideEmployer />
      <CreateDeclarationModal employerId={employerId} open={isCreating} onClose={() => setCreating(false)} />
    </Card>
  );
}
