import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { PATHS } from '../shared/routes.ts';
import { OptionalSession } from './guards/OptionalSession.tsx';
import { RequirePermission } from './guards/RequirePermission.tsx';
import { RequireSession } from './guards/RequireSession.tsx';

/** Route-level code splitting: each page (and the shell) is its own chunk, loaded on first visit. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AppLayout = page(() => import('./layout/AppLayout.tsx'), 'AppLayout');
const PublicLayout = page(() => import('./layout/PublicLayout.tsx'), 'PublicLayout');
const LoginPage = page(() => import('../pages/LoginPage.tsx'), 'LoginPage');
const ChangePasswordPage = page(() => import('../pages/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const HomePage = page(() => import('../pages/HomePage.tsx'), 'HomePage');
const RegionsPage = page(() => import('../pages/RegionsPage.tsx'), 'RegionsPage');
const OrganisationsPage = page(() => import('../pages/OrganisationsPage.tsx'), 'OrganisationsPage');
const UsersPage = page(() => import('../pages/UsersPage.tsx'), 'UsersPage');
const AuditPage = page(() => import('../pages/AuditPage.tsx'), 'AuditPage');
const ToolboxPage = page(() => import('../pages/ToolboxPage.tsx'), 'ToolboxPage');
const EmployersPage = page(() => import('../pages/EmployersPage.tsx'), 'EmployersPage');
const EmployerPage = page(() => import('../pages/EmployerPage.tsx'), 'EmployerPage');
const DeclarationsPage = page(() => import('../pages/DeclarationsPage.tsx'), 'DeclarationsPage');
const DeclarationPage = page(() => import('../pages/DeclarationPage.tsx'), 'DeclarationPage');
const DeclarationReceiptPage = page(() => import('../pages/DeclarationReceiptPage.tsx'), 'DeclarationReceiptPage');
const VerifyReceiptPage = page(() => import('../pages/VerifyReceiptPage.tsx'), 'VerifyReceiptPage');
const NotFoundPage = page(() => import('../pages/NotFoundPage.tsx'), 'NotFoundPage');
// assessments (issue 5a)
const AssessmentsPage = page(() => import('../pages/AssessmentsPage.tsx'), 'AssessmentsPage');
const AssessmentNewPage = page(() => import('../pages/AssessmentNewPage.tsx'), 'AssessmentNewPage');
const AssessmentReportPage = page(() => import('../pages/AssessmentReportPage.tsx'), 'AssessmentReportPage');
const AssessmentCorrectPage = page(() => import('../pages/AssessmentCorrectPage.tsx'), 'AssessmentCorrectPage');
const RectificationsPage = page(() => import('../pages/RectificationsPage.tsx'), 'RectificationsPage');
const RectificationPage = page(() => import('../pages/RectificationPage.tsx'), 'RectificationPage');
// monitoring (issue 5M)
const MonitoringAlertsPage = page(() => import('../pages/MonitoringAlertsPage.tsx'), 'MonitoringAlertsPage');
const MonitoringPage = page(() => import('../pages/MonitoringPage.tsx'), 'MonitoringPage');
// issue 6e: occupational health exams
const ExamsPage = page(() => import('../pages/ExamsPage.tsx'), 'ExamsPage');
const ExamPage = page(() => import('../pages/ExamPage.tsx'), 'ExamPage');
const ExamInstitutionsPage = page(() => import('../pages/ExamInstitutionsPage.tsx'), 'ExamInstitutionsPage');
const SuspectedReportsPage = page(() => import('../pages/SuspectedReportsPage.tsx'), 'SuspectedReportsPage');
const NoticesPage = page(() => import('../pages/NoticesPage.tsx'), 'NoticesPage');
const OverduePage = page(() => import('../pages/OverduePage.tsx'), 'OverduePage');
const WorkerArchivePage = page(() => import('../pages/WorkerArchivePage.tsx'), 'WorkerArchivePage');
const MyArchivePage = page(() => import('../pages/WorkerArchivePage.tsx'), 'MyArchivePage');
// radiation (issue 6R)
const DoseRecordsPage = page(() => import('../pages/DoseRecordsPage.tsx'), 'DoseRecordsPage');
const WorkerDosePage = page(() => import('../pages/WorkerDosePage.tsx'), 'WorkerDosePage');
// early warning (issue 7)
const WarningsPage = page(() => import('../pages/WarningsPage.tsx'), 'WarningsPage');
// indicators and plans (issue 7)
const DashboardPage = page(() => import('../pages/DashboardPage.tsx'), 'DashboardPage');
const PlanPage = page(() => import('../pages/PlanPage.tsx'), 'PlanPage');

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage /> },
  // Public (便民利企): no session needed; signed-in users get the normal shell around it.
  { path: PATHS.toolbox, element: <OptionalSession signedIn={<AppLayout />} visitor={<PublicLayout />} />, children: [{ index: true, element: <ToolboxPage /> }] },
  { path: PATHS.verifyReceipt, element: <OptionalSession signedIn={<AppLayout />} visitor={<PublicLayout />} />, children: [{ index: true, element: <VerifyReceiptPage /> }] },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: PATHS.changePassword, element: <ChangePasswordPage /> },
          { element: <RequirePermission permission="region:read" />, children: [{ path: PATHS.regions, element: <RegionsPage /> }] },
          { element: <RequirePermission permission="organisation:read" />, children: [{ path: PATHS.organisations, element: <OrganisationsPage /> }] },
          { element: <RequirePermission permission="user:read" />, children: [{ path: PATHS.users, element: <UsersPage /> }] },
          { element: <RequirePermission permission="audit:read" />, children: [{ path: PATHS.audit, element: <AuditPage /> }] },
          {
            element: <RequirePermission permission="employer:read" />,
            children: [
              { path: PATHS.employers, element: <EmployersPage /> },
              { path: PATHS.employer, element: <EmployerPage /> },
            ],
          },
          {
            element: <RequirePermission permission="declaration:read" />,
            children: [
              { path: PATHS.declarations, element: <DeclarationsPage /> },
              { path: PATHS.declaration, element: <DeclarationPage /> },
              { path: PATHS.declarationReceipt, element: <DeclarationReceiptPage /> },
            ],
          },
          // assessments (issue 5a)
          {
            element: <RequirePermission permission="assessment:read" />,
            children: [
              { path: PATHS.assessments, element: <AssessmentsPage /> },
              { path: PATHS.assessmentReport, element: <AssessmentReportPage /> },
            ],
          },
          {
            element: <RequirePermission permission="assessment:write" />,
            children: [
              { path: PATHS.assessmentNew, element: <AssessmentNewPage /> },
              { path: PATHS.assessmentCorrect, element: <AssessmentCorrectPage /> },
            ],
          },
          {
            element: <RequirePermission permission="rectification:read" />,
            children: [
              { path: PATHS.rectifications, element: <RectificationsPage /> },
              { path: PATHS.rectification, element: <RectificationPage /> },
            ],
          },
          // monitoring (issue 5M)
          {
            element: <RequirePermission permission="monitoring:read" />,
            children: [
              { path: PATHS.monitoringAlerts, element: <MonitoringAlertsPage /> },
              { path: PATHS.monitoringEmployer, element: <MonitoringPage /> },
            ],
          },
          // issue 6e: occupational health exams
          {
            element: <RequirePermission permission="exam:read" />,
            children: [
              { path: PATHS.exams, element: <ExamsPage /> },
              { path: PATHS.exam, element: <ExamPage /> },
            ],
          },
          { element: <RequirePermission permission="exam_institution:read" />, children: [{ path: PATHS.examInstitutions, element: <ExamInstitutionsPage /> }] },
          { element: <RequirePermission permission="suspected_report:read" />, children: [{ path: PATHS.suspectedReports, element: <SuspectedReportsPage /> }] },
          { element: <RequirePermission permission="contraindication_notice:read" />, children: [{ path: PATHS.notices, element: <NoticesPage /> }] },
          { element: <RequirePermission permission="surveillance:read" />, children: [{ path: PATHS.overdue, element: <OverduePage /> }] },
          { element: <RequirePermission permission="health_archive:read" />, children: [{ path: PATHS.workerArchive, element: <WorkerArchivePage /> }] },
          { element: <RequirePermission permission="health_archive:read_own" />, children: [{ path: PATHS.myArchive, element: <MyArchivePage /> }] },
          // radiation (issue 6R)
          {
            element: <RequirePermission permission="dose:read" />,
            children: [
              { path: PATHS.doseRecords, element: <DoseRecordsPage /> },
              { path: PATHS.workerDose, element: <WorkerDosePage /> },
            ],
          },
          // early warning (issue 7)
          { element: <RequirePermission permission="warning:read" />, children: [{ path: PATHS.warnings, element: <WarningsPage /> }] },
          // indicators and plans (issue 7)
          {
            element: <RequirePermission permission="indicator:read" />,
            children: [
              { path: PATHS.dashboard, element: <DashboardPage /> },
              { path: PATHS.plan, element: <PlanPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
