/**
 * Pre-filling a declaration from the employer registry and its posts (issue 4: "Pre-filled from the
 * employer's registry and posts; the employer edits and submits").
 *
 * Posts carry counts, not people, so the per-person figures of the form are approximated:
 * - factor row (接触人数（可重复）) = Σ over posts of the post's count for that factor — exact when
 *   every worker holds one post (the registry's rule: one current employment episode, on one post,
 *   per worker and employer); a worker counted on two posts is counted twice;
 * - category count (不重复 within the category) = Σ over posts of the largest count among the post's
 *   factors of that category — i.e. on one post, the workers exposed to the less widespread factor
 *   are assumed to be among those exposed to the most widespread one (true when a post's workers
 *   share its exposures, the usual case);
 * - 接害总人数（含外委） = Σ over posts of the largest count among all the post's factors (same
 *   assumption across categories);
 * - named sub-counts (矽尘 …) = the factor row of the sub-count's catalogue item;
 * - a factor listed twice on one post counts once, with the larger count.
 * Every figure stays editable; the validator then checks the edited form.
 */
import { type HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';
import { type EmployerPost, type EmployerProfile } from '../employers/employer-profile.ts';
import { type HazardFactorReferenceStatus, resolveHazardFactorReference } from '../employers/hazard-factor-reference.ts';
import { todayCst } from '../rules/rule-pack.ts';
import {
  DECLARATION_HAZARD_CATEGORIES,
  type DeclarationContent,
  type DeclarationFactorRow,
  declarationSubCountsOf,
  emptyDeclarationContent,
} from './declaration-content.ts';

/** A post hazard that could not be placed in the catalogue. */
export interface DeclarationPrefillUnresolved {
  postId: string;
  hazardIndex: number;
  factorName: string;
  status: Exclude<HazardFactorReferenceStatus, 'resolved'>;
}

export interface DeclarationPrefillResult {
  content: DeclarationContent;
  /** Hazards kept as rows without a catalogue item; the validator will ask for them to be fixed. */
  unresolved: readonly DeclarationPrefillUnresolved[];
}

interface Acc {
  factorId: string | null;
  factorName: string;
  category: HazardFactorCategory | null;
  exposed: number;
  posts: string[];
}

const count = (n: number): number => (Number.isInteger(n) && n > 0 ? n : 0);

/**
 * A declaration form pre-filled from the registry (basic information) and the posts (hazard
 * categories, sub-counts, factor rows, total exposed), by the approximations described at the top
 * of this file. Testing and surveillance are left blank for the employer (`testing.year` is the
 * year of `date`).
 *
 * @param date filing date, YYYY-MM-DD (default today, CST): the catalogue edition date.
 */
export function prefillDeclarationContent(profile: EmployerProfile, posts: readonly EmployerPost[], date: string = todayCst()): DeclarationPrefillResult {
  const content = emptyDeclarationContent(Number(date.slice(0, 4)));
  content.basic = {
    employerName: profile.name,
    uscc: profile.uscc,
    registeredAddress: profile.registeredAddress,
    workplaceAddress: profile.workplaceAddress,
    regionCode: profile.regionCode,
    industryCode: profile.industryCode,
    economicType: profile.economicType,
    enterpriseSize: profile.sizeClass,
    legalRepresentative: profile.legalRepresentative,
    legalRepresentativePhone: profile.legalRepresentativePhone,
    ohManagerName: profile.ohManagerName,
    ohManagerPhone: profile.ohManagerPhone,
    hasOhManagementBody: profile.hasOhManagementBody,
    fullTimeOhManagers: profile.fullTimeOhManagers,
    partTimeOhManagers: profile.partTimeOhManagers,
    totalStaff: profile.staffCount,
    dispatchedWorkers: profile.dispatchedWorkerCount,
    cumulativeOccupationalDiseaseCases: profile.cumulativeOccupationalDiseaseCases,
    totalExposedWorkers: 0,
  };

  const rows = new Map<string, Acc>();
  const categoryTotals = new Map<HazardFactorCategory, number>();
  const unresolved: DeclarationPrefillUnresolved[] = [];
  let totalExposed = 0;

  for (const post of posts) {
    // Per post: one count per factor (the larger when listed twice).
    const perFactor = new Map<string, { acc: Omit<Acc, 'exposed' | 'posts'>; exposed: number }>();
    post.hazards.forEach((h, i) => {
      const r = resolveHazardFactorReference(h, date);
      if (r.status !== 'resolved') unresolved.push({ postId: post.id, hazardIndex: i, factorName: h.factorName, status: r.status });
      const factor = r.status === 'resolved' ? r.factor : null;
      const key = factor ? factor.id : `name:${h.factorName.trim()}`;
      const prev = perFactor.get(key);
      const exposed = Math.max(prev?.exposed ?? 0, count(h.exposedCount));
      perFactor.set(key, {
        acc: { factorId: factor?.id ?? null, factorName: factor?.name ?? h.factorName.trim(), category: factor?.category ?? null },
        exposed,
      });
    });
    const postName = post.workplaceName ? `${post.workplaceName}/${post.name}` : post.name;
    const perCategory = new Map<HazardFactorCategory, number>();
    let postMax = 0;
    for (const [key, { acc, exposed }] of perFactor) {
      const row = rows.get(key) ?? { ...acc, exposed: 0, posts: [] };
      row.exposed += exposed;
      if (!row.posts.includes(postName)) row.posts.push(postName);
      rows.set(key, row);
      if (acc.category) perCategory.set(acc.category, Math.max(perCategory.get(acc.category) ?? 0, exposed));
      postMax = Math.max(postMax, exposed);
    }
    for (const [c, n] of perCategory) categoryTotals.set(c, (categoryTotals.get(c) ?? 0) + n);
    totalExposed += postMax;
  }

  const factors: DeclarationFactorRow[] = [...rows.values()].map((r) => ({
    factorId: r.factorId,
    factorName: r.factorName,
    category: r.category,
    exposedCount: r.exposed,
    posts: r.posts,
  }));
  content.factors = factors;
  for (const c of DECLARATION_HAZARD_CATEGORIES) {
    const present = factors.some((f) => f.category === c);
    const subCounts: DeclarationContent['hazards'][HazardFactorCategory]['subCounts'] = {};
    if (present) {
      for (const s of declarationSubCountsOf(c)) subCounts[s.id] = factors.find((f) => f.factorId === s.factorId)?.exposedCount ?? 0;
    }
    content.hazards[c] = { present, exposedCount: categoryTotals.get(c) ?? 0, subCounts };
  }
  content.basic.totalExposedWorkers = totalExposed;
  return { content, unresolved };
}
