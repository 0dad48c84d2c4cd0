import { isRegionScopedType, type OrganisationType } from '../organisations/organisation-types.ts';
import { type RegionLevel, regionScopePrefix } from '../regions/region.ts';
import type { Role } from './roles.ts';

/**
 * What part of the data an actor may see. Derived once per request from the user and their
 * organisation; every repository query and every "are these ids in scope?" check takes it.
 *
 * - `all`: the platform operator's administrators (permissions still keep them out of health data).
 * - `region`: health authority, supervision institute, CDC, other departments: their region's subtree.
 * - `organisation`: employers and institutions: their own organisation's records (an institution
 *   also the records it filed, which carry its id as filer).
 * - `worker`: a worker: their own records only.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'region'; regionCode: string; regionPrefix: string }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'worker'; workerId: string | null };

export interface ScopeSubject {
  roles: readonly Role[];
  organisation: { id: string; type: OrganisationType; regionCode: string; regionLevel: RegionLevel };
  workerId: string | null;
}

export function scopeOf(subject: ScopeSubject): Scope {
  if (subject.roles.includes('worker')) return { kind: 'worker', workerId: subject.workerId };
  // Nationwide only for the platform operator; an account administrator in a health authority
  // manages its own region, like the authority's other staff.
  if (subject.organisation.type === 'platform_operator') return { kind: 'all' };
  if (isRegionScopedType(subject.organisation.type)) {
    const { regionCode, regionLevel } = subject.organisation;
    return { kind: 'region', regionCode, regionPrefix: regionScopePrefix(regionCode, regionLevel) };
  }
  return { kind: 'organisation', organisationId: subject.organisation.id };
}

/**
 * How a record is placed for scoping: its region code (most specific, valid on its date), the
 * organisations that own or filed it, and the worker it is about (if any).
 */
export interface ScopedRecord {
  regionCode: string | null;
  organisationIds: readonly (string | null)[];
  workerId?: string | null;
}

/** The pure form of the rule the server applies in SQL (`platform/access/scope.sql.ts`). */
export function isInScope(scope: Scope, record: ScopedRecord): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return record.regionCode !== null && record.regionCode.startsWith(scope.regionPrefix);
    case 'organisation':
      return record.organisationIds.includes(scope.organisationId);
    case 'worker':
      return scope.workerId !== null && record.workerId === scope.workerId;
  }
}

/** The region code a region picker should start from for this scope (null: the whole country). */
export function scopeRootRegion(scope: Scope, organisationRegionCode: string): string | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'region':
      return scope.regionCode;
    case 'organisation':
    case 'worker':
      return organisationRegionCode;
  }
}
