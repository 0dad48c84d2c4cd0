import { App, Alert, Button, Descriptions, Drawer, Form, Input, Radio, Select, Skeleton, Space, Timeline, Typography } from 'antd';
import { WARNING_COMMENT_MAX } from '@ohnet/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError, placeServerErrors } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type WarningActionName, type WarningDetail, useWarning, useWarningAction, useWarningAssignees } from '../api.ts';
import { SeverityTag, WarningStateTag, warningDetailText } from './WarningTags.tsx';

export interface WarningDrawerProps {
  id: string | null;
  onClose: () => void;
}

/** One warning: what it is about, the link to its records, its history, and the actions open to the reader. */
export function WarningDrawer({ id, onClose }: WarningDrawerProps) {
  const { t } = useTranslation();
  const q = useWarning(id);
  return (
    <Drawer open={id !== null} width={620} title={t('warnings.drawer.title')} onClose={onClose} destroyOnHidden data-testid="warning-drawer">
      {q.isPending ? <Skeleton active /> : q.error ? <ErrorDisplay error={q.error} onRetry={() => void q.refetch()} /> : <WarningDetailBody w={q.data} />}
    </Drawer>
  );
}

function WarningDetailBody({ w }: { w: WarningDetail }) {
  const { t } = useTranslation();
  const ended = w.state === 'closed' || w.state === 'cleared';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="warning-detail">
      <Space wrap>
        <SeverityTag severity={w.severity} />
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t(`warnings.rules.${w.rule}.name`)}
        </Typography.Text>
        <WarningStateTag state={w.state} />
      </Space>
      <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="warning-detail-text">
        {warningDetailText(w)}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        {w.employerName ? <Descriptions.Item label={t('warnings.drawer.employer')}>{w.employerName}</Descriptions.Item> : null}
        <Descriptions.Item label={t('warnings.drawer.region')}>{w.regionName ?? w.regionCode}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.columns.openedAt')}>{formatDateTime(w.openedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.columns.lastSeenAt')}>{formatDateTime(w.lastSeenAt)}</Descriptions.Item>
        {w.assigneeName ? <Descriptions.Item label={t('warnings.columns.assignee')}>{w.assigneeName}</Descriptions.Item> : null}
        {w.clearedAt ? <Descriptions.Item label={t('warnings.drawer.clearedAt')}>{formatDateTime(w.clearedAt)}</Descriptions.Item> : null}
        {w.closedAt ? <Descriptions.Item label={t('warnings.drawer.closedAt')}>{formatDateTime(w.closedAt)}</Descriptions.Item> : null}
      </Descriptions>
      <Link to={w.link} data-testid="warning-open-records">
        <Button>{t('warnings.drawer.openRecords')}</Button>
      </Link>
      <div>
        <Typography.Title level={5}>{t('warnings.drawer.history')}</Typography.Title>
        <Timeline
          data-testid="warning-history"
          items={w.events.map((e) => ({
            color: e.action === 'close' ? 'gray' : e.action === 'cleared' ? 'green' : e.action === 'opened' ? 'red' : 'blue',
            children: (
              <>
                <Typography.Text strong>{t(`warnings.actions.${e.action}`)}</Typography.Text>
                {e.assigneeName ? <Typography.Text>（{t('warnings.drawer.assignedTo', { name: e.assigneeName })}）</Typography.Text> : null}
                <br />
                <Typography.Text type="secondary">
                  {formatDateTime(e.at)} · {e.actorName ? `${e.actorOrganisationName ?? ''} ${e.actorName}` : t('warnings.drawer.system')}
                </Typography.Text>
                {e.comment ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{e.comment}</Typography.Paragraph> : null}
              </>
            ),
          }))}
        />
      </div>
      {w.allowedActions.length > 0 ? <WarningActionForm w={w} /> : <Alert type="info" showIcon message={ended ? t('warnings.drawer.noActions') : t('warnings.drawer.readOnly')} />}
    </Space>
  );
}

interface ActionValues {
  action: WarningActionName;
  assigneeId?: string;
  comment?: string;
}

function WarningActionForm({ w }: { w: WarningDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const [action, setAction] = useState<WarningActionName>(w.allowedActions[0]!);
  const assignees = useWarningAssignees(action === 'assign' ? w.id : null);
  const act = useWarningAction();

  const submit = async (v: ActionValues) => {
    const comment = v.comment?.trim() ? v.comment.trim() : null;
    try {
      if (v.action === 'assign') await act.mutateAsync({ id: w.id, action: 'assign', assigneeId: v.assigneeId!, comment });
      else if (v.action === 'close') await act.mutateAsync({ id: w.id, action: 'close', comment: comment ?? '' });
      else await act.mutateAsync({ id: w.id, action: 'acknowledge', comment });
      void message.success(t('warnings.form.done', { action: t(`warnings.actions.${v.action}`) }));
      form.resetFields(['comment', 'assigneeId']);
    } catch (e) {
      const placed = placeServerErrors(form, e);
      if (placed.placed === 0) void message.error(describeError(e));
    }
  };

  return (
    <Form<ActionValues> form={form} layout="vertical" initialValues={{ action }} onFinish={(v) => void submit(v)} data-testid="warning-action-form">
      <Form.Item name="action" label={t('warnings.form.action')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          onChange={(e) => {
            setAction(e.target.value as WarningActionName);
            void form.validateFields(['comment']).catch(() => undefined);
          }}
          options={w.allowedActions.map((a) => ({ value: a, label: <span data-testid={`warning-action-${a}`}>{t(`warnings.actions.${a}`)}</span> }))}
        />
      </Form.Item>
      {action === 'assign' ? (
        <Form.Item name="assigneeId" label={t('warnings.form.assignee')} rules={[{ required: true, message: t('warnings.form.assigneeRequired') }]}>
          <Select
            data-testid="warning-assignee"
            loading={assignees.isPending}
            showSearch
            optionFilterProp="label"
            options={(assignees.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.organisationName}）` }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="comment"
        label={t('warnings.form.comment')}
        rules={[
          { required: action === 'close', whitespace: true, message: t('warnings.form.commentRequired') },
          { max: WARNING_COMMENT_MAX, message: t('issues.warning.comment_too_long') },
        ]}
      >
        <Input.TextArea rows={3} placeholder={t('warnings.form.commentPlaceholder')} data-testid="warning-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="warning-submit">
        {t('warnings.form.submit')}
      </Button>
    </Form>
  );
}
