import { Tag } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../shared/i18n/index.ts';
import type { Warning } from '../api.ts';

const SEVERITY_COLORS: Record<Warning['severity'], string> = { high: 'red', medium: 'orange', low: 'blue' };
const STATE_COLORS: Record<Warning['state'], string> = { open: 'volcano', acknowledged: 'gold', assigned: 'geekblue', closed: 'default', cleared: 'green' };

export function SeverityTag({ severity }: { severity: Warning['severity'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity]} data-testid={`severity-${severity}`}>
      {t(`warnings.severities.${severity}`)}
    </Tag>
  );
}

export function WarningStateTag({ state }: { state: Warning['state'] }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`warnings.states.${state}`)}</Tag>;
}

/** The i18n key of a warning's situation text (the rule and, for some rules, its status). */
function detailKey(w: Pick<Warning, 'rule' | 'params'>): string {
  switch (w.rule) {
    case 'rectification_open':
      return Number(w.params.daysOverdue) > 0 ? 'warnings.rules.rectification_open.detailOverdue' : 'warnings.rules.rectification_open.detail';
    case 'declaration_overdue':
      return w.params.status === 'undeclared' ? 'warnings.rules.declaration_overdue.detailUndeclared' : 'warnings.rules.declaration_overdue.detail';
    case 'periodic_testing_overdue':
      return w.params.status === 'never_tested' ? 'warnings.rules.periodic_testing_overdue.detailNever' : 'warnings.rules.periodic_testing_overdue.detail';
    case 'monitoring_alert':
      return w.params.kind === 'limit' ? 'warnings.rules.monitoring_alert.detailLimit' : 'warnings.rules.monitoring_alert.detailAction';
    case 'assessment_exceedance':
    case 'suspected_od_cluster':
    case 'exam_overdue':
    case 'indicator_off_track':
      return `warnings.rules.${w.rule}.detail`;
  }
}

/** The situation in the current language, from the figures the rule recorded (a missing figure shows as —). */
export function warningDetailText(w: Pick<Warning, 'rule' | 'params'>): string {
  const replace = Object.fromEntries(Object.entries(w.params).map(([k, v]) => [k, v === null || v === '' ? '—' : String(v)]));
  return String(i18n.t(detailKey(w) as ParseKeys, { replace } as never));
}
