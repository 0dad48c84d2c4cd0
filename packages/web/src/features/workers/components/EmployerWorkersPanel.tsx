import { ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { ImportHistory, ImportModal } from '../../imports/index.ts';
import { type WorkerListItem, useRefreshAfterImport, useWorkerImports, useWorkerList, workerImportEndpoints } from '../api.ts';
import { useWorkerListParams } from '../use-worker-list-params.ts';
import { EndEmploymentModal } from './EndEmploymentModal.tsx';
import { HireWorkerModal, type PostOption } from './HireWorkerModal.tsx';
import { WorkerDrawer } from './WorkerDrawer.tsx';
import { WorkerFilters } from './WorkerFilters.tsx';
import { WorkerTable } from './WorkerTable.tsx';

export interface EmployerWorkersPanelProps {
  employerId: string;
  /** Active posts, offered when registering a worker. */
  posts: PostOption[];
  /** worker:write — register, end employments, import. */
  canWrite: boolean;
}

type Dialog = { kind: 'none' } | { kind: 'hire' } | { kind: 'import' } | { kind: 'end'; worker: WorkerListItem };

/** 劳动者 tab: search, the list with masked ID numbers, the record drawer, registration, departures and bulk import. */
export function EmployerWorkersPanel({ employerId, posts, canWrite }: EmployerWorkersPanelProps) {
  const { t } = useTranslation();
  const params = useWorkerListParams();
  const list = useWorkerList(employerId, params.query);
  const [openWorkerId, setOpenWorkerId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const imports = useWorkerImports(employerId, canWrite);
  const refreshAfterImport = useRefreshAfterImport();
  const close = () => setDialog({ kind: 'none' });

  return (
    <>
      <Card
        title={t('workers.title')}
        extra={
          canWrite ? (
            <Flex gap={8}>
              <Button icon={<ImportOutlined />} onClick={() => setDialog({ kind: 'import' })} data-testid="workers-import">
                {t('workers.import.button')}
              </Button>
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'hire' })} data-testid="workers-hire">
                {t('workers.hire.button')}
              </Button>
            </Flex>
          ) : null
        }
      >
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <WorkerFilters filters={params.filters} onChange={params.setFilters} />
        </Flex>
        {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
        <WorkerTable
          items={list.data?.items ?? []}
          total={list.data?.total}
          loading={list.isFetching}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={params.setPage}
          onOpen={(w) => setOpenWorkerId(w.id)}
          onEnd={canWrite ? (worker) => setDialog({ kind: 'end', worker }) : undefined}
        />
      </Card>
      {canWrite ? <ImportHistory imports={imports} /> : null}
      <WorkerDrawer workerId={openWorkerId} onClose={() => setOpenWorkerId(null)} />
      <HireWorkerModal employerId={employerId} posts={posts} open={dialog.kind === 'hire'} onClose={close} />
      <EndEmploymentModal employerId={employerId} worker={dialog.kind === 'end' ? dialog.worker : null} onClose={close} />
      <ImportModal
        open={dialog.kind === 'import'}
        title={t('workers.import.title')}
        intro={t('workers.import.intro')}
        endpoints={workerImportEndpoints(employerId)}
        onClose={close}
        onFinished={refreshAfterImport}
      />
    </>
  );
}
