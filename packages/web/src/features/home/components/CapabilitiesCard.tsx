import { CheckCircleTwoTone } from '@ant-design/icons';
import { PERMISSIONS, type Permission } from '@ohnet/domain';
import { Card, Empty, Listy } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/index.ts';
import { PATHS } from '../../../shared/routes.ts';

/** Where each capability is exercised (capabilities whose page is still to come show as text). */
const PERMISSION_PATHS: Readonly<Partial<Record<Permission, string>>> = {
  'region:read': PATHS.regions,
  'organisation:read': PATHS.organisations,
  'organisation:create': PATHS.organisations,
  'organisation:update': PATHS.organisations,
  'user:read': PATHS.users,
  'user:create': PATHS.users,
  'user:update': PATHS.users,
  'audit:read': PATHS.audit,
  'audit:verify': PATHS.audit,
};

export function CapabilitiesCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const granted = PERMISSIONS.filter(can);
  return (
    <Card title={t('home.capabilitiesTitle')} data-testid="home-capabilities" style={{ height: '100%' }}>
      {granted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.capabilitiesEmpty')} />
      ) : (
        <Listy
          items={granted}
          rowKey={(permission) => permission}
          styles={{ item: { borderBottom: 'none', paddingInline: 0 } }}
          itemRender={(permission) => {
            const label = (
              <>
                <CheckCircleTwoTone twoToneColor="#52c41a" style={{ marginInlineEnd: 8 }} />
                {t(`permissions.${permission}`)}
              </>
            );
            const path = PERMISSION_PATHS[permission];
            return path ? (
              <Link to={path} data-testid={`capability-${permission}`}>
                {label}
              </Link>
            ) : (
              <span data-testid={`capability-${permission}`}>{label}</span>
            );
          }}
        />
      )}
    </Card>
  );
}
