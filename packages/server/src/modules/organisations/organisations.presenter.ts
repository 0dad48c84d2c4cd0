import type { OrganisationDto } from './organisations.schemas.ts';
import type { OrganisationRow } from './organisations.repository.ts';

export function presentOrganisation(r: OrganisationRow): OrganisationDto {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    uscc: r.uscc,
    regionCode: r.regionCode,
    regionName: r.regionName,
    departmentKind: r.departmentKind ?? null,
    address: r.address,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    contactEmail: r.contactEmail,
    isActive: r.isActive,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
