import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ExamDetailView, useExam } from '../features/exams/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

/** One exam: items, the conclusion per factor, and the automatic checks with their citations. */
export function ExamPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const exam = useExam(id);
  if (exam.error) return <ErrorDisplay error={exam.error} onRetry={() => void exam.refetch()} />;
  if (!exam.data) return <PageLoading />;
  return (
    <div data-testid="exam-page">
      <PageHeader title={t('exams.detail.title', { number: exam.data.examNumber })} />
      <ExamDetailView exam={exam.data} />
    </div>
  );
}
