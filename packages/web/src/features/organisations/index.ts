export { type Organisation, useOrganisation, useOrganisationList } from './api.ts';
export { useOrganisationListParams } from './use-organisation-list-params.ts';
export { OrganisationFilters } from './components/OrganisationFilters.tsx';
export { OrganisationTable } from './components/OrganisationTable.tsx';
export { OrganisationDrawer } from './components/OrganisationDrawer.tsx';
export { OrganisationFormModal } from './components/OrganisationFormModal.tsx';
export { OrganisationSelect } from './components/OrganisationSelect.tsx';
