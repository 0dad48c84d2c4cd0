// Employers, posts and workers (issue 4): size classes, economic types, industry section and
// severe-hazard class, the employer/post validators, resident-ID derived fields, employment
// episodes and exposure years (接害工龄 / 接尘工龄).

export {
  EMPLOYER_SIZE_CLASSES,
  EMPLOYER_SIZE_CLASS_INFO,
  INDUSTRIAL_SIZE_THRESHOLDS,
  SME_CLASSIFICATION_2017,
  employerSizeClass,
  employerSizeClassFromText,
  isEmployerSizeClass,
  type EmployerSizeClass,
  type EmployerSizeClassInfo,
  type EmployerSizeInput,
  type EmployerSizeResult,
  type EmployerSizeStatus,
  type IndustrialSizeThreshold,
} from './employer-size.ts';

export {
  EMPLOYER_ECONOMIC_TYPES,
  EMPLOYER_ECONOMIC_TYPE_INFO,
  employerEconomicTypeFromCode,
  employerEconomicTypeFromLabel,
  isEmployerEconomicType,
  type EmployerEconomicType,
  type EmployerEconomicTypeInfo,
} from './economic-types.ts';

export {
  INDUSTRIAL_SECTIONS,
  employerHazardClass,
  employerIndustrySection,
  isIndustrialSection,
  type EmployerHazardClassResult,
  type EmployerIndustrySection,
  type IndustrialSection,
} from './employer-industry.ts';

export {
  resolveHazardFactorReference,
  type HazardFactorReference,
  type HazardFactorReferenceResult,
  type HazardFactorReferenceStatus,
} from './hazard-factor-reference.ts';

export {
  employerProfileIssues,
  postIssues,
  type EmployerPost,
  type EmployerProfile,
  type PostContext,
  type PostHazard,
} from './employer-profile.ts';

export {
  EXPOSURE_YEARS_RULE,
  exposureEpisodeIssues,
  exposureYears,
  type CategoryExposureYears,
  type ExposureDuration,
  type ExposureEpisode,
  type ExposurePeriod,
  type ExposureYearsResult,
  type FactorExposureYears,
} from './exposure-years.calculator.ts';

export { employmentIssues, type EmploymentContext, type EmploymentEpisode } from './employment.validator.ts';

export {
  workerAgeOn,
  workerIdentityFromIdNumber,
  workerIdentityIssues,
  type WorkerIdentity,
  type WorkerIdentityInput,
} from './worker-identity.ts';
