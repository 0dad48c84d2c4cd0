import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalculationProblem } from '../use-calculation.ts';
import { calcIssueText } from '../issue-text.ts';

export interface ResultPanelProps {
  /** `toolbox-<name>-result`. */
  testId: string;
  isPending: boolean;
  isStale: boolean;
  problem: CalculationProblem | null;
  /** The rendered result, or null before the first calculation. */
  children: ReactNode;
}

/** The right-hand card: a hint before the first run, the failure, or the result (marked when stale). */
export function ResultPanel({ testId, isPending, isStale, problem, children }: ResultPanelProps) {
  const { t } = useTranslation();
  const hasResult = children !== null && children !== undefined && children !== false;
  const state = problem ? 'error' : isPending ? 'pending' : hasResult ? 'ready' : 'empty';

  let body: ReactNode;
  if (problem) {
    body = (
      <Alert
        type="error"
        showIcon
        title={problem.message}
        data-testid="toolbox-problem"
        description={
          problem.issues.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problem.issues.map((i) => (
                <li key={`${i.path}:${i.code}`}>{calcIssueText(i)}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  } else if (hasResult) {
    body = (
      <Flex vertical gap={16}>
        {isStale ? <Alert type="info" showIcon title={t('toolbox.common.stale')} data-testid="toolbox-stale" /> : null}
        <div className={isStale ? 'ohnet-result-stale' : undefined}>{children}</div>
      </Flex>
    );
  } else {
    body = <Empty image={<CalculatorOutlined className="ohnet-result-empty-icon" />} description={t('toolbox.common.emptyResult')} />;
  }

  return (
    <Card title={t('toolbox.common.resultTitle')} data-testid={testId} data-state={state} className="ohnet-result-card">
      <Spin spinning={isPending}>{body}</Spin>
    </Card>
  );
}
