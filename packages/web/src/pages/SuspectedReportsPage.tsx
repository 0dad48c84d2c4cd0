import { useTranslation } from 'react-i18next';
import { SuspectedReportList } from '../features/exams/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 疑似职业病报告: routed to the employer, the authority of its region and the chosen diagnosis institution. */
export function SuspectedReportsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="suspected-reports-page">
      <PageHeader title={t('exams.reports.title')} subtitle={t('exams.reports.subtitle')} />
      <SuspectedReportList />
    </div>
  );
}
