import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors.ts';

export interface ErrorDisplayProps {
  error: unknown;
  /** Shown as a retry button when given (e.g. a query's `refetch`). */
  onRetry?: () => void;
}

/** A failed load, with the server's reason and a retry. */
export function ErrorDisplay({ error, onRetry }: ErrorDisplayProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={describeError(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
