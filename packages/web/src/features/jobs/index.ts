export { type Job, isJobFinished, useJob } from './api.ts';
export { JobProgress } from './components/JobProgress.tsx';
