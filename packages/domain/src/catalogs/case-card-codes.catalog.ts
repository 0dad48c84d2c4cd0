/**
 * Code tables of the national key occupational disease surveillance case card (重点职业病监测
 * 个案卡, code tables C_ZYB_1.x).
 *
 * Data: data/code-tables.json `surveillanceCaseCardCodeTables`, taken from the seed data of a
 * hospital interface to the national system (liuyunchao1/tzscws1 tzscws/sql/tableSQL.sql). Only
 * the rows in that file are loaded; the hazard-factor and economic-type tables are partial there,
 * and nothing is added to them. Interface seed data is not the official text, so no row is marked
 * verified.
 */
import { outcome, type Provenance, type RuleOutcome } from '../rules/rule-pack.ts';
import { catalogueTextKey } from './catalogue-text.ts';
import codeTablesJson from './data/code-tables.json' with { type: 'json' };

/** Ids of the loaded case-card code tables. */
export type CaseCardCodeTableId = 'C_ZYB_1.2' | 'C_ZYB_1.3' | 'C_ZYB_1.5' | 'C_ZYB_1.6' | 'C_ZYB_1.7' | 'C_ZYB_1.8';

/** One code of a case-card code table. */
export interface CaseCardCode extends Provenance {
  table: CaseCardCodeTableId;
  /** The code as stored by the national system (a string: `002`, `143a`). */
  code: string;
  name: string;
}

/** A case-card code table. */
export interface CaseCardCodeTable {
  id: CaseCardCodeTableId;
  /** Descriptive label (ours, not the official table title). */
  label: string;
  /** False when the source holds only part of the national table. */
  complete: boolean;
  rows: readonly CaseCardCode[];
}

const tables = codeTablesJson.surveillanceCaseCardCodeTables;

function load(id: CaseCardCodeTableId, label: string, complete: boolean, rows: readonly { code: string; name: string }[]): CaseCardCodeTable {
  return {
    id,
    label,
    complete,
    rows: rows.map((r) => ({
      table: id,
      code: r.code.trim(),
      name: r.name.trim(),
      verified: false,
      source: tables.source,
      confidence: 'medium',
    })),
  };
}

/** The loaded tables, keyed by id. */
export const CASE_CARD_CODE_TABLES: Readonly<Record<CaseCardCodeTableId, CaseCardCodeTable>> = {
  'C_ZYB_1.2': load('C_ZYB_1.2', '职业病危害因素（部分）', false, tables['C_ZYB_1.2_hazardFactorCodes_partial']),
  'C_ZYB_1.3': load('C_ZYB_1.3', '体检类型', true, tables['C_ZYB_1.3_examType']),
  'C_ZYB_1.5': load('C_ZYB_1.5', '胸片检查结果', true, tables['C_ZYB_1.5_chestXray']),
  'C_ZYB_1.6': load('C_ZYB_1.6', '体检结论', true, tables['C_ZYB_1.6_conclusion']),
  'C_ZYB_1.7': load('C_ZYB_1.7', '企业规模', true, tables['C_ZYB_1.7_enterpriseSize']),
  'C_ZYB_1.8': load('C_ZYB_1.8', '经济类型（部分）', false, tables['C_ZYB_1.8_economicType_partial']),
};

/** Result of a case-card code lookup. */
export interface CaseCardCodeLookup extends RuleOutcome {
  entry: CaseCardCode | null;
}

function citeTable(id: CaseCardCodeTableId, code?: string): string {
  return `重点职业病监测个案卡代码表 ${id}${code === undefined ? '' : ` 代码 ${code}`}`;
}

function answer(id: CaseCardCodeTableId, entry: CaseCardCode | undefined): CaseCardCodeLookup {
  if (!entry) return { entry: null, citation: citeTable(id), verified: false };
  return { entry, ...outcome([citeTable(id, entry.code)], [entry]) };
}

/** The name of a code (`C_ZYB_1.6`, `3` → 疑似职业病); null entry when the table lacks it. */
export function caseCardCodeName(table: CaseCardCodeTableId, code: string): CaseCardCodeLookup {
  const wanted = code.normalize('NFKC').trim();
  return answer(table, CASE_CARD_CODE_TABLES[table].rows.find((r) => r.code === wanted));
}

/** The code of a name (width, spaces and brackets ignored), e.g. `C_ZYB_1.3`, `应急健康检查` → 5. */
export function caseCardCodeFor(table: CaseCardCodeTableId, name: string): CaseCardCodeLookup {
  const key = catalogueTextKey(name);
  return answer(table, key === '' ? undefined : CASE_CARD_CODE_TABLES[table].rows.find((r) => catalogueTextKey(r.name) === key));
}

/** Glossary identifiers of the exam types (GBZ 188 五类检查). */
export type CaseCardExamTypeKey = 'pre_employment' | 'periodic' | 'exit' | 'post_employment' | 'emergency';

/** Glossary identifiers of the exam conclusions (GBZ 188 体检结论). */
export type CaseCardConclusionKey = 'no_abnormality' | 'recheck' | 'suspected_od' | 'contraindication' | 'other_finding';

/**
 * Glossary identifier → C_ZYB_1.3 code, matched on the table's names (上岗前/在岗期间/离岗时/
 * 离岗后/应急), so the mapping follows the loaded rows.
 */
export const CASE_CARD_EXAM_TYPE_CODES: Readonly<Record<CaseCardExamTypeKey, string>> = {
  pre_employment: codeOfName('C_ZYB_1.3', '上岗前职业健康检查'),
  periodic: codeOfName('C_ZYB_1.3', '在岗期间职业健康检查'),
  exit: codeOfName('C_ZYB_1.3', '离岗时职业健康检查'),
  post_employment: codeOfName('C_ZYB_1.3', '离岗后健康检查'),
  emergency: codeOfName('C_ZYB_1.3', '应急健康检查'),
};

/** Glossary identifier → C_ZYB_1.6 code, matched on the table's names. */
export const CASE_CARD_CONCLUSION_CODES: Readonly<Record<CaseCardConclusionKey, string>> = {
  no_abnormality: codeOfName('C_ZYB_1.6', '目前未见异常'),
  recheck: codeOfName('C_ZYB_1.6', '复查'),
  suspected_od: codeOfName('C_ZYB_1.6', '疑似职业病'),
  contraindication: codeOfName('C_ZYB_1.6', '职业禁忌证'),
  other_finding: codeOfName('C_ZYB_1.6', '其他疾病或异常'),
};

function codeOfName(table: CaseCardCodeTableId, name: string): string {
  const entry = CASE_CARD_CODE_TABLES[table].rows.find((r) => r.name === name);
  if (!entry) throw new Error(`code-tables.json: ${table} has no row ${name}`);
  return entry.code;
}
