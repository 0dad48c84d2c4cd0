import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError } from '@ohnet/api-client';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { useLogin } from '../api.ts';

interface LoginValues {
  username: string;
  password: string;
}

export interface LoginFormProps {
  onSignedIn: () => void;
}

function useLoginErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'auth.invalid_credentials':
        return t('auth.loginErrors.invalid_credentials');
      case 'auth.account_locked':
        return t('auth.loginErrors.account_locked');
      case 'auth.account_disabled':
        return t('auth.loginErrors.account_disabled');
      case 'request.rate_limited':
        return t('auth.loginErrors.rate_limited');
    }
  }
  return describeError(error);
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();
  const errorText = useLoginErrorText(login.error);

  const handleFinish = (values: LoginValues) => {
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        applyServerErrors(form, error);
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <Form<LoginValues> form={form} layout="vertical" size="large" requiredMark={false} onFinish={handleFinish} onValuesChange={() => login.reset()}>
      {errorText ? (
        <Alert type="error" showIcon title={errorText} data-testid="login-error" style={{ marginBottom: 24 }} />
      ) : null}
      <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} data-testid="login-username" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('auth.login.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} data-testid="login-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
