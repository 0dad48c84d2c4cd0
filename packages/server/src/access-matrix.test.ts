/**
 * The access matrix: every API route × every demo account × (an object inside the account's scope,
 * one outside it), plus anonymous. Expected statuses are derived from the domain's rules
 * (ROLE_PERMISSIONS, scopeOf, isInScope) — not written by hand — so the test checks that the server
 * enforces exactly what the domain declares: 401 without a session, 403 without the permission,
 * 404 (or the route's stated denial) outside the scope, success otherwise.
 * It fails when a route exists without a fixture here, so no route ships without being checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import {
  type OrganisationType,
  ROLE_ORGANISATION_TYPES,
  type RegionLevel,
  type Role,
  type Scope,
  type ScopedRecord,
  buildUscc,
  emptyDeclarationContent,
  hasPermission,
  idNumberCheckCharacter,
  isInScope,
  scopeOf,
} from '@ohnet/domain';
import { declarations } from './modules/declarations/declarations.table.ts';
import { employerProfiles, posts } from './modules/employers/employers.table.ts';
import { WORKER_IMPORT_COLUMNS } from './modules/workers/workers.import.ts';
import { EMPLOYER_IMPORT_COLUMNS } from './modules/employers/employers.import.ts';
import { POST_IMPORT_COLUMNS } from './modules/employers/posts.import.ts';
import { multipartBody, workbookOf } from './testing/multipart.ts';
import { employments, workers } from './modules/workers/workers.table.ts';
import { organisations } from './modules/organisations/organisations.table.ts';
import { regions } from './modules/regions/regions.table.ts';
import { users } from './modules/users/users.table.ts';
import { DEMO_ACCOUNTS, type Session, type TestApp, createTestApp } from './testing/test-app.ts';
// assessments (issue 5a)
import { ASSESSMENT_IMPORT_COLUMNS } from './modules/assessments/assessments.import.ts';
import { assessmentAttachments, assessmentReportNumbers, assessmentReports, rectificationEvidence, rectificationTasks } from './modules/assessments/assessments.table.ts';
// monitoring (issue 5M)
import { sensorDeviceKeys, sensorDevices } from './modules/monitoring/monitoring.table.ts';
// issue 6e: exams
import { DEMO_PLANS, checkExamRecord, impliedAncestorCodes } from '@ohnet/domain';
import { EXAM_IMPORT_COLUMNS } from './modules/exams/exams.jobs.ts';
import { contraindicationNotices, examInstitutionFilings, healthExams, suspectedOdReports } from './modules/exams/exams.table.ts';
// radiation (issue 6R)
import { doseRecords } from './modules/radiation/radiation.table.ts';
import { warnings } from './modules/warnings/warnings.table.ts';
// plan evaluation reports (issue 7)
import { planReports } from './modules/indicators/indicators.table.ts';

interface Account {
  username: string;
  roles: Role[];
  userId: string;
  org: { id: string; type: OrganisationType; regionCode: string; regionLevel: RegionLevel };
  scope: Scope;
  session: Session;
}

interface Target {
  url: string;
  payload?: Record<string, unknown> | Buffer;
  headers?: Record<string, string>;
  /** Where the object sits; null for lists and reference data (always visible). */
  placement: ScopedRecord | null;
}

interface Fixture {
  /** Status when access is granted (200, 201; 422 where the fixture sends a deliberately wrong value). */
  ok: number;
  /** Status when the object is outside the scope (default 404: it does not exist for you). */
  denied?: number;
  /** For routes open to any signed-in user but owned by one: the status for someone else's object. */
  outOfReach?: number;
  /** A fresh session for this route (logout ends the session it is sent with). */
  fresh?: boolean;
  target(a: Account, where: 'in' | 'out'): Target;
}

interface OrgRef {
  id: string;
  name: string;
  regionCode: string;
}
interface UserRef {
  id: string;
  organisationId: string;
  regionCode: string;
}

describe('access matrix', () => {
  let t: TestApp;
  const accounts: Account[] = [];
  let orgs: OrgRef[] = [];
  const targets: Record<'a' | 'b' | 'outside', UserRef> = {} as never;
  let serial = 0;
  const jobOf = new Map<string, string>();
  /** A one-row import file as multipart, built once. */
  let importUpload: { payload: Buffer; headers: Record<string, string> } = { payload: Buffer.alloc(0), headers: {} };
  let employerImportUpload: { payload: Buffer; headers: Record<string, string> } = { payload: Buffer.alloc(0), headers: {} };
  let postImportUpload: { payload: Buffer; headers: Record<string, string> } = { payload: Buffer.alloc(0), headers: {} };
  /** A declaration per account, side and route, in the state that route needs. */
  const declOf = new Map<string, string>();
  /** radiation (issue 6R): a dose record per account and side (filed by the demo lab inside, by another organisation outside). */
  const doseOf = new Map<string, { id: string; placement: ScopedRecord }>();
  const declarationTarget = (a: Account, w: 'in' | 'out', purpose: string, suffix: string): Target => {
    const e = employerFor(a, w);
    return { url: `/api/v1/declarations/${declOf.get(`${a.username}:${w}:${purpose}`)}${suffix}`, placement: orgPlacement(e) };
  };
  /** A worker and employment per account and side, for the worker routes. */
  const employmentOf = new Map<string, { workerId: string; employmentId: string }>();
  /** A post per account and side, so state-changing post routes never collide between accounts. */
  const postOf = new Map<string, string>();
  let employers: OrgRef[] = [];
  /** An employer inside the account's scope (own, for an employer), or one outside it. */
  const employerFor = (a: Account, where: 'in' | 'out'): OrgRef => {
    const inScope = employers.filter((e) => isInScope(a.scope, orgPlacement(e)));
    if (where === 'in') return inScope.find((e) => e.id === a.org.id) ?? inScope[0] ?? employers[0]!;
    return employers.find((e) => !isInScope(a.scope, orgPlacement(e))) ?? employers[0]!;
  };

  const orgPlacement = (o: OrgRef): ScopedRecord => ({ regionCode: o.regionCode, organisationIds: [o.id] });
  const userPlacement = (u: UserRef): ScopedRecord => ({ regionCode: u.regionCode, organisationIds: [u.organisationId] });
  const ownOrg = (a: Account): OrgRef => orgs.find((o) => o.id === a.org.id)!;
  /** An organisation outside the account's scope if there is one (an all-scope account gets a far one). */
  const foreignOrg = (a: Account): OrgRef =>
    orgs.find((o) => o.name.includes('（演示）') && !isInScope(a.scope, orgPlacement(o)) && o.id !== a.org.id) ?? orgs.find((o) => o.name === '吴忠市利通区铸造有限公司（演示）')!;
  // issue 7: an indicator read over the account's own region or a foreign one; a plan readable or not.
  const indicatorTarget = (a: Account, w: 'in' | 'out', prefix: string, withYear = true): Target => {
    const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
    return { url: `${prefix}regionCode=${regionCode}${withYear ? '&year=2026' : ''}`, placement: { regionCode, organisationIds: [] } };
  };
  const planTarget = (a: Account, w: 'in' | 'out', suffix: string, own = false): Target => {
    const inside = (code: string) => isInScope(a.scope, { regionCode: code, organisationIds: [] });
    const readable = (code: string) => inside(code) || (a.scope.kind === 'region' && impliedAncestorCodes(a.scope.regionCode).includes(code));
    const plan = w === 'in' ? (DEMO_PLANS.find((p) => inside(p.regionCode)) ?? (own ? undefined : DEMO_PLANS.find((p) => readable(p.regionCode)))) : DEMO_PLANS.find((p) => !readable(p.regionCode));
    const chosen = plan ?? DEMO_PLANS[0]!;
    return { url: `/api/v1/plans/${chosen.id}${suffix}`, placement: plan && w === 'in' ? { regionCode: a.scope.kind === 'region' ? a.scope.regionCode : chosen.regionCode, organisationIds: [] } : { regionCode: chosen.regionCode, organisationIds: [] } };
  };
  const pick = (a: Account, where: 'in' | 'out') => (where === 'in' ? ownOrg(a) : foreignOrg(a));
  // monitoring (issue 5M): a device (and one to retire) with a key per account and side.
  const monitoringOf = new Map<string, { deviceId: string; retireId: string; keyId: string }>();
  const monitoringTarget = (a: Account, w: 'in' | 'out', suffix: (m: { deviceId: string; retireId: string; keyId: string }) => string): Target => ({
    url: `/api/v1/monitoring/devices/${suffix(monitoringOf.get(`${a.username}:${w}`)!)}`,
    placement: orgPlacement(employerFor(a, w)),
  });
  const roleFor = (type: OrganisationType): Role => (Object.keys(ROLE_ORGANISATION_TYPES) as Role[]).find((r) => r !== 'worker' && ROLE_ORGANISATION_TYPES[r].includes(type))!;
  // issue 6e: exams — an exam institution in/out of scope, records per account and side, a filed upload
  let examImportUpload: { payload: Buffer; headers: Record<string, string> } = { payload: Buffer.alloc(0), headers: {} };
  let examInstitutions: OrgRef[] = [];
  let examEmployerUscc = '';
  const examObjects = new Map<string, { id: string; placement: ScopedRecord }>();
  const examInstFor = (a: Account, where: 'in' | 'out'): OrgRef => {
    const inScope = examInstitutions.filter((o) => isInScope(a.scope, orgPlacement(o)));
    if (where === 'in') return inScope.find((o) => o.id === a.org.id) ?? inScope[0] ?? examInstitutions[0]!;
    return examInstitutions.find((o) => !isInScope(a.scope, orgPlacement(o))) ?? examInstitutions[0]!;
  };
  const examFixture = (a: Account, w: 'in' | 'out', purpose: string, prefix: string, suffix: string): Target => {
    const o = examObjects.get(`${a.username}:${w}:${purpose}`)!;
    return { url: `${prefix}${o.id}${suffix}`, placement: o.placement };
  };
  const examRecordFixture = () => {
    serial++;
    const first17 = `44078119860101${String(serial % 1000).padStart(3, '0')}`;
    return {
      examNumber: `MATRIX-${serial}`,
      employerUscc: examEmployerUscc,
      examType: 'periodic',
      examDate: '2026-09-01',
      worker: { idNumber: first17 + idNumberCheckCharacter(first17), name: `矩阵体检${serial}` },
      hazardFactors: ['噪声'],
      items: { ecg: { isAbnormal: false } },
      conclusions: [{ hazardFactor: '噪声', conclusion: 'no_abnormality' }],
    };
  };

  // plan evaluation reports (issue 7): the plans of planTarget, and a stored report per demo plan.
  const reportOf = new Map<string, string>();
  const planReportTarget = (format: 'pdf' | 'xlsx') => (a: Account, w: 'in' | 'out'): Target => {
    const plan = planTarget(a, w, '');
    const planId = plan.url.slice('/api/v1/plans/'.length);
    return { url: `/api/v1/plan-reports/${reportOf.get(planId)}/${format}`, placement: plan.placement };
  };

  const FIXTURES: Record<string, Fixture> = {
    // Public routes: answered without a session.
    'POST /api/v1/auth/login': { ok: 200, target: () => ({ url: '/api/v1/auth/login', payload: { username: 'ts.cdc', password: 'Ohnet#Demo2026' }, placement: null }) },
    'POST /api/v1/validate/id-number': { ok: 200, target: () => ({ url: '/api/v1/validate/id-number', payload: { value: '11010519491231002X' }, placement: null }) },
    'POST /api/v1/calc/noise-exposure': { ok: 200, target: () => ({ url: '/api/v1/calc/noise-exposure', payload: { segments: [{ laeq: 88, hours: 8 }] }, placement: null }) },
    'POST /api/v1/calc/noise-weekly': { ok: 200, target: () => ({ url: '/api/v1/calc/noise-weekly', payload: { days: [{ lex8h: 86 }] }, placement: null }) },
    'POST /api/v1/calc/chemical-exposure': { ok: 200, target: () => ({ url: '/api/v1/calc/chemical-exposure', payload: { factor: '甲苯', samples: [{ concentration: 20, minutes: 480 }] }, placement: null }) },
    'POST /api/v1/calc/hearing': {
      ok: 200,
      target: () => ({ url: '/api/v1/calc/hearing', payload: { age: 30, sex: 'female', left: { '500': 10, '1000': 10, '2000': 10, '3000': 10, '4000': 10, '6000': 10 }, right: { '500': 10, '1000': 10, '2000': 10, '3000': 10, '4000': 10, '6000': 10 } }, placement: null }),
    },
    'POST /api/v1/calc/dose-check': { ok: 200, target: () => ({ url: '/api/v1/calc/dose-check', payload: { annualDoses: [{ year: 2025, effectiveMsv: 1 }] }, placement: null }) },
    'POST /api/v1/calc/exam-plan': { ok: 200, target: () => ({ url: '/api/v1/calc/exam-plan', payload: { hazardFactors: ['噪声'], examType: 'pre_employment' }, placement: null }) },
    'POST /api/v1/calc/dust-exposure': { ok: 200, target: () => ({ url: '/api/v1/calc/dust-exposure', payload: { factor: '煤尘', totalDust: { samples: [{ concentration: 1, minutes: 480 }] } }, placement: null }) },
    'POST /api/v1/calc/heat-stress': { ok: 200, target: () => ({ url: '/api/v1/calc/heat-stress', payload: { labourIntensityClass: 'I', exposureTimeRatePercent: 50 }, placement: null }) },
    'POST /api/v1/calc/pneumoconiosis-staging': {
      ok: 200,
      target: () => ({ url: '/api/v1/calc/pneumoconiosis-staging', payload: { zones: { rightUpper: '0/0', rightMiddle: '0/0', rightLower: '0/0', leftUpper: '0/0', leftMiddle: '0/0', leftLower: '0/0' } }, placement: null }),
    },
    'POST /api/v1/validate/uscc': { ok: 200, target: () => ({ url: '/api/v1/validate/uscc', payload: { value: '91110000802100433B' }, placement: null }) },
    'GET /api/v1/auth/session': { ok: 200, target: () => ({ url: '/api/v1/auth/session', placement: null }) },
    'POST /api/v1/auth/logout': { ok: 200, fresh: true, target: () => ({ url: '/api/v1/auth/logout', placement: null }) },
    'POST /api/v1/auth/password': {
      ok: 422, // access granted; the deliberately wrong current password is then refused
      target: () => ({ url: '/api/v1/auth/password', payload: { currentPassword: 'wrong', newPassword: 'Another-Passw0rd!' }, placement: null }),
    },
    'GET /api/v1/home': { ok: 200, target: () => ({ url: '/api/v1/home', placement: null }) },
    'GET /api/v1/regions': { ok: 200, target: (_a, w) => ({ url: `/api/v1/regions?parentCode=${w === 'in' ? '440700' : '640300'}`, placement: null }) },
    'GET /api/v1/regions/search': { ok: 200, target: (_a, w) => ({ url: `/api/v1/regions/search?q=${w === 'in' ? '4407' : '6403'}`, placement: null }) },
    'GET /api/v1/regions/:code': { ok: 200, target: (_a, w) => ({ url: `/api/v1/regions/${w === 'in' ? '440781' : '640302'}`, placement: null }) },
    'GET /api/v1/regions/:code/ancestors': { ok: 200, target: (_a, w) => ({ url: `/api/v1/regions/${w === 'in' ? '440781111' : '640302'}/ancestors`, placement: null }) },
    'GET /api/v1/regions/:code/subtree': { ok: 200, target: (_a, w) => ({ url: `/api/v1/regions/${w === 'in' ? '440781' : '640300'}/subtree`, placement: null }) },
    'GET /api/v1/organisations': { ok: 200, target: (a, w) => ({ url: `/api/v1/organisations?q=${encodeURIComponent(pick(a, w).name)}`, placement: null }) },
    'GET /api/v1/organisations/:id': { ok: 200, target: (a, w) => ({ url: `/api/v1/organisations/${pick(a, w).id}`, placement: orgPlacement(pick(a, w)) }) },
    'POST /api/v1/organisations': {
      ok: 201,
      denied: 403, // placing a new organisation outside one's jurisdiction
      target: (a, w) => {
        const regionCode = pick(a, w).regionCode;
        serial++;
        return {
          url: '/api/v1/organisations',
          payload: { type: 'employer', name: `矩阵测试企业${serial}`, uscc: buildUscc('9', '1', regionCode.slice(0, 6), String(50_000_000 + serial)), regionCode },
          placement: { regionCode, organisationIds: [] },
        };
      },
    },
    'PATCH /api/v1/organisations/:id': {
      ok: 200,
      target: (a, w) => ({ url: `/api/v1/organisations/${pick(a, w).id}`, payload: { contactName: '矩阵测试' }, placement: orgPlacement(pick(a, w)) }),
    },
    'GET /api/v1/users': { ok: 200, target: () => ({ url: '/api/v1/users', placement: null }) },
    'GET /api/v1/users/:id': {
      ok: 200,
      target: (a, w) => {
        const u = w === 'in' ? { id: a.userId, organisationId: a.org.id, regionCode: a.org.regionCode } : targets.outside;
        return { url: `/api/v1/users/${u.id}`, placement: userPlacement(u) };
      },
    },
    'POST /api/v1/users': {
      ok: 201,
      denied: 422, // the organisation named in the body is not visible
      target: (a, w) => {
        const o = w === 'in' ? ownOrg(a) : foreignOrg(a);
        const type = w === 'in' ? a.org.type : 'employer';
        serial++;
        return {
          url: '/api/v1/users',
          payload: { username: `matrix.${serial}`, displayName: '矩阵', organisationId: o.id, roles: [roleFor(type)] },
          placement: orgPlacement(o),
        };
      },
    },
    'PATCH /api/v1/users/:id': {
      ok: 200,
      target: (a, w) => {
        const u = w === 'in' ? { id: a.userId, organisationId: a.org.id, regionCode: a.org.regionCode } : targets.outside;
        return { url: `/api/v1/users/${u.id}`, payload: { phone: '13900000000' }, placement: userPlacement(u) };
      },
    },
    'POST /api/v1/users/:id/disable': { ok: 200, target: (_a, w) => userAction('disable', w === 'in' ? targets.a : targets.outside) },
    'POST /api/v1/users/:id/enable': { ok: 200, target: (_a, w) => userAction('enable', w === 'in' ? targets.a : targets.outside) },
    'POST /api/v1/users/:id/unlock': { ok: 200, target: (_a, w) => userAction('unlock', w === 'in' ? targets.b : targets.outside) },
    'POST /api/v1/users/:id/reset-password': { ok: 200, target: (_a, w) => userAction('reset-password', w === 'in' ? targets.b : targets.outside) },
    'GET /api/v1/employers': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers?q=${encodeURIComponent(employerFor(a, w).name)}`, placement: null }) },
    'GET /api/v1/employers/export': { ok: 200, target: () => ({ url: '/api/v1/employers/export', placement: null }) },
    'GET /api/v1/employers/:id': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}`, placement: orgPlacement(employerFor(a, w)) }) },
    'PUT /api/v1/employers/:id/profile': {
      ok: 200,
      target: (a, w) => ({
        url: `/api/v1/employers/${employerFor(a, w).id}/profile`,
        payload: { registeredAddress: '矩阵测试地址', workplaceAddress: '矩阵测试厂区', industryCode: 'C3311', economicType: null, sizeClass: 'small', staffCount: 80 },
        placement: orgPlacement(employerFor(a, w)),
      }),
    },
    'POST /api/v1/employers/:id/posts': {
      ok: 201,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/posts`, payload: { name: '矩阵岗位', hazards: [{ factorName: '噪声', exposedCount: 2 }] }, placement: orgPlacement(employerFor(a, w)) }),
    },
    'PUT /api/v1/employers/:id/posts/:postId': {
      ok: 200,
      target: (a, w) => {
        const e = employerFor(a, w);
        return { url: `/api/v1/employers/${e.id}/posts/${postOf.get(`${a.username}:${w}`)}`, payload: { name: '矩阵岗位（改）', hazards: [{ factorName: '矽尘', exposedCount: 1 }] }, placement: orgPlacement(e) };
      },
    },
    'POST /api/v1/employers/:id/posts/:postId/deactivate': {
      ok: 200,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/posts/${postOf.get(`${a.username}:${w}`)}/deactivate`, placement: orgPlacement(employerFor(a, w)) }),
    },
    'POST /api/v1/employers/:id/posts/:postId/activate': {
      ok: 200,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/posts/${postOf.get(`${a.username}:${w}`)}/activate`, placement: orgPlacement(employerFor(a, w)) }),
    },
    'GET /api/v1/employers/:id/workers': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/workers`, placement: orgPlacement(employerFor(a, w)) }) },
    'POST /api/v1/employers/:id/workers': {
      ok: 201,
      target: (a, w) => {
        serial++;
        const first17 = `44078119850101${String(serial % 1000).padStart(3, '0')}`;
        return {
          url: `/api/v1/employers/${employerFor(a, w).id}/workers`,
          payload: { idNumber: first17 + idNumberCheckCharacter(first17), name: `矩阵工人${serial}`, startDate: '2025-01-01' },
          placement: orgPlacement(employerFor(a, w)),
        };
      },
    },
    'POST /api/v1/employers/:id/employments/:employmentId/end': {
      ok: 200,
      target: (a, w) => {
        const e = employerFor(a, w);
        return { url: `/api/v1/employers/${e.id}/employments/${employmentOf.get(`${a.username}:${w}`)!.employmentId}/end`, payload: { endDate: '2026-01-31' }, placement: orgPlacement(e) };
      },
    },
    'GET /api/v1/workers/:id': {
      ok: 200,
      target: (a, w) => {
        const e = employerFor(a, w);
        const ref = employmentOf.get(`${a.username}:${w}`)!;
        return { url: `/api/v1/workers/${ref.workerId}`, placement: { regionCode: e.regionCode, organisationIds: [e.id], workerId: ref.workerId } };
      },
    },
    'GET /api/v1/employers/:id/posts/import-template': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/posts/import-template`, placement: orgPlacement(employerFor(a, w)) }) },
    'POST /api/v1/employers/:id/posts/import': {
      ok: 202,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/posts/import`, payload: postImportUpload.payload, headers: postImportUpload.headers, placement: orgPlacement(employerFor(a, w)) }),
    },
    'GET /api/v1/employers/:id/post-imports': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/post-imports`, placement: orgPlacement(employerFor(a, w)) }) },
    'GET /api/v1/employers/import-template': { ok: 200, target: () => ({ url: '/api/v1/employers/import-template', placement: null }) },
    'POST /api/v1/employers/import': { ok: 202, target: () => ({ url: '/api/v1/employers/import', payload: employerImportUpload.payload, headers: employerImportUpload.headers, placement: null }) },
    'GET /api/v1/employer-imports': { ok: 200, target: () => ({ url: '/api/v1/employer-imports', placement: null }) },
    'GET /api/v1/employers/:id/workers/import-template': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/workers/import-template`, placement: orgPlacement(employerFor(a, w)) }) },
    'POST /api/v1/employers/:id/workers/import': {
      ok: 202,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/workers/import`, payload: importUpload.payload, headers: importUpload.headers, placement: orgPlacement(employerFor(a, w)) }),
    },
    'GET /api/v1/employers/:id/worker-imports': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/worker-imports`, placement: orgPlacement(employerFor(a, w)) }) },
    'GET /api/v1/indicators/declaration-rate': {
      ok: 200,
      denied: 403, // an indicator over a region outside one's jurisdiction
      target: (a, w) => {
        const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
        return { url: `/api/v1/indicators/declaration-rate?regionCode=${regionCode}&year=2026`, placement: { regionCode, organisationIds: [] } };
      },
    },
    // issue 7: indicators, plans and the region dashboard
    'GET /api/v1/indicators/catalogue': { ok: 200, target: () => ({ url: '/api/v1/indicators/catalogue', placement: null }) },
    'GET /api/v1/indicators/values': { ok: 200, denied: 403, target: (a, w) => indicatorTarget(a, w, '/api/v1/indicators/values?') },
    'GET /api/v1/indicators/:indicatorId/children': { ok: 200, denied: 403, target: (a, w) => indicatorTarget(a, w, '/api/v1/indicators/industrial_employer_declaration_rate/children?') },
    'GET /api/v1/indicators/:indicatorId/trend': { ok: 200, denied: 403, target: (a, w) => indicatorTarget(a, w, '/api/v1/indicators/industrial_employer_declaration_rate/trend?', false) },
    'GET /api/v1/indicators/:indicatorId/records': { ok: 200, denied: 403, target: (a, w) => indicatorTarget(a, w, '/api/v1/indicators/industrial_employer_declaration_rate/records?') },
    'GET /api/v1/dashboard/region': { ok: 200, denied: 403, target: (a, w) => indicatorTarget(a, w, '/api/v1/dashboard/region?') },
    'POST /api/v1/indicators/manual-values': {
      ok: 201,
      denied: 403, // a value for a region outside one's jurisdiction
      target: (a, w) => {
        const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
        return { url: '/api/v1/indicators/manual-values', payload: { indicatorId: 'work_injury_insurance_insured', regionCode, year: 2026, value: 1000, sourceNote: '人社局来函（矩阵测试）', asOf: '2026-06-30' }, placement: { regionCode, organisationIds: [] } };
      },
    },
    'GET /api/v1/plans': { ok: 200, target: () => ({ url: '/api/v1/plans', placement: null }) },
    'GET /api/v1/plans/:id': { ok: 200, target: (a, w) => planTarget(a, w, '') },
    'PUT /api/v1/plans/:id/entries/:indicatorId': { ok: 200, target: (a, w) => ({ ...planTarget(a, w, '/entries/industrial_employer_declaration_rate', true), payload: { note: '矩阵测试备注' } }) },
    'GET /api/v1/employers/:id/declaration-clock': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/declaration-clock`, placement: orgPlacement(employerFor(a, w)) }) },
    'GET /api/v1/declarations/overdue': { ok: 200, target: () => ({ url: '/api/v1/declarations/overdue', placement: null }) },
    'GET /api/v1/declarations': { ok: 200, target: () => ({ url: '/api/v1/declarations?state=submitted', placement: null }) },
    'GET /api/v1/employers/:id/declaration-prefill': {
      ok: 200,
      target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/declaration-prefill`, placement: orgPlacement(employerFor(a, w)) }),
    },
    'POST /api/v1/declarations': {
      ok: 201,
      target: (a, w) => ({ url: '/api/v1/declarations', payload: { employerId: employerFor(a, w).id, kind: 'annual', content: emptyDeclarationContent(2026) }, placement: orgPlacement(employerFor(a, w)) }),
    },
    'GET /api/v1/declarations/:id': { ok: 200, target: (a, w) => declarationTarget(a, w, 'get', '') },
    'PUT /api/v1/declarations/:id/content': { ok: 200, target: (a, w) => ({ ...declarationTarget(a, w, 'put', '/content'), payload: { content: emptyDeclarationContent(2026) } }) },
    // Access granted, then the empty form is refused by the domain validator.
    'POST /api/v1/declarations/:id/submit': { ok: 422, target: (a, w) => declarationTarget(a, w, 'submit', '/submit') },
    'POST /api/v1/declarations/:id/withdraw': { ok: 200, target: (a, w) => declarationTarget(a, w, 'withdraw', '/withdraw') },
    'POST /api/v1/declarations/:id/accept': { ok: 200, target: (a, w) => declarationTarget(a, w, 'accept', '/accept') },
    'POST /api/v1/declarations/:id/return': { ok: 200, target: (a, w) => ({ ...declarationTarget(a, w, 'return', '/return'), payload: { reason: '矩阵测试退回' } }) },
    // Access granted, then refused by state: the fixture's declaration is a draft (no receipt yet).
    'GET /api/v1/declarations/:id/receipt.pdf': { ok: 409, target: (a, w) => declarationTarget(a, w, 'get', '/receipt.pdf') },
    'GET /api/v1/declaration-receipts/verify': { ok: 200, target: () => ({ url: '/api/v1/declaration-receipts/verify?number=SB-440781-2026-0000001&code=ABCDEFGHJKLM', placement: null }) },
    'GET /api/v1/audit-entries': { ok: 200, target: () => ({ url: '/api/v1/audit-entries?pageSize=5', placement: null }) },
    'POST /api/v1/audit-entries/verify': { ok: 202, target: () => ({ url: '/api/v1/audit-entries/verify', placement: null }) },
    'GET /api/v1/jobs/:id': {
      // Jobs belong to the account that started them: its own answers 200, anyone else's 404.
      ok: 200,
      outOfReach: 404,
      target: (a, w) => ({ url: `/api/v1/jobs/${w === 'in' ? jobOf.get(a.username) : jobOf.get(a.username === 'admin' ? 'ts.weijian' : 'admin')}`, placement: null }),
    },
    // assessments (issue 5a) ──────────────────────────────────────────────────────────────────
    'GET /api/v1/tech-service-qualifications': { ok: 200, target: () => ({ url: '/api/v1/tech-service-qualifications', placement: null }) },
    'POST /api/v1/tech-service-qualifications': {
      ok: 201,
      target: () => {
        serial++;
        return { url: '/api/v1/tech-service-qualifications', payload: { ...asmt.qualificationBody, qualificationNumber: `矩阵资质-${serial}`, organisationId: asmt.tech.id }, placement: orgPlacement(asmt.tech) };
      },
    },
    'PUT /api/v1/tech-service-qualifications/:id': {
      ok: 200,
      target: () => ({ url: `/api/v1/tech-service-qualifications/${asmt.qualificationId}`, payload: asmt.qualificationBody, placement: orgPlacement(asmt.tech) }),
    },
    'GET /api/v1/assessment-reports': { ok: 200, target: () => ({ url: '/api/v1/assessment-reports?kind=periodic_test', placement: null }) },
    'GET /api/v1/assessment-reports/employer-lookup': { ok: 200, target: () => ({ url: `/api/v1/assessment-reports/employer-lookup?uscc=${asmt.tsEmployerUscc}`, placement: null }) },
    'POST /api/v1/assessment-reports': { ok: 201, target: () => ({ url: '/api/v1/assessment-reports', payload: asmtReport(), placement: null }) },
    'POST /api/v1/assessment-reports/batch': { ok: 201, target: () => ({ url: '/api/v1/assessment-reports/batch', payload: { reports: [asmtReport(), asmtReport()] }, placement: null }) },
    'GET /api/v1/assessment-reports/import-template': { ok: 200, target: () => ({ url: '/api/v1/assessment-reports/import-template', placement: null }) },
    'POST /api/v1/assessment-reports/import': { ok: 202, target: () => ({ url: '/api/v1/assessment-reports/import', payload: asmt.importUpload.payload, headers: asmt.importUpload.headers, placement: null }) },
    'GET /api/v1/assessment-report-imports': { ok: 200, target: () => ({ url: '/api/v1/assessment-report-imports', placement: null }) },
    'GET /api/v1/assessment-reports/:id': { ok: 200, target: (a, w) => asmtReportTarget(a, w, 'get', '') },
    'POST /api/v1/assessment-reports/:id/versions': {
      ok: 201,
      target: (a, w) => {
        const { employerId: _e, reportNumber: _n, ...rest } = asmtReport();
        return { ...asmtReportTarget(a, w, 'version', '/versions'), payload: { ...rest, correctionReason: '矩阵更正' } };
      },
    },
    'PUT /api/v1/assessment-reports/:id/attachment': { ok: 200, target: (a, w) => ({ ...asmtReportTarget(a, w, 'get', '/attachment'), payload: asmt.pdfUpload.payload, headers: asmt.pdfUpload.headers }) },
    'GET /api/v1/assessment-reports/:id/attachment': { ok: 200, target: (a, w) => asmtReportTarget(a, w, 'get', '/attachment') },
    'GET /api/v1/exceedance-alerts': { ok: 200, target: () => ({ url: '/api/v1/exceedance-alerts?state=open', placement: null }) },
    'GET /api/v1/rectification-tasks': { ok: 200, target: () => ({ url: '/api/v1/rectification-tasks', placement: null }) },
    'GET /api/v1/rectification-tasks/:id': { ok: 200, target: (a, w) => asmtTaskTarget(a, w, 'get', '') },
    'POST /api/v1/rectification-tasks/:id/evidence': { ok: 200, target: (a, w) => ({ ...asmtTaskTarget(a, w, 'evidence', '/evidence'), payload: asmt.pdfUpload.payload, headers: asmt.pdfUpload.headers }) },
    'GET /api/v1/rectification-tasks/:id/evidence/:evidenceId': { ok: 200, target: (a, w) => asmtTaskTarget(a, w, 'get', `/evidence/${asmt.evidenceOf.get(`${a.username}:${w}`)}`) },
    'POST /api/v1/rectification-tasks/:id/close': { ok: 200, target: (a, w) => asmtTaskTarget(a, w, 'close', '/close') },
    'POST /api/v1/rectification-tasks/:id/reopen': { ok: 200, target: (a, w) => ({ ...asmtTaskTarget(a, w, 'reopen', '/reopen'), payload: { reason: '矩阵退回' } }) },
    'GET /api/v1/assessments/overdue-testing': { ok: 200, target: () => ({ url: '/api/v1/assessments/overdue-testing', placement: null }) },
    'GET /api/v1/assessments/cross-check': { ok: 200, target: () => ({ url: '/api/v1/assessments/cross-check', placement: null }) },
    'GET /api/v1/employers/:id/periodic-testing': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/periodic-testing`, placement: orgPlacement(employerFor(a, w)) }) },
    'GET /api/v1/indicators/monitoring-pass-rate': {
      ok: 200,
      denied: 403,
      target: (a, w) => {
        const regionCode = (w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode).slice(0, 6);
        return { url: `/api/v1/indicators/monitoring-pass-rate?regionCode=${regionCode}&year=2026`, placement: { regionCode, organisationIds: [] } };
      },
    },
    // monitoring (issue 5M). Devices authenticate by key, not session: without a key the public route answers 401.
    'POST /api/v1/monitoring/readings': { ok: 401, target: () => ({ url: '/api/v1/monitoring/readings', payload: { deviceId: 'MX-NONE', readings: [{ timestamp: '2026-03-02T08:00:00+08:00', value: 1 }] }, placement: null }) },
    'GET /api/v1/employers/:id/monitoring': { ok: 200, target: (a, w) => ({ url: `/api/v1/employers/${employerFor(a, w).id}/monitoring`, placement: orgPlacement(employerFor(a, w)) }) },
    'POST /api/v1/employers/:id/monitoring/devices': {
      ok: 201,
      target: (a, w) => {
        serial++;
        return {
          url: `/api/v1/employers/${employerFor(a, w).id}/monitoring/devices`,
          payload: { postId: postOf.get(`${a.username}:${w}`), code: `MX-REG-${serial}`, factorKind: 'noise', factorName: '噪声', unit: 'dB(A)' },
          placement: orgPlacement(employerFor(a, w)),
        };
      },
    },
    'GET /api/v1/monitoring/devices/:id/series': { ok: 200, target: (a, w) => monitoringTarget(a, w, (m) => `${m.deviceId}/series`) },
    'POST /api/v1/monitoring/devices/:id/keys': { ok: 201, target: (a, w) => ({ ...monitoringTarget(a, w, (m) => `${m.deviceId}/keys`), payload: { label: '矩阵' } }) },
    'POST /api/v1/monitoring/devices/:id/keys/:keyId/revoke': { ok: 200, target: (a, w) => monitoringTarget(a, w, (m) => `${m.deviceId}/keys/${m.keyId}/revoke`) },
    'POST /api/v1/monitoring/devices/:id/retire': { ok: 200, target: (a, w) => monitoringTarget(a, w, (m) => `${m.retireId}/retire`) },
    'GET /api/v1/monitoring/alerts': { ok: 200, target: () => ({ url: '/api/v1/monitoring/alerts?state=all', placement: null }) },
    // issue 6e: exams (objects per account and side are made at the end of before())
    'GET /api/v1/exam-institutions': { ok: 200, target: () => ({ url: '/api/v1/exam-institutions', placement: null }) },
    'GET /api/v1/exam-institutions/:id': { ok: 200, target: (a, w) => ({ url: `/api/v1/exam-institutions/${examInstFor(a, w).id}`, placement: orgPlacement(examInstFor(a, w)) }) },
    'PUT /api/v1/exam-institutions/:id/filing': {
      ok: 200,
      target: (a, w) => ({ url: `/api/v1/exam-institutions/${examInstFor(a, w).id}/filing`, payload: { filingNumber: '矩阵备案001', hazardCategories: ['dust', 'chemical', 'physical'], isPublic: true, filedOn: '2024-01-01' }, placement: orgPlacement(examInstFor(a, w)) }),
    },
    'POST /api/v1/health-exams': { ok: 201, target: () => ({ url: '/api/v1/health-exams', payload: examRecordFixture(), placement: null }) },
    'POST /api/v1/health-exams/batches': { ok: 202, target: () => ({ url: '/api/v1/health-exams/batches', payload: { mode: 'valid_rows', records: [examRecordFixture()] }, placement: null }) },
    'GET /api/v1/health-exams/import-template': { ok: 200, target: () => ({ url: '/api/v1/health-exams/import-template', placement: null }) },
    'POST /api/v1/health-exams/import': { ok: 202, target: () => ({ url: '/api/v1/health-exams/import', payload: examImportUpload.payload, headers: examImportUpload.headers, placement: null }) },
    'GET /api/v1/health-exam-batches': { ok: 200, target: () => ({ url: '/api/v1/health-exam-batches', placement: null }) },
    'GET /api/v1/health-exams': { ok: 200, target: () => ({ url: '/api/v1/health-exams', placement: null }) },
    'GET /api/v1/health-exams/:id': { ok: 200, target: (a, w) => examFixture(a, w, 'exam', '/api/v1/health-exams/', '') },
    'GET /api/v1/suspected-reports': { ok: 200, target: () => ({ url: '/api/v1/suspected-reports', placement: null }) },
    'GET /api/v1/suspected-reports/:id': { ok: 200, target: (a, w) => examFixture(a, w, 'report:get', '/api/v1/suspected-reports/', '') },
    'POST /api/v1/suspected-reports/:id/acknowledge': { ok: 200, target: (a, w) => ({ ...examFixture(a, w, 'report:acknowledge', '/api/v1/suspected-reports/', '/acknowledge'), payload: {} }) },
    'POST /api/v1/suspected-reports/:id/arrange-diagnosis': { ok: 200, target: (a, w) => ({ ...examFixture(a, w, 'report:arrange', '/api/v1/suspected-reports/', '/arrange-diagnosis'), payload: {} }) },
    'POST /api/v1/suspected-reports/:id/record-outcome': {
      ok: 200,
      target: (a, w) => ({ ...examFixture(a, w, 'report:outcome', '/api/v1/suspected-reports/', '/record-outcome'), payload: { outcome: 'not_occupational_disease' } }),
    },
    'POST /api/v1/suspected-reports/:id/close': { ok: 200, target: (a, w) => ({ ...examFixture(a, w, 'report:close', '/api/v1/suspected-reports/', '/close'), payload: { note: '矩阵结案' } }) },
    'GET /api/v1/contraindication-notices': { ok: 200, target: () => ({ url: '/api/v1/contraindication-notices', placement: null }) },
    'POST /api/v1/contraindication-notices/:id/confirm': {
      ok: 200,
      target: (a, w) => ({ ...examFixture(a, w, 'notice', '/api/v1/contraindication-notices/', '/confirm'), payload: { movedOn: '2026-02-01', newPost: '矩阵调岗' } }),
    },
    'GET /api/v1/surveillance/overdue': { ok: 200, target: () => ({ url: '/api/v1/surveillance/overdue', placement: null }) },
    'GET /api/v1/workers/:id/health-archive': {
      ok: 200,
      target: (a, w) => {
        const e = employerFor(a, w);
        const ref = employmentOf.get(`${a.username}:${w}`)!;
        return { url: `/api/v1/workers/${ref.workerId}/health-archive`, placement: { regionCode: e.regionCode, organisationIds: [e.id], workerId: ref.workerId } };
      },
    },
    'GET /api/v1/me/health-archive': { ok: 200, target: () => ({ url: '/api/v1/me/health-archive', placement: null }) },
    ...Object.fromEntries(
      ['periodic-exam-coverage', 'public-exam-institution-share', 'suspected-od-rate'].map((name) => [
        `GET /api/v1/indicators/${name}`,
        {
          ok: 200,
          denied: 403, // an indicator over a region outside one's jurisdiction
          target: (a: Account, w: 'in' | 'out') => {
            const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
            return { url: `/api/v1/indicators/${name}?regionCode=${regionCode}&year=2026`, placement: { regionCode, organisationIds: [] } };
          },
        } satisfies Fixture,
      ]),
    ),
    // radiation (issue 6R): dose records. Filing is open to any employer (scoped: false); the
    // fixtures name a worker unknown to OHNet, so access granted means 200 with the record rejected
    // (valid_rows) or 422 (the form).
    'POST /api/v1/dose-records/batch': {
      ok: 200,
      target: (a, w) => ({
        url: '/api/v1/dose-records/batch',
        payload: { employerId: employerFor(a, w).id, mode: 'valid_rows', records: [{ idNumber: '11010519491231002X', name: '矩阵', periodStart: '2025-01-01', periodEnd: '2025-03-31', hp10Msv: 0.1 }] },
        placement: null,
      }),
    },
    'POST /api/v1/dose-records': {
      ok: 422,
      target: (a, w) => ({
        url: '/api/v1/dose-records',
        payload: { employerId: employerFor(a, w).id, idNumber: '11010519491231002X', name: '矩阵', periodStart: '2025-01-01', periodEnd: '2025-03-31', hp10Msv: 0.1 },
        placement: null,
      }),
    },
    // plan evaluation reports (issue 7)
    'POST /api/v1/plans/:id/reports': { ok: 201, target: (a, w) => ({ ...planTarget(a, w, '/reports', true), payload: { kind: 'mid_term', asOf: '2026-06-30' } }) },
    'GET /api/v1/plans/:id/reports': { ok: 200, target: (a, w) => planTarget(a, w, '/reports') },
    'GET /api/v1/plan-reports/:id/pdf': { ok: 200, target: planReportTarget('pdf') },
    'GET /api/v1/plan-reports/:id/xlsx': { ok: 200, target: planReportTarget('xlsx') },
    'POST /api/v1/dose-records/:id/correct': {
      ok: 201,
      target: (a, w) => {
        const d = doseOf.get(`${a.username}:${w}`)!;
        return { url: `/api/v1/dose-records/${d.id}/correct`, payload: { hp10Msv: 0.2, reason: '矩阵更正' }, placement: d.placement };
      },
    },
    'GET /api/v1/dose-records': { ok: 200, target: () => ({ url: '/api/v1/dose-records?year=2025', placement: null }) },
    'GET /api/v1/dose-records/over-level': { ok: 200, target: () => ({ url: '/api/v1/dose-records/over-level?year=2025', placement: null }) },
    'GET /api/v1/workers/:id/dose-history': {
      ok: 200,
      target: (a, w) => {
        const e = employerFor(a, w);
        const ref = employmentOf.get(`${a.username}:${w}`)!;
        // Visible through the employment or through the dose record filed for this worker (doseOf).
        const d = doseOf.get(`${a.username}:${w}`)!;
        return { url: `/api/v1/workers/${ref.workerId}/dose-history`, placement: { ...d.placement, organisationIds: [e.id, ...d.placement.organisationIds] } };
      },
    },
    'GET /api/v1/dose-records/import-template': { ok: 200, target: () => ({ url: '/api/v1/dose-records/import-template', placement: null }) },
    // Access granted, then the upload (the workers' template) is refused: its header is not the dose template's.
    // early warning (issue 7): a warning per account, side and route, in the state the route needs
    'GET /api/v1/warnings': { ok: 200, target: () => ({ url: '/api/v1/warnings?state=active', placement: null }) },
    'GET /api/v1/warnings/summary': { ok: 200, target: () => ({ url: '/api/v1/warnings/summary', placement: null }) },
    'POST /api/v1/warnings/evaluate': { ok: 202, target: () => ({ url: '/api/v1/warnings/evaluate', placement: null }) },
    'GET /api/v1/warnings/:id': { ok: 200, target: (a, w) => warningTarget(a, w, 'get', '') },
    'GET /api/v1/warnings/:id/assignees': { ok: 200, target: (a, w) => warningTarget(a, w, 'get', '/assignees') },
    'POST /api/v1/warnings/:id/acknowledge': { ok: 200, target: (a, w) => ({ ...warningTarget(a, w, 'acknowledge', '/acknowledge'), payload: { comment: '矩阵确认' } }) },
    'POST /api/v1/warnings/:id/assign': { ok: 200, target: (a, w) => ({ ...warningTarget(a, w, 'assign', '/assign'), payload: { assigneeId: a.userId } }) },
    'POST /api/v1/warnings/:id/close': { ok: 200, target: (a, w) => ({ ...warningTarget(a, w, 'close', '/close'), payload: { comment: '矩阵关闭' } }) },
    'POST /api/v1/dose-records/import': { ok: 422, target: () => ({ url: '/api/v1/dose-records/import', payload: importUpload.payload, headers: importUpload.headers, placement: null }) },
    'GET /api/v1/dose-record-imports': { ok: 200, target: () => ({ url: '/api/v1/dose-record-imports', placement: null }) },
    'GET /api/v1/indicators/dose-monitoring-rate': {
      ok: 200,
      denied: 403, // an indicator over a region outside one's jurisdiction
      target: (a, w) => {
        const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
        return { url: `/api/v1/indicators/dose-monitoring-rate?regionCode=${regionCode}&year=2026`, placement: { regionCode, organisationIds: [] } };
      },
    },
    'GET /api/v1/indicators/radiation-exam-rate': {
      ok: 200,
      denied: 403, // an indicator over a region outside one's jurisdiction
      target: (a, w) => {
        const regionCode = w === 'in' ? a.org.regionCode : foreignOrg(a).regionCode;
        return { url: `/api/v1/indicators/radiation-exam-rate?regionCode=${regionCode}&year=2026`, placement: { regionCode, organisationIds: [] } };
      },
    },
  };
  // assessments (issue 5a): reports and tasks per account, side and purpose, created in before().
  const asmt = {
    tech: { id: '', name: '', regionCode: '' } as OrgRef,
    tsEmployer: { id: '', name: '', regionCode: '' } as OrgRef,
    tsEmployerUscc: '',
    qualificationId: '',
    qualificationBody: {} as Record<string, unknown>,
    reportOf: new Map<string, { id: string; placement: ScopedRecord }>(),
    taskOf: new Map<string, { id: string; placement: ScopedRecord }>(),
    evidenceOf: new Map<string, string>(),
    importUpload: { payload: Buffer.alloc(0), headers: {} as Record<string, string> },
    pdfUpload: { payload: Buffer.alloc(0), headers: {} as Record<string, string> },
  };
  const asmtReport = () => {
    serial++;
    return {
      employerId: asmt.tsEmployer.id,
      kind: 'periodic_test',
      reportNumber: `矩阵报告-${serial}`,
      samplingStartDate: '2026-06-01',
      samplingEndDate: '2026-06-01',
      reportDate: '2026-06-05',
      conclusion: '矩阵测试',
      points: [{ postName: '矩阵岗位', hazardFactor: '噪声', measurement: { type: 'noise', lex8h: 80 } }],
    };
  };
  const asmtReportTarget = (a: Account, w: 'in' | 'out', purpose: string, suffix: string): Target => {
    const r = asmt.reportOf.get(`${a.username}:${w}:${purpose}`)!;
    return { url: `/api/v1/assessment-reports/${r.id}${suffix}`, placement: r.placement };
  };
  const asmtTaskTarget = (a: Account, w: 'in' | 'out', purpose: string, suffix: string): Target => {
    const r = asmt.taskOf.get(`${a.username}:${w}:${purpose}`)!;
    return { url: `/api/v1/rectification-tasks/${r.id}${suffix}`, placement: r.placement };
  };
  // early warning (issue 7)
  const warningOf = new Map<string, { id: string; placement: ScopedRecord }>();
  const warningTarget = (a: Account, w: 'in' | 'out', purpose: string, suffix: string): Target => {
    const r = warningOf.get(`${a.username}:${w}:${purpose}`)!;
    return { url: `/api/v1/warnings/${r.id}${suffix}`, placement: r.placement };
  };
  function userAction(action: string, u: UserRef): Target {
    return { url: `/api/v1/users/${u.id}/${action}`, placement: userPlacement(u) };
  }

  before(async () => {
    t = await createTestApp();
    const rows = await t.db
      .select({ id: organisations.id, name: organisations.name, type: organisations.type, regionCode: organisations.regionCode, level: regions.level })
      .from(organisations)
      .leftJoin(regions, eq(regions.code, organisations.regionCode));
    orgs = rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.regionCode }));
    employers = rows.filter((r) => r.type === 'employer').map((r) => ({ id: r.id, name: r.name, regionCode: r.regionCode }));
    for (const demo of DEMO_ACCOUNTS) {
      const [u] = await t.db.select().from(users).where(eq(users.username, demo.username));
      const org = rows.find((r) => r.id === u!.organisationId)!;
      const organisation = { id: org.id, type: org.type, regionCode: org.regionCode, regionLevel: (org.level ?? 'county') as RegionLevel };
      accounts.push({
        username: demo.username,
        roles: u!.roles,
        userId: u!.id,
        org: organisation,
        scope: scopeOf({ roles: u!.roles, organisation, workerId: u!.workerId }),
        session: await t.login(demo.username),
      });
    }
    // Accounts to act on: two in 台山 (in the scope of 台山/江门 users), one in 吴忠.
    const admin = accounts.find((a) => a.username === 'admin')!;
    const mk = async (username: string, orgName: string): Promise<UserRef> => {
      const o = orgs.find((x) => x.name === orgName)!;
      const res = await t.request(admin.session, { method: 'POST', url: '/api/v1/users', payload: { username, displayName: username, organisationId: o.id, roles: ['regulator'], password: 'Matrix-Target-2026' } });
      assert.equal(res.statusCode, 201, res.body);
      return { id: res.json().user.id, organisationId: o.id, regionCode: o.regionCode };
    };
    targets.a = await mk('matrix.target.a', '台山市卫生健康局');
    targets.b = await mk('matrix.target.b', '台山市卫生健康局');
    targets.outside = await mk('matrix.target.outside', '吴忠市卫生健康委员会');
    for (const e of employers) {
      await t.db.insert(employerProfiles).values({ employerId: e.id, regionCode: e.regionCode, industryCode: 'C3311', industrySection: 'C', staffCount: 50 }).onConflictDoNothing();
    }
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const e = employerFor(a, w);
        const [p] = await t.db.insert(posts).values({ employerId: e.id, regionCode: e.regionCode, name: `矩阵岗位 ${a.username} ${w}` }).returning({ id: posts.id });
        postOf.set(`${a.username}:${w}`, p!.id);
        const key = `${a.username}:${w}`;
        const [wk] = await t.db
          .insert(workers)
          .values({ idNumberEnc: t.dataProtection.encrypt(`matrix-${key}`), idNumberBidx: `matrix-${key}`, idNumberMasked: '4407**********0000', name: `矩阵 ${key}`, sex: 'male', birthDate: '1990-01-01' })
          .returning({ id: workers.id });
        const [em] = await t.db
          .insert(employments)
          .values({ employerId: e.id, regionCode: e.regionCode, workerId: wk!.id, startDate: '2024-01-01' })
          .returning({ id: employments.id });
        employmentOf.set(key, { workerId: wk!.id, employmentId: em!.id });
        const states: Record<string, 'draft' | 'submitted'> = { get: 'draft', put: 'draft', submit: 'draft', withdraw: 'submitted', accept: 'submitted', return: 'submitted' };
        for (const [purpose, state] of Object.entries(states)) {
          const [d] = await t.db
            .insert(declarations)
            .values({ employerId: e.id, regionCode: e.regionCode, kind: 'initial', state, year: 2026, content: emptyDeclarationContent(2026) as unknown as Record<string, unknown>, submittedAt: state === 'submitted' ? new Date() : null })
            .returning({ id: declarations.id });
          declOf.set(`${key}:${purpose}`, d!.id);
        }
      }
    }
    importUpload = multipartBody(await workbookOf(WORKER_IMPORT_COLUMNS.map((c) => c.header), [['11010519491231002X', '矩阵导入', '', '', '', '2025-01-01', '否', '']]), { mode: 'valid_rows' });
    employerImportUpload = multipartBody(
      await workbookOf(EMPLOYER_IMPORT_COLUMNS.map((c) => c.header), [['矩阵导入企业', buildUscc('9', '1', '440781', '66554433'), '440781111', 'C3311', '小', '地址', '地址', '', '', '', '10', '0']]),
      { mode: 'valid_rows' },
    );
    postImportUpload = multipartBody(await workbookOf(POST_IMPORT_COLUMNS.map((c) => c.header), [['矩阵导入岗位', '', '噪声', '1', '']]), { mode: 'valid_rows' });
    // monitoring (issue 5M): devices and keys per account and side.
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const e = employerFor(a, w);
        const postId = postOf.get(`${a.username}:${w}`)!;
        const device = (suffix: string) => ({ employerId: e.id, postId, regionCode: e.regionCode, code: `MX-${a.username}-${w}-${suffix}`, factorKind: 'noise' as const, factorName: '噪声', unit: 'dB(A)' });
        const [d, r] = await t.db.insert(sensorDevices).values([device('main'), device('retire')]).returning({ id: sensorDevices.id });
        const [k] = await t.db
          .insert(sensorDeviceKeys)
          .values({ deviceId: d!.id, employerId: e.id, prefix: String(monitoringOf.size).padStart(12, '0'), secretHash: '0'.repeat(64) })
          .returning({ id: sensorDeviceKeys.id });
        monitoringOf.set(`${a.username}:${w}`, { deviceId: d!.id, retireId: r!.id, keyId: k!.id });
      }
    }
    // One background job per account, owned by it.
    const { enqueueJob } = await import('./platform/jobs/jobs.runner.ts');
    for (const a of accounts) {
      jobOf.set(a.username, await enqueueJob(t.db, 'matrix.noop', {}, { actor: { userId: a.userId, organisation: { id: a.org.id, regionCode: a.org.regionCode } } as never, requestId: 'matrix', ip: null }));
    }
    // assessments (issue 5a): the demo institution and qualification; a report (with its PDF) and
    // rectification tasks in the state each route needs, per account and side. A technical service
    // account's reports are its own (filed about 台山市海宴五金, inside its 乙级 province).
    asmt.tech = orgs.find((o) => o.name === '江门市安康职业卫生技术服务有限公司（演示）')!;
    asmt.tsEmployer = orgs.find((o) => o.name === '台山市海宴五金制品有限公司（演示）')!;
    const [ue] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.id, asmt.tsEmployer.id));
    asmt.tsEmployerUscc = ue!.uscc!;
    const techAccount = accounts.find((a) => a.username === 'jm.jishu')!;
    const quals = (await t.request(techAccount.session, { method: 'GET', url: '/api/v1/tech-service-qualifications' })).json();
    asmt.qualificationId = quals[0].id;
    asmt.qualificationBody = { qualificationClass: 'B', qualificationNumber: quals[0].qualificationNumber, validFrom: quals[0].validFrom, validTo: quals[0].validTo, issuingProvinceCode: quals[0].issuingProvinceCode, categories: quals[0].categories, serviceKinds: quals[0].serviceKinds };
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    asmt.pdfUpload = multipartBody(pdf, { note: '矩阵' }, 'matrix.pdf');
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const key = `${a.username}:${w}`;
        const e = a.org.type === 'tech_service_institution' ? asmt.tsEmployer : employerFor(a, w);
        const placement: ScopedRecord = { regionCode: e.regionCode, organisationIds: [e.id, asmt.tech.id] };
        for (const purpose of ['get', 'version']) {
          serial++;
          const number = `矩阵预置-${serial}`;
          const [r] = await t.db
            .insert(assessmentReports)
            .values({ employerId: e.id, regionCode: e.regionCode, institutionId: asmt.tech.id, qualificationId: asmt.qualificationId, kind: 'periodic_test', reportNumber: number, version: 1, samplingStartDate: '2026-06-01', samplingEndDate: '2026-06-01', reportDate: '2026-06-05', conclusion: '矩阵', pointCount: 0, exceedingCount: 0, compliantCount: 0, source: 'form' })
            .returning({ id: assessmentReports.id });
          await t.db.insert(assessmentReportNumbers).values({ institutionId: asmt.tech.id, reportNumber: number, employerId: e.id, currentReportId: r!.id, lastVersion: 1 });
          if (purpose === 'get') await t.db.insert(assessmentAttachments).values({ reportId: r!.id, employerId: e.id, fileName: 'matrix.pdf', contentType: 'application/pdf', sizeBytes: pdf.length, sha256: '0'.repeat(64), content: pdf });
          asmt.reportOf.set(`${key}:${purpose}`, { id: r!.id, placement });
        }
        const te = employerFor(a, w);
        const states = { get: 'open', evidence: 'open', close: 'evidence_submitted', reopen: 'evidence_submitted' } as const;
        for (const [purpose, state] of Object.entries(states)) {
          const [task] = await t.db
            .insert(rectificationTasks)
            .values({ employerId: te.id, regionCode: te.regionCode, reportId: asmt.reportOf.get(`${key}:get`)!.id, reportNumber: '矩阵', institutionId: asmt.tech.id, state, dueDate: '2026-12-31', summary: '矩阵' })
            .returning({ id: rectificationTasks.id });
          asmt.taskOf.set(`${key}:${purpose}`, { id: task!.id, placement: orgPlacement(te) });
          if (purpose === 'get') {
            const [ev] = await t.db.insert(rectificationEvidence).values({ employerId: te.id, taskId: task!.id, fileName: 'e.pdf', contentType: 'application/pdf', sizeBytes: pdf.length, sha256: '0'.repeat(64), content: pdf }).returning({ id: rectificationEvidence.id });
            asmt.evidenceOf.set(key, ev!.id);
          }
        }
      }
    }
    const importRow: Record<string, string> = { reportNumber: '矩阵导入-1', uscc: asmt.tsEmployerUscc, kind: '定期检测', samplingStartDate: '2026-06-01', samplingEndDate: '2026-06-01', reportDate: '2026-06-05', conclusion: '矩阵', postName: '矩阵岗位', hazardFactor: '噪声', measurementType: '噪声', lex8h: '80' };
    asmt.importUpload = multipartBody(await workbookOf(ASSESSMENT_IMPORT_COLUMNS.map((c) => c.header), [ASSESSMENT_IMPORT_COLUMNS.map((c) => importRow[c.key] ?? '')]), { mode: 'valid_rows' });
    // issue 6e: exams — the demo exam institution is filed; each account and side gets an exam, reports in each state, a notice.
    examInstitutions = rows.filter((r) => r.type === 'exam_institution').map((r) => ({ id: r.id, name: r.name, regionCode: r.regionCode }));
    const tsExam = examInstitutions.find((o) => o.name === '台山市职业健康体检中心（演示）')!;
    await t.db.insert(examInstitutionFilings).values({ institutionId: tsExam.id, regionCode: tsExam.regionCode, filingNumber: '矩阵备案001', hazardCategories: ['dust', 'chemical', 'physical'], isPublic: true, filedOn: '2024-01-01' });
    examEmployerUscc = (await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.name, '台山市海宴五金制品有限公司（演示）')))[0]!.uscc!;
    const diag = orgs.find((o) => o.name === '江门市职业病诊断中心（演示）')!;
    const checks = checkExamRecord(
      { examNumber: 'M', examType: 'periodic', examDate: '2026-09-01', worker: { idNumber: '', name: '' }, hazardFactors: ['噪声'], items: { ecg: { isAbnormal: false } }, conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋' }] },
      { sex: 'male', birthDate: '1990-01-01' },
    );
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const e = employerFor(a, w);
        const key = `${a.username}:${w}`;
        const workerId = employmentOf.get(key)!.workerId;
        const [exam] = await t.db
          .insert(healthExams)
          .values({ institutionId: tsExam.id, employerId: e.id, regionCode: e.regionCode, workerId, examNumber: `MX-${key}`, examType: 'periodic', examDate: '2026-09-01', hazardFactors: ['噪声'], items: { ecg: { isAbnormal: false } }, checks, isComplete: checks.isComplete, flagCodes: [], ruleEdition: checks.ruleEdition, contentHash: key })
          .returning({ id: healthExams.id });
        const base = { examId: exam!.id, workerId, employerId: e.id, regionCode: e.regionCode, institutionId: tsExam.id, hazardFactor: '噪声', suspectedDisease: '职业性噪声聋', history: [], reportedOn: '2026-09-01' };
        const placement = (orgIds: string[]): ScopedRecord => ({ regionCode: e.regionCode, organisationIds: orgIds, workerId });
        examObjects.set(`${key}:exam`, { id: exam!.id, placement: placement([tsExam.id, e.id]) });
        const states = { get: 'reported', acknowledge: 'reported', arrange: 'employer_notified', outcome: 'diagnosis_arranged', close: 'employer_notified' } as const;
        for (const [purpose, state] of Object.entries(states)) {
          const diagnosisInstitutionId = purpose === 'outcome' ? diag.id : null;
          const [r] = await t.db.insert(suspectedOdReports).values({ ...base, state, diagnosisInstitutionId }).returning({ id: suspectedOdReports.id });
          examObjects.set(`${key}:report:${purpose}`, { id: r!.id, placement: placement([e.id, tsExam.id, ...(diagnosisInstitutionId ? [diagnosisInstitutionId] : [])]) });
        }
        const [n] = await t.db
          .insert(contraindicationNotices)
          .values({ examId: exam!.id, workerId, employerId: e.id, regionCode: e.regionCode, institutionId: tsExam.id, hazardFactor: '噪声', contraindication: '矩阵禁忌证', state: 'issued', issuedOn: '2026-01-05', dueDate: '2026-02-04' })
          .returning({ id: contraindicationNotices.id });
        examObjects.set(`${key}:notice`, { id: n!.id, placement: placement([e.id, tsExam.id]) });
      }
    }
    const examRow = Object.fromEntries(EXAM_IMPORT_COLUMNS.map((c) => [c.key, ''])) as Record<string, string>;
    Object.assign(examRow, { examNumber: 'MATRIX-XLSX', employerUscc: examEmployerUscc, idNumber: '11010519491231002X', name: '矩阵导入', examType: '在岗期间', examDate: '2026-09-01', hazardFactors: '噪声', conclusions: '目前未见异常', ecg: '正常' });
    examImportUpload = multipartBody(await workbookOf(EXAM_IMPORT_COLUMNS.map((c) => c.header), [EXAM_IMPORT_COLUMNS.map((c) => examRow[c.key] ?? '')]), { mode: 'valid_rows' });
    // radiation (issue 6R): dose records for the correction route.
    const lab = orgs.find((o) => o.name === '江门市安康职业卫生技术服务有限公司（演示）')!;
    const otherFiler = orgs.find((o) => o.name === '台山市职业健康体检中心（演示）')!;
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const e = employerFor(a, w);
        const ref = employmentOf.get(`${a.username}:${w}`)!;
        const institutionId = w === 'in' ? lab.id : otherFiler.id;
        const [d] = await t.db
          .insert(doseRecords)
          .values({
            employerId: e.id,
            regionCode: e.regionCode,
            institutionId,
            workerId: ref.workerId,
            periodStart: '2025-01-01',
            periodEnd: '2025-03-31',
            hp10Msv: 0.1,
            overInvestigationLevel: false,
            flags: { investigation: { levelMsv: 1.25, exceeded: false, citation: 'GBZ 128-2019 调查水平', verified: false }, warnings: [] },
          })
          .returning({ id: doseRecords.id });
        doseOf.set(`${a.username}:${w}`, { id: d!.id, placement: { regionCode: e.regionCode, organisationIds: [e.id, institutionId], workerId: ref.workerId } });
      }
    }
    // early warning (issue 7): an open warning per account, side and purpose about an employer in / out of scope.
    for (const a of accounts) {
      for (const w of ['in', 'out'] as const) {
        const e = employerFor(a, w);
        for (const purpose of ['get', 'acknowledge', 'assign', 'close']) {
          const [row] = await t.db
            .insert(warnings)
            .values({ rule: 'declaration_overdue', subjectKey: `matrix:${a.username}:${w}:${purpose}`, regionCode: e.regionCode, employerId: e.id, severity: 'medium', title: '矩阵', detail: '矩阵', params: {}, link: '/declarations', state: 'open' })
            .returning({ id: warnings.id });
          warningOf.set(`${a.username}:${w}:${purpose}`, { id: row!.id, placement: orgPlacement(e) });
        }
      }
    }
    // plan evaluation reports (issue 7): one stored report per demo plan.
    for (const plan of DEMO_PLANS) {
      const [r] = await t.db
        .insert(planReports)
        .values({ planId: plan.id, kind: 'mid_term', asOf: '2026-06-30', snapshot: {
            kind: 'mid_term',
            asOf: '2026-06-30',
            generatedAt: '2026-06-30T02:00:00.000Z',
            generatedBy: null,
            plan: { id: plan.id, name: plan.name, regionCode: plan.regionCode, regionName: plan.regionName, startYear: plan.period.startYear, endYear: plan.period.endYear, status: plan.status, source: plan.source, version: 1, dueBy: null },
            entries: [],
            trends: [],
            children: [],
            rule: null,
          }, pdf: Buffer.from('%PDF-1.4 matrix'), xlsx: Buffer.from('PK matrix') })
        .returning({ id: planReports.id });
      reportOf.set(plan.id, r!.id);
    }
  });
  after(() => t.close());

  it('has a fixture for every route, and every route declares its access', () => {
    const registered = t.routes.map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !(k in FIXTURES));
    assert.deepEqual(missing, [], `routes without an access-matrix fixture: ${missing.join(', ')}`);
    const stale = Object.keys(FIXTURES).filter((k) => !registered.includes(k));
    assert.deepEqual(stale, [], `fixtures for routes that no longer exist: ${stale.join(', ')}`);
  });

  it('public routes answer without a session', async () => {
    const publicRoutes = t.routes.filter((r) => r.access.kind === 'public');
    assert.ok(publicRoutes.length >= 3);
    for (const r of publicRoutes) {
      const fx = FIXTURES[`${r.method} ${r.url}`]!;
      const target = fx.target(accounts[0]!, 'in');
      const res = await t.request(null, { method: r.method as 'GET', url: target.url, ...(target.payload ? { payload: target.payload } : {}) });
      assert.equal(res.statusCode, fx.ok, `${r.method} ${r.url}`);
    }
  });

  it('every route answers 401 without a session', async () => {
    const failures: string[] = [];
    for (const r of t.routes) {
      if (r.access.kind === 'public') continue;
      const fx = FIXTURES[`${r.method} ${r.url}`]!;
      const target = fx.target(accounts[0]!, 'in');
      const res = await t.request(null, { method: r.method as 'GET', url: target.url, ...(target.payload ? { payload: target.payload } : {}), ...(target.headers ? { headers: target.headers } : {}) });
      if (res.statusCode !== 401) failures.push(`${r.method} ${r.url}: ${res.statusCode}`);
    }
    assert.deepEqual(failures, []);
  });

  it('every route × every demo account × in/out of scope answers as the domain rules say', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const r of t.routes) {
      if (r.access.kind === 'public') continue;
      const key = `${r.method} ${r.url}`;
      const fx = FIXTURES[key]!;
      for (const a of accounts) {
        for (const where of ['in', 'out'] as const) {
          const target = fx.target(a, where);
          let expected: number;
          if (r.access.kind === 'authenticated') expected = where === 'out' && fx.outOfReach ? fx.outOfReach : fx.ok;
          else if (!hasPermission(a.roles, r.access.permission)) expected = 403;
          else if (!r.access.scoped || target.placement === null || isInScope(a.scope, target.placement)) expected = fx.ok;
          else expected = fx.denied ?? 404;
          const session = fx.fresh ? await t.login(a.username) : a.session;
          const res = await t.request(session, { method: r.method as 'GET', url: target.url, ...(target.payload ? { payload: target.payload } : {}), ...(target.headers ? { headers: target.headers } : {}) });
          checked++;
          if (res.statusCode !== expected) failures.push(`${key} as ${a.username} (${where}): expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
          // Lists are filtered, never refused: an out-of-scope organisation must not appear in them.
          if (key === 'GET /api/v1/organisations' && res.statusCode === 200) {
            const listed = (res.json().items as { id: string }[]).some((o) => o.id === pick(a, where).id);
            if (listed !== isInScope(a.scope, orgPlacement(pick(a, where)))) failures.push(`${key} as ${a.username} (${where}): listed=${listed}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked >= 600, `checked ${checked} combinations`);
  });
});
