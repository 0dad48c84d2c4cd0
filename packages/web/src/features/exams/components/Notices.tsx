import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { CONTRAINDICATION_NOTICE_STATES } from '@ohnet/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import { type ContraindicationNotice, useConfirmMoved, useNotices } from '../api.ts';
import { StateTag } from './ExamTags.tsx';

/** 职业禁忌证告知: notices in scope; the employer confirms the worker was moved off the hazard. */
export function NoticeList({ canConfirm }: { canConfirm: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ContraindicationNotice['state'] | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [confirming, setConfirming] = useState<ContraindicationNotice | null>(null);
  const list = useNotices({ ...page, state });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('common.status')} style={{ width: 160 }} value={state} onChange={setState} options={CONTRAINDICATION_NOTICE_STATES.map((s) => ({ value: s, label: t(`exams.noticeStates.${s}`) }))} />
      </Space>
      <Table
        rowKey="id"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={serverPagination(page.page, page.pageSize, list.data?.total, (p, s) => setPage({ page: p, pageSize: s }))}
        data-testid="notice-table"
        columns={[
          { key: 'w', title: t('exams.fields.worker'), render: (_, n) => `${n.workerName}（${n.idNumberMasked}）` },
          { key: 'e', title: t('exams.fields.employer'), render: (_, n) => n.employerName },
          { key: 'f', title: t('exams.fields.hazardFactor'), render: (_, n) => n.hazardFactor },
          { key: 'c', title: t('exams.notices.contraindication'), render: (_, n) => n.contraindication },
          { key: 'd', title: t('exams.notices.dueDate'), render: (_, n) => (n.isOverdue ? <Tag color="red">{n.dueDate}</Tag> : n.dueDate) },
          { key: 's', title: t('common.status'), render: (_, n) => <StateTag kind="notice" state={n.state} /> },
          { key: 'm', title: t('exams.notices.moved'), render: (_, n) => (n.movedOn ? `${n.movedOn} → ${n.newPost ?? ''}` : t('common.empty')) },
          ...(canConfirm
            ? [{ key: 'a', title: t('common.actions'), render: (_: unknown, n: ContraindicationNotice) => (n.state === 'issued' ? <Button size="small" onClick={() => setConfirming(n)} data-testid={`notice-confirm-${n.examNumber}`}>{t('exams.notices.confirm')}</Button> : null) }]
            : []),
        ]}
      />
      {confirming ? <ConfirmMovedModal notice={confirming} onClose={() => setConfirming(null)} /> : null}
    </>
  );
}

function ConfirmMovedModal({ notice, onClose }: { notice: ContraindicationNotice; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ movedOn: string; newPost: string }>();
  const confirm = useConfirmMoved();
  const handleFinish = async (body: { movedOn: string; newPost: string }) => {
    try {
      await confirm.mutateAsync({ id: notice.id, body });
      void message.success(t('exams.notices.confirmed'));
      onClose();
    } catch (e) {
      if (!applyServerErrors(form, e)) void message.error(describeError(e));
    }
  };
  return (
    <Modal open title={t('exams.notices.confirmTitle', { name: notice.workerName })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={confirm.isPending}>
      <Form form={form} layout="vertical" onFinish={(v) => void handleFinish(v)} initialValues={{ movedOn: new Date().toISOString().slice(0, 10) }} data-testid="confirm-moved-form">
        <Form.Item name="movedOn" label={t('exams.notices.movedOn')} rules={[{ required: true }]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item name="newPost" label={t('exams.notices.newPost')} rules={[{ required: true }]}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
