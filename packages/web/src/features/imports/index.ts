export { IMPORT_MODES, type ImportEndpoints, type ImportMode, type ImportRecord, importFormData } from './import-result.ts';
export { ImportModal } from './components/ImportModal.tsx';
export { ImportHistory } from './components/ImportHistory.tsx';
