import { Select, Space, Table, Tag, Tooltip } from 'antd';
import { SURVEILLANCE_DUE_KINDS } from '@ohnet/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { workerArchivePath } from '../../../shared/routes.ts';
import { type OverdueItem, useOverdue } from '../api.ts';

/** 应检未检: workers with no pre-employment exam, an overdue periodic exam or a missing exit exam (GBZ 188 periods). */
export function OverdueList({ employerId, canOpenArchive }: { employerId?: string; canOpenArchive: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<OverdueItem['kind'] | undefined>();
  const q = useOverdue({ employerId, kind });
  if (q.error) return <ErrorDisplay error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('exams.overdue.kind')} style={{ width: 200 }} value={kind} onChange={setKind} options={SURVEILLANCE_DUE_KINDS.map((k) => ({ value: k, label: t(`exams.overdue.kinds.${k}`) }))} />
        <span>{t('exams.overdue.asOf', { date: q.data?.asOf ?? '' })}</span>
      </Space>
      <Table
        rowKey={(i) => `${i.workerId}|${i.employerId}|${i.hazardFactor}|${i.kind}`}
        dataSource={q.data?.items ?? []}
        loading={q.isFetching}
        data-testid="overdue-table"
        columns={[
          { key: 'w', title: t('exams.fields.worker'), render: (_, i) => (canOpenArchive ? <Link to={workerArchivePath(i.workerId)}>{`${i.workerName}（${i.idNumberMasked}）`}</Link> : `${i.workerName}（${i.idNumberMasked}）`) },
          { key: 'e', title: t('exams.fields.employer'), render: (_, i) => i.employerName },
          { key: 'f', title: t('exams.fields.hazardFactor'), render: (_, i) => i.hazardFactor },
          { key: 'k', title: t('exams.overdue.kind'), render: (_, i) => <Tag color={i.kind === 'periodic_overdue' ? 'orange' : 'red'}>{t(`exams.overdue.kinds.${i.kind}`)}</Tag> },
          { key: 'd', title: t('exams.overdue.dueDate'), render: (_, i) => i.dueDate },
          { key: 'l', title: t('exams.overdue.lastExam'), render: (_, i) => i.lastExamDate ?? t('common.empty') },
          { key: 'c', title: t('exams.detail.citationLabel'), render: (_, i) => <Tooltip title={i.note}>{i.citation}{i.periodAssumed ? ` ${t('exams.overdue.assumed')}` : ''}</Tooltip> },
        ]}
      />
    </>
  );
}
