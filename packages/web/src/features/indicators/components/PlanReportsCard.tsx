import { FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import { todayCst } from '@ohnet/domain';
import { App, Button, Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/api/errors.ts';
import { formatDate, formatDateTime } from '../../../shared/format/index.ts';
import { type PlanDetail, type PlanReport, downloadPlanReport, useGeneratePlanReport, usePlanReports } from '../api.ts';

export interface PlanReportsCardProps {
  plan: PlanDetail['plan'];
  canGenerate: boolean;
}

/** Mid-term and final evaluation reports: generate from the data on a date (PDF + Excel, stored), list, download. */
export function PlanReportsCard({ plan, canGenerate }: PlanReportsCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reports = usePlanReports(plan.id);
  const generate = useGeneratePlanReport(plan.id);
  const [kind, setKind] = useState<'mid_term' | 'final'>('mid_term');
  const [asOf, setAsOf] = useState<Dayjs>(dayjs(todayCst()));

  const handleGenerate = async () => {
    try {
      const report = await generate.mutateAsync({ kind, asOf: asOf.format('YYYY-MM-DD') });
      void message.success(t('indicators.reports.generated'));
      await downloadPlanReport(report.id, 'pdf');
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const handleDownload = (id: string, format: 'pdf' | 'xlsx') => {
    downloadPlanReport(id, format).catch((e: unknown) => void message.error(describeError(e)));
  };

  return (
    <Card
      size="small"
      title={t('indicators.reports.title')}
      data-testid="plan-reports"
      extra={
        canGenerate ? (
          <Space wrap>
            <Select<'mid_term' | 'final'>
              value={kind}
              onChange={setKind}
              style={{ width: 220 }}
              data-testid="report-kind"
              options={(['mid_term', 'final'] as const).map((k) => {
                const due = plan.evaluations.find((e) => e.kind === k)?.dueBy;
                return { value: k, label: `${t(`indicators.reports.kinds.${k}`)}${due ? ` (${due})` : ''}` };
              })}
            />
            <DatePicker value={asOf} onChange={(d) => d && setAsOf(d)} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(todayCst()))} data-testid="report-as-of" />
            <Button type="primary" loading={generate.isPending} onClick={() => void handleGenerate()} data-testid="generate-report">
              {t('indicators.reports.generate')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Table<PlanReport>
        size="small"
        rowKey="id"
        loading={reports.isPending}
        dataSource={reports.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('indicators.reports.none') }}
        columns={[
          { title: t('indicators.reports.kind'), dataIndex: 'kind', render: (k: PlanReport['kind']) => t(`indicators.reports.kinds.${k}`) },
          { title: t('indicators.reports.asOf'), dataIndex: 'asOf', render: (d: string) => formatDate(d) },
          { title: t('indicators.reports.generatedAt'), dataIndex: 'generatedAt', render: (d: string) => formatDateTime(d) },
          { title: t('indicators.reports.generatedBy'), dataIndex: 'generatedBy', render: (v: string | null) => v ?? '—' },
          {
            title: t('indicators.reports.summary'),
            dataIndex: 'counts',
            render: (c: PlanReport['counts']) => (
              <Space size={2} wrap>
                <Tag color="success">{t('indicators.status.on_track')} {c.onTrack}</Tag>
                <Tag color="warning">{t('indicators.status.at_risk')} {c.atRisk}</Tag>
                <Tag color="error">{t('indicators.status.off_track')} {c.offTrack}</Tag>
                <Tag>{t('indicators.status.not_computed')} {c.notComputed}</Tag>
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'files',
            render: (_: unknown, r) => (
              <Space>
                <Button size="small" icon={<FilePdfOutlined />} onClick={() => handleDownload(r.id, 'pdf')} data-testid={`report-pdf-${r.id}`}>
                  PDF
                </Button>
                <Button size="small" icon={<FileExcelOutlined />} onClick={() => handleDownload(r.id, 'xlsx')}>
                  Excel
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
