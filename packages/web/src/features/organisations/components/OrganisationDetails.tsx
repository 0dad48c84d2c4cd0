import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import type { Organisation } from '../api.ts';
import { OrganisationStatus } from './OrganisationStatus.tsx';
import { OrganisationTypeTag } from './OrganisationTypeTag.tsx';

export interface OrganisationDetailsProps {
  organisation: Organisation;
}

export function OrganisationDetails({ organisation: org }: OrganisationDetailsProps) {
  const { t } = useTranslation();
  const dash = t('common.empty');
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'name', label: t('organisations.fields.name'), children: org.name },
        { key: 'type', label: t('organisations.fields.type'), children: <OrganisationTypeTag type={org.type} /> },
        ...(org.departmentKind
          ? [{ key: 'departmentKind', label: t('organisations.fields.departmentKind'), children: t(`departmentKinds.${org.departmentKind}`) }]
          : []),
        { key: 'uscc', label: t('organisations.fields.uscc'), children: org.uscc ? <Typography.Text copyable>{org.uscc}</Typography.Text> : dash },
        { key: 'region', label: t('organisations.fields.region'), children: `${org.regionName ?? ''}（${org.regionCode}）` },
        { key: 'address', label: t('organisations.fields.address'), children: org.address ?? dash },
        { key: 'contactName', label: t('organisations.fields.contactName'), children: org.contactName ?? dash },
        { key: 'contactPhone', label: t('organisations.fields.contactPhone'), children: org.contactPhone ?? dash },
        { key: 'contactEmail', label: t('organisations.fields.contactEmail'), children: org.contactEmail ?? dash },
        { key: 'status', label: t('common.status'), children: <OrganisationStatus isActive={org.isActive} /> },
        { key: 'createdAt', label: t('organisations.fields.createdAt'), children: formatDateTime(org.createdAt) },
        { key: 'updatedAt', label: t('organisations.fields.updatedAt'), children: formatDateTime(org.updatedAt) },
      ]}
    />
  );
}
