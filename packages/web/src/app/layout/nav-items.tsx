import { AlertOutlined, ApartmentOutlined, BellOutlined, AreaChartOutlined, AuditOutlined, BankOutlined, ClockCircleOutlined, DashboardOutlined, ExperimentOutlined, FileProtectOutlined, HomeOutlined, MedicineBoxOutlined, NotificationOutlined, ProfileOutlined, RadarChartOutlined, SafetyCertificateOutlined, ShopOutlined, TeamOutlined, ToolOutlined } from '@ant-design/icons';
// issue 6e: exams
import type { Permission } from '@ohnet/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { PATHS } from '../../shared/routes.ts';

export interface NavItem {
  key: string;
  path: string;
  icon: ReactNode;
  labelKey: ParseKeys;
  /** Absent: every signed-in user sees it. */
  permission?: Permission;
}

interface NavGroup {
  key: string;
  labelKey: ParseKeys;
  items: NavItem[];
}

/** The navigation: top-level items, then the administration group. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'home', path: PATHS.home, icon: <HomeOutlined />, labelKey: 'nav.home' },
  // early warning (issue 7): the inbox, right after home
  { key: 'warnings', path: PATHS.warnings, icon: <BellOutlined />, labelKey: 'nav.warnings', permission: 'warning:read' },
  { key: 'regions', path: PATHS.regions, icon: <ApartmentOutlined />, labelKey: 'nav.regions', permission: 'region:read' },
  // An employer's own users land on their record (the list page redirects them).
  { key: 'employers', path: PATHS.employers, icon: <ShopOutlined />, labelKey: 'nav.employers', permission: 'employer:read' },
  // Reviewers land on the review queue (待审核), see DeclarationsPage.
  { key: 'declarations', path: PATHS.declarations, icon: <FileProtectOutlined />, labelKey: 'nav.declarations', permission: 'declaration:read' },
  { key: 'organisations', path: PATHS.organisations, icon: <BankOutlined />, labelKey: 'nav.organisations', permission: 'organisation:read' },
  // Public calculators: every role (and every visitor) may use them.
  { key: 'toolbox', path: PATHS.toolbox, icon: <ToolOutlined />, labelKey: 'nav.toolbox' },
  // assessments (issue 5a)
  { key: 'assessments', path: PATHS.assessments, icon: <ExperimentOutlined />, labelKey: 'nav.assessments', permission: 'assessment:read' },
  { key: 'rectifications', path: PATHS.rectifications, icon: <AlertOutlined />, labelKey: 'nav.rectifications', permission: 'rectification:read' },
  // monitoring (issue 5M): alerts in scope; employers go on to their live page
  { key: 'monitoring', path: PATHS.monitoringAlerts, icon: <DashboardOutlined />, labelKey: 'nav.monitoring', permission: 'monitoring:read' },
  // issue 6e: occupational health exams
  { key: 'exams', path: PATHS.exams, icon: <MedicineBoxOutlined />, labelKey: 'nav.exams', permission: 'exam:read' },
  { key: 'suspectedReports', path: PATHS.suspectedReports, icon: <AlertOutlined />, labelKey: 'nav.suspectedReports', permission: 'suspected_report:read' },
  { key: 'notices', path: PATHS.notices, icon: <NotificationOutlined />, labelKey: 'nav.notices', permission: 'contraindication_notice:read' },
  { key: 'overdue', path: PATHS.overdue, icon: <ClockCircleOutlined />, labelKey: 'nav.overdue', permission: 'surveillance:read' },
  { key: 'examInstitutions', path: PATHS.examInstitutions, icon: <SafetyCertificateOutlined />, labelKey: 'nav.examInstitutions', permission: 'exam_institution:read' },
  { key: 'myArchive', path: PATHS.myArchive, icon: <ProfileOutlined />, labelKey: 'nav.myArchive', permission: 'health_archive:read_own' },
  // radiation (issue 6R)
  { key: 'doseRecords', path: PATHS.doseRecords, icon: <RadarChartOutlined />, labelKey: 'radiation.nav', permission: 'dose:read' },
];

export const NAV_GROUPS: NavGroup[] = [
  // indicators and plans (issue 7): 决策支持
  {
    key: 'decisionSupport',
    labelKey: 'nav.decisionSupport',
    items: [{ key: 'dashboard', path: PATHS.dashboard, icon: <AreaChartOutlined />, labelKey: 'nav.dashboard', permission: 'indicator:read' }],
  },
  {
    key: 'administration',
    labelKey: 'nav.administration',
    items: [
      { key: 'users', path: PATHS.users, icon: <TeamOutlined />, labelKey: 'nav.users', permission: 'user:read' },
      { key: 'audit', path: PATHS.audit, icon: <AuditOutlined />, labelKey: 'nav.audit', permission: 'audit:read' },
    ],
  },
];

/** The nav item a location belongs to (longest matching path prefix). */
export function navKeyOf(pathname: string): string | undefined {
  const all = [...NAV_ITEMS, ...NAV_GROUPS.flatMap((g) => g.items)];
  const matches = all.filter((i) => (i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
