import { HAZARD_FACTOR_CATEGORIES, type HazardFactorCategory } from '@ohnet/domain';

/** GB/T 4754-2017 sections (门类 A–T); names come from i18n `industrySections.<letter>`. */
export const INDUSTRY_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;
export type IndustrySectionLetter = (typeof INDUSTRY_SECTIONS)[number];

/** The employers filter by their latest declaration: accepted, in review (submitted), returned, or none at all. */
export const DECLARATION_STATUSES = ['accepted', 'in_review', 'returned', 'none'] as const;

export const HAZARD_CLASSES = ['severe', 'general'] as const;
export type HazardClass = (typeof HAZARD_CLASSES)[number];

/**
 * The API names hazard categories by their catalogue name (粉尘, 化学因素 …: the `hazardCategory`
 * filter and `Employer.hazardCategories`); the UI translates them through their catalogue id.
 */
export const HAZARD_CATEGORY_OPTIONS: readonly { id: HazardFactorCategory; apiName: string }[] = HAZARD_FACTOR_CATEGORIES.map((c) => ({ id: c.id, apiName: c.name }));

/** The catalogue id of a category name the API sent, or undefined for a name the catalogue does not know. */
export function hazardCategoryIdOf(apiName: string): HazardFactorCategory | undefined {
  return HAZARD_CATEGORY_OPTIONS.find((c) => c.apiName === apiName)?.id;
}
