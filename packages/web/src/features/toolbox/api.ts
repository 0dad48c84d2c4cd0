import { type Schemas, unwrap } from '@ohnet/api-client';
import type { DoseCheckResult as DomainDoseCheckResult, ExamPlanFactor as DomainExamPlanFactor, HearingResult as DomainHearingResult } from '@ohnet/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type RuleUnavailable = Schemas['RuleUnavailable'];
export type NoiseExposureRequest = Schemas['NoiseExposureRequest'];
export type NoiseExposureResult = Schemas['NoiseExposureResult'];
export type NoiseWeeklyRequest = Schemas['NoiseWeeklyRequest'];
export type NoiseWeeklyResult = Schemas['NoiseWeeklyResult'];
export type ChemicalExposureRequest = Schemas['ChemicalExposureRequest'];
export type ChemicalExposureResult = Schemas['ChemicalExposureResult'];
export type ChemicalCheckStatus = ChemicalExposureResult['checks']['twa'];
export type HearingRequest = Schemas['HearingRequest'];
export type DoseCheckRequest = Schemas['DoseCheckRequest'];
export type ExamPlanRequest = Schemas['ExamPlanRequest'];
export type ExamType = ExamPlanRequest['examType'];
export type IdNumberValidation = Schemas['IdNumberValidation'];
export type UsccValidation = Schemas['UsccValidation'];

/*
 * The hearing, dose-check and exam-plan answers are the domain calculators' results passed through
 * (the contract names the required fields and lets the explanations through as extra properties):
 * the extra fields are typed from the domain's own result types.
 */
export type HearingResult = Schemas['HearingResult'] &
  Pick<DomainHearingResult, 'ageBand' | 'corrections' | 'speechFrequencyAverage' | 'weightedValues' | 'weightedBand'> & { parts?: DomainHearingResult['parts'] };
export type DoseCheckResult = Schemas['DoseCheckResult'] & Partial<Pick<DomainDoseCheckResult, 'fiveYearWindow' | 'fiveYearAverage' | 'investigationLevel'>>;
export type ExamPlanFactor = Schemas['ExamPlanResult']['factors'][number] &
  Partial<
    Pick<DomainExamPlanFactor, 'matchedFactor' | 'matchedVia' | 'reason' | 'physicalExam' | 'recheck' | 'periodRangeMonths' | 'periodOptions' | 'periodNote' | 'notes'>
  >;
export type ExamPlanResult = Pick<Schemas['ExamPlanResult'], 'citation' | 'verified'> & {
  factors: ExamPlanFactor[];
  examDate?: string;
  examType?: ExamType;
  standard?: string | null;
};

/** The calculators are public and stateless: each is a mutation (POST, nothing cached). */
export function useNoiseExposure() {
  return useMutation({
    mutationFn: async (body: NoiseExposureRequest) => unwrap(await api.POST('/api/v1/calc/noise-exposure', { body })),
  });
}

export function useNoiseWeekly() {
  return useMutation({
    mutationFn: async (body: NoiseWeeklyRequest) => unwrap(await api.POST('/api/v1/calc/noise-weekly', { body })),
  });
}

export function useChemicalExposure() {
  return useMutation({
    mutationFn: async (body: ChemicalExposureRequest) => unwrap(await api.POST('/api/v1/calc/chemical-exposure', { body })),
  });
}

export function useHearingAssessment() {
  return useMutation({
    mutationFn: async (body: HearingRequest): Promise<HearingResult> => unwrap(await api.POST('/api/v1/calc/hearing', { body })) as HearingResult,
  });
}

export function useDoseCheck() {
  return useMutation({
    mutationFn: async (body: DoseCheckRequest): Promise<DoseCheckResult> => unwrap(await api.POST('/api/v1/calc/dose-check', { body })) as DoseCheckResult,
  });
}

export function useExamPlan() {
  return useMutation({
    mutationFn: async (body: ExamPlanRequest): Promise<ExamPlanResult> => unwrap(await api.POST('/api/v1/calc/exam-plan', { body })) as ExamPlanResult,
  });
}

export type NumberKind = 'idNumber' | 'uscc';
export type NumberCheck = { kind: 'idNumber'; result: IdNumberValidation } | { kind: 'uscc'; result: UsccValidation };

export function useNumberCheck() {
  return useMutation({
    mutationFn: async ({ kind, value }: { kind: NumberKind; value: string }): Promise<NumberCheck> =>
      kind === 'idNumber'
        ? { kind, result: unwrap(await api.POST('/api/v1/validate/id-number', { body: { value } })) }
        : { kind, result: unwrap(await api.POST('/api/v1/validate/uscc', { body: { value } })) },
  });
}
