import type { RegionDto } from './regions.schemas.ts';
import type { RegionRow } from './regions.repository.ts';

export function presentRegion(r: RegionRow): RegionDto {
  return {
    code: r.code,
    name: r.name,
    fullName: r.fullName,
    level: r.level,
    parentCode: r.parentCode,
    validFrom: r.validFrom,
    validTo: r.validTo,
    childCount: Number(r.childCount),
  };
}
