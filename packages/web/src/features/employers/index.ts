export {
  type Employer,
  type EmployerDetail,
  type Post,
  employerImportEndpoints,
  useEmployer,
  useEmployerImports,
  useEmployerList,
  useExportEmployers,
  useRefreshEmployers,
} from './api.ts';
export { useEmployerListParams } from './use-employer-list-params.ts';
export { EmployerFilters } from './components/EmployerFilters.tsx';
export { EmployerTable } from './components/EmployerTable.tsx';
export { EmployerSummary } from './components/EmployerSummary.tsx';
export { EmployerProfileForm } from './components/EmployerProfileForm.tsx';
export { PostTable } from './components/PostTable.tsx';
export { PostFormModal } from './components/PostFormModal.tsx';
export { EmployerPostsPanel } from './components/EmployerPostsPanel.tsx';
export { HazardClassTag } from './components/HazardClassTag.tsx';
