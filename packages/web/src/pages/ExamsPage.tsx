import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { EXAM_UPLOAD_ACCEPT, ExamBatchStats, type ExamListQuery, ExamFilters, ExamFormModal, ExamTable, examImportEndpoints, useExamBatches, useExamList, useRefreshExams } from '../features/exams/index.ts';
import { ImportHistory, ImportModal } from '../features/imports/index.ts';
import { examPath } from '../shared/routes.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 职业健康检查: the exams in scope; an exam institution also files them (form, or an Excel or JSON upload). */
export function ExamsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const canWrite = can('exam:write');
  const [query, setQuery] = useState<ExamListQuery>({ page: 1, pageSize: 20, flag: (params.get('flag') as ExamListQuery['flag']) ?? undefined });
  const list = useExamList(query);
  const [formOpen, setFormOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const refresh = useRefreshExams();
  const batches = useExamBatches(canWrite);
  const handleShowIncomplete = () => {
    setImportOpen(false);
    refresh();
    setQuery((q) => ({ ...q, flag: 'incomplete', page: 1 }));
  };
  return (
    <div data-testid="exams-page">
      <PageHeader
        title={t('exams.title')}
        subtitle={t('exams.subtitle')}
        extra={
          canWrite ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="exam-import-open">{t('exams.import.open')}</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)} data-testid="exam-form-open">{t('exams.form.open')}</Button>
            </>
          ) : null
        }
      />
      <ExamFilters query={query} onChange={(patch) => setQuery((q) => ({ ...q, ...patch }))} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <ExamTable items={list.data?.items ?? []} total={list.data?.total} loading={list.isFetching} page={query.page ?? 1} pageSize={query.pageSize ?? 20} onPageChange={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))} />
      {canWrite ? (
        <>
          <ExamFormModal open={formOpen} onClose={() => setFormOpen(false)} onFiled={(id) => { setFormOpen(false); void navigate(examPath(id)); }} />
          <ImportModal
            open={importOpen}
            title={t('exams.import.title')}
            intro={t('exams.import.intro')}
            endpoints={examImportEndpoints}
            accept={EXAM_UPLOAD_ACCEPT}
            dropText={{ text: t('exams.import.drop'), hint: t('exams.import.dropHint') }}
            resultExtra={(result) => <ExamBatchStats result={result} onShowIncomplete={handleShowIncomplete} />}
            onClose={() => setImportOpen(false)}
            onFinished={refresh}
            history={<ImportHistory imports={batches} />}
          />
        </>
      ) : null}
    </div>
  );
}
