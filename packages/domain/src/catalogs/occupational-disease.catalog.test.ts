import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  OCCUPATIONAL_DISEASE_CATALOGUE_2013,
  OCCUPATIONAL_DISEASE_CATALOGUE_2024,
  citeDisease,
  diseaseCatalogueOn,
  diseaseCategoriesOn,
  diseaseCountOn,
  findDisease,
  occupationalDiseasePack,
} from './occupational-disease.catalog.ts';

const IN_2013 = '2020-06-30';
const IN_2024 = '2025-08-01';

describe('职业病分类和目录 editions', () => {
  it('2013 edition (国卫疾控发〔2013〕48号) runs from 2013-12-23 until 2025-08-01; 2024 edition (国卫职健发〔2024〕39号) from 2025-08-01', () => {
    assert.equal(OCCUPATIONAL_DISEASE_CATALOGUE_2013.documentNumber, '国卫疾控发〔2013〕48号');
    assert.equal(OCCUPATIONAL_DISEASE_CATALOGUE_2024.documentNumber, '国卫职健发〔2024〕39号');
    assert.equal(diseaseCatalogueOn('2013-12-22'), null);
    assert.equal(diseaseCatalogueOn('2013-12-23')?.edition.edition, '2013');
    assert.equal(diseaseCatalogueOn('2025-07-31')?.edition.edition, '2013');
    assert.equal(diseaseCatalogueOn('2025-08-01')?.edition.edition, '2024');
    assert.equal(diseaseCatalogueOn('2030-01-01')?.edition.edition, '2024');
  });

  it('has 10 categories / 132 diseases in 2013 and 12 categories / 135 diseases in 2024', () => {
    assert.equal(diseaseCountOn(IN_2013), 132);
    assert.equal(diseaseCountOn(IN_2024), 135);
    assert.equal(diseaseCountOn('2000-01-01'), null);
    assert.equal(diseaseCategoriesOn(IN_2013)?.length, 10);
    assert.equal(diseaseCategoriesOn(IN_2024)?.length, 12);
    for (const e of occupationalDiseasePack.editions) assert.equal(e.rows.length, e.officialRowCount);
  });

  it('counts per category match the published lists', () => {
    const counts = (date: string) => diseaseCategoriesOn(date)?.map((c) => [c.name, c.count]);
    assert.deepEqual(counts(IN_2013), [
      ['职业性尘肺病及其他呼吸系统疾病', 19],
      ['职业性皮肤病', 9],
      ['职业性眼病', 3],
      ['职业性耳鼻喉口腔疾病', 4],
      ['职业性化学中毒', 60],
      ['物理因素所致职业病', 7],
      ['职业性放射性疾病', 11],
      ['职业性传染病', 5],
      ['职业性肿瘤', 11],
      ['其他职业病', 3],
    ]);
    assert.deepEqual(counts(IN_2024), [
      ['职业性尘肺病及其他呼吸系统疾病', 19],
      ['职业性皮肤病', 9],
      ['职业性眼病', 3],
      ['职业性耳鼻喉口腔疾病', 4],
      ['职业性化学中毒', 59],
      ['物理因素所致职业病', 7],
      ['职业性放射性疾病', 13],
      ['职业性传染病', 5],
      ['职业性肿瘤', 11],
      ['职业性肌肉骨骼疾病', 2],
      ['职业性精神和行为障碍', 1],
      ['其他职业病', 2],
    ]);
    assert.deepEqual(diseaseCategoriesOn(IN_2024)?.[0]?.subgroups, [
      { name: '尘肺病', count: 13 },
      { name: '其他呼吸系统疾病', count: 6 },
    ]);
  });

  it('2013 has 4 open clauses (开放性条款)', () => {
    assert.equal(diseaseCatalogueOn(IN_2013)?.rows.filter((r) => r.openClause).length, 4);
  });

  it('marks the positional code as not official and keeps it unique per edition', () => {
    for (const e of occupationalDiseasePack.editions) {
      const codes = e.rows.map((r) => r.positionalCode);
      assert.equal(new Set(codes).size, codes.length);
      assert.ok(e.rows.every((r) => r.positionalCodeIsOfficial === false));
    }
  });

  it('marks the 2024 rows verified (official transcription) and the reconstructed 2013 rows unverified', () => {
    const [e2013, e2024] = occupationalDiseasePack.editions;
    assert.ok(e2024?.rows.every((r) => r.verified && r.source));
    assert.ok(e2013?.rows.every((r) => !r.verified && r.source));
  });
});

describe('findDisease', () => {
  it('finds a disease by its printed name with the citation of the edition in force', () => {
    const r = findDisease('苯中毒', IN_2024);
    assert.equal(r.status, 'exact');
    assert.equal(r.disease?.no, 27);
    assert.equal(r.citation, '职业病分类和目录-2024 (国卫职健发〔2024〕39号) 五、职业性化学中毒 第27项');
    assert.equal(r.verified, true);

    const old = findDisease('苯中毒', IN_2013);
    assert.equal(old.disease?.no, 28);
    assert.equal(old.citation, '职业病分类和目录-2013 (国卫疾控发〔2013〕48号) 五、职业性化学中毒 第28项');
    assert.equal(old.verified, false);
  });

  it('follows 铀及其化合物中毒 from 职业性化学中毒 (2013) to 职业性放射性疾病 (2024)', () => {
    assert.equal(findDisease('铀及其化合物中毒', IN_2013).disease?.category, '职业性化学中毒');
    assert.equal(findDisease('铀及其化合物中毒', IN_2024).disease?.category, '职业性放射性疾病');
  });

  it('normalises 硅肺 → 矽肺, a leading 职业性, width and the 限于 qualifier', () => {
    assert.equal(findDisease('硅肺', IN_2024).disease?.name, '矽肺');
    assert.equal(findDisease('硅肺', IN_2024).status, 'normalised');
    assert.equal(findDisease('职业性噪声聋', IN_2024).disease?.name, '噪声聋');
    assert.equal(findDisease('五氯酚(钠)中毒', IN_2024).disease?.name, '五氯酚（钠）中毒');
    const hiv = findDisease('艾滋病', IN_2024);
    assert.equal(hiv.disease?.restriction, '限于医疗卫生人员及人民警察');
    assert.equal(findDisease('滑囊炎', IN_2024).disease?.category, '职业性肌肉骨骼疾病');
    assert.equal(findDisease('滑囊炎', IN_2013).disease?.category, '其他职业病');
  });

  it('finds 放射性白内障 inside 白内障（含…） in 2013 and as an item of its own in 2024', () => {
    const old = findDisease('放射性白内障', IN_2013);
    assert.equal(old.status, 'included_in');
    assert.equal(old.disease?.positionalCode, '03.03');
    assert.equal(findDisease('放射性白内障', IN_2024).status, 'exact');
    assert.equal(findDisease('放射性白内障', IN_2024).disease?.category, '职业性放射性疾病');
  });

  it('knows the diseases added in 2024 only from 2025-08-01', () => {
    assert.equal(findDisease('腕管综合征', '2025-07-31').status, 'not_found');
    const cts = findDisease('腕管综合征', IN_2024);
    assert.equal(cts.disease?.restriction, '限于长时间腕部重复作业或用力作业的制造业工人');
    assert.equal(findDisease('创伤后应激障碍', IN_2024).disease?.categoryNo, 11);
  });

  it('answers empty, unknown and out-of-range input without a disease', () => {
    assert.equal(findDisease('  ', IN_2024).status, 'empty');
    const unknown = findDisease('感冒', IN_2024);
    assert.equal(unknown.status, 'not_found');
    assert.equal(unknown.disease, null);
    assert.equal(unknown.verified, false);
    assert.equal(findDisease('矽肺', '2001-01-01').status, 'no_edition_in_force');
  });

  it('cites category subgroups of category 1', () => {
    const row = findDisease('棉尘病', IN_2024).disease;
    assert.ok(row);
    assert.equal(citeDisease(row), '职业病分类和目录-2024 (国卫职健发〔2024〕39号) 一、职业性尘肺病及其他呼吸系统疾病 （二）其他呼吸系统疾病 第2项');
  });
});
