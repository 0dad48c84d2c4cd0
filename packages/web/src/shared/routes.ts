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
  // assessments (issue 5a)
  assessments: '/assessments',
  assessmentNew: '/assessments/new',
  assessmentReport: '/assessments/reports/:id',
  assessmentCorrect: '/assessments/reports/:id/correct',
  rectifications: '/rectifications',
  rectification: '/rectifications/:id',
  // monitoring (issue 5M)
  monitoringAlerts: '/monitoring/alerts',
  monitoringEmployer: '/monitoring/employers/:id',
  // issue 6e: occupational health exams
  exams: '/health-exams',
  exam: '/health-exams/:id',
  examInstitutions: '/exam-institutions',
  suspectedReports: '/suspected-reports',
  notices: '/contraindication-notices',
  overdue: '/surveillance/overdue',
  workerArchive: '/workers/:id/archive',
  myArchive: '/my-archive',
  // radiation (issue 6R)
  doseRecords: '/dose-records',
  workerDose: '/dose-records/workers/:id',
  // early warning (issue 7)
  warnings: '/warnings',
  // indicators and plans (issue 7)
  dashboard: '/dashboard',
  plan: '/plans/:id',
} as const;

/** Tabs of the employer page, kept in the URL (`?tab=workers`). */
export const EMPLOYER_TABS = ['profile', 'posts', 'workers', 'declarations', 'assessments'] as const;
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

// assessments (issue 5a)
/** `/assessments/reports/<id>`. */
export function assessmentReportPath(id: string): string {
  return `/assessments/reports/${encodeURIComponent(id)}`;
}

/** `/assessments/reports/<id>/correct`: the form for version n+1 of the current version `<id>`. */
export function assessmentCorrectPath(id: string): string {
  return `/assessments/reports/${encodeURIComponent(id)}/correct`;
}

/** `/rectifications/<id>`. */
export function rectificationPath(id: string): string {
  return `/rectifications/${encodeURIComponent(id)}`;
}

// monitoring (issue 5M)
/** `/monitoring/employers/<id>`: the live online-monitoring page of an employer. */
export function monitoringEmployerPath(id: string): string {
  return `/monitoring/employers/${encodeURIComponent(id)}`;
}

// issue 6e: occupational health exams
/** `/health-exams/<id>`. */
export function examPath(id: string): string {
  return `/health-exams/${encodeURIComponent(id)}`;
}

/** `/workers/<id>/archive`: a worker's health archive. */
export function workerArchivePath(id: string): string {
  return `/workers/${encodeURIComponent(id)}/archive`;
}

// radiation (issue 6R)
/** `/dose-records/workers/<id>`: one worker's dose history. */
export function workerDosePath(workerId: string): string {
  return `/dose-records/workers/${encodeURIComponent(workerId)}`;
}

// indicators and plans (issue 7)
/** `/dashboard`, optionally opened on a region (`?region=440781`). */
export function dashboardPath(regionCode?: string): string {
  return regionCode ? `/dashboard?region=${encodeURIComponent(regionCode)}` : '/dashboard';
}

/** `/plans/<id>`. */
export function planPath(id: string): string {
  return `/plans/${encodeURIComponent(id)}`;
}
