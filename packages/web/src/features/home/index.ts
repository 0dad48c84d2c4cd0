export { GreetingCard } from './components/GreetingCard.tsx';
export { CapabilitiesCard } from './components/CapabilitiesCard.tsx';
export { TodosCard } from './components/TodosCard.tsx';
export { OrganisationCountsCard } from './components/OrganisationCountsCard.tsx';
export { UpcomingModulesCard } from './components/UpcomingModulesCard.tsx';
