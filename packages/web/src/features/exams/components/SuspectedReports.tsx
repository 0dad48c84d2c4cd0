import { App, Button, Drawer, Form, Input, Select, Space, Table, Timeline, Typography } from 'antd';
import { SUSPECTED_REPORT_STATES } from '@ohnet/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../../../shared/api/errors.ts';
import { examPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import { type SuspectedReport, type SuspectedReportActionPath, useSuspectedReportAction, useSuspectedReports } from '../api.ts';
import { StateTag } from './ExamTags.tsx';

const ACTION_PATHS: Record<SuspectedReport['actions'][number], SuspectedReportActionPath> = {
  acknowledge: 'acknowledge',
  arrange_diagnosis: 'arrange-diagnosis',
  record_outcome: 'record-outcome',
  close: 'close',
};

/** 疑似职业病报告: the list in scope, and a drawer with the history and the steps the caller may take. */
export function SuspectedReportList() {
  const { t } = useTranslation();
  const [state, setState] = useState<SuspectedReport['state'] | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useSuspectedReports({ ...page, state });
  const open = list.data?.items.find((r) => r.id === openId) ?? null;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('common.status')} style={{ width: 180 }} value={state} onChange={setState} options={SUSPECTED_REPORT_STATES.map((s) => ({ value: s, label: t(`exams.reportStates.${s}`) }))} />
      </Space>
      <Table
        rowKey="id"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={serverPagination(page.page, page.pageSize, list.data?.total, (p, s) => setPage({ page: p, pageSize: s }))}
        data-testid="suspected-report-table"
        columns={[
          { key: 'w', title: t('exams.fields.worker'), render: (_, r) => <a onClick={() => setOpenId(r.id)} data-testid={`report-open-${r.examNumber}`}>{`${r.workerName}（${r.idNumberMasked}）`}</a> },
          { key: 'e', title: t('exams.fields.employer'), render: (_, r) => r.employerName },
          { key: 'f', title: t('exams.fields.hazardFactor'), render: (_, r) => r.hazardFactor },
          { key: 'd', title: t('exams.reports.disease'), render: (_, r) => r.suspectedDisease },
          { key: 'i', title: t('exams.fields.institution'), render: (_, r) => r.institutionName },
          { key: 'r', title: t('exams.reports.reportedOn'), render: (_, r) => r.reportedOn },
          { key: 's', title: t('common.status'), render: (_, r) => <StateTag kind="report" state={r.state} /> },
        ]}
      />
      <Drawer open={open !== null} width={560} title={t('exams.reports.detail')} onClose={() => setOpenId(null)} destroyOnHidden>
        {open ? <SuspectedReportDetail report={open} /> : null}
      </Drawer>
    </>
  );
}

function SuspectedReportDetail({ report }: { report: SuspectedReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useSuspectedReportAction();
  const [form] = Form.useForm<{ note?: string; diagnosisInstitutionId?: string; outcome?: string; outcomeDisease?: string }>();
  const run = async (action: SuspectedReport['actions'][number]) => {
    const v = form.getFieldsValue();
    const body: Record<string, unknown> = action === 'record_outcome' ? { outcome: v.outcome, outcomeDisease: v.outcomeDisease || null, note: v.note || null } : { note: v.note || (action === 'close' ? '' : null) };
    try {
      await act.mutateAsync({ id: report.id, action: ACTION_PATHS[action], body });
      void message.success(t('exams.reports.done'));
      form.resetFields();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="report-detail">
      <Typography.Paragraph>
        <StateTag kind="report" state={report.state} /> {report.suspectedDisease}（{report.hazardFactor}）· <Link to={examPath(report.examId)}>{report.examNumber}</Link>
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('exams.reports.routing', { employer: report.employerName, region: report.regionCode, diagnosis: report.diagnosisInstitutionName ?? t('common.empty') })}</Typography.Text>
      {report.outcome ? <Typography.Text strong>{t(`exams.reports.outcomes.${report.outcome}`)}{report.outcomeDisease ? `：${report.outcomeDisease}` : ''}</Typography.Text> : null}
      <Timeline items={report.history.map((h) => ({ children: `${h.at.slice(0, 16).replace('T', ' ')} ${h.organisationName} ${h.actorName}：${t(`exams.reports.actions.${h.action}`, { defaultValue: h.action })}${h.note ? `（${h.note}）` : ''}` }))} />
      {report.actions.length ? (
        <Form form={form} layout="vertical">
          {report.actions.includes('record_outcome') ? (
            <>
              <Form.Item name="outcome" label={t('exams.reports.outcome')}><Select options={(['occupational_disease', 'not_occupational_disease'] as const).map((o) => ({ value: o, label: t(`exams.reports.outcomes.${o}`) }))} /></Form.Item>
              <Form.Item name="outcomeDisease" label={t('exams.reports.outcomeDisease')}><Input /></Form.Item>
            </>
          ) : null}
          <Form.Item name="note" label={t('exams.reports.note')}><Input.TextArea rows={2} /></Form.Item>
          <Space wrap>
            {report.actions.map((a) => (
              <Button key={a} type={a === 'close' ? 'default' : 'primary'} loading={act.isPending} onClick={() => void run(a)} data-testid={`report-action-${a}`}>
                {t(`exams.reports.actions.${a}`)}
              </Button>
            ))}
          </Space>
        </Form>
      ) : null}
    </Space>
  );
}
