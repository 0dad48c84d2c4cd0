import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/errors.ts';
import { type User, type UserStatusAction, useResetPassword, useUserStatusAction } from './api.ts';
import type { TemporaryPassword } from './components/TemporaryPasswordModal.tsx';

export const USER_ACTIONS = ['disable', 'enable', 'unlock', 'resetPassword'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/**
 * Account actions, each behind a confirmation. A reset hands its temporary password to
 * `onTemporaryPassword`, which must show it (it is not retrievable later).
 */
export function useUserActions(onTemporaryPassword: (value: TemporaryPassword) => void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const statusAction = useUserStatusAction();
  const resetPassword = useResetPassword();

  const confirmText: Record<UserAction, (name: string) => string> = {
    disable: (name) => t('users.actions.disableConfirm', { name }),
    enable: (name) => t('users.actions.enableConfirm', { name }),
    unlock: (name) => t('users.actions.unlockConfirm', { name }),
    resetPassword: (name) => t('users.actions.resetPasswordConfirm', { name }),
  };
  const doneText: Record<UserStatusAction, string> = {
    disable: t('users.actions.disabled'),
    enable: t('users.actions.enabled'),
    unlock: t('users.actions.unlocked'),
  };

  const perform = async (action: UserAction, user: User) => {
    try {
      if (action === 'resetPassword') {
        const { temporaryPassword } = await resetPassword.mutateAsync(user.id);
        onTemporaryPassword({ name: user.displayName, password: temporaryPassword });
      } else {
        await statusAction.mutateAsync({ id: user.id, action });
        void message.success(doneText[action]);
      }
    } catch (error) {
      void message.error(describeError(error));
    }
  };

  return (action: UserAction, user: User) => {
    modal.confirm({
      title: t(`users.actions.${action}`),
      content: confirmText[action](user.displayName),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action === 'disable' || action === 'resetPassword' },
      onOk: () => perform(action, user),
    });
  };
}
