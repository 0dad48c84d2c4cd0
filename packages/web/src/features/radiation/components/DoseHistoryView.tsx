import { Alert, Card, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DoseHistory } from '../api.ts';
import { DoseHistoryChart } from './DoseHistoryChart.tsx';
import { DoseRecordTable, msv } from './DoseRecordTable.tsx';
import { FlagText } from './FlagText.tsx';

export interface DoseHistoryViewProps {
  history: DoseHistory;
}

type Annual = DoseHistory['annual'][number];

/** 个人剂量档案: who, the flags, a bar chart per period, annual and 5-year sums, the limits applied, every record. */
export function DoseHistoryView({ history }: DoseHistoryViewProps) {
  const { t } = useTranslation();
  const { worker, classification } = history;
  return (
    <Flex vertical gap={16} data-testid="dose-history">
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('radiation.fields.worker')}>{worker.name}</Descriptions.Item>
        <Descriptions.Item label={t('radiation.fields.idNumber')}>
          <Typography.Text code>{worker.idNumberMasked}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('radiation.fields.classification')}>
          <Tag color={classification.isMedical ? 'blue' : 'purple'} data-testid="dose-classification">
            {classification.isMedical ? t('radiation.medical') : t('radiation.nonMedical')}
          </Tag>
          {classification.categoryCode ?? ''} {classification.basis === 'industry' ? t('radiation.basisIndustry') : ''}
          <Typography.Text type="secondary"> {t('radiation.unverified')}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {history.flags.length ? (
        <Alert
          type={history.flags.some((f) => f.level === 'limit') ? 'error' : 'warning'}
          showIcon
          title={t('radiation.flagsTitle')}
          description={
            <List size="small" dataSource={history.flags} renderItem={(f, i) => <List.Item key={i}><FlagText flag={f} /></List.Item>} />
          }
          data-testid="dose-flags"
        />
      ) : (
        <Alert type="success" showIcon title={t('radiation.noFlags')} />
      )}
      {history.recordsOutsideScope > 0 ? <Alert type="info" showIcon title={t('radiation.outsideScope', { n: history.recordsOutsideScope })} /> : null}
      <Card size="small" title={t('radiation.chart.title')}>
        <DoseHistoryChart records={history.records} />
      </Card>
      <Card size="small" title={t('radiation.annualTitle')}>
        <Table<Annual>
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={history.annual}
          data-testid="dose-annual-table"
          columns={[
            { key: 'year', title: t('radiation.fields.year'), render: (_, a) => a.year },
            { key: 'hp10', title: t('radiation.fields.yearHp10'), align: 'right', render: (_, a) => msv(a.hp10Msv) },
            { key: 'hp3', title: t('radiation.fields.yearHp3'), align: 'right', render: (_, a) => msv(a.hp3Msv) },
            { key: 'hp007', title: t('radiation.fields.yearHp007'), align: 'right', render: (_, a) => msv(a.hp007Msv) },
            { key: 'five', title: t('radiation.fields.fiveYearHp10'), align: 'right', render: (_, a) => msv(a.fiveYearHp10Msv) },
            { key: 'records', title: t('radiation.fields.records'), align: 'right', render: (_, a) => a.records },
            { key: 'days', title: t('radiation.fields.coveredDays'), align: 'right', render: (_, a) => a.coveredDays },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('radiation.limitsIntro')}
          {history.limits.map((l) => `${l.text}（${l.citation}${l.verified ? '' : `，${t('radiation.unverified')}`}）`).join('；')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('radiation.recordsTitle')}>
        <DoseRecordTable items={history.records} loading={false} hideWorker />
      </Card>
    </Flex>
  );
}
