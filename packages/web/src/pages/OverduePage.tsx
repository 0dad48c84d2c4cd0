import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { OverdueList } from '../features/exams/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 应检未检名单: per employer (an employer sees its own) and per region. */
export function OverduePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <div data-testid="overdue-page">
      <PageHeader title={t('exams.overdue.title')} subtitle={t('exams.overdue.subtitle')} />
      <OverdueList canOpenArchive={can('health_archive:read')} />
    </div>
  );
}
