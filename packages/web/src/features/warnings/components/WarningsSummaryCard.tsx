import { Button, Card, Flex, Skeleton, Statistic } from 'antd';
import { WARNING_SEVERITIES } from '@ohnet/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../../shared/routes.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { useWarningSummary } from '../api.ts';

const SEVERITY_COLORS = { high: '#cf1322', medium: '#d46b08', low: '#1558b0' } as const;

/** Home page: warnings still to handle, by severity, each a link into the filtered inbox. */
export function WarningsSummaryCard() {
  const { t } = useTranslation();
  const q = useWarningSummary();
  return (
    <Card
      title={t('warnings.home.title')}
      data-testid="home-warnings"
      extra={
        <Link to={`${PATHS.warnings}?state=active`}>
          <Button type="link">{t('warnings.home.open')}</Button>
        </Link>
      }
      style={{ height: '100%' }}
    >
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : q.error ? (
        <ErrorDisplay error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Flex gap={32} wrap>
          {WARNING_SEVERITIES.map((s) => (
            <Link key={s} to={`${PATHS.warnings}?state=active&severity=${s}`} data-testid={`home-warnings-${s}`}>
              <Statistic title={`${t(`warnings.severities.${s}`)} · ${t('warnings.summary.active')}`} value={q.data.activeBySeverity[s]} valueStyle={{ color: SEVERITY_COLORS[s] }} />
            </Link>
          ))}
          <Link to={`${PATHS.warnings}?assignedToMe=true`}>
            <Statistic title={t('warnings.summary.assignedToMe')} value={q.data.assignedToMe} />
          </Link>
        </Flex>
      )}
    </Card>
  );
}
