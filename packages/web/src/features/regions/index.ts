export { regionChildrenQuery } from './api.ts';
export { RegionNavigator } from './components/RegionNavigator.tsx';
export { RegionDetailCard } from './components/RegionDetailCard.tsx';
export { RegionPicker } from './components/RegionPicker.tsx';
export { useRegionDetail } from './api.ts';
