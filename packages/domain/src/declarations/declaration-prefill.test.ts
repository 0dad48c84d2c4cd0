import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type EmployerPost, type EmployerProfile } from '../employers/employer-profile.ts';
import { buildUscc } from '../validators/uscc.validator.ts';
import { declarationContentIssues } from './declaration-content.ts';
import { prefillDeclarationContent } from './declaration-prefill.ts';

const USCC = buildUscc('9', '1', '440703', 'MA4W1234');

const PROFILE: EmployerProfile = {
  name: '江门市示例家具有限公司',
  uscc: USCC,
  registeredAddress: '广东省江门市蓬江区示例路1号',
  workplaceAddress: '广东省江门市蓬江区示例路1号',
  regionCode: '440703',
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

/** Four posts of the furniture factory; counts include dispatched labour. */
const POSTS: EmployerPost[] = [
  {
    id: 'p-cut',
    name: '开料工',
    workplaceName: '开料车间',
    hazards: [
      { factorId: 'dust-32', factorName: '木粉尘', exposedCount: 20, dispatchedExposedCount: 2 },
      { factorId: null, factorName: '噪声', exposedCount: 20 },
    ],
  },
  {
    id: 'p-sand',
    name: '打磨工',
    workplaceName: '打磨车间',
    hazards: [
      { factorId: null, factorName: '木尘', exposedCount: 20 },
      { factorId: 'physical-1', factorName: '噪声', exposedCount: 30 },
    ],
  },
  {
    id: 'p-spray',
    name: '喷漆工',
    workplaceName: '喷漆车间',
    hazards: [
      { factorId: null, factorName: '甲苯', exposedCount: 25 },
      { factorId: null, factorName: '二甲苯', exposedCount: 25 },
    ],
  },
  {
    id: 'p-mix',
    name: '调漆工',
    workplaceName: '喷漆车间',
    hazards: [
      { factorId: null, factorName: '苯', exposedCount: 8 },
      { factorId: null, factorName: '甲苯', exposedCount: 8 },
    ],
  },
];

describe('prefillDeclarationContent — from the registry and the posts', () => {
  const { content, unresolved } = prefillDeclarationContent(PROFILE, POSTS, '2025-06-10');

  it('copies the registry into 基本信息', () => {
    assert.equal(content.basic.employerName, PROFILE.name);
    assert.equal(content.basic.uscc, USCC);
    assert.equal(content.basic.enterpriseSize, 'small');
    assert.equal(content.basic.totalStaff, 120);
    assert.equal(content.basic.dispatchedWorkers, 10);
    assert.equal(content.testing.year, 2025);
    assert.equal(content.testing.conducted, null);
    assert.deepEqual(unresolved, []);
  });

  it('factor rows (可重复) add the posts: 甲苯 25 + 8 = 33; free text (木尘) joins the catalogue row 木粉尘', () => {
    assert.deepEqual(
      content.factors.map((f) => [f.factorId, f.factorName, f.category, f.exposedCount, f.posts]),
      [
        ['dust-32', '木粉尘', 'dust', 40, ['开料车间/开料工', '打磨车间/打磨工']],
        ['physical-1', '噪声', 'physical', 50, ['开料车间/开料工', '打磨车间/打磨工']],
        ['chemical-29', '甲苯', 'chemical', 33, ['喷漆车间/喷漆工', '喷漆车间/调漆工']],
        ['chemical-30', '二甲苯', 'chemical', 25, ['喷漆车间/喷漆工']],
        ['chemical-28', '苯', 'chemical', 8, ['喷漆车间/调漆工']],
      ],
    );
  });

  it('category counts take the largest factor per post, summed over posts (化学 25 + 8 = 33, not 66)', () => {
    assert.deepEqual(content.hazards.dust, { present: true, exposedCount: 40, subCounts: { silica_dust: 0, coal_dust: 0, asbestos_dust: 0 } });
    assert.deepEqual(content.hazards.chemical, { present: true, exposedCount: 33, subCounts: { lead: 0, benzene: 8 } });
    assert.deepEqual(content.hazards.physical, { present: true, exposedCount: 50, subCounts: { noise: 50 } });
    assert.deepEqual(content.hazards.radioactive, { present: false, exposedCount: 0, subCounts: {} });
  });

  it('接害总人数（含外委）: largest count per post, summed: 20 + 30 + 25 + 8 = 83', () => {
    assert.equal(content.basic.totalExposedWorkers, 83);
  });

  it('the prefilled form only lacks what the registry cannot know (本年度检测情况)', () => {
    assert.deepEqual(
      declarationContentIssues(content, { kind: 'initial', asOf: '2025-06-10', registeredUscc: USCC }).map((i) => [i.path, i.code]),
      [['testing.conducted', 'declaration.required']],
    );
  });
});

describe('prefillDeclarationContent — approximations and unresolved factors', () => {
  it('a factor listed twice on one post counts once, with the larger count', () => {
    const { content } = prefillDeclarationContent(PROFILE, [
      { id: 'p', name: '破碎工', hazards: [{ factorId: 'dust-1', factorName: '矽尘', exposedCount: 10 }, { factorId: null, factorName: '二氧化硅粉尘', exposedCount: 12 }] },
    ], '2025-06-10');
    assert.deepEqual(content.factors.map((f) => [f.factorId, f.exposedCount]), [['dust-1', 12]]);
    assert.deepEqual(content.hazards.dust.subCounts, { silica_dust: 12, coal_dust: 0, asbestos_dust: 0 });
  });

  it('posts carry counts, not people: the same 5 workers on two noisy posts are counted 10 times over the posts (documented over-count)', () => {
    const { content } = prefillDeclarationContent(PROFILE, [
      { id: 'a', name: '冲压工', hazards: [{ factorId: 'physical-1', factorName: '噪声', exposedCount: 5 }] },
      { id: 'b', name: '装配工', hazards: [{ factorId: 'physical-1', factorName: '噪声', exposedCount: 5 }] },
    ], '2025-06-10');
    assert.equal(content.hazards.physical.exposedCount, 10);
    assert.equal(content.basic.totalExposedWorkers, 10);
  });

  it('unknown and ambiguous names stay as rows without a catalogue item and are listed; the validator then rejects them', () => {
    const { content, unresolved } = prefillDeclarationContent(PROFILE, [
      { id: 'x', name: '喷漆工', hazards: [{ factorId: null, factorName: '油漆味', exposedCount: 3 }, { factorId: null, factorName: '电离辐射', exposedCount: 2 }] },
    ], '2025-06-10');
    assert.deepEqual(unresolved, [
      { postId: 'x', hazardIndex: 0, factorName: '油漆味', status: 'unknown' },
      { postId: 'x', hazardIndex: 1, factorName: '电离辐射', status: 'ambiguous' },
    ]);
    assert.deepEqual(content.factors.map((f) => [f.factorId, f.category]), [[null, null], [null, null]]);
    assert.equal(content.basic.totalExposedWorkers, 3);
    const codes = declarationContentIssues(content, { kind: 'initial', asOf: '2025-06-10' }).map((i) => [i.path, i.code]);
    assert.ok(codes.some(([p, c]) => p === 'factors.0.factorName' && c === 'declaration.unknown_hazard_factor'));
    assert.ok(codes.some(([p, c]) => p === 'factors.1.factorName' && c === 'declaration.ambiguous_hazard_factor'));
  });

  it('an employer without posts gets every category marked 无', () => {
    const { content } = prefillDeclarationContent(PROFILE, [], '2025-06-10');
    assert.ok(Object.values(content.hazards).every((h) => h.present === false && h.exposedCount === 0));
    assert.equal(content.basic.totalExposedWorkers, 0);
  });
});
