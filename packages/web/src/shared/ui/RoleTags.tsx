import type { Role } from '@ohnet/domain';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export interface RoleTagsProps {
  roles: readonly Role[];
}

export function RoleTags({ roles }: RoleTagsProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {roles.map((role) => (
        <Tag key={role} color={role === 'system_admin' ? 'volcano' : 'blue'} variant="outlined" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </Flex>
  );
}
