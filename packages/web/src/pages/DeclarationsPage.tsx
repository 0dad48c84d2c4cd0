import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { DeclarationFilters, DeclarationTable, useDeclarationList, useDeclarationListParams } from '../features/declarations/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 职业病危害申报: for reviewers it opens on the review queue (待审核); others see every declaration in scope. */
export function DeclarationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const isReviewer = can('declaration:review');
  const params = useDeclarationListParams(isReviewer ? 'submitted' : 'all');
  const list = useDeclarationList(params.query);

  return (
    <div data-testid="declarations-page">
      <PageHeader title={t('declarations.title')} subtitle={isReviewer ? t('declarations.reviewSubtitle') : t('declarations.subtitle')} />
      <DeclarationFilters state={params.state} filters={params.filters} onChange={params.setFilters} />
      {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
      <DeclarationTable items={list.data?.items ?? []} total={list.data?.total} loading={list.isFetching} page={params.page} pageSize={params.pageSize} onPageChange={params.setPage} />
    </div>
  );
}
