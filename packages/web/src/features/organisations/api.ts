import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type Organisation = Schemas['Organisation'];
export type OrganisationListQuery = NonNullable<paths['/api/v1/organisations']['get']['parameters']['query']>;
export type CreateOrganisationInput = Schemas['CreateOrganisationInput'];
export type UpdateOrganisationInput = Schemas['UpdateOrganisationInput'];

const OPTIONS_PAGE_SIZE = 20;

export function useOrganisationList(query: OrganisationListQuery) {
  return useQuery({
    queryKey: ['organisations', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/organisations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organisations', 'detail', id],
    queryFn: id ? async () => unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** Type-ahead options for choosing an organisation (by name or USCC prefix). */
export function useOrganisationOptions(q: string, activeOnly: boolean) {
  const query: OrganisationListQuery = { page: 1, pageSize: OPTIONS_PAGE_SIZE, ...(q ? { q } : {}), ...(activeOnly ? { isActive: 'true' } : {}) };
  return useQuery({
    queryKey: ['organisations', 'options', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/organisations', { params: { query } })).items,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateOrganisations() {
  const queryClient = useQueryClient();
  return (saved: Organisation) => {
    queryClient.setQueryData(['organisations', 'detail', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['organisations'], predicate: (q) => q.queryKey[1] !== 'detail' });
    // The home page counts organisations by type.
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useCreateOrganisation() {
  const onSaved = useInvalidateOrganisations();
  return useMutation({
    mutationFn: async (input: CreateOrganisationInput) => unwrap(await api.POST('/api/v1/organisations', { body: input })),
    onSuccess: onSaved,
  });
}

export function useUpdateOrganisation() {
  const onSaved = useInvalidateOrganisations();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateOrganisationInput }) =>
      unwrap(await api.PATCH('/api/v1/organisations/{id}', { params: { path: { id } }, body: input })),
    onSuccess: onSaved,
  });
}
