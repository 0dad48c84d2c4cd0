/** Web routes, shared by the router, the menu and features that link across pages. */
export const PATHS = {
  home: '/',
  login: '/login',
  changePassword: '/account/password',
  regions: '/regions',
  organisations: '/organisations',
  users: '/admin/users',
  audit: '/admin/audit',
  employers: '/employers',
  employer: '/employers/:id',
  declarations: '/declarations',
  declaration: '/declarations/:id',
  declarationReceipt: '/declarations/:id/receipt',
  /** Public: open without signing in. */
  toolbox: '/toolbox',
  /** Public: checks a declaration receipt by number and code. */
  verifyReceipt: '/verify-receipt',
  // radiation (issue 6R)
  doseRecords: '/dose-records',
  workerDose: '/dose-records/workers/:id',
} as const;

/** Tabs of the employer page, kept in the URL (`?tab=workers`). */
export const EMPLOYER_TABS = ['profile', 'posts', 'workers', 'declarations'] as const;
export type EmployerTab = (typeof EMPLOYER_TABS)[number];

/** `/employers/<id>`, optionally opened on one tab. */
export function employerPath(id: string, tab?: EmployerTab): string {
  return `/employers/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`;
}

/** `/declarations/<id>`. */
export function declarationPath(id: string): string {
  return `/declarations/${encodeURIComponent(id)}`;
}

/** `/declarations/<id>/receipt`: the printable receipt of an accepted declaration. */
export function declarationReceiptPath(id: string): string {
  return `/declarations/${encodeURIComponent(id)}/receipt`;
}

/** Router state the session guard leaves for the login page: where to go after signing in. */
export interface LoginRedirectState {
  from?: string;
}

// radiation (issue 6R)
/** `/dose-records/workers/<id>`: one worker's dose history. */
export function workerDosePath(workerId: string): string {
  return `/dose-records/workers/${encodeURIComponent(workerId)}`;
}
