export { CorrectDoseModal } from './components/CorrectDoseModal.tsx';
export { DoseFilters } from './components/DoseFilters.tsx';
export { DoseHistoryView } from './components/DoseHistoryView.tsx';
export { DoseRecordFormModal } from './components/DoseRecordFormModal.tsx';
export { DoseRecordTable } from './components/DoseRecordTable.tsx';
export { OverLevelTable } from './components/OverLevelTable.tsx';
export { type DoseRecord, doseImportEndpoints, useDoseHistory, useDoseImports, useDoseRecords, useOverLevel, useRefreshDose } from './api.ts';
export { DOSE_TABS, useDoseListParams } from './use-dose-list-params.ts';
