import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type Organisation, useOrganisation } from '../api.ts';
import { OrganisationDetails } from './OrganisationDetails.tsx';

export interface OrganisationDrawerProps {
  organisationId: string | null;
  onClose: () => void;
  /** Given only when the user may edit organisations. */
  onEdit?: (organisation: Organisation) => void;
}

export function OrganisationDrawer({ organisationId, onClose, onEdit }: OrganisationDrawerProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useOrganisation(organisationId);

  const renderBody = () => {
    if (isPending) return <Skeleton active />;
    if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
    return <OrganisationDetails organisation={data} />;
  };

  return (
    <Drawer
      open={organisationId !== null}
      onClose={onClose}
      title={data?.name ?? t('organisations.drawerTitle')}
      size={560}
      data-testid="organisation-drawer"
      extra={
        onEdit && data ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(data)} data-testid="organisation-edit">
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {organisationId ? renderBody() : null}
    </Drawer>
  );
}
