import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/api/errors.ts';
import { JobProgress, isJobFinished, useJob } from '../../jobs/index.ts';
import { type ChainVerification, asChainVerification } from '../api.ts';

export interface ChainVerificationResultProps {
  /** The verification job to follow. */
  jobId: string;
  onClose: () => void;
}

function VerificationOutcome({ result }: { result: ChainVerification }) {
  const { t } = useTranslation();
  const title = result.firstBroken
    ? t('audit.verify.broken', { seq: result.firstBroken.seq, checked: result.checked, reason: t(`audit.verify.reasons.${result.firstBroken.reason}`) })
    : t('audit.verify.ok', { checked: result.checked });
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, wordBreak: 'break-all' }}>
        {t('audit.verify.lastHash', { hash: result.lastHash })}
      </Typography.Text>
    </>
  );
}

/** Follows the verification job: progress while it runs, then intact / broken at which entry. */
export function ChainVerificationResult({ jobId, onClose }: ChainVerificationResultProps) {
  const { t } = useTranslation();
  const { data: job, error } = useJob(jobId);
  const result = job?.status === 'succeeded' ? asChainVerification(job.result) : null;

  let type: 'info' | 'success' | 'error' = 'info';
  let body = <JobProgress job={job} />;
  if (error) {
    type = 'error';
    body = <Typography.Text>{describeError(error)}</Typography.Text>;
  } else if (job && isJobFinished(job)) {
    type = result?.ok ? 'success' : 'error';
    body = result ? <VerificationOutcome result={result} /> : <Typography.Text>{job.error?.message ?? t('audit.verify.failed')}</Typography.Text>;
  }

  return (
    <Alert
      type={type}
      showIcon
      closable={{ onClose }}
      title={t('audit.verify.title')}
      description={body}
      style={{ marginBottom: 16 }}
      data-testid="audit-verify-result"
      data-status={job?.status ?? 'pending'}
    />
  );
}
