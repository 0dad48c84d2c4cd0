import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hazardFactorById } from '../catalogs/index.ts';
import { RADIATION_OCCUPATION_CATEGORIES, classifyRadiationWorker, findRadiationOccupationCategory, isRadiationPost } from './radiation-worker.classifier.ts';

describe('radiation worker classification', () => {
  it('a post with an X-ray device (放射性因素 3) is a radiation post; noise and UV are not', () => {
    assert.equal(isRadiationPost([{ factorId: 'physical-1', factorName: '噪声', category: '物理因素' }, { factorId: 'radioactive-3', factorName: 'X射线装置（含CT机）产生的电离辐射（X射线）' }]), true);
    assert.equal(isRadiationPost([{ factorId: null, factorName: '密封放射源产生的电离辐射', category: '放射性因素' }]), true);
    assert.equal(isRadiationPost([{ factorId: 'physical-10', factorName: '紫外辐射', category: '物理因素' }]), false);
    assert.equal(isRadiationPost([]), false);
  });

  it('the catalogue ids it relies on exist in category 放射性因素', () => {
    for (const id of ['radioactive-1', 'radioactive-3', 'radioactive-4']) assert.equal(hazardFactorById(id)?.categoryName, '放射性因素', id);
  });

  it('category 2x is medical, 3B 工业探伤 is not; every row is unverified', () => {
    assert.equal(findRadiationOccupationCategory('2a')?.name, '诊断放射学');
    assert.equal(classifyRadiationWorker({ categoryCode: '2E' }).isMedical, true);
    const ndt = classifyRadiationWorker({ categoryCode: '3B', industrySection: 'Q' });
    assert.deepEqual([ndt.isMedical, ndt.basis, ndt.categoryCode], [false, 'category', '3B']);
    assert.ok(RADIATION_OCCUPATION_CATEGORIES.every((c) => c.verified === false));
    assert.equal(RADIATION_OCCUPATION_CATEGORIES.filter((c) => c.isMedical).length, 6);
  });

  it('without a category, a hospital (section Q) is medical and a manufacturer (C) is not', () => {
    assert.deepEqual([classifyRadiationWorker({ industrySection: 'Q' }).isMedical, classifyRadiationWorker({ industrySection: 'Q' }).basis], [true, 'industry']);
    assert.equal(classifyRadiationWorker({ categoryCode: null, industrySection: 'C' }).isMedical, false);
    assert.equal(classifyRadiationWorker({ categoryCode: '9Z', industrySection: null }).isMedical, false);
  });
});
