/**
 * How posts and declarations name a hazard factor: a catalogue row id when the user picked one, or
 * free text resolved through `resolveHazardFactor` (职业病危害因素分类目录, 国卫疾控发〔2015〕92号, with
 * the alias table). One function, so posts, declarations and prefill judge a name the same way.
 */
import { hazardFactorById, type HazardFactorRow } from '../catalogs/hazard-factor.catalog.ts';
import { resolveHazardFactor, type HazardFactorResolutionStatus } from '../catalogs/hazard-factor.resolver.ts';

/** A factor as stored on a post or a declaration row. */
export interface HazardFactorReference {
  /** Catalogue row id (`dust-1`, `chemical-28`) when chosen from the catalogue. */
  factorId: string | null;
  /** The name as written; resolved when `factorId` is null. */
  factorName: string;
}

/** Outcome of {@link resolveHazardFactorReference}. */
export type HazardFactorReferenceStatus =
  /** One catalogue row. */
  | 'resolved'
  /** A name the alias table knows to be in the catalogue, whose row is not among the loaded rows. */
  | 'not_loaded'
  /** Several rows match (e.g. 电离辐射); the user must choose. */
  | 'ambiguous'
  /** Unknown id or name, blank text, bad CAS number, or a date before the 2015 catalogue. */
  | 'unknown';

export interface HazardFactorReferenceResult {
  status: HazardFactorReferenceStatus;
  factor: HazardFactorRow | null;
  candidates: readonly HazardFactorRow[];
  /** The resolver's own status when the name was resolved (null for ids). */
  resolverStatus: HazardFactorResolutionStatus | null;
}

/**
 * Resolves a post's or declaration row's factor. An id must exist in the loaded catalogue; free text
 * goes through `resolveHazardFactor(name, { date })`, whose `not_in_catalogue_data` becomes
 * `not_loaded` (the catalogue has the factor, the data does not — never treated as unknown).
 */
export function resolveHazardFactorReference(ref: HazardFactorReference, date?: string): HazardFactorReferenceResult {
  if (ref.factorId !== null && ref.factorId !== '') {
    const row = hazardFactorById(ref.factorId);
    return row
      ? { status: 'resolved', factor: row, candidates: [row], resolverStatus: null }
      : { status: 'unknown', factor: null, candidates: [], resolverStatus: null };
  }
  const r = resolveHazardFactor(ref.factorName, date === undefined ? {} : { date });
  switch (r.status) {
    case 'exact':
    case 'normalised':
    case 'alias':
    case 'cas':
      return r.factor
        ? { status: 'resolved', factor: r.factor, candidates: r.candidates, resolverStatus: r.status }
        : { status: 'unknown', factor: null, candidates: [], resolverStatus: r.status };
    case 'ambiguous':
      return { status: 'ambiguous', factor: null, candidates: r.candidates, resolverStatus: r.status };
    case 'not_in_catalogue_data':
      return { status: 'not_loaded', factor: null, candidates: [], resolverStatus: r.status };
    case 'unknown':
    case 'empty':
    case 'invalid_cas':
    case 'no_edition_in_force':
      return { status: 'unknown', factor: null, candidates: [], resolverStatus: r.status };
  }
}
