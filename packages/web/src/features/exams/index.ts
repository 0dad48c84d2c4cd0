export * from './api.ts';
export { ExamFilters, ExamTable, EXAM_FLAGS } from './components/ExamTable.tsx';
export { ExamDetailView } from './components/ExamDetailView.tsx';
export { ExamFormModal } from './components/ExamFormModal.tsx';
export { SuspectedReportList } from './components/SuspectedReports.tsx';
export { NoticeList } from './components/Notices.tsx';
export { OverdueList } from './components/OverdueList.tsx';
export { ArchiveView } from './components/ArchiveView.tsx';
export { ExamInstitutionList } from './components/FilingCard.tsx';
