// Catalogue rule packs (issue 3): 职业病分类和目录 (2013, 2024), 职业病危害因素分类目录 (2015) with the
// free-text resolver, 建设项目职业病危害风险分类管理目录 (2021), GB/T 4754-2017 sections and the
// surveillance case-card code tables.
export { citeCatalogue, type CatalogueEdition } from './catalogue-edition.ts';
export { catalogueTextKey } from './catalogue-text.ts';
export {
  OCCUPATIONAL_DISEASE_CATALOGUE_2013,
  OCCUPATIONAL_DISEASE_CATALOGUE_2024,
  citeDisease,
  diseaseCatalogueOn,
  diseaseCategoriesOn,
  diseaseCountOn,
  findDisease,
  occupationalDiseasePack,
  type DiseaseLookup,
  type DiseaseLookupStatus,
  type OccupationalDiseaseCatalogue,
  type OccupationalDiseaseCategory,
  type OccupationalDiseaseEditionLabel,
  type OccupationalDiseaseRow,
} from './occupational-disease.catalog.ts';
export {
  HAZARD_FACTOR_CATALOGUE_2015,
  HAZARD_FACTOR_CATEGORIES,
  HAZARD_FACTOR_OFFICIAL_ROW_COUNT,
  citeHazardFactor,
  hazardFactorById,
  hazardFactorCatalogueOn,
  hazardFactorCatalogueSummary,
  hazardFactorPack,
  hazardFactorRows,
  hazardFactorsByCas,
  hazardFactorsByName,
  hazardFactorsInCategory,
  type HazardFactorCatalogueSummary,
  type HazardFactorCategory,
  type HazardFactorCategoryInfo,
  type HazardFactorCategoryName,
  type HazardFactorRow,
} from './hazard-factor.catalog.ts';
export { HAZARD_FACTOR_ALIAS_GROUPS, type HazardFactorAliasGroup } from './hazard-factor-aliases.ts';
export {
  resolveHazardFactor,
  type HazardFactorResolution,
  type HazardFactorResolutionStatus,
  type ResolveHazardFactorOptions,
} from './hazard-factor.resolver.ts';
export {
  CONSTRUCTION_RISK_CATALOGUE_2021,
  citeConstructionRiskRow,
  constructionRiskChildren,
  constructionRiskPack,
  constructionRiskRowByCode,
  constructionRiskRows,
  riskClassForIndustry,
  type ConstructionRiskClass,
  type ConstructionRiskRow,
  type ConstructionRiskRowLevel,
  type IndustryRiskOptions,
  type IndustryRiskResult,
  type IndustryRiskStatus,
} from './construction-risk.catalog.ts';
export {
  GBT4754_SECTIONS,
  industrySectionByCode,
  industrySectionByName,
  type IndustrySection,
  type IndustrySectionLookup,
} from './industry-sections.catalog.ts';
export {
  CASE_CARD_CODE_TABLES,
  CASE_CARD_CONCLUSION_CODES,
  CASE_CARD_EXAM_TYPE_CODES,
  caseCardCodeFor,
  caseCardCodeName,
  type CaseCardCode,
  type CaseCardCodeLookup,
  type CaseCardCodeTable,
  type CaseCardCodeTableId,
  type CaseCardConclusionKey,
  type CaseCardExamTypeKey,
} from './case-card-codes.catalog.ts';
