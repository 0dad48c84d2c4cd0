// Exposure rule packs and calculators (issue 3): GBZ 2.1-2019 chemical and dust limits, GBZ 2.2-2007
// noise and heat limits. Decisions and pack inventory: ./README.md.

export {
  exposureFailureToError,
  type ExposureAmbiguousFactor,
  type ExposureCheckStatus,
  type ExposureInputFailure,
  type ExposureInvalidInput,
  type ExposureRuleUnavailable,
  type ExposureRuleUnavailableReason,
  type ExposureUnknownFactor,
} from './exposure-results.ts';

export {
  gbz21Amendments,
  gbz21ChemicalPack,
  gbz21DustPack,
  gbz21Edition2019,
  gbz21MixtureRule,
  gbz21PeakExposureRule,
  oelAmendmentInForce,
  type OelAmendment,
  type OelAmendmentChange,
  type OelChemicalRow,
  type OelDustRow,
  type OelLimitType,
  type OelMixtureRule,
  type OelPeakExposureRule,
} from './oel.rule-pack.ts';

export {
  EXPOSURE_TIME_RATE_BANDS,
  LABOUR_INTENSITY_CLASSES,
  gbz22Edition2007,
  gbz22PhysicalPack,
  noiseActionLevelPack,
  type ExposureTimeRateBand,
  type Gbz22PhysicalRow,
  type ImpulseNoiseLimitRow,
  type LabourIntensityClass,
  type LabourIntensityRow,
  type NoiseActionLevelRow,
  type NoiseLimitRow,
  type WbgtAdjustmentRow,
  type WbgtLimitRow,
} from './physical.rule-pack.ts';

export { derivedOelNameKeys, lookupOelFactor, normaliseOelFactorName, type OelFactorMatch, type OelIndexedRow } from './oel-factor.lookup.ts';

export {
  computeCm,
  computeCste,
  computeCtwa8h,
  evaluatePeakExposure,
  type OelPeakExposureDetail,
  type OelPeakSample,
  type OelPeakViolation,
  type OelShiftSampling,
  type OelShortTermSample,
  type OelTimedSample,
} from './exposure-samples.ts';

export {
  chemicalExposure,
  chemicalMixtureExposure,
  type ChemicalCheckName,
  type ChemicalExposureInput,
  type ChemicalExposureOutcome,
  type ChemicalExposureResult,
  type ChemicalLimits,
  type ChemicalMixtureComponentInput,
  type ChemicalMixtureComponentResult,
  type ChemicalMixtureIndex,
  type ChemicalMixtureInput,
  type ChemicalMixtureOutcome,
  type ChemicalMixtureResult,
  type OelAmendmentApplied,
  type OelAmendmentNotApplied,
} from './chemical-exposure.calculator.ts';

export {
  DUST_FRACTIONS,
  dustExposure,
  silicaDustBand,
  type DustExposureInput,
  type DustExposureOutcome,
  type DustExposureResult,
  type DustFraction,
  type DustFractionInput,
  type DustFractionOutcome,
} from './dust-exposure.calculator.ts';

export {
  computeLex8h,
  computeLexw,
  impulseNoiseExposure,
  noiseExposure,
  noiseWeeklyExposure,
  type ImpulseNoiseInput,
  type ImpulseNoiseOutcome,
  type ImpulseNoiseResult,
  type NoiseExposureInput,
  type NoiseExposureOutcome,
  type NoiseExposureResult,
  type NoiseSegment,
  type NoiseWeeklyDay,
  type NoiseWeeklyInput,
  type NoiseWeeklyOutcome,
  type NoiseWeeklyResult,
} from './noise-exposure.calculator.ts';

export {
  exposureTimeRateBand,
  heatStressExposure,
  labourIntensityClassOf,
  type HeatExposureInput,
  type HeatExposureOutcome,
  type HeatExposureResult,
} from './heat-exposure.calculator.ts';
