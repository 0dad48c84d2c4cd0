import { Alert, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportResult } from '../import-result.ts';
import { ImportErrorTable } from './ImportErrorTable.tsx';

export interface ImportResultSummaryProps {
  result: ImportResult;
  mode: ImportMode | null;
}

/** Counts of an import and, when some rows were refused, the reasons row by row. */
export function ImportResultSummary({ result, mode }: ImportResultSummaryProps) {
  const { t } = useTranslation();
  const nothingWritten = mode === 'all_or_nothing' && result.rejected > 0;
  return (
    <div data-testid="import-result">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('imports.total')} value={result.total} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.imported')} value={result.imported} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.alreadyPresent')} value={result.alreadyPresent} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.rejected')} value={result.rejected} styles={{ content: result.rejected > 0 ? { color: '#cf1322' } : {} }} />
        </Col>
      </Row>
      {nothingWritten ? <Alert type="warning" showIcon title={t('imports.nothingWritten')} style={{ marginBottom: 12 }} /> : null}
      {result.rejected === 0 ? <Alert type="success" showIcon title={t('imports.allGood')} style={{ marginBottom: 12 }} /> : null}
      {result.errors.length > 0 ? <ImportErrorTable errors={result.errors} /> : null}
    </div>
  );
}
