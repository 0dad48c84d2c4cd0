import type { UseMutationResult } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { type ServerIssue, describeError, placeServerErrors } from '../../shared/api/errors.ts';
import { calcIssueText } from './issue-text.ts';

/** A failed calculation that the form fields could not show by themselves. */
export interface CalculationProblem {
  message: string;
  issues: ServerIssue[];
}

export interface Calculation<TBody, TResult> {
  run: (body: TBody) => void;
  result: TResult | undefined;
  isPending: boolean;
  /** The inputs changed after the result was computed. */
  isStale: boolean;
  /** Call from the form's onValuesChange. */
  markStale: () => void;
  problem: CalculationProblem | null;
}

/**
 * Runs a calculator mutation for a form: the server's 422 issues go onto the matching fields (list
 * rows included); whatever no field can show becomes `problem`, listed beside the form. A result
 * whose inputs were edited afterwards is kept but marked stale rather than silently wrong.
 */
export function useCalculation<TBody, TResult>(
  mutation: UseMutationResult<TResult, Error, TBody>,
  form: FormInstance,
  onError?: (error: Error) => void,
): Calculation<TBody, TResult> {
  const [isStale, setIsStale] = useState(false);
  const [problem, setProblem] = useState<CalculationProblem | null>(null);

  const run = (body: TBody) => {
    setIsStale(false);
    setProblem(null);
    mutation.mutate(body, {
      onError: (error) => {
        const { placed, unplaced } = placeServerErrors(form, error, {}, calcIssueText);
        if (placed === 0 || unplaced.length > 0) setProblem({ message: describeError(error), issues: unplaced });
        onError?.(error);
      },
    });
  };

  return {
    run,
    result: mutation.isError ? undefined : mutation.data,
    isPending: mutation.isPending,
    isStale,
    markStale: () => {
      if (mutation.data !== undefined) setIsStale(true);
    },
    problem,
  };
}
