import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { ExamInstitutionList } from '../features/exams/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 职业健康检查机构备案: only a filed institution covering a factor's category may file exams for it. */
export function ExamInstitutionsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <div data-testid="exam-institutions-page">
      <PageHeader title={t('exams.institutions.title')} subtitle={t('exams.institutions.subtitle')} />
      <ExamInstitutionList canWrite={can('exam_institution:write')} />
    </div>
  );
}
