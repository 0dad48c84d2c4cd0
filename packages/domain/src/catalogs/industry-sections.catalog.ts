/**
 * GB/T 4754-2017 国民经济行业分类: the 20 sections (门类 A–T).
 *
 * Data: data/code-tables.json `gbt4754_2017_sections` (from memory). A section counts as verified
 * when the 2021 construction-project risk catalogue — a transcription of an official text built on
 * GB/T 4754-2017 — prints the same letter and name (12 of the 20: A–H, M, N, O, Q).
 * Only sections are loaded; 大类/中类/小类 names are not.
 */
import { outcome, type Provenance, type RuleOutcome } from '../rules/rule-pack.ts';
import { catalogueTextKey } from './catalogue-text.ts';
import { constructionRiskRows } from './construction-risk.catalog.ts';
import codeTablesJson from './data/code-tables.json' with { type: 'json' };

/** A section (门类) of GB/T 4754-2017. */
export interface IndustrySection extends Provenance {
  /** Letter A–T. */
  code: string;
  name: string;
}

const sectionsJson = codeTablesJson.gbt4754_2017_sections;
const riskSectionNames = new Map(constructionRiskRows.filter((r) => r.level === '门类' && r.code !== null).map((r) => [r.code as string, r.name]));

/** The 20 sections A–T in order. */
export const GBT4754_SECTIONS: readonly IndustrySection[] = sectionsJson.sections.map((s) => {
  const code = s.code.trim();
  const name = s.name.trim();
  const confirmed = riskSectionNames.get(code) === name;
  return {
    code,
    name,
    verified: confirmed,
    source: confirmed
      ? `${sectionsJson.source}; same letter and name in 建设项目职业病危害风险分类管理目录（2021年版）`
      : sectionsJson.source,
    confidence: confirmed ? 'high' : 'memory',
  };
});

/** Result of a section lookup. */
export interface IndustrySectionLookup extends RuleOutcome {
  section: IndustrySection | null;
}

function answer(section: IndustrySection | undefined): IndustrySectionLookup {
  if (!section) return { section: null, citation: 'GB/T 4754-2017', verified: false };
  return { section, ...outcome([`GB/T 4754-2017 门类 ${section.code}`], [section]) };
}

/**
 * The GB/T 4754-2017 section of a letter or of a letter-prefixed industry code (`C`, `C3511`).
 * A code given as digits only cannot be placed without the 大类 ranges, which are not loaded.
 */
export function industrySectionByCode(code: string): IndustrySectionLookup {
  const letter = code.normalize('NFKC').trim().charAt(0).toUpperCase();
  return answer(GBT4754_SECTIONS.find((s) => s.code === letter));
}

/** The section with this name (width, spaces and brackets ignored), e.g. `制造业` → C. */
export function industrySectionByName(name: string): IndustrySectionLookup {
  const key = catalogueTextKey(name);
  return answer(key === '' ? undefined : GBT4754_SECTIONS.find((s) => catalogueTextKey(s.name) === key));
}
