import type { FormRule } from 'antd';
import { i18n } from '../../shared/i18n/index.ts';
import { calcIssueText } from './issue-text.ts';

export interface NumberRuleOptions {
  /** Inclusive lower bound. */
  min?: number;
  /** Lower bound that the value must exceed (e.g. durations: > 0). */
  above?: number;
  max?: number;
  integer?: boolean;
  /** Unit named in the message, e.g. `dB(A)`. */
  unit?: string;
  required?: boolean;
}

/**
 * antd rules for a numeric field that mirror the calculators' own checks, so most mistakes show
 * while the user types instead of after a round trip (the server still checks everything).
 */
export function numberRules({ min, above, max, integer = false, unit = '', required = true }: NumberRuleOptions): FormRule[] {
  const t = i18n.t.bind(i18n);
  return [
    { required, message: t('toolbox.validation.required') },
    {
      validator: async (_rule, value: unknown) => {
        if (value === null || value === undefined || value === '') return;
        if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(t('toolbox.validation.number'));
        if (integer && !Number.isInteger(value)) throw new Error(t('toolbox.validation.integer'));
        if (above !== undefined && max !== undefined && (value <= above || value > max)) throw new Error(t('toolbox.validation.aboveMax', { above, max, unit }));
        if (min !== undefined && max !== undefined && (value < min || value > max)) throw new Error(t('toolbox.validation.between', { min, max, unit }));
        if (above !== undefined && value <= above) throw new Error(t('toolbox.validation.above', { above, unit }));
        if (min !== undefined && value < min) throw new Error(t('toolbox.validation.min', { min, unit }));
        if (max !== undefined && value > max) throw new Error(t('toolbox.validation.max', { max, unit }));
      },
    },
  ];
}

/** A field issue as the domain's input checks report it (`left.500`, `annualDoses.1.year`). */
interface DomainIssue {
  path: string;
  code: string;
  message: string;
}

/**
 * An antd rule backed by a domain input check (e.g. `hearingInputIssues`): the field shows the
 * issue the domain reports for its path, so the browser rejects exactly what the server would.
 * `prefix` names the field where the message is shown away from it (an audiogram cell).
 */
export function domainIssueRule(issuesOf: () => DomainIssue[], path: string, prefix = ''): FormRule {
  return {
    validator: async () => {
      const issue = issuesOf().find((i) => i.path === path);
      if (issue) throw new Error(`${prefix}${calcIssueText(issue)}`);
    },
  };
}
