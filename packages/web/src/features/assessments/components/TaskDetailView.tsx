import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Input, List, Modal, Space, Timeline, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { assessmentReportPath } from '../../../shared/routes.ts';
import { type TaskDetail, downloadEvidence, useTaskAction, useUploadEvidence } from '../api.ts';
import { TaskStateTag } from './RectificationTables.tsx';

/** A rectification task: what exceeded, its history, the evidence and the actions open to you. */
export function TaskDetailView({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidence(task.id);
  const action = useTaskAction(task.id);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [note, setNote] = useState('');
  const [reopenOpen, setReopenOpen] = useState(false);
  const [reason, setReason] = useState('');
  const canSubmit = task.allowedActions.includes('submit_evidence');

  const handleSubmitEvidence = () => {
    const file = files[0]?.originFileObj;
    if (!file) return;
    upload.mutate(
      { file, note },
      {
        onSuccess: () => {
          setFiles([]);
          setNote('');
          void message.success(t('rectifications.evidence.submitted'));
        },
        onError: (e) => void message.error(describeError(e)),
      },
    );
  };
  const handleClose = () =>
    action.mutate({ action: 'close' }, { onSuccess: () => void message.success(t('rectifications.actions.closed')), onError: (e) => void message.error(describeError(e)) });
  const handleReopen = () => {
    if (reason.trim() === '') {
      void message.error(t('rectifications.actions.reasonRequired'));
      return;
    }
    action.mutate(
      { action: 'reopen', reason },
      {
        onSuccess: () => {
          setReopenOpen(false);
          setReason('');
          void message.success(t('rectifications.actions.reopened'));
        },
        onError: (e) => void message.error(describeError(e)),
      },
    );
  };

  return (
    <Flex vertical gap={16} data-testid="task-detail">
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('rectifications.fields.employer')}>{task.employerName}</Descriptions.Item>
          <Descriptions.Item label={t('rectifications.fields.reportNumber')}>
            <Link to={assessmentReportPath(task.reportId)}>{task.reportNumber}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('rectifications.fields.state')}>
            <TaskStateTag state={task.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rectifications.fields.dueDate')}>
            <Typography.Text type={task.overdue ? 'danger' : undefined}>{task.overdue ? `${task.dueDate} ${t('rectifications.overdue')}` : task.dueDate}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('rectifications.fields.createdAt')}>{formatDateTime(task.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('rectifications.fields.summary')} span={3}>
            {task.summary}
          </Descriptions.Item>
        </Descriptions>
        {task.allowedActions.includes('close') || task.allowedActions.includes('reopen') ? (
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={handleClose} loading={action.isPending} data-testid="task-close">
              {t('rectifications.actions.close')}
            </Button>
            <Button danger onClick={() => setReopenOpen(true)} data-testid="task-reopen">
              {t('rectifications.actions.reopen')}
            </Button>
          </Space>
        ) : null}
      </Card>
      <Flex gap={16} wrap>
        <Card size="small" title={t('rectifications.evidence.title')} style={{ flex: 1, minWidth: 360 }}>
          <List
            size="small"
            dataSource={task.evidence}
            locale={{ emptyText: t('rectifications.evidence.empty') }}
            renderItem={(e) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Button type="link" icon={<DownloadOutlined />} onClick={() => void downloadEvidence(task.id, e.id, e.fileName).catch((err: unknown) => void message.error(describeError(err)))}>
                    {e.fileName}
                  </Button>
                  <Typography.Text type="secondary">{`${formatDateTime(e.uploadedAt)}${e.note ? ` · ${e.note}` : ''}`}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {canSubmit ? (
            <Form layout="vertical" style={{ marginTop: 12 }}>
              <Form.Item label={t('rectifications.evidence.upload')} extra={t('rectifications.evidence.hint')}>
                <Upload accept=".pdf,.jpg,.jpeg,.png" maxCount={1} fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList.slice(-1))}>
                  <Button icon={<UploadOutlined />} data-testid="evidence-choose">
                    {t('rectifications.evidence.upload')}
                  </Button>
                </Upload>
              </Form.Item>
              <Form.Item label={t('rectifications.evidence.note')}>
                <Input.TextArea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} data-testid="evidence-note" />
              </Form.Item>
              <Button type="primary" disabled={files.length === 0} loading={upload.isPending} onClick={handleSubmitEvidence} data-testid="evidence-submit">
                {t('rectifications.evidence.submit')}
              </Button>
            </Form>
          ) : null}
        </Card>
        <Card size="small" title={t('rectifications.history')} style={{ flex: 1, minWidth: 360 }}>
          <Timeline
            items={task.events.map((e) => ({
              key: `${e.at}-${e.action}`,
              color: e.action === 'report_corrected' ? 'gray' : undefined,
              content: (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{e.action === 'report_corrected' ? t('rectifications.events.report_corrected') : t(`rectifications.states.${e.toState as 'open'}`)}</Typography.Text>
                  <Typography.Text type="secondary">{`${formatDateTime(e.at)} · ${e.actorOrganisationName ?? ''} ${e.actorName ?? ''}`}</Typography.Text>
                  {e.note ? <Typography.Text>{e.note}</Typography.Text> : null}
                </Space>
              ),
            }))}
          />
        </Card>
      </Flex>
      <Modal open={reopenOpen} title={t('rectifications.actions.reopen')} onCancel={() => setReopenOpen(false)} onOk={handleReopen} confirmLoading={action.isPending}>
        <Form layout="vertical">
          <Form.Item label={t('rectifications.actions.reason')} required>
            <Input.TextArea rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="task-reopen-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
