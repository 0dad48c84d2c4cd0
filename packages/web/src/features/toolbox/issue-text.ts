import { type ServerIssue, issueText } from '../../shared/api/errors.ts';
import { translateDynamic } from '../../shared/i18n/index.ts';

/**
 * The text of a calculator issue. The calculators' messages are terse English developer text
 * ("must be greater than 0"), so the code is translated in every language when the resources know
 * it; other issues (ID number, USCC) keep the shared rule.
 */
export function calcIssueText(issue: Pick<ServerIssue, 'code' | 'message'>): string {
  return translateDynamic(`issues.${issue.code}`, issueText(issue));
}
