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
        'audit:read',
        'audit:verify',
        'declaration:read',
        'declaration:review',
        'declaration:write',
        'dose:read',
        'dose:write',
        'employer:read',
        'employer:update',
        'indicator:read',
        'organisation:create',
        'organisation:read',
        'organisation:update',
        'region:read',
        'user:create',
        'user:read',
        'user:update',
        'worker:read',
        'worker:write',
      ],
    );
  });
});

describe('isPermission', () => {
  it('accepts every listed permission', () => {
    for (const p of PERMISSIONS) assert.equal(isPermission(p), true, p);
  });

  it('rejects unknown, mis-cased, partial and padded strings', () => {
    for (const s of ['region:write', 'REGION:READ', 'Region:read', 'region', ':read', 'region:', '', ' region:read', 'region:read ', 'exam:read']) {
      assert.equal(isPermission(s), false, JSON.stringify(s));
    }
  });
});
