import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../api.ts';

export interface UserStatusTagsProps {
  user: Pick<User, 'isDisabled' | 'isLocked' | 'mustChangePassword'>;
}

export function UserStatusTags({ user }: UserStatusTagsProps) {
  const { t } = useTranslation();
  return (
    <>
      {user.isDisabled ? <Tag color="default">{t('users.status.disabled')}</Tag> : null}
      {user.isLocked ? <Tag color="error">{t('users.status.locked')}</Tag> : null}
      {!user.isDisabled && !user.isLocked ? <Tag color="success">{t('users.status.active')}</Tag> : null}
      {user.mustChangePassword ? <Tag color="warning">{t('users.status.mustChangePassword')}</Tag> : null}
    </>
  );
}
