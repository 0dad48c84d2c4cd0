export { EmployerObligationsCard } from './components/EmployerObligationsCard.tsx';
