import { Breadcrumb, Card, Descriptions, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type RegionDetail, useRegionDetail } from '../api.ts';
import { RegionLevelTag } from './RegionLevelTag.tsx';

export interface RegionDetailCardProps {
  code: string | null;
  onSelect: (code: string) => void;
}

function RegionDescriptions({ region, onSelect }: { region: RegionDetail; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const ancestors =
    region.ancestors.length === 0 ? (
      <Typography.Text type="secondary">{t('regions.topLevel')}</Typography.Text>
    ) : (
      <Breadcrumb
        items={region.ancestors.map((a) => ({
          key: a.code,
          title: (
            <Typography.Link onClick={() => onSelect(a.code)} data-testid={`region-ancestor-${a.code}`}>
              {a.name}
            </Typography.Link>
          ),
        }))}
      />
    );
  return (
    <Descriptions
      bordered
      column={1}
      size="middle"
      styles={{ label: { width: 140 } }}
      items={[
        { key: 'name', label: t('regions.name'), children: region.name },
        { key: 'code', label: t('regions.code'), children: <Typography.Text copyable>{region.code}</Typography.Text> },
        { key: 'level', label: t('regions.level'), children: <RegionLevelTag level={region.level} /> },
        { key: 'fullName', label: t('regions.fullName'), children: region.fullName },
        { key: 'ancestors', label: t('regions.ancestors'), children: ancestors },
        { key: 'childCount', label: t('regions.childCount'), children: region.childCount },
        { key: 'validFrom', label: t('regions.validFrom'), children: formatDate(region.validFrom) },
        {
          key: 'validTo',
          label: t('regions.validTo'),
          children: region.validTo ? formatDate(region.validTo) : <Tag color="success">{t('regions.currentlyValid')}</Tag>,
        },
      ]}
    />
  );
}

export function RegionDetailCard({ code, onSelect }: RegionDetailCardProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useRegionDetail(code);

  const renderBody = () => {
    if (!code) return <Empty description={t('regions.selectHint')} />;
    if (isPending) return <Skeleton active />;
    if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
    return <RegionDescriptions region={data} onSelect={onSelect} />;
  };

  return (
    <Card title={t('regions.detailTitle')} data-testid="region-detail">
      {renderBody()}
    </Card>
  );
}
