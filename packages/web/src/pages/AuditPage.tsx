import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditFilters, AuditTable, ChainVerificationResult, useAuditEntries, useAuditListParams, useStartChainVerification } from '../features/audit/index.ts';
import { useSession } from '../features/auth/index.ts';
import { describeError } from '../shared/api/errors.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const params = useAuditListParams();
  const list = useAuditEntries(params.query);
  const verify = useStartChainVerification();

  const handleVerify = () =>
    verify.mutate(undefined, {
      onError: (error) => {
        void message.error(describeError(error));
      },
    });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          can('audit:verify') ? (
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={handleVerify} data-testid="audit-verify">
              {t('audit.verify.button')}
            </Button>
          ) : null
        }
      />
      {verify.data ? <ChainVerificationResult key={verify.data.jobId} jobId={verify.data.jobId} onClose={() => verify.reset()} /> : null}
      <AuditFilters filters={params.filters} onChange={params.setFilters} onReset={params.clearFilters} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <AuditTable
        items={list.data?.items ?? []}
        total={list.data?.total}
        loading={list.isFetching}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
      />
    </>
  );
}
