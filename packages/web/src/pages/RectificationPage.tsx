import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TaskDetailView, useTask } from '../features/assessments/index.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** One rectification task. */
export function RectificationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const task = useTask(id);
  if (task.isPending) return <Skeleton active />;
  if (task.error) return <LoadFailure error={task.error} onRetry={() => void task.refetch()} />;
  return (
    <div data-testid="rectification-page">
      <PageHeader title={t('rectifications.title')} subtitle={task.data.employerName} />
      <TaskDetailView task={task.data} />
    </div>
  );
}
