import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { ImportHistory, ImportModal } from '../features/imports/index.ts';
import {
  CorrectDoseModal,
  type DoseRecord,
  DoseFilters,
  DoseRecordFormModal,
  DoseRecordTable,
  OverLevelTable,
  doseImportEndpoints,
  useDoseImports,
  useDoseListParams,
  useDoseRecords,
  useOverLevel,
  useRefreshDose,
} from '../features/radiation/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/**
 * 个人剂量监测: dose records in scope with filters, and the workers above the investigation level or
 * a limit in a year. Dosimetry services (dose:write) also file one record or import a template.
 */
export function DoseRecordsPage() {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const canWrite = can('dose:write');
  const params = useDoseListParams();
  const list = useDoseRecords(params.query);
  const [overYear, setOverYear] = useState(params.query.year ?? new Date().getFullYear() - 1);
  const over = useOverLevel(overYear);
  const [dialog, setDialog] = useState<'form' | 'import' | null>(null);
  const [correcting, setCorrecting] = useState<DoseRecord | null>(null);
  const imports = useDoseImports(canWrite);
  const refresh = useRefreshDose();

  return (
    <div data-testid="dose-records-page">
      <PageHeader
        title={t('radiation.title')}
        subtitle={t('radiation.subtitle')}
        extra={
          canWrite ? (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setDialog('import')} data-testid="dose-import-open">
                {t('radiation.importButton')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('form')} data-testid="dose-form-open">
                {t('radiation.fileButton')}
              </Button>
            </>
          ) : null
        }
      />
      <Tabs
        activeKey={params.tab}
        onChange={(tab) => params.setFilters({ tab: tab === 'records' ? undefined : tab })}
        items={[
          {
            key: 'records',
            label: t('radiation.tabs.records'),
            children: (
              <>
                <Flex gap={12} wrap style={{ marginBottom: 16 }}>
                  <DoseFilters filters={params.filters} onChange={params.setFilters} />
                </Flex>
                {list.error ? <ErrorDisplay error={list.error} onRetry={() => void list.refetch()} /> : null}
                <DoseRecordTable
                  items={list.data?.items ?? []}
                  total={list.data?.total}
                  loading={list.isFetching}
                  page={params.page}
                  pageSize={params.pageSize}
                  onPageChange={params.setPage}
                  {...(canWrite ? { onCorrect: setCorrecting, ownInstitutionId: session.organisation.id } : {})}
                />
              </>
            ),
          },
          {
            key: 'overLevel',
            label: t('radiation.tabs.overLevel'),
            children: (
              <>
                <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
                  {t('radiation.fields.year')}
                  <InputNumber min={2000} max={2100} value={overYear} onChange={(v) => v && setOverYear(v)} data-testid="over-level-year" />
                </Flex>
                {over.error ? <ErrorDisplay error={over.error} onRetry={() => void over.refetch()} /> : null}
                <OverLevelTable items={over.data ?? []} loading={over.isFetching} />
              </>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'imports',
                  label: t('radiation.tabs.imports'),
                  children: (
                    <Card size="small">
                      <ImportHistory imports={imports} />
                    </Card>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DoseRecordFormModal open={dialog === 'form'} onClose={() => setDialog(null)} />
      <CorrectDoseModal record={correcting} onClose={() => setCorrecting(null)} />
      <ImportModal
        open={dialog === 'import'}
        title={t('radiation.import.title')}
        intro={t('radiation.import.intro')}
        endpoints={doseImportEndpoints()}
        onClose={() => setDialog(null)}
        onFinished={refresh}
      />
    </div>
  );
}
