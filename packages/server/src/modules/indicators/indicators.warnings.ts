import type { WarningCondition } from '@ohnet/domain';
import type { WarningRuleProvider } from '../warnings/warnings.providers.ts';
import type { PlansService } from './plans.service.ts';

function formatValue(unit: string | undefined, v: number): string {
  if (unit === 'ratio') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'rate_per_1000') return `${v.toFixed(2)}‰`;
  return String(Math.round(v));
}

/**
 * 指标进度滞后 (issue 7): every plan entry whose value is off track against its target pro rata for
 * the date (high) or at risk (medium), by the domain's `assessTarget`; one warning per indicator and
 * region while the condition lasts; it clears when the value is back on track. Entries not yet
 * computed never warn (no value is no evidence).
 */
export function indicatorWarningProvider(plans: PlansService): WarningRuleProvider {
  return {
    rule: 'indicator_off_track',
    async conditions({ asOf }) {
      const evaluated = await plans.evaluateAll(asOf);
      const out = new Map<string, WarningCondition>();
      for (const e of evaluated) {
        for (const entry of e.entries) {
          if (entry.value === null || (entry.status !== 'off_track' && entry.status !== 'at_risk')) continue;
          const subjectKey = `indicator:${entry.indicatorId}:${entry.regionCode}`;
          if (out.has(subjectKey) && out.get(subjectKey)!.severity === 'high') continue;
          const target = entry.target.kind === 'text' ? entry.target.text : entry.target.asWritten;
          out.set(subjectKey, {
            rule: 'indicator_off_track',
            subjectKey,
            regionCode: entry.regionCode,
            employerId: null,
            severity: entry.status === 'off_track' ? 'high' : 'medium',
            params: { indicatorName: entry.nameAsWritten, value: formatValue(entry.definition?.unit, entry.value.value), target, plan: e.plan.name, status: entry.status },
            link: `/dashboard?regionCode=${entry.regionCode}&indicator=${entry.indicatorId}`,
          });
        }
      }
      return [...out.values()];
    },
  };
}
