import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hazardFactorById } from '../catalogs/hazard-factor.catalog.ts';
import { buildUscc } from '../validators/uscc.validator.ts';
import {
  DECLARATION_HAZARD_CATEGORIES,
  DECLARATION_SUBCOUNTS,
  type DeclarationContent,
  type DeclarationContentContext,
  declarationContentIssues,
  declarationSubCountFactor,
  declarationSubCountsOf,
  emptyDeclarationContent,
} from './declaration-content.ts';

const USCC = buildUscc('9', '1', '440703', 'MA4W1234'); // a 江门市蓬江区 enterprise
const REPORT = 'JMZY(J)-2025-0312';
const CTX: DeclarationContentContext = { kind: 'initial', asOf: '2025-06-10', registeredUscc: USCC };

/**
 * A wooden-furniture factory (GB/T 4754-2017 C2110 木质家具制造) with 木粉尘, 苯/甲苯/二甲苯 from
 * paints, and 噪声 — the typical profile of C211, an asterisked 严重 row of the 2021 risk catalogue.
 * 120 staff + 10 dispatched; 70 distinct exposed workers (max category 50, sum of categories 115).
 */
function furnitureFactory(): DeclarationContent {
  const c = emptyDeclarationContent(2025);
  c.basic = {
    employerName: '江门市示例家具有限公司',
    uscc: USCC,
    registeredAddress: '广东省江门市蓬江区示例路1号',
    workplaceAddress: '广东省江门市蓬江区示例路1号',
    regionCode: '440703',
    industryCode: 'C2110',
    economicType: 'private',
    enterpriseSize: 'small',
    legalRepresentative: '李某',
    legalRepresentativePhone: null,
    ohManagerName: '张某',
    ohManagerPhone: '13800138000',
    hasOhManagementBody: true,
    fullTimeOhManagers: 1,
    partTimeOhManagers: 2,
    totalStaff: 120,
    dispatchedWorkers: 10,
    cumulativeOccupationalDiseaseCases: 0,
    totalExposedWorkers: 70,
  };
  c.products = [{ name: '实木餐桌', annualOutput: 12000, unit: '件' }];
  c.hazards.dust = { present: true, exposedCount: 40, subCounts: { silica_dust: 0, coal_dust: 0, asbestos_dust: 0 } };
  c.hazards.chemical = { present: true, exposedCount: 25, subCounts: { lead: 0, benzene: 8 } };
  c.hazards.physical = { present: true, exposedCount: 50, subCounts: { noise: 50 } };
  for (const cat of ['radioactive', 'biological', 'other'] as const) c.hazards[cat] = { present: false, exposedCount: 0, subCounts: {} };
  c.factors = [
    { factorId: 'dust-32', factorName: '木粉尘', category: 'dust', exposedCount: 40, posts: ['开料车间/开料工', '打磨车间/打磨工'] },
    { factorId: null, factorName: '苯', category: null, exposedCount: 8, posts: ['喷漆车间/调漆工'] },
    { factorId: null, factorName: '甲苯', category: 'chemical', exposedCount: 25, posts: ['喷漆车间/喷漆工'] },
    { factorId: null, factorName: '二甲苯', category: 'chemical', exposedCount: 25, posts: ['喷漆车间/喷漆工'] },
    { factorId: 'physical-1', factorName: '噪声', category: 'physical', exposedCount: 50, posts: ['开料车间/开料工'] },
  ];
  c.testing = {
    year: 2025,
    conducted: true,
    reports: [{ institutionName: '江门市示例职业卫生技术服务有限公司', reportNumber: REPORT, reportDate: '2025-04-18' }],
    categories: {
      dust: { pointsTested: 6, pointsOverLimit: 1, reportNumbers: [REPORT], subPoints: {} },
      chemical: { pointsTested: 9, pointsOverLimit: 0, reportNumbers: [REPORT], subPoints: { benzene: { pointsTested: 3, pointsOverLimit: 0 } } },
      physical: { pointsTested: 12, pointsOverLimit: 2, reportNumbers: [REPORT], subPoints: { noise: { pointsTested: 12, pointsOverLimit: 2 } } },
      radioactive: { pointsTested: 0, pointsOverLimit: 0, reportNumbers: [], subPoints: {} },
      biological: { pointsTested: 0, pointsOverLimit: 0, reportNumbers: [], subPoints: {} },
      other: { pointsTested: 0, pointsOverLimit: 0, reportNumbers: [], subPoints: {} },
    },
  };
  return c;
}

const issues = (c: DeclarationContent, ctx: DeclarationContentContext = CTX) => declarationContentIssues(c, ctx).map((i) => [i.path, i.code]);

describe('named sub-counts of the online form', () => {
  it('粉尘: 矽尘 煤尘 石棉粉尘; 化学物质: 铅 苯; 物理因素: 噪声 — each a loaded catalogue row of its category', () => {
    assert.deepEqual(
      DECLARATION_HAZARD_CATEGORIES.map((c) => declarationSubCountsOf(c).map((s) => s.label)),
      [['矽尘', '煤尘', '石棉粉尘'], ['铅', '苯'], ['噪声'], [], [], []],
    );
    for (const s of DECLARATION_SUBCOUNTS) {
      const row = hazardFactorById(s.factorId);
      assert.ok(row, s.factorId);
      assert.equal(row.category, s.category);
      assert.equal(s.verified, false);
    }
    assert.equal(declarationSubCountFactor('lead')?.name, '铅及其化合物（不包括四乙基铅）');
  });
});

describe('declarationContentIssues — a complete declaration', () => {
  it('a furniture factory (C2110) with dust, benzene series and noise passes', () => {
    assert.deepEqual(issues(furnitureFactory()), []);
  });

  it('free-text factor names resolve through the catalogue and its aliases (二氧化硅粉尘 → 矽尘)', () => {
    const c = furnitureFactory();
    c.factors = [...c.factors, { factorId: null, factorName: '二氧化硅粉尘', category: null, exposedCount: 5, posts: ['打磨车间'] }];
    c.hazards.dust.subCounts.silica_dust = 5;
    assert.deepEqual(issues(c), []);
  });

  it('a catalogue name outside the loaded rows (苯乙烯, 化学因素 items 90–375 not loaded) is accepted with its stated category', () => {
    const c = furnitureFactory();
    c.factors = [...c.factors, { factorId: null, factorName: '苯乙烯', category: 'chemical', exposedCount: 6, posts: ['喷漆车间/喷漆工'] }];
    assert.deepEqual(issues(c), []);
    c.factors = c.factors.map((f) => (f.factorName === '苯乙烯' ? { ...f, category: null } : f));
    assert.deepEqual(issues(c), [['factors.5.category', 'declaration.required']]);
  });

  it('a blank form lists every required field', () => {
    const found = issues(emptyDeclarationContent());
    for (const path of ['basic.employerName', 'basic.uscc', 'basic.regionCode', 'basic.industryCode', 'basic.ohManagerPhone', 'basic.totalStaff', 'hazards.dust.present', 'testing.year', 'testing.conducted']) {
      assert.ok(found.some(([p, code]) => p === path && code === 'declaration.required'), path);
    }
  });
});

describe('declarationContentIssues — bad input', () => {
  it('basic information: USCC check character (GB 32100), other employer’s USCC, region and industry codes, phone', () => {
    const c = furnitureFactory();
    c.basic.uscc = `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}`;
    c.basic.regionCode = '990703';
    c.basic.industryCode = 'B3511'; // 大类 35 belongs to C
    c.basic.ohManagerPhone = '12345';
    assert.deepEqual(issues(c), [
      ['basic.uscc', 'uscc.check_character'],
      ['basic.regionCode', 'region_code.province'],
      ['basic.industryCode', 'declaration.industry_code_invalid'],
      ['basic.ohManagerPhone', 'phone.format'],
    ]);
    const other = furnitureFactory();
    other.basic.uscc = '91110000802100433B';
    assert.deepEqual(issues(other), [['basic.uscc', 'declaration.uscc_mismatch']]);
  });

  it('counts are whole numbers ≥ 0', () => {
    const c = furnitureFactory();
    c.basic.fullTimeOhManagers = -1;
    c.basic.partTimeOhManagers = 1.5;
    assert.deepEqual(issues(c), [
      ['basic.fullTimeOhManagers', 'declaration.count_invalid'],
      ['basic.partTimeOhManagers', 'declaration.count_invalid'],
    ]);
  });

  it('a category marked 无 has no exposed workers and no factor rows', () => {
    const c = furnitureFactory();
    c.hazards.biological = { present: false, exposedCount: 3, subCounts: {} };
    c.factors = [...c.factors, { factorId: 'biological-2', factorName: '布鲁氏菌', category: null, exposedCount: 3, posts: [] }];
    assert.deepEqual(issues(c), [
      ['factors.5.category', 'declaration.factor_in_absent_category'],
      ['hazards.biological.exposedCount', 'declaration.absent_category_has_exposed'],
    ]);
  });

  it('sub-count ≤ category; a named sub-count needs rows of its factor; factor row ≤ category', () => {
    const c = furnitureFactory();
    c.hazards.chemical.subCounts.benzene = 30; // > 25 exposed to chemicals, > 8 in the 苯 row
    c.hazards.dust.subCounts.silica_dust = 4; // no 矽尘 row
    c.factors = c.factors.map((f) => (f.factorName === '甲苯' ? { ...f, exposedCount: 26 } : f));
    assert.deepEqual(issues(c), [
      ['hazards.dust.subCounts.silica_dust', 'declaration.subcount_exceeds_factor_rows'],
      ['factors.2.exposedCount', 'declaration.factor_exceeds_category'],
      ['hazards.chemical.subCounts.benzene', 'declaration.subcount_exceeds_category'],
      ['hazards.chemical.subCounts.benzene', 'declaration.subcount_exceeds_factor_rows'],
    ]);
  });

  it('a sub-count below its factor row, and a category larger than its rows add up to', () => {
    const c = furnitureFactory();
    c.hazards.physical.subCounts.noise = 40; // the 噪声 row says 50
    c.hazards.dust.exposedCount = 45; // only 40 in the dust rows
    assert.deepEqual(issues(c), [
      ['hazards.dust.exposedCount', 'declaration.category_exceeds_factor_rows'],
      ['hazards.physical.subCounts.noise', 'declaration.subcount_below_factor_row'],
    ]);
  });

  it('exposed count larger than staff + dispatched (issue 4 "exposed count larger than staff")', () => {
    const c = furnitureFactory();
    c.basic.totalStaff = 30;
    c.basic.dispatchedWorkers = 5; // 35 people, but 40 exposed to dust and 50 to noise
    c.basic.totalExposedWorkers = 35;
    c.basic.partTimeOhManagers = 2;
    assert.deepEqual(issues(c), [
      ['hazards.dust.exposedCount', 'declaration.exposed_exceeds_staff'],
      ['hazards.physical.exposedCount', 'declaration.exposed_exceeds_staff'],
      ['basic.totalExposedWorkers', 'declaration.total_exposed_below_category'],
    ]);
  });

  it('接触总人数 lies between the largest category (50) and the sum of categories (115)', () => {
    const low = furnitureFactory();
    low.basic.totalExposedWorkers = 49;
    assert.deepEqual(issues(low), [['basic.totalExposedWorkers', 'declaration.total_exposed_below_category']]);
    const high = furnitureFactory();
    high.basic.totalExposedWorkers = 116;
    assert.deepEqual(issues(high), [['basic.totalExposedWorkers', 'declaration.total_exposed_above_categories']]);
    const staff = furnitureFactory();
    staff.basic.totalExposedWorkers = 115;
    staff.basic.totalStaff = 100; // 100 + 10 dispatched < 115
    assert.deepEqual(issues(staff), [['basic.totalExposedWorkers', 'declaration.exposed_exceeds_staff']]);
  });

  it('unknown and ambiguous hazard factors (issue 4 "unknown hazard factor")', () => {
    const c = furnitureFactory();
    c.factors = [
      ...c.factors,
      { factorId: null, factorName: '神秘粉末', category: 'dust', exposedCount: 1, posts: [] },
      { factorId: 'dust-999', factorName: '？', category: 'dust', exposedCount: 1, posts: [] },
      { factorId: null, factorName: '电离辐射', category: null, exposedCount: 1, posts: [] },
      { factorId: null, factorName: '噪声', category: 'chemical', exposedCount: 1, posts: [] },
    ];
    assert.deepEqual(issues(c), [
      ['factors.5.factorName', 'declaration.unknown_hazard_factor'],
      ['factors.6.factorName', 'declaration.unknown_hazard_factor'],
      ['factors.7.factorName', 'declaration.ambiguous_hazard_factor'],
      ['factors.8.category', 'declaration.factor_category_mismatch'],
    ]);
  });

  it('a category marked 有 lists at least one factor; a declaration lists at least one category', () => {
    const c = furnitureFactory();
    c.hazards.other = { present: true, exposedCount: 0, subCounts: {} };
    assert.deepEqual(issues(c), [['hazards.other', 'declaration.category_without_factors']]);
    const none = furnitureFactory();
    for (const cat of DECLARATION_HAZARD_CATEGORIES) none.hazards[cat] = { present: false, exposedCount: 0, subCounts: {} };
    none.factors = [];
    none.basic.totalExposedWorkers = 0;
    for (const cat of DECLARATION_HAZARD_CATEGORIES) none.testing.categories[cat] = { pointsTested: 0, pointsOverLimit: 0, reportNumbers: [], subPoints: {} };
    assert.deepEqual(issues(none), [['hazards', 'declaration.no_hazards']]);
  });

  it('testing: over-limit points ≤ points tested; tested points name a listed report; sub-factor ≤ category (噪声 3 over > 2 for 物理因素)', () => {
    const c = furnitureFactory();
    c.testing.categories.dust = { pointsTested: 6, pointsOverLimit: 7, reportNumbers: [], subPoints: {} };
    c.testing.categories.chemical = { ...c.testing.categories.chemical, reportNumbers: ['JMZY-2024-0001'], subPoints: { benzene: { pointsTested: 10, pointsOverLimit: 0 } } };
    c.testing.categories.physical = { ...c.testing.categories.physical, subPoints: { noise: { pointsTested: 12, pointsOverLimit: 3 }, silica_dust: { pointsTested: 0, pointsOverLimit: 0 } } };
    assert.deepEqual(issues(c), [
      ['testing.categories.dust.pointsOverLimit', 'declaration.points_over_exceed_tested'],
      ['testing.categories.dust.reportNumbers', 'declaration.report_number_required'],
      ['testing.categories.chemical.reportNumbers.0', 'declaration.report_number_unknown'],
      ['testing.categories.chemical.subPoints.benzene.pointsTested', 'declaration.subcount_exceeds_category'],
      ['testing.categories.physical.subPoints.noise.pointsOverLimit', 'declaration.subcount_exceeds_category'],
      ['testing.categories.physical.subPoints.silica_dust', 'declaration.subcount_not_in_category'],
    ]);
  });

  it('testing: 已检测 needs a report; 未检测 has none; a category marked 无 has no tested points', () => {
    const c = furnitureFactory();
    c.testing.reports = [];
    assert.ok(issues(c).some(([p, code]) => p === 'testing.reports' && code === 'declaration.report_required'));
    const notTested = furnitureFactory();
    notTested.testing.conducted = false;
    assert.deepEqual(issues(notTested).slice(0, 2), [
      ['testing.reports', 'declaration.testing_not_conducted_has_data'],
      ['testing.categories.dust.pointsTested', 'declaration.testing_not_conducted_has_data'],
    ]);
    const absent = furnitureFactory();
    absent.testing.categories.biological = { pointsTested: 2, pointsOverLimit: 0, reportNumbers: [REPORT], subPoints: {} };
    assert.deepEqual(issues(absent), [['testing.categories.biological.pointsTested', 'declaration.testing_absent_category']]);
  });

  it('dates: real, not after the filing date, report dates inside the testing year, no report twice', () => {
    const c = furnitureFactory();
    c.testing.reports = [
      { institutionName: '甲机构', reportNumber: REPORT, reportDate: '2025-07-01' },
      { institutionName: '乙机构', reportNumber: REPORT, reportDate: '2024-12-30' },
      { institutionName: null, reportNumber: 'X-1', reportDate: '2025-02-30' },
    ];
    assert.deepEqual(issues(c), [
      ['testing.reports.0.reportDate', 'declaration.date_in_future'],
      ['testing.reports.1.reportNumber', 'declaration.duplicate_report_number'],
      ['testing.reports.1.reportDate', 'declaration.report_date_outside_year'],
      ['testing.reports.2.institutionName', 'declaration.required'],
      ['testing.reports.2.reportDate', 'declaration.date_invalid'],
    ]);
    const future = furnitureFactory();
    future.testing.year = 2026;
    assert.deepEqual(issues(future), [
      ['testing.year', 'declaration.year_invalid'],
    ]);
  });

  it('申报办法 第八条: a change declaration states its reason and the date of the change', () => {
    const change: DeclarationContentContext = { ...CTX, kind: 'change' };
    assert.deepEqual(issues(furnitureFactory(), change), [['change', 'declaration.required']]);
    const c = furnitureFactory();
    c.change = { reason: '新增喷漆线，新增职业病危害因素二甲苯', occurredOn: '2025-06-11' };
    assert.deepEqual(issues(c, change), [['change.occurredOn', 'declaration.date_in_future']]);
    c.change = { reason: ' ', occurredOn: '2025-05-30' };
    assert.deepEqual(issues(c, change), [['change.reason', 'declaration.required']]);
  });

  it('products: name, unit and a non-negative annual output', () => {
    const c = furnitureFactory();
    c.products = [{ name: '', annualOutput: -5, unit: '件' }];
    assert.deepEqual(issues(c), [
      ['products.0.name', 'declaration.required'],
      ['products.0.annualOutput', 'declaration.number_invalid'],
    ]);
  });

  it('surveillance summary (optional): examined ≤ due; periodic exams due ≤ exposed workers', () => {
    const c = furnitureFactory();
    c.surveillance = {
      year: 2025,
      conducted: true,
      reports: [{ institutionName: '江门市示例医院', reportNumber: 'TJ-2025-088', reportDate: '2025-05-20' }],
      exams: { pre_employment: { due: 12, done: 12 }, periodic: { due: 71, done: 72 }, exit: { due: 3, done: 2 } },
    };
    assert.deepEqual(issues(c), [
      ['surveillance.exams.periodic.done', 'declaration.exams_done_exceed_due'],
      ['surveillance.exams.periodic.due', 'declaration.exams_due_exceed_exposed'],
    ]);
  });

  it('a bad filing date is reported alone', () => {
    assert.deepEqual(issues(furnitureFactory(), { ...CTX, asOf: '2025/06/10' }), [['asOf', 'declaration.date_invalid']]);
  });
});
