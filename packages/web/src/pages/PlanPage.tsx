import { BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { EditEntryModal, ManualValueModal, PlanEntriesTable, PlanReportsCard, type PlanEntryView, usePlan } from '../features/indicators/index.ts';
import { translateDynamic } from '../shared/i18n/index.ts';
import { dashboardPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

/** A plan (职业病防治规划): its indicators against baseline and target, editing, manual values, evaluation reports. */
export function PlanPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { can } = useSession();
  const plan = usePlan(id);
  const [editing, setEditing] = useState<PlanEntryView | null>(null);
  const [entering, setEntering] = useState<PlanEntryView | null>(null);

  if (plan.error) return <LoadFailure error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageLoading />;
  const p = plan.data.plan;
  const canWrite = can('plan:write');

  return (
    <div data-testid="plan-page">
      <PageHeader
        title={p.name}
        subtitle={t('indicators.plan.subtitle', { region: p.regionName, from: p.startYear, to: p.endYear, asOf: plan.data.asOf })}
        extra={
          <Link to={dashboardPath(p.regionCode)}>
            <Button icon={<BarChartOutlined />}>{t('indicators.plan.toDashboard')}</Button>
          </Link>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('indicators.plan.status')}>{translateDynamic(`indicators.plan.statuses.${p.status}`, p.status)}</Descriptions.Item>
            {p.evaluations.map((e) => (
              <Descriptions.Item key={e.kind} label={t(`indicators.reports.kinds.${e.kind}`)}>
                {e.dueBy}
                {e.asWritten ? <Typography.Text type="secondary">{` (${e.asWritten})`}</Typography.Text> : null}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('indicators.plan.source')}>{p.source}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('indicators.plan.entriesTitle')}>
          <PlanEntriesTable entries={plan.data.entries} canEdit={canWrite} onEdit={setEditing} onEnterValue={setEntering} />
        </Card>
        <PlanReportsCard plan={p} canGenerate={canWrite} />
      </Space>
      {editing ? <EditEntryModal plan={p} entry={editing} onClose={() => setEditing(null)} /> : null}
      {entering ? <ManualValueModal entry={entering} onClose={() => setEntering(null)} /> : null}
    </div>
  );
}
