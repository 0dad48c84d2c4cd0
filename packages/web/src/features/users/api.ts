import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type User = Schemas['User'];
export type UserListQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type CreateUserInput = Schemas['CreateUserInput'];
export type UpdateUserInput = Schemas['UpdateUserInput'];
export type UserStatusAction = 'disable' | 'enable' | 'unlock';

export function useUserList(query: UserListQuery) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** After any account change: lists and the home page's locked/disabled counters are stale. */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['users'] });
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useCreateUser() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: async (input: CreateUserInput) => unwrap(await api.POST('/api/v1/users', { body: input })),
    onSuccess,
  });
}

export function useUpdateUser() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateUserInput }) =>
      unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: input })),
    onSuccess,
  });
}

async function postStatusAction(id: string, action: UserStatusAction): Promise<User> {
  const params = { params: { path: { id } } };
  switch (action) {
    case 'disable':
      return unwrap(await api.POST('/api/v1/users/{id}/disable', params));
    case 'enable':
      return unwrap(await api.POST('/api/v1/users/{id}/enable', params));
    case 'unlock':
      return unwrap(await api.POST('/api/v1/users/{id}/unlock', params));
  }
}

export function useUserStatusAction() {
  const onSuccess = useInvalidateUsers();
  return useMutation({ mutationFn: ({ id, action }: { id: string; action: UserStatusAction }) => postStatusAction(id, action), onSuccess });
}

export function useResetPassword() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } } })),
    onSuccess,
  });
}
