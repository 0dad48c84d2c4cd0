import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Statistic, Table, Tag, Timeline, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { assessmentReportPath, rectificationPath } from '../../../shared/routes.ts';
import { type ReportDetail, type ReportPoint, downloadAttachment, useUploadAttachment } from '../api.ts';
import { VerdictTag } from './VerdictTag.tsx';

export interface ReportDetailViewProps {
  report: ReportDetail;
  /** The filing institution may upload the PDF. */
  canUpload: boolean;
}

function ChecksCell({ point }: { point: ReportPoint }) {
  const { t } = useTranslation();
  const j = point.judgement;
  if (j.verdict === 'not_judgeable') return <Typography.Text type="secondary">{t('assessments.detail.notJudgeableReason', { reason: j.reasonText ?? j.reason ?? '' })}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {j.checks.map((c) => (
        <Typography.Text key={c.name} type={c.status === 'exceeds' ? 'danger' : undefined}>
          {t(`assessments.checks.${c.name as 'twa'}`, c.name)} {c.value === null ? '—' : Number(c.value.toFixed(3))} / {c.limit ?? '—'} {c.unit}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** A report: header, roll-up, every point with verdict and citation, versions, file, consequences. */
export function ReportDetailView({ report, canUpload }: ReportDetailViewProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAttachment(report.id);
  const r = report.rollUp;
  const current = report.versions.find((v) => v.isCurrent);

  const columns: TableColumnsType<ReportPoint> = [
    { key: 'seq', title: '#', width: 50, render: (_, p) => p.seq },
    { key: 'post', title: t('assessments.fields.post'), width: 110, render: (_, p) => p.postName },
    { key: 'factor', title: t('assessments.fields.factor'), width: 180, render: (_, p) => p.judgement.factor },
    { key: 'type', title: t('assessments.fields.measurementType'), width: 90, render: (_, p) => t(`assessments.types.${p.measurementType as 'dust'}`) },
    { key: 'date', title: t('assessments.fields.samplingDate'), width: 110, render: (_, p) => p.samplingDate },
    { key: 'values', title: t('assessments.fields.values'), width: 220, render: (_, p) => <ChecksCell point={p} /> },
    { key: 'verdict', title: t('assessments.fields.verdict'), width: 100, render: (_, p) => <VerdictTag verdict={p.judgement.verdict} /> },
    {
      key: 'citation',
      title: t('assessments.fields.citation'),
      // Wide enough for a citation on two or three lines; the table scrolls below ~1100 px instead of cutting it off.
      width: 240,
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <Typography.Text style={{ fontSize: 12 }}>{p.judgement.citation}</Typography.Text>
          <Space size={4}>
            <Tag>{p.judgement.ruleEdition}</Tag>
            {p.judgement.verified ? null : <Tag color="orange">{t('assessments.detail.unverified')}</Tag>}
          </Space>
        </Space>
      ),
    },
  ];

  const handleUpload = (file: File) => {
    upload.mutate(file, { onSuccess: () => void message.success(t('assessments.detail.uploaded')), onError: (e) => void message.error(describeError(e)) });
    return false;
  };

  return (
    <Flex vertical gap={16} data-testid="assessment-detail">
      {!report.isCurrent ? (
        <Alert
          type="warning"
          showIcon
          data-testid="assessment-superseded"
          title={t('assessments.detail.supersededNotice', { version: report.version })}
          description={current ? <Link to={assessmentReportPath(current.id)}>{t('assessments.detail.openCurrent', { version: current.version })}</Link> : null}
        />
      ) : null}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('assessments.fields.employer')}>{report.employerName}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.kind')}>{t(`assessments.kinds.${report.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.version')}>v{report.version}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.institution')}>{report.institutionName}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.qualificationNumber')}>{report.qualificationNumber ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.filedBy')}>{report.filedByName ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.samplingDates')}>{`${report.samplingStartDate} ~ ${report.samplingEndDate}`}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.reportDate')}>{report.reportDate}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.source')}>{t(`assessments.sources.${report.source as 'form'}`)}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.fields.conclusion')} span={3}>
            {report.conclusion}
          </Descriptions.Item>
          {report.correctionReason ? (
            <Descriptions.Item label={t('assessments.detail.correctionReason')} span={3}>
              {report.correctionReason}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('assessments.detail.rollUp')}>
        <Flex gap={48} wrap>
          <Statistic title={t('assessments.fields.points')} value={r.points} />
          <Statistic title={t('assessments.fields.exceeding')} value={r.exceeding} valueStyle={r.exceeding > 0 ? { color: '#cf1322' } : undefined} />
          <Statistic title={t('assessments.fields.compliantShare')} value={r.compliantShare === null ? '—' : `${(r.compliantShare * 100).toFixed(1)}%`} />
          <Statistic title={t('assessments.fields.worstFactor')} value={r.worstFactor ? `${r.worstFactor.postName} · ${r.worstFactor.factor}` : '—'} />
        </Flex>
        <Table
          size="small"
          style={{ marginTop: 12 }}
          rowKey="postName"
          pagination={false}
          dataSource={r.posts}
          columns={[
            { key: 'post', title: t('assessments.fields.post'), render: (_, p) => p.postName },
            { key: 'points', title: t('assessments.fields.points'), render: (_, p) => p.points },
            { key: 'exceeding', title: t('assessments.fields.exceeding'), render: (_, p) => p.exceeding },
            { key: 'share', title: t('assessments.fields.compliantShare'), render: (_, p) => (p.compliantShare === null ? '—' : `${(p.compliantShare * 100).toFixed(1)}%`) },
            { key: 'worst', title: t('assessments.fields.worstFactor'), render: (_, p) => p.worstFactor?.factor ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('assessments.fields.points')}>
        <Table<ReportPoint> data-testid="assessment-points" rowKey="id" size="small" pagination={false} columns={columns} dataSource={report.points} scroll={{ x: 1100 }} />
      </Card>
      <Flex gap={16} wrap>
        <Card size="small" title={t('assessments.detail.consequences')} style={{ flex: 1, minWidth: 320 }} data-testid="assessment-consequences">
          {report.consequences.taskId ? (
            <Space direction="vertical">
              <Alert type="error" showIcon title={t('assessments.detail.alert')} />
              <Link to={rectificationPath(report.consequences.taskId)} data-testid="assessment-task-link">
                {t('assessments.detail.task')}
              </Link>
              {report.consequences.flaggedWorkers > 0 ? <Typography.Text>{t('assessments.detail.flagged', { count: report.consequences.flaggedWorkers })}</Typography.Text> : null}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('assessments.detail.noConsequence')}</Typography.Text>
          )}
        </Card>
        <Card size="small" title={t('assessments.detail.attachment')} style={{ flex: 1, minWidth: 320 }}>
          <Space direction="vertical">
            {report.attachment ? (
              <Button icon={<DownloadOutlined />} onClick={() => void downloadAttachment(report.id).catch((e: unknown) => void message.error(describeError(e)))}>
                {report.attachment.fileName}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('assessments.detail.noAttachment')}</Typography.Text>
            )}
            {canUpload ? (
              <Upload accept="application/pdf,.pdf" showUploadList={false} beforeUpload={handleUpload}>
                <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="assessment-upload-pdf">
                  {t('assessments.detail.upload')}
                </Button>
              </Upload>
            ) : null}
          </Space>
        </Card>
        <Card size="small" title={t('assessments.detail.versions')} style={{ flex: 1, minWidth: 320 }} data-testid="assessment-versions">
          <Timeline
            items={[...report.versions].reverse().map((v) => ({
              key: v.id,
              color: v.isCurrent ? 'blue' : 'gray',
              content: (
                <Space direction="vertical" size={0} data-testid={`assessment-version-${v.version}`}>
                  <Space size={8}>
                    {v.id === report.id ? <Typography.Text strong>v{v.version}</Typography.Text> : <Link to={assessmentReportPath(v.id)}>v{v.version}</Link>}
                    <Tag color={v.isCurrent ? 'blue' : 'default'}>{v.isCurrent ? t('assessments.detail.current') : t('assessments.detail.superseded')}</Tag>
                    {v.id === report.id ? <Typography.Text type="secondary">{t('assessments.detail.viewing')}</Typography.Text> : null}
                  </Space>
                  <Typography.Text type="secondary">{formatDateTime(v.createdAt)}</Typography.Text>
                  {v.correctionReason ? <Typography.Text>{t('assessments.detail.correctionReasonShort', { reason: v.correctionReason })}</Typography.Text> : null}
                </Space>
              ),
            }))}
          />
        </Card>
      </Flex>
    </Flex>
  );
}
