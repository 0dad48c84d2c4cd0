import { RECTIFICATION_STATES } from '@ohnet/domain';
import { Card, Form, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { AlertTable, TaskTable, useAlerts, useTaskList } from '../features/assessments/index.ts';
import { pickEnum } from '../shared/enums.ts';
import { useListSearchParams } from '../shared/hooks/use-list-search-params.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

const KEYS = ['tab', 'state'] as const;

/** 超标整改: rectification tasks (filtered by state) and exceedance alerts. */
export function RectificationsPage() {
  const { t } = useTranslation();
  const list = useListSearchParams(KEYS);
  const state = pickEnum(RECTIFICATION_STATES, list.filters.state);
  const tasks = useTaskList({ page: list.page, pageSize: list.pageSize, state });
  const alerts = useAlerts({});
  const tab = list.filters.tab === 'alerts' ? 'alerts' : 'tasks';
  return (
    <div data-testid="rectifications-page">
      <PageHeader title={t('rectifications.title')} subtitle={t('rectifications.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => list.setFilters({ tab: key })}
        items={[
          {
            key: 'tasks',
            label: <span data-testid="rectifications-tab-tasks">{t('rectifications.tabs.tasks')}</span>,
            children: (
              <>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Form layout="inline">
                    <Form.Item label={t('rectifications.stateFilter')}>
                      <Select
                        allowClear
                        placeholder={t('common.all')}
                        style={{ width: 200 }}
                        value={state}
                        onChange={(v?: string) => list.setFilters({ state: v })}
                        options={RECTIFICATION_STATES.map((s) => ({ value: s, label: t(`rectifications.states.${s}`) }))}
                      />
                    </Form.Item>
                  </Form>
                </Card>
                <TaskTable items={tasks.data?.items ?? []} total={tasks.data?.total} loading={tasks.isFetching} page={list.page} pageSize={list.pageSize} onPageChange={list.setPage} />
              </>
            ),
          },
          { key: 'alerts', label: <span data-testid="rectifications-tab-alerts">{t('rectifications.tabs.alerts')}</span>, children: <AlertTable items={alerts.data ?? []} loading={alerts.isFetching} /> },
        ]}
      />
    </div>
  );
}
