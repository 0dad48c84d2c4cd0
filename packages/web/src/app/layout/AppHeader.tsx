import { Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScopeLabel, UserMenu } from '../../features/auth/index.ts';
import { PATHS } from '../../shared/routes.ts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';

export interface AppHeaderProps {
  /** False while the user must change their password: nothing may lead elsewhere. */
  canNavigate: boolean;
}

export function AppHeader({ canNavigate }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="ohnet-header">
      <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={16}>
        <Link to={canNavigate ? PATHS.home : PATHS.changePassword} className="ohnet-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="ohnet-brand-name">{t('app.name')}</span>
          <span className="ohnet-brand-subtitle">{t('app.subtitle')}</span>
        </Link>
        <Flex align="center" gap={20}>
          <ScopeLabel className="ohnet-header-scope" />
          <LanguageSwitch />
          <UserMenu canLeavePage={canNavigate} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
