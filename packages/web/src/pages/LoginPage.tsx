import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm, useSessionQuery } from '../features/auth/index.ts';
import { type LoginRedirectState, PATHS } from '../shared/routes.ts';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: session, isPending } = useSessionQuery();
  const from = (location.state as LoginRedirectState | null)?.from ?? PATHS.home;

  if (isPending) return <PageLoading fullScreen />;
  if (session) return <Navigate to={from} replace />;

  const handleSignedIn = () => void navigate(from, { replace: true });

  return (
    <div className="ohnet-login">
      <section className="ohnet-login-brand">
        <img src="/favicon.svg" alt="" width={64} height={64} />
        <h1>{t('app.name')}</h1>
        <div className="ohnet-login-subtitle">{t('app.subtitle')}</div>
        <p className="ohnet-login-about">{t('auth.login.about')}</p>
      </section>
      <section className="ohnet-login-panel">
        <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400, marginBottom: 16 }}>
          <LanguageSwitch size="middle" />
        </Flex>
        <Card className="ohnet-login-card" title={t('auth.login.title')}>
          <LoginForm onSignedIn={handleSignedIn} />
        </Card>
        <Link to={PATHS.toolbox} className="ohnet-login-toolbox" data-testid="login-toolbox">
          {t('auth.login.toolbox')}
        </Link>
        <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
          <SafetyCertificateOutlined /> {t('auth.login.notice')}
        </Typography.Text>
      </section>
    </div>
  );
}
