import { CheckCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { DECLARATION_REASON_MAX_LENGTH } from '@ohnet/domain';
import { App, Button, Card, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { type DeclarationDetail, useDeclarationAction } from '../api.ts';

export interface ReviewActionsProps {
  declaration: DeclarationDetail;
}

/** 审核: 受理 (issues the receipt) or 退回 with a reason the employer will read. Shown only when the server allows either. */
export function ReviewActions({ declaration }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [isReturning, setReturning] = useState(false);
  const action = useDeclarationAction(declaration.id);
  const canAccept = declaration.allowedActions.includes('accept');
  const canReturn = declaration.allowedActions.includes('return');
  if (!canAccept && !canReturn) return null;

  const handleAccept = () => {
    modal.confirm({
      title: t('declarations.review.acceptTitle'),
      content: t('declarations.review.acceptConfirm', { name: declaration.employerName }),
      okText: t('declarations.review.accept'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await action.mutateAsync({ action: 'accept' });
          void message.success(t('declarations.review.accepted'));
        } catch (error) {
          void message.error(describeError(error));
        }
      },
    });
  };

  const handleReturn = ({ reason }: { reason: string }) => {
    action.mutate(
      { action: 'return', reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('declarations.review.returned'));
          setReturning(false);
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) void message.error(describeError(error));
        },
      },
    );
  };

  return (
    <Card size="small" title={t('declarations.review.title')} style={{ marginBottom: 16 }} data-testid="declaration-review">
      <Typography.Paragraph type="secondary">{t('declarations.review.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        {canAccept ? (
          <Button type="primary" icon={<CheckCircleOutlined />} onClick={handleAccept} loading={action.isPending && action.variables?.action === 'accept'} data-testid="declaration-accept">
            {t('declarations.review.accept')}
          </Button>
        ) : null}
        {canReturn ? (
          <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="declaration-return">
            {t('declarations.review.return')}
          </Button>
        ) : null}
      </Flex>
      <Modal
        open={isReturning}
        title={t('declarations.review.returnTitle')}
        okText={t('declarations.review.return')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={action.isPending}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
        data-testid="declaration-return-form"
      >
        <Form form={form} layout="vertical" onFinish={handleReturn} clearOnDestroy>
          <Form.Item
            name="reason"
            label={t('declarations.review.reason')}
            extra={t('declarations.review.reasonHelp')}
            rules={[
              { required: true, whitespace: true, message: t('declarations.review.reasonRequired') },
              { max: DECLARATION_REASON_MAX_LENGTH, message: t('declarations.review.reasonTooLong', { max: DECLARATION_REASON_MAX_LENGTH }) },
            ]}
          >
            <Input.TextArea rows={5} maxLength={DECLARATION_REASON_MAX_LENGTH} showCount data-testid="declaration-return-reason-input" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
