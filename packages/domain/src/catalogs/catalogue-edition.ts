import { cite, type Edition } from '../rules/rule-pack.ts';

/**
 * An edition of a catalogue published by notice (通知), which is identified by its document number
 * (文号) as well as its year. Extends the rule-pack core's {@link Edition} without changing it.
 */
export interface CatalogueEdition extends Edition {
  /** Document number of the notice that published the catalogue, e.g. `国卫疾控发〔2015〕92号`. */
  documentNumber: string;
  /** Date the notice was issued (印发): YYYY-MM-DD, or YYYY-MM when only the month is known. */
  issuedOn: string;
  /** Issuing departments, as printed on the notice. */
  issuers: readonly string[];
}

/**
 * Citation of a catalogue edition through the core {@link cite}, with the document number after
 * the edition: `职业病分类和目录-2024 (国卫职健发〔2024〕39号) 五、职业性化学中毒 第27项`.
 */
export function citeCatalogue(edition: CatalogueEdition, clause?: string): string {
  return cite(edition, clause ? `(${edition.documentNumber}) ${clause}` : `(${edition.documentNumber})`);
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二: the ordinal used for the categories of the catalogues (一、二、…). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units === 0 ? '' : CHINESE_DIGITS[units];
  if (tens === 0) return unitText ?? String(n);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${unitText}`;
}
