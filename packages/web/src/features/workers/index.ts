export { EmployerWorkersPanel } from './components/EmployerWorkersPanel.tsx';
