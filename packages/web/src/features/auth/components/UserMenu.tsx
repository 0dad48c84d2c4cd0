import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Flex, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../../shared/api/errors.ts';
import { PATHS } from '../../../shared/routes.ts';
import { useLogout } from '../api.ts';
import { useSession } from '../session-context.tsx';

export interface UserMenuProps {
  /** Hide "change password" while the user is already being made to change it. */
  canLeavePage?: boolean;
}

export function UserMenu({ canLeavePage = true }: UserMenuProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { session } = useSession();
  const logout = useLogout();

  const handleMenuClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') {
      void navigate(PATHS.changePassword);
      return;
    }
    logout.mutate(undefined, {
      onSuccess: () => {
        void message.success(t('auth.logoutDone'));
      },
      onError: (error) => {
        void message.error(describeError(error));
      },
      // Without a "from" location: the next person to sign in starts on their own home page.
      onSettled: () => void navigate(PATHS.login, { replace: true }),
    });
  };

  const items: MenuProps['items'] = [
    ...(canLeavePage ? [{ key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') }] : []),
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span>, danger: true },
  ];

  return (
    <Dropdown menu={{ items, onClick: handleMenuClick }} trigger={['click']} placement="bottomRight">
      <button type="button" className="ohnet-header-user" aria-label={t('header.userMenu')} data-testid="header-user">
        <Avatar size="small" icon={<UserOutlined />} className="ohnet-header-avatar" />
        <Flex vertical align="flex-start" className="ohnet-header-user-text">
          <Typography.Text strong className="ohnet-header-user-name">
            {session.user.displayName}
          </Typography.Text>
          <Typography.Text className="ohnet-header-user-org">{session.organisation.name}</Typography.Text>
        </Flex>
        <DownOutlined style={{ fontSize: 10 }} />
      </button>
    </Dropdown>
  );
}
