import { Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { employerPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import { DeclarationStateTag } from '../../declarations/index.ts';
import type { Employer } from '../api.ts';
import { HazardCategoryTags } from './HazardCategoryTags.tsx';
import { HazardClassTag } from './HazardClassTag.tsx';
import { IndustryText } from './IndustryText.tsx';
import { SizeClassText } from './SizeClassText.tsx';

export interface EmployerTableProps {
  items: Employer[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function EmployerTable({ items, total, loading, page, pageSize, onPageChange }: EmployerTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Employer> = [
    {
      key: 'name',
      title: t('employers.fields.name'),
      render: (_, e) => (
        <Flex vertical gap={2}>
          <Link to={employerPath(e.id)} data-testid={`employer-link-${e.id}`}>
            {e.name}
          </Link>
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
              {e.uscc ?? t('common.empty')}
            </Typography.Text>
            {e.hasProfile ? null : (
              <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                {t('employers.profileMissing')}
              </Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    { key: 'region', title: t('employers.fields.region'), width: 170, render: (_, e) => e.regionName ?? e.regionCode },
    { key: 'industry', title: t('employers.fields.industry'), width: 150, render: (_, e) => <IndustryText code={e.industryCode} section={e.industrySection} /> },
    { key: 'sizeClass', title: t('employers.fields.sizeClass'), width: 90, render: (_, e) => <SizeClassText value={e.sizeClass} /> },
    { key: 'hazardClass', title: t('employers.fields.hazardRisk'), width: 100, render: (_, e) => (e.hasProfile ? <HazardClassTag employer={e} /> : t('common.empty')) },
    { key: 'hazardCategories', title: t('employers.fields.hazardCategories'), width: 150, render: (_, e) => <HazardCategoryTags categories={e.hazardCategories} /> },
    { key: 'exposedWorkers', title: t('employers.fields.exposedWorkers'), width: 90, align: 'right', render: (_, e) => e.exposedWorkers },
    {
      key: 'declaration',
      title: t('employers.fields.latestDeclaration'),
      width: 110,
      render: (_, e) => (e.latestDeclarationState ? <DeclarationStateTag state={e.latestDeclarationState} short /> : <Tag>{t('employers.declarationStatuses.none')}</Tag>),
    },
  ];

  return (
    <Table<Employer>
      data-testid="employers-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: 1100 }}
    />
  );
}
