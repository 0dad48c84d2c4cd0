import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { DoseHistoryView, useDoseHistory } from '../features/radiation/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

/** 个人剂量档案 of one worker (the server audits the read; 404 outside the scope). */
export function WorkerDosePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const history = useDoseHistory(id);
  return (
    <div data-testid="worker-dose-page">
      <PageHeader title={t('radiation.historyTitle', { name: history.data?.worker.name ?? '' })} subtitle={t('radiation.historySubtitle')} />
      {history.error ? <ErrorDisplay error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.isPending && !history.error ? <PageLoading /> : null}
      {history.data ? <DoseHistoryView history={history.data} /> : null}
    </div>
  );
}
