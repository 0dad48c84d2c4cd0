export { NoiseExposureCalculator } from './components/NoiseExposureCalculator.tsx';
export { NoiseWeeklyCalculator } from './components/NoiseWeeklyCalculator.tsx';
export { ChemicalExposureCalculator } from './components/ChemicalExposureCalculator.tsx';
export { HearingCalculator } from './components/HearingCalculator.tsx';
export { DoseCheckCalculator } from './components/DoseCheckCalculator.tsx';
export { ExamPlanCalculator } from './components/ExamPlanCalculator.tsx';
export { NumberCheckTool } from './components/NumberCheckTool.tsx';
