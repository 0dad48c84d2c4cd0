/** Web routes, shared by the router, the menu and features that link across pages. */
export const PATHS = {
  home: '/',
  login: '/login',
  changePassword: '/account/password',
  regions: '/regions',
  organisations: '/organisations',
  users: '/admin/users',
  audit: '/admin/audit',
  /** Public: open without signing in. */
  toolbox: '/toolbox',
} as const;

/** Router state the session guard leaves for the login page: where to go after signing in. */
export interface LoginRedirectState {
  from?: string;
}
