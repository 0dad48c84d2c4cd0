import type { Role } from '@ohnet/domain';
import type { zhCN } from '../../shared/i18n/zh-CN.ts';

type UpcomingModule = keyof (typeof zhCN)['upcomingModules'];

/** Business modules still being built, by the role that will use them: shown as hints only. */
const UPCOMING_MODULES: Readonly<Record<Role, readonly UpcomingModule[]>> = {
  regulator: ['statistics'],
  inspector: ['supervisionTasks'],
  cdc_analyst: ['surveillanceAnalysis', 'statistics'],
  employer_manager: [], // workerExamResults: built by issue 6e (exams, notices, reports)
  tech_service_staff: ['techServiceReports'],
  exam_staff: [], // examReports: built by issue 6e
  diagnosis_staff: ['diagnosisReports'],
  worker: [], // workerRecords: built by issue 6e (my archive)
  department_viewer: ['departmentSharing'],
  system_admin: ['dataExchange'],
};

export function upcomingModulesFor(roles: readonly Role[]): UpcomingModule[] {
  return [...new Set(roles.flatMap((role) => UPCOMING_MODULES[role]))];
}
