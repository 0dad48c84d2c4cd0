import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api.ts';

export interface JobProgressProps {
  job: Pick<Job, 'status' | 'progressDone' | 'progressTotal'> | undefined;
}

/** Progress of queued or running work: a bar when the total is known, a counter otherwise. */
export function JobProgress({ job }: JobProgressProps) {
  const { t } = useTranslation();
  const total = job?.progressTotal ?? null;
  const done = job?.progressDone ?? 0;
  return (
    <Flex vertical gap={4} data-testid="job-progress">
      <Typography.Text>{job?.status === 'running' ? t('jobs.running', { done }) : t('jobs.queued')}</Typography.Text>
      {total ? <Progress percent={Math.floor((done / total) * 100)} size="small" status="active" /> : <Progress percent={100} showInfo={false} size="small" status="active" />}
    </Flex>
  );
}
