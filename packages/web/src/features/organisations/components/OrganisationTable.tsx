import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { Organisation } from '../api.ts';
import { OrganisationStatus } from './OrganisationStatus.tsx';
import { OrganisationTypeTag } from './OrganisationTypeTag.tsx';

export interface OrganisationTableProps {
  items: Organisation[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (organisation: Organisation) => void;
}

export function OrganisationTable({ items, total, loading, page, pageSize, onPageChange, onOpen }: OrganisationTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Organisation> = [
    {
      key: 'name',
      title: t('organisations.fields.name'),
      render: (_, org) => (
        <Typography.Link onClick={() => onOpen(org)} data-testid={`organisation-link-${org.id}`}>
          {org.name}
        </Typography.Link>
      ),
    },
    { key: 'type', title: t('organisations.fields.type'), width: 190, render: (_, org) => <OrganisationTypeTag type={org.type} /> },
    {
      key: 'uscc',
      title: t('organisations.fields.uscc'),
      width: 200,
      render: (_, org) => (org.uscc ? <Typography.Text code>{org.uscc}</Typography.Text> : t('common.empty')),
    },
    { key: 'region', title: t('organisations.fields.region'), render: (_, org) => org.regionName ?? org.regionCode },
    {
      key: 'contact',
      title: t('organisations.fields.contact'),
      width: 180,
      render: (_, org) =>
        org.contactName || org.contactPhone ? [org.contactName, org.contactPhone].filter(Boolean).join(' · ') : t('common.empty'),
    },
    { key: 'status', title: t('common.status'), width: 90, render: (_, org) => <OrganisationStatus isActive={org.isActive} /> },
  ];

  return (
    <Table<Organisation>
      data-testid="organisations-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      onRow={(org) => ({ onDoubleClick: () => onOpen(org) })}
      scroll={{ x: 1000 }}
    />
  );
}
