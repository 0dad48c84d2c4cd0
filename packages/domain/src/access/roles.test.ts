import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORGANISATION_TYPES, type OrganisationType } from '../organisations/organisation-types.ts';
import { PERMISSIONS, isPermission } from './permissions.ts';
import {
  ROLES,
  ROLE_ORGANISATION_TYPES,
  ROLE_PERMISSIONS,
  type Role,
  hasPermission,
  isRole,
  permissionsOf,
  roleAssignmentIssues,
} from './roles.ts';

describe('ROLES and isRole', () => {
  it('lists ten distinct roles', () => {
    assert.equal(ROLES.length, 10);
    assert.equal(new Set(ROLES).size, ROLES.length);
  });

  it('isRole accepts each role and rejects anything else', () => {
    for (const r of ROLES) assert.equal(isRole(r), true, r);
    for (const s of ['admin', 'Regulator', 'worker ', '', 'region:read']) assert.equal(isRole(s), false, s);
  });
});

describe('ROLE_PERMISSIONS', () => {
  it('has an entry for every role and nothing else', () => {
    assert.deepEqual(Object.keys(ROLE_PERMISSIONS).sort(), [...ROLES].sort());
  });

  for (const role of ROLES) {
    it(`${role}: every permission is a valid permission string, with no duplicates`, () => {
      const perms = ROLE_PERMISSIONS[role];
      assert.ok(perms.length > 0, 'every role can do something');
      for (const p of perms) assert.equal(isPermission(p), true, `${role} → ${p}`);
      assert.equal(new Set(perms).size, perms.length);
    });
  }

  it('every role may read the region table', () => {
    for (const role of ROLES) assert.ok(ROLE_PERMISSIONS[role].includes('region:read'), role);
  });

  it('system_admin holds exactly the listed account, audit, registry and region permissions', () => {
    assert.deepEqual(
      [...ROLE_PERMISSIONS.system_admin].sort(),
      [
        'audit:read',
        'audit:verify',
        'organisation:create',
        'organisation:read',
        'organisation:update',
        'region:read',
        'user:create',
        'user:read',
        'user:update',
      ],
    );
  });

  it('system_admin holds nothing outside the administrative resources (no health data)', () => {
    const administrative = new Set(['region', 'organisation', 'user', 'audit']);
    for (const p of ROLE_PERMISSIONS.system_admin) {
      assert.ok(administrative.has(p.split(':')[0]!), `system_admin must not hold ${p}`);
    }
  });

  it('only system_admin holds account (user:*) and audit (audit:*) permissions', () => {
    for (const role of ROLES) {
      if (role === 'system_admin') continue;
      for (const p of ROLE_PERMISSIONS[role]) {
        assert.ok(!p.startsWith('user:') && !p.startsWith('audit:'), `${role} must not hold ${p}`);
      }
    }
  });

  it('the worker may read regions and (within the worker scope) their own record', () => {
    assert.deepEqual([...ROLE_PERMISSIONS.worker], ['region:read', 'worker:read', 'dose:read', 'health_archive:read_own']);
  });

  it('the regulator may create and update organisations but not manage accounts', () => {
    assert.deepEqual(
      [...ROLE_PERMISSIONS.regulator].sort(),
      ['assessment:read', 'contraindication_notice:read', 'declaration:read', 'declaration:review', 'dose:read', 'employer:read', 'employer:update', 'exam:read', 'exam_institution:read', 'exam_institution:write', 'health_archive:read', 'indicator:read', 'monitoring:manage', 'monitoring:read', 'organisation:create', 'organisation:read', 'organisation:update', 'plan:write', 'qualification:read', 'qualification:write', 'rectification:read', 'rectification:review', 'region:read', 'surveillance:read', 'suspected_report:close', 'suspected_report:diagnose', 'suspected_report:read', 'worker:read', 'worker:write'],
    );
  });

  it('every permission is granted to at least one role', () => {
    const granted = new Set(ROLES.flatMap((r) => [...ROLE_PERMISSIONS[r]]));
    for (const p of PERMISSIONS) assert.ok(granted.has(p), p);
  });
});

describe('ROLE_ORGANISATION_TYPES', () => {
  it('has an entry for every role, each naming only known organisation types', () => {
    assert.deepEqual(Object.keys(ROLE_ORGANISATION_TYPES).sort(), [...ROLES].sort());
    for (const role of ROLES) {
      assert.ok(ROLE_ORGANISATION_TYPES[role].length > 0, role);
      for (const t of ROLE_ORGANISATION_TYPES[role]) assert.ok((ORGANISATION_TYPES as readonly string[]).includes(t), `${role} → ${t}`);
    }
  });

  it('every organisation type can hold at least one role', () => {
    for (const t of ORGANISATION_TYPES) {
      assert.ok(ROLES.some((r) => ROLE_ORGANISATION_TYPES[r].includes(t)), t);
    }
  });

  it('pairs roles with their organisations (regulator ↔ health authority, worker ↔ employer, …)', () => {
    assert.deepEqual(ROLE_ORGANISATION_TYPES.regulator, ['health_authority']);
    assert.deepEqual(ROLE_ORGANISATION_TYPES.inspector, ['supervision_institute']);
    assert.deepEqual(ROLE_ORGANISATION_TYPES.worker, ['employer']);
    assert.deepEqual([...ROLE_ORGANISATION_TYPES.system_admin].sort(), ['health_authority', 'platform_operator']);
  });
});

describe('permissionsOf and hasPermission', () => {
  it('permissionsOf unions the permissions of every role', () => {
    assert.deepEqual([...permissionsOf(['worker'])], ['region:read', 'worker:read', 'dose:read', 'health_archive:read_own']);
    assert.deepEqual(
      [...permissionsOf(['inspector', 'regulator'])].sort(),
      ['assessment:read', 'contraindication_notice:read', 'declaration:read', 'declaration:review', 'dose:read', 'employer:read', 'employer:update', 'exam:read', 'exam_institution:read', 'exam_institution:write', 'health_archive:read', 'indicator:read', 'monitoring:manage', 'monitoring:read', 'organisation:create', 'organisation:read', 'organisation:update', 'plan:write', 'qualification:read', 'qualification:write', 'rectification:read', 'rectification:review', 'region:read', 'surveillance:read', 'suspected_report:close', 'suspected_report:diagnose', 'suspected_report:read', 'worker:read', 'worker:write'],
    );
    assert.equal(permissionsOf(['system_admin']).size, 9);
  });

  it('permissionsOf of no roles is empty', () => {
    assert.equal(permissionsOf([]).size, 0);
  });

  it('hasPermission answers per permission', () => {
    assert.equal(hasPermission(['regulator'], 'organisation:create'), true);
    assert.equal(hasPermission(['inspector'], 'organisation:create'), false);
    assert.equal(hasPermission(['inspector', 'regulator'], 'organisation:create'), true);
    assert.equal(hasPermission(['regulator'], 'user:create'), false);
    assert.equal(hasPermission(['system_admin'], 'audit:verify'), true);
    assert.equal(hasPermission(['worker'], 'organisation:read'), false);
    assert.equal(hasPermission([], 'region:read'), false);
  });

  it('hasPermission agrees with permissionsOf for every role and permission', () => {
    for (const r of ROLES) {
      const set = permissionsOf([r]);
      for (const p of PERMISSIONS) assert.equal(hasPermission([r], p), set.has(p), `${r} ${p}`);
    }
  });
});

describe('roleAssignmentIssues', () => {
  it('accepts each role alone in each organisation type it is allowed in', () => {
    for (const role of ROLES) {
      for (const t of ROLE_ORGANISATION_TYPES[role]) assert.deepEqual(roleAssignmentIssues([role], t), [], `${role} in ${t}`);
    }
  });

  it('rejects each role alone in each organisation type it is not allowed in', () => {
    for (const role of ROLES) {
      for (const t of ORGANISATION_TYPES) {
        if (ROLE_ORGANISATION_TYPES[role].includes(t)) continue;
        assert.deepEqual(roleAssignmentIssues([role], t), [`user.role_not_allowed_for_organisation:${role}`], `${role} in ${t}`);
      }
    }
  });

  it('rejects an empty role set', () => {
    assert.deepEqual(roleAssignmentIssues([], 'employer'), ['user.roles_empty']);
    assert.deepEqual(roleAssignmentIssues([], 'platform_operator'), ['user.roles_empty']);
  });

  it('worker is exclusive: worker + employer_manager at an employer', () => {
    assert.deepEqual(roleAssignmentIssues(['worker', 'employer_manager'], 'employer'), ['user.worker_role_exclusive']);
    assert.deepEqual(roleAssignmentIssues(['employer_manager', 'worker'], 'employer'), ['user.worker_role_exclusive']);
  });

  it('system_admin is exclusive: system_admin + regulator at a health authority', () => {
    assert.deepEqual(roleAssignmentIssues(['system_admin', 'regulator'], 'health_authority'), ['user.system_admin_role_exclusive']);
  });

  it('reports every problem at once, not-allowed roles first', () => {
    assert.deepEqual(roleAssignmentIssues(['system_admin', 'regulator'], 'platform_operator'), [
      'user.role_not_allowed_for_organisation:regulator',
      'user.system_admin_role_exclusive',
    ]);
    assert.deepEqual(roleAssignmentIssues(['worker', 'system_admin'], 'employer'), [
      'user.role_not_allowed_for_organisation:system_admin',
      'user.worker_role_exclusive',
      'user.system_admin_role_exclusive',
    ]);
  });

  it('names each disallowed role separately', () => {
    const issues = roleAssignmentIssues(['inspector', 'cdc_analyst'], 'employer');
    assert.deepEqual(issues, [
      'user.role_not_allowed_for_organisation:inspector',
      'user.role_not_allowed_for_organisation:cdc_analyst',
    ]);
  });

  it('the worker role is not allowed outside employers', () => {
    const types: OrganisationType[] = ['health_authority', 'exam_institution', 'platform_operator'];
    for (const t of types) {
      assert.ok(roleAssignmentIssues(['worker'] as Role[], t).includes('user.role_not_allowed_for_organisation:worker'), t);
    }
  });
});

describe('roleAssignmentIssues: duplicates', () => {
  it('counts a repeated role once', () => {
    assert.deepEqual(roleAssignmentIssues(['worker', 'worker'], 'employer'), []);
  });
});
