import { ApiError } from '@ohnet/api-client';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../api/errors.ts';
import { PATHS } from '../routes.ts';
import { ErrorDisplay } from './ErrorDisplay.tsx';

export interface LoadFailureProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * A record page that could not load its record. 404 — it does not exist, or lies outside the
 * user's jurisdiction (the server does not say which) — is a result page; anything else an error with a retry.
 */
export function LoadFailure({ error, onRetry }: LoadFailureProps) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title={t('result.recordNotFoundTitle')}
        subTitle={describeError(error)}
        data-testid="record-not-found"
        extra={
          <Link to={PATHS.home}>
            <Button type="primary">{t('result.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <ErrorDisplay error={error} onRetry={onRetry} />;
}
