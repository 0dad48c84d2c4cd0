import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { ArchiveView, useHealthArchive, useMyHealthArchive } from '../features/exams/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

/** 职业健康监护档案 of a worker (the parts inside the caller's scope; every read is audited). */
export function WorkerArchivePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const archive = useHealthArchive(id);
  if (archive.error) return <ErrorDisplay error={archive.error} onRetry={() => void archive.refetch()} />;
  if (!archive.data) return <PageLoading />;
  return (
    <div data-testid="worker-archive-page">
      <PageHeader title={t('exams.archive.title')} subtitle={t('exams.archive.subtitle')} />
      <ArchiveView archive={archive.data} linkExams={can('exam:read')} />
    </div>
  );
}

/** 我的职业健康档案: the signed-in worker's own archive. */
export function MyArchivePage() {
  const { t } = useTranslation();
  const archive = useMyHealthArchive();
  if (archive.error) return <ErrorDisplay error={archive.error} onRetry={() => void archive.refetch()} />;
  if (!archive.data) return <PageLoading />;
  return (
    <div data-testid="my-archive-page">
      <PageHeader title={t('exams.archive.myTitle')} subtitle={t('exams.archive.mySubtitle')} />
      <ArchiveView archive={archive.data} linkExams={false} />
    </div>
  );
}
