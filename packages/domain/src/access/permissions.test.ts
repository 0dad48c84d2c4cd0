import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERMISSIONS, isPermission } from './permissions.ts';

describe('PERMISSIONS', () => {
  it("are all 'resource:action' strings in lower snake case", () => {
    for (const p of PERMISSIONS) assert.match(p, /^[a-z][a-z_]*:[a-z][a-z_]*$/, p);
  });

  it('contain no duplicates', () => {
    assert.equal(new Set(PERMISSIONS).size, PERMISSIONS.length);
  });

  it('cover the registry, account and audit permissions', () => {
    assert.deepEqual(
      [...PERMISSIONS].sort(),
      [
        'assessment:read',
        'assessment:write',
        'audit:read',
        'audit:verify',
        'contraindication_notice:confirm',
        'contraindication_notice:read',
        'declaration:read',
        'declaration:review',
        'declaration:write',
        'dose:read',
        'dose:write',
        'employer:read',
        'employer:update',
        'exam:read',
        'exam:write',
        'exam_institution:read',
        'exam_institution:write',
        'health_archive:read',
        'health_archive:read_own',
        'indicator:read',
        'organisation:create',
        'organisation:read',
        'organisation:update',
        'plan:write',
        'qualification:read',
        'qualification:write',
        'rectification:evidence',
        'rectification:read',
        'rectification:review',
        'region:read',
        'surveillance:read',
        'suspected_report:close',
        'suspected_report:diagnose',
        'suspected_report:handle',
        'suspected_report:read',
        'user:create',
        'user:read',
        'user:update',
        'worker:read',
        'worker:write',
        // monitoring (issue 5M)
        'monitoring:manage',
        'monitoring:read',
      ].sort(),
    );
  });
});

describe('isPermission', () => {
  it('accepts every listed permission', () => {
    for (const p of PERMISSIONS) assert.equal(isPermission(p), true, p);
  });

  it('rejects unknown, mis-cased, partial and padded strings', () => {
    for (const s of ['region:write', 'REGION:READ', 'Region:read', 'region', ':read', 'region:', '', ' region:read', 'region:read ', 'exam:delete']) {
      assert.equal(isPermission(s), false, JSON.stringify(s));
    }
  });
});
