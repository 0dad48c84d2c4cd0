import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ServerIssue, codeIssueText } from '../../../shared/api/errors.ts';
import { declarationIssueLabel } from '../issue-labels.ts';

export interface DeclarationIssuesProps {
  issues: ServerIssue[];
  /** Names factor row i (for labels such as 噪声 › 接触人数). */
  factorName: (index: number) => string | undefined;
  onSelect: (path: string) => void;
}

/** Every problem the server found on submit, each a link to its field (they are also shown on the fields). */
export function DeclarationIssues({ issues, factorName, onSelect }: DeclarationIssuesProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('declarations.issues.title', { count: issues.length })}
      description={
        <ol className="ohnet-issue-list" data-testid="declaration-issues">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>
              <Typography.Link onClick={() => onSelect(issue.path)}>{declarationIssueLabel(issue.path, factorName)}</Typography.Link>
              <span>
                {t('declarations.issues.colon')}
                {codeIssueText(issue)}
              </span>
            </li>
          ))}
        </ol>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
