import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PROVINCE_PREFIXES,
  REGION_LEVELS,
  impliedAncestorCodes,
  isCodeWithinPrefix,
  levelRank,
  levelSuggestedByCode,
  regionScopePrefix,
} from './region.ts';

describe('REGION_LEVELS and levelRank', () => {
  it('orders levels from province down to township', () => {
    assert.deepEqual([...REGION_LEVELS], ['province', 'city', 'county', 'township']);
    assert.equal(levelRank('province'), 0);
    assert.equal(levelRank('city'), 1);
    assert.equal(levelRank('county'), 2);
    assert.equal(levelRank('township'), 3);
    assert.ok(levelRank('province') < levelRank('township'));
  });
});

describe('regionScopePrefix', () => {
  it('province 440000 → 44', () => assert.equal(regionScopePrefix('440000', 'province'), '44'));
  it('city 440700 → 4407', () => assert.equal(regionScopePrefix('440700', 'city'), '4407'));
  it('county 440781 → 440781', () => assert.equal(regionScopePrefix('440781', 'county'), '440781'));
  it('township 440781001 → 440781001', () => assert.equal(regionScopePrefix('440781001', 'township'), '440781001'));

  it('uses the stored level, not the code shape (东莞 441900 as a city)', () => {
    assert.equal(regionScopePrefix('441900', 'city'), '4419');
  });

  it('municipality districts: 天津 120000 province → 12, 120112 county → 120112', () => {
    assert.equal(regionScopePrefix('120000', 'province'), '12');
    assert.equal(regionScopePrefix('120112', 'county'), '120112');
  });
});

describe('isCodeWithinPrefix', () => {
  it('a township is within its county, city and province prefixes', () => {
    for (const p of ['44', '4407', '440781', '440781001']) assert.equal(isCodeWithinPrefix('440781001', p), true, p);
  });

  it('a code is not within a sibling or a lower prefix', () => {
    assert.equal(isCodeWithinPrefix('440781001', '4406'), false);
    assert.equal(isCodeWithinPrefix('440781001', '45'), false);
    assert.equal(isCodeWithinPrefix('440700', '440781'), false);
    assert.equal(isCodeWithinPrefix('440781', '440781001'), false);
  });

  it('the empty prefix contains everything', () => {
    assert.equal(isCodeWithinPrefix('110105', ''), true);
  });
});

describe('PROVINCE_PREFIXES', () => {
  it('lists the 34 provincial-level divisions, each two digits, without duplicates', () => {
    assert.equal(PROVINCE_PREFIXES.length, 34);
    assert.equal(new Set(PROVINCE_PREFIXES).size, 34);
    for (const p of PROVINCE_PREFIXES) assert.match(p, /^[1-8]\d$/);
  });

  it('includes 11 北京, 44 广东, 65 新疆, 71 台湾, 81 香港, 82 澳门 and excludes 10, 24, 66', () => {
    for (const p of ['11', '44', '65', '71', '81', '82']) assert.ok((PROVINCE_PREFIXES as readonly string[]).includes(p), p);
    for (const p of ['10', '24', '66', '72']) assert.ok(!(PROVINCE_PREFIXES as readonly string[]).includes(p), p);
  });
});

describe('levelSuggestedByCode', () => {
  it('xx0000 → province', () => {
    assert.equal(levelSuggestedByCode('440000'), 'province');
    assert.equal(levelSuggestedByCode('110000'), 'province');
  });

  it('xxxx00 → city', () => {
    assert.equal(levelSuggestedByCode('440700'), 'city');
    assert.equal(levelSuggestedByCode('120100'), 'city');
    assert.equal(levelSuggestedByCode('441900'), 'city'); // 东莞, which has townships directly under it
  });

  it('other six-digit codes → county', () => {
    assert.equal(levelSuggestedByCode('440781'), 'county');
    assert.equal(levelSuggestedByCode('120112'), 'county');
    assert.equal(levelSuggestedByCode('440710'), 'county');
  });

  it('nine digits → township', () => {
    assert.equal(levelSuggestedByCode('440781001'), 'township');
    assert.equal(levelSuggestedByCode('441900003'), 'township');
  });

  it('anything else → null', () => {
    for (const code of ['', '44', '4407', '44078', '4407810', '44078100', '4407810010', '44o781', '44078100a', ' 440781']) {
      assert.equal(levelSuggestedByCode(code), null, JSON.stringify(code));
    }
  });
});

describe('impliedAncestorCodes', () => {
  it('township 440781001 → 440000, 440700, 440781 (nearest last)', () => {
    assert.deepEqual(impliedAncestorCodes('440781001'), ['440000', '440700', '440781']);
  });

  it('municipal district 120112 → 120000, 120100', () => {
    assert.deepEqual(impliedAncestorCodes('120112'), ['120000', '120100']);
  });

  it('county 440781 → 440000, 440700', () => {
    assert.deepEqual(impliedAncestorCodes('440781'), ['440000', '440700']);
  });

  it('city 440700 → 440000', () => {
    assert.deepEqual(impliedAncestorCodes('440700'), ['440000']);
  });

  it('province 440000 → none', () => {
    assert.deepEqual(impliedAncestorCodes('440000'), []);
  });

  it('township directly under a city-level code (东莞 441900003) → 440000, 441900 (no separate county)', () => {
    assert.deepEqual(impliedAncestorCodes('441900003'), ['440000', '441900']);
  });

  it('every implied ancestor contains the code by prefix at its own level', () => {
    const code = '440781001';
    for (const a of impliedAncestorCodes(code)) {
      const level = levelSuggestedByCode(a)!;
      assert.ok(isCodeWithinPrefix(code, regionScopePrefix(a, level)), a);
    }
  });
});
