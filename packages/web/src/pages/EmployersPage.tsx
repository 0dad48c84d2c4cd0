import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import {
  EmployerFilters,
  EmployerTable,
  employerImportEndpoints,
  useEmployerImports,
  useEmployerList,
  useEmployerListParams,
  useExportEmployers,
  useRefreshEmployers,
} from '../features/employers/index.ts';
import { ImportHistory, ImportModal } from '../features/imports/index.ts';
import { describeError } from '../shared/api/errors.ts';
import { employerPath } from '../shared/routes.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 用人单位: the employers of the jurisdiction. An employer's own users go straight to their record. */
export function EmployersPage() {
  const { session } = useSession();
  if (session.organisation.type === 'employer') return <Navigate to={employerPath(session.organisation.id)} replace />;
  return <EmployerList />;
}

function EmployerList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const canImport = can('organisation:create');
  const params = useEmployerListParams();
  const list = useEmployerList(params.query);
  const exportList = useExportEmployers();
  const [isImporting, setImporting] = useState(false);
  const imports = useEmployerImports(isImporting);
  const refresh = useRefreshEmployers();

  const handleExport = () => {
    exportList.mutate(params.exportQuery, {
      onSuccess: () => void message.success(t('employers.exported')),
      onError: (error) => void message.error(describeError(error)),
    });
  };

  return (
    <>
      <PageHeader
        title={t('employers.title')}
        subtitle={t('employers.subtitle')}
        extra={
          <>
            {canImport ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="employers-import">
                {t('employers.importButton')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} loading={exportList.isPending} onClick={handleExport} data-testid="employers-export">
              {t('employers.export')}
            </Button>
          </>
        }
      />
      <EmployerFilters filters={params.filters} onChange={params.setFilters} onReset={params.clearFilters} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <EmployerTable items={list.data?.items ?? []} total={list.data?.total} loading={list.isFetching} page={params.page} pageSize={params.pageSize} onPageChange={params.setPage} />
      <ImportModal
        open={isImporting}
        title={t('employers.importTitle')}
        intro={t('employers.importIntro')}
        endpoints={employerImportEndpoints()}
        onClose={() => setImporting(false)}
        onFinished={refresh}
        history={<ImportHistory imports={imports} />}
      />
    </>
  );
}
