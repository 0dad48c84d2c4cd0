import { DashboardOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { monitoringEmployerPath } from '../../../shared/routes.ts';

/** A button to an employer's live monitoring page (for page headers). */
export function MonitoringLink({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={monitoringEmployerPath(employerId)} data-testid="employer-monitoring-link">
      <Button icon={<DashboardOutlined />}>{t('nav.monitoring')}</Button>
    </Link>
  );
}
