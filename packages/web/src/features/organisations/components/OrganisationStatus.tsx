import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';

export interface OrganisationStatusProps {
  isActive: boolean;
}

export function OrganisationStatus({ isActive }: OrganisationStatusProps) {
  const { t } = useTranslation();
  return <Badge status={isActive ? 'success' : 'default'} text={isActive ? t('organisations.active') : t('organisations.inactive')} />;
}
