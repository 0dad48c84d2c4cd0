import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Typography } from 'antd';
import type { MenuProps, TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import { RoleTags } from '../../../shared/ui/RoleTags.tsx';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import { useSession } from '../../auth/index.ts';
import type { User } from '../api.ts';
import { pickEnum } from '../../../shared/enums.ts';
import { USER_ACTIONS, type UserAction } from '../use-user-actions.ts';
import { UserStatusTags } from './UserStatusTags.tsx';

export interface UserTableProps {
  items: User[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Absent when the user may not manage accounts: the actions column is left out. */
  onEdit?: (user: User) => void;
  onAction?: (action: UserAction, user: User) => void;
}

function useActionItems(user: User): MenuProps['items'] {
  const { t } = useTranslation();
  const { session } = useSession();
  const isSelf = user.id === session.user.id;
  return [
    user.isDisabled
      ? { key: 'enable', label: t('users.actions.enable') }
      : { key: 'disable', label: t('users.actions.disable'), danger: true, disabled: isSelf },
    ...(user.isLocked ? [{ key: 'unlock', label: t('users.actions.unlock') }] : []),
    { key: 'resetPassword', label: t('users.actions.resetPassword') },
  ];
}

function UserActionsCell({ user, onEdit, onAction }: { user: User; onEdit: (user: User) => void; onAction: (action: UserAction, user: User) => void }) {
  const { t } = useTranslation();
  const items = useActionItems(user);
  const handleClick: MenuProps['onClick'] = ({ key }) => {
    const action = pickEnum(USER_ACTIONS, key);
    if (action) onAction(action, user);
  };
  return (
    <Space size={4}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(user)} data-testid={`user-edit-${user.username}`}>
        {t('common.edit')}
      </Button>
      <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']}>
        <Button type="link" size="small" data-testid={`user-actions-${user.username}`}>
          {t('common.actions')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}

export function UserTable({ items, total, loading, page, pageSize, onPageChange, onEdit, onAction }: UserTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<User> = [
    { key: 'username', title: t('users.fields.username'), width: 150, render: (_, u) => <Typography.Text strong>{u.username}</Typography.Text> },
    { key: 'displayName', title: t('users.fields.displayName'), width: 130, dataIndex: 'displayName' },
    { key: 'organisation', title: t('users.fields.organisation'), width: 220, dataIndex: 'organisationName' },
    { key: 'roles', title: t('users.fields.roles'), width: 230, render: (_, u) => <RoleTags roles={u.roles} /> },
    { key: 'phone', title: t('users.fields.phone'), width: 130, render: (_, u) => u.phone ?? t('common.empty') },
    { key: 'status', title: t('common.status'), width: 150, render: (_, u) => <UserStatusTags user={u} /> },
    { key: 'lastLoginAt', title: t('users.fields.lastLoginAt'), width: 170, render: (_, u) => formatDateTime(u.lastLoginAt) },
  ];
  if (onEdit && onAction) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      fixed: 'right',
      render: (_, u) => <UserActionsCell user={u} onEdit={onEdit} onAction={onAction} />,
    });
  }

  return (
    <Table<User>
      data-testid="users-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: 1360 }}
    />
  );
}
