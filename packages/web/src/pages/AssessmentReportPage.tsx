import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ReportDetailView, useReport } from '../features/assessments/index.ts';
import { useSession } from '../features/auth/index.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** One assessment report with its judged points. */
export function AssessmentReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session, can } = useSession();
  const report = useReport(id);
  if (report.isPending) return <Skeleton active />;
  if (report.error) return <LoadFailure error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <div data-testid="assessment-report-page">
      <PageHeader title={`${t(`assessments.kinds.${r.kind}`)} ${r.reportNumber}`} subtitle={r.employerName} />
      <ReportDetailView report={r} canUpload={can('assessment:write') && session.organisation.id === r.institutionId} />
    </div>
  );
}
