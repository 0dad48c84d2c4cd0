import type { OrganisationType } from '@ohnet/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const TYPE_COLORS: Record<OrganisationType, string> = {
  health_authority: 'red',
  supervision_institute: 'volcano',
  cdc: 'orange',
  employer: 'blue',
  tech_service_institution: 'cyan',
  exam_institution: 'green',
  diagnosis_institution: 'purple',
  other_department: 'gold',
  platform_operator: 'default',
};

export interface OrganisationTypeTagProps {
  type: OrganisationType;
}

export function OrganisationTypeTag({ type }: OrganisationTypeTagProps) {
  const { t } = useTranslation();
  return <Tag color={TYPE_COLORS[type]}>{t(`organisationTypes.${type}`)}</Tag>;
}
