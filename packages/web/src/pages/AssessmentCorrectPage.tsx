import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ReportForm, useReport } from '../features/assessments/index.ts';
import { assessmentReportPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 更正检测报告: the form prefilled from the current version; submitting files version n+1. */
export function AssessmentCorrectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useReport(id);
  if (report.isPending) return <Skeleton active />;
  if (report.error) return <LoadFailure error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const current = r.versions.find((v) => v.isCurrent);
  return (
    <div data-testid="assessment-correct-page">
      <PageHeader title={t('assessments.correct.title', { number: r.reportNumber })} subtitle={r.employerName} />
      {r.isCurrent ? (
        <ReportForm correcting={r} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('assessments.correct.notCurrent', { version: r.version })}
          description={current ? <Link to={assessmentReportPath(current.id)}>{t('assessments.detail.openCurrent', { version: current.version })}</Link> : null}
        />
      )}
    </div>
  );
}
