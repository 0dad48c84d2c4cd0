import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordIssues } from '@ohnet/domain';
import { App, Button, Form, Input, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError, issueText } from '../../../shared/api/errors.ts';
import { useChangePassword } from '../api.ts';
import { useSession } from '../session-context.tsx';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export interface ChangePasswordFormProps {
  onChanged: () => void;
}

export function ChangePasswordForm({ onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();

  // The same policy the server applies (GB/T 22239 level 2), so most mistakes never leave the browser.
  const newPasswordRules: FormRule[] = [
    { required: true, message: t('auth.password.newRequired') },
    {
      validator: async (_rule, value: string | undefined) => {
        if (!value) return;
        const issues = passwordIssues(value, session.user.username);
        if (issues.length > 0) throw new Error(issues.map(issueText).join('；'));
      },
    },
  ];
  const confirmRules: FormRule[] = [
    { required: true, message: t('auth.password.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.password.mismatch'));
      },
    }),
  ];

  const handleFinish = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('auth.password.success'));
          form.resetFields();
          onChanged();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) void message.error(describeError(error));
        },
      },
    );
  };

  return (
    <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={handleFinish} style={{ maxWidth: 440 }}>
      <Typography.Paragraph type="secondary">{t('auth.password.policy', { min: PASSWORD_MIN_LENGTH })}</Typography.Paragraph>
      <Form.Item name="currentPassword" label={t('auth.password.current')} rules={[{ required: true, message: t('auth.password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} data-testid="password-current" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.password.new')} rules={newPasswordRules} hasFeedback>
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} data-testid="password-new" />
      </Form.Item>
      <Form.Item name="confirmPassword" label={t('auth.password.confirm')} dependencies={['newPassword']} rules={confirmRules} hasFeedback>
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending} data-testid="password-submit">
        {t('auth.password.submit')}
      </Button>
    </Form>
  );
}
