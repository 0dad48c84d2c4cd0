import { Card, Empty, Skeleton } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { useHome } from '../api.ts';

// ECharts is the largest dependency: it loads only for roles that see this card.
const OrganisationCountsChart = lazy(async () => ({ default: (await import('./OrganisationCountsChart.tsx')).OrganisationCountsChart }));

export function OrganisationCountsCard() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useHome();

  const renderBody = () => {
    if (isPending) return <Skeleton active />;
    if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
    if (data.organisationCounts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.chartEmpty')} />;
    return (
      <Suspense fallback={<Skeleton active />}>
        <OrganisationCountsChart counts={data.organisationCounts} />
      </Suspense>
    );
  };

  return (
    <Card title={t('home.chartTitle')} data-testid="home-organisation-counts" style={{ height: '100%' }}>
      {renderBody()}
    </Card>
  );
}
