import { type RulePack } from '../rules/rule-pack.ts';
import { gb18871DoseLimitRulePack } from './dose-check.calculator.ts';
import * as editions from './editions.ts';
import { gbz188RulePack } from './gbz188.rule-pack.ts';
import { gbz49AgeCorrectionRulePack } from './hearing.calculator.ts';
import { legalClockRulePack } from './legal-clocks.ts';
import { gbz70StagingRulePack } from './pneumoconiosis-staging.calculator.ts';

/** The editions behind the surveillance rules, by constant name (GBZ188_2014, GBZ188_2025, GBZ49_2014, …). */
export const SURVEILLANCE_EDITIONS = editions;

/** Every rule pack of the surveillance area. */
export const SURVEILLANCE_RULE_PACKS: readonly RulePack<unknown>[] = [
  gbz188RulePack,
  gbz49AgeCorrectionRulePack,
  gbz70StagingRulePack,
  gb18871DoseLimitRulePack,
  legalClockRulePack,
];

/** What the reference data does not say about a pack's coverage, per pack id and edition. */
const COVERAGE_NOTES: Readonly<Record<string, string>> = {
  'gbz188-surveillance/2014':
    '13 factors with structured content + 35 factors from the 41-row on-duty period list (6 list rows merged into structured factors); the official section count is not in the reference data',
  'gbz188-surveillance/2025':
    '41 sections (of 93 in chapters 5–7 plus 5 special-job sections in chapter 9; chapter 8 not counted); 8 sections have only the pre-employment part in the source',
  'gbz49-age-sex-correction/2014': 'Complete table (6 age bands × 2 sexes × 6 frequencies) from one public code transcription',
  'gbz70-staging/2015': 'All 11 criteria of §5.1–5.3; the 2015 text itself was not found (2009 wording + memory)',
  'gb18871-occupational-dose-limits/2002': 'The 4 occupational limits of B1.1.1.1; GBZ 128-2019 investigation levels not available',
  'legal-clocks/2019': 'Only the 3 exam-report clocks used here; article numbers from memory',
};

export interface SurveillanceRulePackSummaryRow {
  packId: string;
  name: string;
  standard: string;
  edition: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  rowsLoaded: number;
  officialRowCount: number | null;
  rowsVerified: number;
  note: string | null;
}

/** One line per rule-pack edition: standard, edition, effective dates, source, rows loaded vs official, rows verified (for docs). */
export function surveillanceRulePackSummary(): SurveillanceRulePackSummaryRow[] {
  return SURVEILLANCE_RULE_PACKS.flatMap((pack) =>
    pack.editions.map(({ edition, rows, officialRowCount }) => ({
      packId: pack.id,
      name: pack.name,
      standard: edition.standard,
      edition: edition.edition,
      effectiveFrom: edition.effectiveFrom,
      effectiveTo: edition.effectiveTo,
      source: edition.source,
      rowsLoaded: rows.length,
      officialRowCount,
      rowsVerified: rows.filter((r) => r.verified).length,
      note: COVERAGE_NOTES[`${pack.id}/${edition.edition}`] ?? null,
    })),
  );
}
