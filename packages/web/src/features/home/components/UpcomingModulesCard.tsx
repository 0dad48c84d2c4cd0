import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Listy, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/index.ts';
import { upcomingModulesFor } from '../upcoming-modules.ts';

/** Purely informative: what the role will be able to do once later modules ship. */
export function UpcomingModulesCard() {
  const { t } = useTranslation();
  const { session } = useSession();
  const modules = upcomingModulesFor(session.user.roles);
  return (
    <Card title={t('home.upcomingTitle')} data-testid="home-upcoming" style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{t('home.upcomingNote')}</Typography.Paragraph>
      <Listy
        items={modules}
        rowKey={(module) => module}
        styles={{ item: { borderBottom: 'none', paddingInline: 0 } }}
        itemRender={(module) => (
          <Typography.Text type="secondary">
            <ClockCircleOutlined style={{ marginInlineEnd: 8 }} />
            {t('home.upcomingItem', { name: t(`upcomingModules.${module}`) })}
          </Typography.Text>
        )}
      />
    </Card>
  );
}
