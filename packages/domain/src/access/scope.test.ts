import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { RegionLevel } from '../regions/region.ts';
import type { Role } from './roles.ts';
import { type Scope, type ScopeSubject, type ScopedRecord, isInScope, scopeOf, scopeRootRegion } from './scope.ts';

function subject(
  roles: Role[],
  type: OrganisationType,
  regionCode: string,
  regionLevel: RegionLevel,
  workerId: string | null = null,
  id = 'org-1',
): ScopeSubject {
  return { roles, organisation: { id, type, regionCode, regionLevel }, workerId };
}

describe('scopeOf', () => {
  it('health_authority at city 440700 → region scope with prefix 4407', () => {
    assert.deepEqual(scopeOf(subject(['regulator'], 'health_authority', '440700', 'city')), {
      kind: 'region',
      regionCode: '440700',
      regionPrefix: '4407',
    });
  });

  it('health_authority at province 440000 → prefix 44', () => {
    assert.deepEqual(scopeOf(subject(['regulator'], 'health_authority', '440000', 'province')), {
      kind: 'region',
      regionCode: '440000',
      regionPrefix: '44',
    });
  });

  it('health_authority at county 440781 → prefix 440781', () => {
    const s = scopeOf(subject(['regulator'], 'health_authority', '440781', 'county'));
    assert.deepEqual(s, { kind: 'region', regionCode: '440781', regionPrefix: '440781' });
  });

  it('health_authority at township 440781001 → prefix 440781001', () => {
    const s = scopeOf(subject(['regulator'], 'health_authority', '440781001', 'township'));
    assert.deepEqual(s, { kind: 'region', regionCode: '440781001', regionPrefix: '440781001' });
  });

  it('uses the stored level, so 东莞 441900 as a city gets prefix 4419', () => {
    const s = scopeOf(subject(['regulator'], 'health_authority', '441900', 'city'));
    assert.deepEqual(s, { kind: 'region', regionCode: '441900', regionPrefix: '4419' });
  });

  it('supervision_institute → region scope', () => {
    assert.deepEqual(scopeOf(subject(['inspector'], 'supervision_institute', '440700', 'city')), {
      kind: 'region',
      regionCode: '440700',
      regionPrefix: '4407',
    });
  });

  it('cdc → region scope', () => {
    assert.deepEqual(scopeOf(subject(['cdc_analyst'], 'cdc', '120000', 'province')), {
      kind: 'region',
      regionCode: '120000',
      regionPrefix: '12',
    });
  });

  it('other_department → region scope', () => {
    assert.deepEqual(scopeOf(subject(['department_viewer'], 'other_department', '120112', 'county')), {
      kind: 'region',
      regionCode: '120112',
      regionPrefix: '120112',
    });
  });

  it('employer (employer_manager) → its own organisation', () => {
    assert.deepEqual(scopeOf(subject(['employer_manager'], 'employer', '440781', 'county', null, 'emp-42')), {
      kind: 'organisation',
      organisationId: 'emp-42',
    });
  });

  it('tech_service_institution, exam_institution and diagnosis_institution → their own organisation', () => {
    const cases: [Role, OrganisationType][] = [
      ['tech_service_staff', 'tech_service_institution'],
      ['exam_staff', 'exam_institution'],
      ['diagnosis_staff', 'diagnosis_institution'],
    ];
    for (const [role, type] of cases) {
      assert.deepEqual(scopeOf(subject([role], type, '440700', 'city', null, `${type}-1`)), {
        kind: 'organisation',
        organisationId: `${type}-1`,
      });
    }
  });

  it('worker role → worker scope with the worker id', () => {
    assert.deepEqual(scopeOf(subject(['worker'], 'employer', '440781', 'county', 'worker-7')), {
      kind: 'worker',
      workerId: 'worker-7',
    });
  });

  it('worker role without a linked worker → worker scope with null id', () => {
    assert.deepEqual(scopeOf(subject(['worker'], 'employer', '440781', 'county', null)), { kind: 'worker', workerId: null });
  });

  it('the worker role wins over any other role or organisation type', () => {
    assert.equal(scopeOf(subject(['worker', 'system_admin'], 'platform_operator', '110000', 'province', 'w')).kind, 'worker');
    assert.equal(scopeOf(subject(['regulator', 'worker'], 'health_authority', '440700', 'city', 'w')).kind, 'worker');
  });

  it('platform_operator → all', () => {
    assert.deepEqual(scopeOf(subject(['system_admin'], 'platform_operator', '110000', 'province')), { kind: 'all' });
  });

  it('platform_operator → all even with no roles', () => {
    assert.deepEqual(scopeOf(subject([], 'platform_operator', '110000', 'province')), { kind: 'all' });
  });

  it('system_admin at a health authority → that authority\'s region only', () => {
    assert.deepEqual(scopeOf(subject(['system_admin'], 'health_authority', '440700', 'city')), { kind: 'region', regionCode: '440700', regionPrefix: '4407' });
  });
});

describe('isInScope', () => {
  const rec = (regionCode: string | null, organisationIds: (string | null)[] = [], workerId?: string | null): ScopedRecord =>
    workerId === undefined ? { regionCode, organisationIds } : { regionCode, organisationIds, workerId };

  describe('all', () => {
    const all: Scope = { kind: 'all' };
    it('includes any record, even one with no region, organisation or worker', () => {
      assert.equal(isInScope(all, rec('440781001', ['o1'], 'w1')), true);
      assert.equal(isInScope(all, rec(null)), true);
      assert.equal(isInScope(all, rec('650100', [null], null)), true);
    });
  });

  describe('region (city 440700, prefix 4407)', () => {
    const city: Scope = { kind: 'region', regionCode: '440700', regionPrefix: '4407' };
    const table: [string | null, boolean][] = [
      ['440700', true], // the city itself
      ['440781', true], // a county inside
      ['440781001', true], // a township inside
      ['440703', true],
      ['440600', false], // neighbouring city
      ['440000', false], // the province above
      ['440681', false],
      ['450700', false], // same digits in another province
      ['120112', false],
      [null, false], // no region: out of a region scope
    ];
    for (const [code, expected] of table) {
      it(`${code} → ${expected}`, () => {
        assert.equal(isInScope(city, rec(code, ['any-org'])), expected);
      });
    }

    it('ignores organisation and worker ids', () => {
      assert.equal(isInScope(city, rec('440600', ['org-1'], 'w1')), false);
      assert.equal(isInScope(city, rec('440781', [], null)), true);
    });
  });

  describe('region (province 44, county 440781)', () => {
    it('province prefix 44 includes all of 广东 and nothing else', () => {
      const prov: Scope = { kind: 'region', regionCode: '440000', regionPrefix: '44' };
      assert.equal(isInScope(prov, rec('441900003')), true);
      assert.equal(isInScope(prov, rec('440000')), true);
      assert.equal(isInScope(prov, rec('450000')), false);
    });

    it('county prefix 440781 includes its townships only', () => {
      const county: Scope = { kind: 'region', regionCode: '440781', regionPrefix: '440781' };
      assert.equal(isInScope(county, rec('440781001')), true);
      assert.equal(isInScope(county, rec('440781')), true);
      assert.equal(isInScope(county, rec('440782001')), false);
      assert.equal(isInScope(county, rec('440700')), false);
    });
  });

  describe('organisation', () => {
    const org: Scope = { kind: 'organisation', organisationId: 'org-1' };
    it('includes a record the organisation owns', () => {
      assert.equal(isInScope(org, rec('440781', ['org-1'])), true);
    });
    it('includes a record the organisation filed (listed after the owner)', () => {
      assert.equal(isInScope(org, rec('440781', ['employer-9', 'org-1'])), true);
      assert.equal(isInScope(org, rec('440781', [null, 'org-1'])), true);
    });
    it("excludes another organisation's record, even in the same region", () => {
      assert.equal(isInScope(org, rec('440781', ['org-2'])), false);
      assert.equal(isInScope(org, rec('440781', ['org-2', null])), false);
    });
    it('excludes records with no organisations', () => {
      assert.equal(isInScope(org, rec('440781', [])), false);
      assert.equal(isInScope(org, rec(null, [null])), false);
    });
    it('does not match by substring', () => {
      assert.equal(isInScope(org, rec('440781', ['org-10'])), false);
    });
  });

  describe('worker', () => {
    const worker: Scope = { kind: 'worker', workerId: 'w1' };
    it('includes the worker’s own record', () => {
      assert.equal(isInScope(worker, rec('440781', ['org-1'], 'w1')), true);
    });
    it('excludes another worker’s record', () => {
      assert.equal(isInScope(worker, rec('440781', ['org-1'], 'w2')), false);
    });
    it('excludes records not about a worker (workerId null or absent)', () => {
      assert.equal(isInScope(worker, rec('440781', ['org-1'], null)), false);
      assert.equal(isInScope(worker, rec('440781', ['org-1'])), false);
    });
    it('a worker scope with no linked worker sees nothing, not even records with workerId null', () => {
      const unlinked: Scope = { kind: 'worker', workerId: null };
      assert.equal(isInScope(unlinked, rec('440781', ['org-1'], null)), false);
      assert.equal(isInScope(unlinked, rec('440781', ['org-1'])), false);
      assert.equal(isInScope(unlinked, rec('440781', ['org-1'], 'w1')), false);
    });
  });

  it('scopeOf + isInScope: a city regulator sees a township record below it and not one in the next city', () => {
    const s = scopeOf(subject(['regulator'], 'health_authority', '440700', 'city'));
    assert.equal(isInScope(s, rec('440781001', ['e1'])), true);
    assert.equal(isInScope(s, rec('440606001', ['e1'])), false);
  });
});

describe('scopeRootRegion', () => {
  it('all → null (the whole country)', () => {
    assert.equal(scopeRootRegion({ kind: 'all' }, '110000'), null);
  });
  it("region → the scope's region code", () => {
    assert.equal(scopeRootRegion({ kind: 'region', regionCode: '440700', regionPrefix: '4407' }, '999999'), '440700');
  });
  it("organisation → the organisation's region code", () => {
    assert.equal(scopeRootRegion({ kind: 'organisation', organisationId: 'o1' }, '440781'), '440781');
  });
  it("worker → the organisation's region code", () => {
    assert.equal(scopeRootRegion({ kind: 'worker', workerId: 'w1' }, '440781'), '440781');
    assert.equal(scopeRootRegion({ kind: 'worker', workerId: null }, '120112'), '120112');
  });
});
