import { ApiError } from '@ohnet/api-client';
import type { ServerIssue } from '../../shared/api/errors.ts';
import { i18n, translateDynamic } from '../../shared/i18n/index.ts';

/**
 * Submit answers 422 with issue paths into the content (`content.testing.conducted`). The form's
 * fields are named after the content itself (`['testing', 'conducted']`), so the prefix goes.
 */
export function withoutContentPrefix(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.details?.issues) return error;
  const issues = error.details.issues.map((i) => ({ ...i, path: i.path.replace(/^(body\.)?content\.?/, '') }));
  return new ApiError(error.status, { code: error.code, message: error.message, details: { ...error.details, issues } });
}

/** The issues of a 422 (paths already without `content.`), or none. */
export function issuesOf(error: unknown): ServerIssue[] {
  return error instanceof ApiError ? (error.details?.issues ?? []) : [];
}

const field = (key: string, fallback: string) => translateDynamic(key, fallback);

function pointsLabel(parts: string[]): string {
  // [pointsTested] | [reportNumbers, i] | [subPoints, id, pointsTested]
  const [first, second, third] = parts;
  if (first === 'subPoints' && second) {
    const sub = field(`declarations.subCounts.${second}`, second);
    return third ? `${sub} › ${field(`declarations.form.testing.${third}`, third)}` : sub;
  }
  return first ? field(`declarations.form.testing.${first}`, first) : '';
}

function reportLabel(parts: string[]): string {
  const [index, name] = parts;
  const row = index === undefined ? '' : i18n.t('declarations.issues.reportRow', { n: Number(index) + 1 });
  return name ? `${row} › ${field(`declarations.form.reports.${name}`, name)}` : row;
}

/**
 * Where an issue is, in the words of the form: `testing.categories.dust.pointsOverLimit` →
 * 本年度检测情况 › 粉尘 › 超标点数. `factorName(i)` names factor row i.
 */
export function declarationIssueLabel(path: string, factorName: (index: number) => string | undefined): string {
  const [section = '', ...rest] = path.split('.');
  const sectionLabel = field(`declarations.issues.sections.${section}`, section);
  const parts: string[] = [sectionLabel];
  const [a, b, c, ...more] = rest;
  switch (section) {
    case 'basic':
    case 'change':
      if (a) parts.push(field(`declarations.form.${section}.${a}`, a));
      break;
    case 'products':
      if (a !== undefined) parts.push(i18n.t('declarations.issues.productRow', { n: Number(a) + 1 }));
      if (b) parts.push(field(`declarations.form.products.${b}`, b));
      break;
    case 'hazards':
      if (a) parts.push(field(`hazardCategories.${a}`, a));
      if (b === 'subCounts' && c) parts.push(field(`declarations.subCounts.${c}`, c));
      else if (b) parts.push(field(`declarations.form.hazards.${b}`, b));
      break;
    case 'factors':
      if (a !== undefined) parts.push(factorName(Number(a)) || i18n.t('declarations.issues.factorRow', { n: Number(a) + 1 }));
      if (b) parts.push(field(`declarations.form.factors.${b}`, b));
      break;
    case 'testing':
    case 'surveillance':
      if (a === 'categories' && b) parts.push(field(`hazardCategories.${b}`, b), pointsLabel([c ?? '', ...more].filter(Boolean)));
      else if (a === 'reports') parts.push(reportLabel([b ?? '', c ?? ''].filter((s) => s !== '')));
      else if (a === 'exams' && b) parts.push(field(`declarations.form.surveillance.examTypes.${b}`, b), c ? field(`declarations.form.surveillance.${c}`, c) : '');
      else if (a) parts.push(field(`declarations.form.${section}.${a}`, a));
      break;
    default:
      break;
  }
  return parts.filter((p) => p !== '').join(' › ');
}
