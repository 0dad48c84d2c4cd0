import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { NoticeList } from '../features/exams/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 职业禁忌证告知: the employer moves the worker off the hazard by the due date and confirms. */
export function NoticesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <div data-testid="notices-page">
      <PageHeader title={t('exams.notices.title')} subtitle={t('exams.notices.subtitle')} />
      <NoticeList canConfirm={can('contraindication_notice:confirm')} />
    </div>
  );
}
