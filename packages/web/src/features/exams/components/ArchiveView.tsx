import { Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { examPath } from '../../../shared/routes.ts';
import type { HealthArchive } from '../api.ts';
import { ConclusionTag, StateTag } from './ExamTags.tsx';

const KIND_COLORS: Record<string, string> = { employment_start: 'blue', employment_end: 'gray', exposure: 'orange', exam: 'green', suspected_report: 'red', contraindication_notice: 'volcano' };

/** 职业健康监护档案: a timeline across employers, then exams with their conclusions. */
export function ArchiveView({ archive, linkExams }: { archive: Omit<HealthArchive, 'worker'> & { worker: HealthArchive['worker'] | null }; linkExams: boolean }) {
  const { t } = useTranslation();
  if (!archive.worker) return <Empty description={t('exams.archive.noWorker')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="archive">
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('exams.form.name')}>{archive.worker.name}</Descriptions.Item>
          <Descriptions.Item label={t('exams.form.idNumber')}>{archive.worker.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t('exams.archive.sex')}>{t(`exams.archive.sexes.${archive.worker.sex}`)}</Descriptions.Item>
          <Descriptions.Item label={t('exams.archive.birthDate')}>{archive.worker.birthDate}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('exams.archive.timeline')}>
        {archive.timeline.length === 0 ? <Empty /> : null}
        <Timeline
          items={archive.timeline.map((e) => ({
            color: KIND_COLORS[e.kind],
            children: (
              <Space wrap size={4}>
                <Typography.Text strong>{e.date}</Typography.Text>
                <Tag color={KIND_COLORS[e.kind]}>{t(`exams.archive.kinds.${e.kind}`)}</Tag>
                <span>{e.employerName}</span>
                <span>{e.title}</span>
              </Space>
            ),
          }))}
        />
      </Card>
      <Card title={t('exams.archive.exams')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={archive.exams}
          columns={[
            { key: 'n', title: t('exams.fields.examNumber'), render: (_, e) => (linkExams ? <Link to={examPath(e.id)}>{e.examNumber}</Link> : e.examNumber) },
            { key: 'd', title: t('exams.fields.examDate'), render: (_, e) => e.examDate },
            { key: 't', title: t('exams.fields.examType'), render: (_, e) => t(`exams.examTypes.${e.examType}`) },
            { key: 'e', title: t('exams.fields.employer'), render: (_, e) => e.employerName },
            { key: 'i', title: t('exams.fields.institution'), render: (_, e) => e.institutionName },
            { key: 'c', title: t('exams.fields.conclusion'), render: (_, e) => <Space wrap size={4}>{e.conclusionDetails.map((c) => <span key={c.hazardFactor}>{c.hazardFactor} <ConclusionTag conclusion={c.conclusion} /></span>)}</Space> },
          ]}
        />
      </Card>
      {archive.suspectedReports.length || archive.notices.length ? (
        <Card title={t('exams.archive.followUps')}>
          {archive.suspectedReports.map((r) => (
            <div key={r.id}>{`${r.reportedOn} ${t('exams.archive.kinds.suspected_report')}：${r.suspectedDisease}（${r.hazardFactor}）`} <StateTag kind="report" state={r.state} /></div>
          ))}
          {archive.notices.map((n) => (
            <div key={n.id}>{`${n.issuedOn} ${t('exams.archive.kinds.contraindication_notice')}：${n.contraindication}（${n.hazardFactor}）`} <StateTag kind="notice" state={n.state} /></div>
          ))}
        </Card>
      ) : null}
    </Space>
  );
}
