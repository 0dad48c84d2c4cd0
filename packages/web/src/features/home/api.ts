import { type Schemas, unwrap } from '@ohnet/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type Home = Schemas['Home'];
export type HomeTodo = Home['todos'][number];
export type OrganisationCount = Home['organisationCounts'][number];

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: async () => unwrap(await api.GET('/api/v1/home')) });
}
