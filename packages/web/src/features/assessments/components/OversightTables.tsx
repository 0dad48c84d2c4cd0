import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { employerPath } from '../../../shared/routes.ts';
import { useCrossCheck, useOverdueTesting } from '../api.ts';

/** 逾期未检测: employers with hazards whose periodic test is overdue or missing (frequency rule cited). */
export function OverdueTestingTable() {
  const { t } = useTranslation();
  const list = useOverdueTesting(true);
  return (
    <Table
      data-testid="overdue-testing-table"
      rowKey="employerId"
      size="middle"
      loading={list.isFetching}
      dataSource={list.data ?? []}
      pagination={false}
      locale={{ emptyText: t('assessments.overdue.empty') }}
      columns={[
        { key: 'name', title: t('assessments.fields.employer'), render: (_, r) => <Link to={employerPath(r.employerId, 'assessments')}>{r.name}</Link> },
        { key: 'region', title: t('assessments.fields.region'), width: 120, render: (_, r) => r.regionCode },
        { key: 'class', title: t('assessments.overdue.hazardClass'), width: 140, render: (_, r) => t(`assessments.overdue.hazardClasses.${(r.hazardClass ?? 'none') as 'none'}`) },
        { key: 'interval', title: t('assessments.overdue.interval'), width: 110, render: (_, r) => t('assessments.overdue.intervalYears', { years: r.intervalYears }) },
        { key: 'last', title: t('assessments.overdue.lastTested'), width: 120, render: (_, r) => r.lastTestedOn ?? t('common.empty') },
        { key: 'due', title: t('assessments.overdue.dueDate'), width: 120, render: (_, r) => r.dueDate ?? t('common.empty') },
        { key: 'status', title: t('common.status'), width: 150, render: (_, r) => <Tag color="red">{r.status === 'overdue' ? `${t('assessments.overdue.status.overdue')} ${r.daysOverdue}` : t('assessments.overdue.status.never_tested')}</Tag> },
        { key: 'citation', title: t('assessments.fields.citation'), render: (_, r) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.citation}</Typography.Text> },
      ]}
    />
  );
}

/** 申报与检测比对: factors measured but not declared, declared but never tested. */
export function CrossCheckTable() {
  const { t } = useTranslation();
  const list = useCrossCheck(true);
  const pairs = (xs: { postName: string; factorName: string }[]) => xs.map((x) => <Tag key={`${x.postName}:${x.factorName}`}>{`${x.postName} · ${x.factorName}`}</Tag>);
  return (
    <Table
      data-testid="cross-check-table"
      rowKey="employerId"
      size="middle"
      loading={list.isFetching}
      dataSource={list.data ?? []}
      pagination={false}
      locale={{ emptyText: t('assessments.crossCheck.empty') }}
      columns={[
        { key: 'name', title: t('assessments.fields.employer'), render: (_, r) => <Link to={employerPath(r.employerId, 'assessments')}>{r.name}</Link> },
        { key: 'measured', title: t('assessments.crossCheck.measuredNotDeclared'), render: (_, r) => pairs(r.measuredNotDeclared) },
        { key: 'declared', title: t('assessments.crossCheck.declaredNotTested'), render: (_, r) => pairs(r.declaredNotTested) },
      ]}
    />
  );
}
