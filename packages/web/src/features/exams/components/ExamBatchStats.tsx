import { Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../../shared/routes.ts';

/** The exam-specific figures of a finished batch (the job result); null when the result has another shape. */
function examFigures(result: unknown): { incomplete: number; suspectedReports: number; contraindicationNotices: number } | null {
  if (typeof result !== 'object' || result === null) return null;
  const { incomplete, suspectedReports, contraindicationNotices } = result as Record<string, unknown>;
  if (typeof incomplete !== 'number' || typeof suspectedReports !== 'number' || typeof contraindicationNotices !== 'number') return null;
  return { incomplete, suspectedReports, contraindicationNotices };
}

export interface ExamBatchStatsProps {
  result: unknown;
  /** Shows the incomplete exams in the list (the modal closes). */
  onShowIncomplete: () => void;
}

/**
 * What a batch set off: records kept but flagged incomplete (GBZ 188 required items missing), the
 * suspected occupational disease reports and contraindication notices created with them.
 */
export function ExamBatchStats({ result, onShowIncomplete }: ExamBatchStatsProps) {
  const { t } = useTranslation();
  const figures = examFigures(result);
  if (!figures) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="exam-batch-stats">
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('exams.import.incomplete')} value={figures.incomplete} styles={{ content: figures.incomplete > 0 ? { color: '#d46b08' } : {} }} />
          {figures.incomplete > 0 ? (
            <Button size="small" type="link" style={{ padding: 0 }} onClick={onShowIncomplete} data-testid="exam-batch-show-incomplete">
              {t('exams.import.showIncomplete')}
            </Button>
          ) : null}
        </Col>
        <Col span={8}>
          <Statistic title={t('exams.import.suspectedReports')} value={figures.suspectedReports} styles={{ content: figures.suspectedReports > 0 ? { color: '#cf1322' } : {} }} />
          {figures.suspectedReports > 0 ? <Link to={PATHS.suspectedReports}>{t('exams.import.openReports')}</Link> : null}
        </Col>
        <Col span={8}>
          <Statistic title={t('exams.import.contraindicationNotices')} value={figures.contraindicationNotices} styles={{ content: figures.contraindicationNotices > 0 ? { color: '#d4380d' } : {} }} />
          {figures.contraindicationNotices > 0 ? <Link to={PATHS.notices}>{t('exams.import.openNotices')}</Link> : null}
        </Col>
      </Row>
    </Card>
  );
}
