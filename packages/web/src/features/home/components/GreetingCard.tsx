import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/index.ts';
import { RoleTags } from '../../../shared/ui/RoleTags.tsx';

export function GreetingCard() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { user, organisation } = session;
  return (
    <Card data-testid="home-greeting">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('home.greeting', { name: user.displayName })}
      </Typography.Title>
      <Descriptions
        column={{ xs: 1, md: 3 }}
        size="small"
        items={[
          { key: 'roles', label: t('home.roles'), children: <RoleTags roles={user.roles} /> },
          { key: 'organisation', label: t('home.organisation'), children: `${organisation.name}（${t(`organisationTypes.${organisation.type}`)}）` },
          { key: 'region', label: t('home.region'), children: organisation.regionName ?? organisation.regionCode },
        ]}
      />
    </Card>
  );
}
