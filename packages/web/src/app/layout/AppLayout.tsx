import { App as AntApp, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useSession } from '../../features/auth/index.ts';
import { PageLoading } from '../../shared/ui/PageLoading.tsx';
import { AppHeader } from './AppHeader.tsx';
import { SideMenu } from './SideMenu.tsx';

/**
 * The signed-in shell: header, permission-driven menu, and the routed page. antd's App (message
 * and modal through App.useApp) lives here rather than at the root: the login page needs neither.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [collapsed, setCollapsed] = useState(false);
  const canNavigate = !session.user.mustChangePassword;

  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader canNavigate={canNavigate} />
        <Layout>
          {canNavigate ? (
            <Layout.Sider width={208} collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" theme="light" className="ohnet-sider">
              <SideMenu />
            </Layout.Sider>
          ) : null}
          <Layout>
            <Layout.Content className="ohnet-content">
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </Layout.Content>
            <Layout.Footer className="ohnet-footer">{t('app.footer')}</Layout.Footer>
          </Layout>
        </Layout>
      </Layout>
    </AntApp>
  );
}
