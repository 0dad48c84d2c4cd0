import { LoginOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Layout } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { PATHS } from '../../shared/routes.ts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';
import { PageLoading } from '../../shared/ui/PageLoading.tsx';

/** The shell of the public pages (the toolbox) for visitors who are not signed in. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="ohnet-header">
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={16}>
            <Link to={PATHS.toolbox} className="ohnet-brand">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <span className="ohnet-brand-name">{t('app.name')}</span>
              <span className="ohnet-brand-subtitle">{t('app.subtitle')}</span>
            </Link>
            <Flex align="center" gap={20}>
              <LanguageSwitch />
              <Link to={PATHS.login}>
                <Button icon={<LoginOutlined />} className="ohnet-header-login" aria-label={t('publicLayout.login')} data-testid="public-login">
                  <span className="ohnet-header-login-text">{t('publicLayout.login')}</span>
                </Button>
              </Link>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content className="ohnet-content ohnet-public-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="ohnet-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </AntApp>
  );
}
