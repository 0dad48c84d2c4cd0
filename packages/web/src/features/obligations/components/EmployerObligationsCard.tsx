import { Card, List, Skeleton, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePeriodicTesting } from '../../assessments/index.ts';
import { useSession } from '../../auth/index.ts';
import { PATHS, employerPath } from '../../../shared/routes.ts';
import { formatDate } from '../../../shared/format/index.ts';
import { useDeclarationClock, useEmployerOpenCounts } from '../api.ts';

interface Row {
  key: string;
  title: string;
  status: ReactNode;
  detail: ReactNode;
  link: string;
}

/**
 * 我的职业健康义务: an employer's own obligations and deadlines on its home page — the next
 * declaration and periodic test (with the clause that sets the deadline), overdue exams, open
 * rectifications and unconfirmed contraindication notices — read from the modules' own endpoints.
 */
export function EmployerObligationsCard() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const employerId = session.organisation.id;
  const clock = useDeclarationClock(employerId, can('declaration:read'));
  const testing = usePeriodicTesting(employerId);
  const counts = useEmployerOpenCounts(employerId, { rectifications: can('rectification:read'), notices: can('contraindication_notice:read'), surveillance: can('surveillance:read') });

  const count = (n: number | undefined, loading: boolean) => (loading ? <Skeleton.Button size="small" active /> : <Tag color={n ? 'error' : 'success'}>{t('obligations.count', { count: n ?? 0 })}</Tag>);
  const rows: Row[] = [];
  if (can('declaration:read')) {
    const next = clock.data?.next ?? null;
    rows.push({
      key: 'declaration',
      title: t('obligations.declaration'),
      status: clock.isPending ? <Skeleton.Button size="small" active /> : next ? <Tag color={next.overdue || next.status === 'undeclared' ? 'error' : next.status === 'filed_pending_review' ? 'processing' : 'warning'}>{t(`obligations.declarationStatus.${next.status}`)}</Tag> : <Tag color="success">{t('obligations.upToDate')}</Tag>,
      detail: next ? (
        <Tooltip title={next.citation}>
          <span>{next.dueDate ? t('obligations.dueOn', { date: formatDate(next.dueDate), days: next.daysRemaining ?? 0 }) : t('obligations.noDate')}</span>
        </Tooltip>
      ) : null,
      link: employerPath(employerId, 'declarations'),
    });
  }
  if (can('assessment:read')) {
    const p = testing.data;
    rows.push({
      key: 'testing',
      title: t('obligations.testing'),
      status: testing.isPending ? <Skeleton.Button size="small" active /> : p ? <Tag color={p.overdue || p.status === 'never_tested' ? 'error' : 'warning'}>{t(`obligations.testingStatus.${p.status}`)}</Tag> : null,
      detail: p ? (
        <Tooltip title={p.citation}>
          <span>{p.dueDate ? t('obligations.testingDue', { date: formatDate(p.dueDate), years: p.intervalYears }) : t('obligations.noDate')}</span>
        </Tooltip>
      ) : null,
      link: employerPath(employerId, 'assessments'),
    });
  }
  if (can('surveillance:read')) rows.push({ key: 'exams', title: t('obligations.overdueExams'), status: count(counts.overdueExams.data, counts.overdueExams.isPending), detail: null, link: PATHS.overdue });
  if (can('rectification:read')) rows.push({ key: 'rectifications', title: t('obligations.rectifications'), status: count(counts.rectifications.data, counts.rectifications.isPending), detail: null, link: PATHS.rectifications });
  if (can('contraindication_notice:read')) rows.push({ key: 'notices', title: t('obligations.notices'), status: count(counts.notices.data, counts.notices.isPending), detail: null, link: PATHS.notices });

  return (
    <Card title={t('obligations.title')} size="small" data-testid="employer-obligations">
      <List<Row>
        dataSource={rows}
        renderItem={(r) => (
          <List.Item key={r.key} data-testid={`obligation-${r.key}`} extra={<Link to={r.link}>{t('obligations.open')}</Link>}>
            <List.Item.Meta title={<Typography.Text>{r.title}</Typography.Text>} description={r.detail} />
            {r.status}
          </List.Item>
        )}
      />
    </Card>
  );
}
