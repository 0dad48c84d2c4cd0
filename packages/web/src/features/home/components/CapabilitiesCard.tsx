import { CheckCircleTwoTone } from '@ant-design/icons';
import { PERMISSIONS, type Permission } from '@ohnet/domain';
import { Card, Empty, Listy } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/index.ts';
import { PATHS } from '../../../shared/routes.ts';

/** Where each capability is exercised. */
const PERMISSION_PATHS: Readonly<Record<Permission, string>> = {
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
          itemRender={(permission) => (
            <Link to={PERMISSION_PATHS[permission]} data-testid={`capability-${permission}`}>
              <CheckCircleTwoTone twoToneColor="#52c41a" style={{ marginInlineEnd: 8 }} />
              {t(`permissions.${permission}`)}
            </Link>
          )}
        />
      )}
    </Card>
  );
}
