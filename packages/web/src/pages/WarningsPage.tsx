import { App, Button, Checkbox, Select, Space } from 'antd';
import { WARNING_RULES, WARNING_SEVERITIES, WARNING_STATES } from '@ohnet/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { isJobFinished, useJob } from '../features/jobs/index.ts';
import { type Warning, WarningDrawer, WarningsTable, useEvaluateWarnings, useRefreshWarningsAfterJob, useWarnings } from '../features/warnings/index.ts';
import { describeError } from '../shared/api/errors.ts';
import { useListSearchParams } from '../shared/hooks/use-list-search-params.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

const FILTERS = ['state', 'severity', 'rule', 'employerId', 'regionCode', 'assignedToMe'] as const;
type StateFilter = Warning['state'] | 'active' | 'all';

/** 预警处置: the warning inbox in the reader's scope (state defaults to "to handle"), with the detail drawer. */
export function WarningsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const { filters, page, pageSize, setFilters, setPage } = useListSearchParams(FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const state = (filters.state ?? 'active') as StateFilter;
  const list = useWarnings({
    page,
    pageSize,
    ...(state === 'all' ? {} : { state }),
    ...(filters.severity ? { severity: filters.severity as Warning['severity'] } : {}),
    ...(filters.rule ? { rule: filters.rule as Warning['rule'] } : {}),
    ...(filters.employerId ? { employerId: filters.employerId } : {}),
    ...(filters.regionCode ? { regionCode: filters.regionCode } : {}),
    ...(filters.assignedToMe === 'true' ? { assignedToMe: 'true' as const } : {}),
  });

  const evaluate = useEvaluateWarnings();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const refresh = useRefreshWarningsAfterJob();
  useEffect(() => {
    if (!job.data || !isJobFinished(job.data)) return;
    if (job.data.status === 'succeeded') {
      const r = job.data.result as { opened: number; updated: number; cleared: number };
      void message.success(t('warnings.evaluated', r));
    } else void message.error(t('warnings.evaluateFailed'));
    setJobId(null);
    refresh();
  }, [job.data, message, refresh, t]);
  const running = evaluate.isPending || jobId !== null;

  return (
    <div data-testid="warnings-page">
      <PageHeader
        title={t('warnings.title')}
        subtitle={t('warnings.subtitle')}
        extra={
          can('warning:act') ? (
            <Button
              loading={running}
              data-testid="warnings-evaluate"
              onClick={() =>
                evaluate.mutate(undefined, {
                  onSuccess: (r) => setJobId(r.jobId),
                  onError: (e) => void message.error(describeError(e)),
                })
              }
            >
              {running ? t('warnings.evaluating') : t('warnings.evaluate')}
            </Button>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<StateFilter>
          style={{ width: 210 }}
          value={state}
          data-testid="warnings-filter-state"
          onChange={(v) => setFilters({ state: v === 'active' ? undefined : v })}
          options={[
            { value: 'active', label: t('warnings.filters.active') },
            ...WARNING_STATES.map((s) => ({ value: s, label: t(`warnings.states.${s}`) })),
            { value: 'all', label: t('warnings.filters.all') },
          ]}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('warnings.filters.severity')}
          value={filters.severity}
          data-testid="warnings-filter-severity"
          onChange={(v?: string) => setFilters({ severity: v })}
          options={WARNING_SEVERITIES.map((s) => ({ value: s, label: t(`warnings.severities.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('warnings.filters.rule')}
          value={filters.rule}
          data-testid="warnings-filter-rule"
          onChange={(v?: string) => setFilters({ rule: v })}
          options={WARNING_RULES.map((r) => ({ value: r, label: t(`warnings.rules.${r}.name`) }))}
        />
        {can('warning:act') ? (
          <Checkbox checked={filters.assignedToMe === 'true'} onChange={(e) => setFilters({ assignedToMe: e.target.checked ? 'true' : undefined })}>
            {t('warnings.filters.assignedToMe')}
          </Checkbox>
        ) : null}
      </Space>
      {list.error ? (
        <LoadFailure error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <WarningsTable items={list.data?.items ?? []} total={list.data?.total ?? 0} page={page} pageSize={pageSize} loading={list.isFetching} onPage={setPage} onOpen={setOpenId} />
      )}
      <WarningDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
