export { type User, useUserList } from './api.ts';
export { useUserListParams } from './use-user-list-params.ts';
export { useUserActions } from './use-user-actions.ts';
export { UserFilters } from './components/UserFilters.tsx';
export { UserTable } from './components/UserTable.tsx';
export { UserFormModal } from './components/UserFormModal.tsx';
export { type TemporaryPassword, TemporaryPasswordModal } from './components/TemporaryPasswordModal.tsx';
