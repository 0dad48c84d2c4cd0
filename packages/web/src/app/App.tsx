import { Suspense } from 'react';
import { RouterProvider } from 'react-router-dom';
import { PageLoading } from '../shared/ui/PageLoading.tsx';
import { AppProviders } from './AppProviders.tsx';
import { router } from './router.tsx';

export function App() {
  return (
    <AppProviders>
      <Suspense fallback={<PageLoading fullScreen />}>
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  );
}
