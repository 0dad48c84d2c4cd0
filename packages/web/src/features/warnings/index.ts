export { type Warning, type WarningDetail, useEvaluateWarnings, useRefreshWarningsAfterJob, useWarningSummary, useWarnings } from './api.ts';
export { SeverityTag, WarningStateTag, warningDetailText } from './components/WarningTags.tsx';
export { WarningsTable } from './components/WarningsTable.tsx';
export { WarningDrawer } from './components/WarningDrawer.tsx';
export { WarningsSummaryCard } from './components/WarningsSummaryCard.tsx';
