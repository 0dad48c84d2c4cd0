import { EditOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ReportDetailView, useReport } from '../features/assessments/index.ts';
import { useSession } from '../features/auth/index.ts';
import { assessmentCorrectPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** One assessment report with its judged points; the filing institution corrects the current version by filing a new one. */
export function AssessmentReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session, can } = useSession();
  const navigate = useNavigate();
  const report = useReport(id);
  if (report.isPending) return <Skeleton active />;
  if (report.error) return <LoadFailure error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const isFiler = can('assessment:write') && session.organisation.id === r.institutionId;
  return (
    <div data-testid="assessment-report-page">
      <PageHeader
        title={`${t(`assessments.kinds.${r.kind}`)} ${r.reportNumber}`}
        subtitle={r.employerName}
        extra={
          isFiler && r.isCurrent ? (
            <Button icon={<EditOutlined />} onClick={() => void navigate(assessmentCorrectPath(r.id))} data-testid="assessment-correct">
              {t('assessments.correct.action')}
            </Button>
          ) : null
        }
      />
      <ReportDetailView report={r} canUpload={isFiler && r.isCurrent} />
    </div>
  );
}
