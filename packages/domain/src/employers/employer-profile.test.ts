import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildUscc } from '../validators/uscc.validator.ts';
import { type EmployerPost, type EmployerProfile, employerProfileIssues, postIssues } from './employer-profile.ts';
import { resolveHazardFactorReference } from './hazard-factor-reference.ts';

const PROFILE: EmployerProfile = {
  name: '江门市示例家具有限公司',
  uscc: buildUscc('9', '1', '440703', 'MA4W1234'),
  registeredAddress: '广东省江门市蓬江区示例路1号',
  workplaceAddress: '广东省江门市蓬江区示例路1号',
  regionCode: '440703001',
  industryCode: 'C2110',
  economicType: 'private',
  sizeClass: 'small',
  legalRepresentative: '李某',
  legalRepresentativePhone: null,
  ohManagerName: '张某',
  ohManagerPhone: '0750-3512345',
  hasOhManagementBody: true,
  fullTimeOhManagers: 1,
  partTimeOhManagers: 2,
  staffCount: 120,
  dispatchedWorkerCount: 10,
  cumulativeOccupationalDiseaseCases: 0,
};

const codes = (issues: { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

describe('employerProfileIssues', () => {
  it('a complete record passes', () => {
    assert.deepEqual(employerProfileIssues(PROFILE), []);
  });

  it('invalid USCC (GB 32100 check character), region code, industry code, phone, counts, enums', () => {
    const bad: EmployerProfile = {
      ...PROFILE,
      name: ' ',
      uscc: '91110000802100433C',
      regionCode: '4407',
      industryCode: 'B3511',
      ohManagerPhone: '3512345',
      staffCount: -3,
      dispatchedWorkerCount: 2.5,
      sizeClass: 'huge' as never,
    };
    assert.deepEqual(codes(employerProfileIssues(bad)), [
      ['name', 'employer.required'],
      ['uscc', 'uscc.check_character'],
      ['regionCode', 'region_code.length'],
      ['industryCode', 'employer.industry_code_invalid'],
      ['sizeClass', 'employer.size_class_invalid'],
      ['ohManagerPhone', 'phone.format'],
      ['staffCount', 'employer.count_invalid'],
      ['dispatchedWorkerCount', 'employer.count_invalid'],
    ]);
  });
});

describe('postIssues — posts with hazard factors and exposed workers (dispatched labour included)', () => {
  const post = (hazards: EmployerPost['hazards']): EmployerPost => ({ id: 'p1', name: '打磨工', workplaceName: '打磨车间', hazards });

  it('accepts catalogue ids, printed names, aliases and names known to the catalogue but not loaded (苯乙烯)', () => {
    const p = post([
      { factorId: 'dust-32', factorName: '木粉尘', exposedCount: 20, dispatchedExposedCount: 3 },
      { factorId: null, factorName: '噪声', exposedCount: 20 },
      { factorId: null, factorName: '石英粉尘', exposedCount: 2 },
      { factorId: null, factorName: '苯乙烯', exposedCount: 4 },
    ]);
    assert.deepEqual(postIssues(p, { staffCount: PROFILE.staffCount, dispatchedWorkerCount: PROFILE.dispatchedWorkerCount }), []);
    assert.equal(resolveHazardFactorReference({ factorId: null, factorName: '苯乙烯' }).status, 'not_loaded');
  });

  it('unknown, ambiguous and duplicate factors (issue 4 "unknown hazard factor")', () => {
    const p = post([
      { factorId: null, factorName: '油漆味', exposedCount: 1 },
      { factorId: null, factorName: '电离辐射', exposedCount: 1 },
      { factorId: 'dust-1', factorName: '矽尘', exposedCount: 1 },
      { factorId: null, factorName: '二氧化硅粉尘', exposedCount: 1 },
      { factorId: 'dust-0', factorName: '', exposedCount: 1 },
    ]);
    assert.deepEqual(codes(postIssues(p)), [
      ['hazards.0.factorName', 'post.unknown_hazard_factor'],
      ['hazards.1.factorName', 'post.ambiguous_hazard_factor'],
      ['hazards.3.factorName', 'post.duplicate_hazard_factor'],
      ['hazards.4.factorName', 'post.unknown_hazard_factor'],
    ]);
  });

  it('counts: whole numbers; dispatched ≤ exposed; exposed ≤ staff + dispatched (issue 4 "exposed count larger than staff")', () => {
    const p = post([
      { factorId: 'physical-1', factorName: '噪声', exposedCount: 131 },
      { factorId: 'dust-32', factorName: '木粉尘', exposedCount: 10, dispatchedExposedCount: 11 },
      { factorId: 'chemical-29', factorName: '甲苯', exposedCount: -1 },
    ]);
    assert.deepEqual(codes(postIssues(p, { staffCount: 120, dispatchedWorkerCount: 10 })), [
      ['hazards.0.exposedCount', 'post.exposed_exceeds_staff'],
      ['hazards.1.dispatchedExposedCount', 'post.dispatched_exceeds_exposed'],
      ['hazards.2.exposedCount', 'post.count_invalid'],
    ]);
    // Without the employer's headcount the bound cannot be checked.
    assert.deepEqual(codes(postIssues(post([{ factorId: 'physical-1', factorName: '噪声', exposedCount: 131 }]))), []);
  });

  it('the 2015 catalogue applies from 2015-11-17: free text dated earlier cannot be resolved', () => {
    assert.deepEqual(codes(postIssues(post([{ factorId: null, factorName: '噪声', exposedCount: 1 }]), { date: '2015-01-01' })), [['hazards.0.factorName', 'post.unknown_hazard_factor']]);
  });
});
