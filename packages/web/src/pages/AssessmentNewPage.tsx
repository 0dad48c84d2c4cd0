import { useTranslation } from 'react-i18next';
import { ReportForm } from '../features/assessments/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 填报检测报告. */
export function AssessmentNewPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="assessment-new-page">
      <PageHeader title={t('assessments.form.title')} subtitle={t('assessments.form.subtitle')} />
      <ReportForm />
    </div>
  );
}
