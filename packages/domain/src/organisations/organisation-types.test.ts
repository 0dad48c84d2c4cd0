import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEPARTMENT_KINDS, ORGANISATION_TYPES, isRegionScopedType, requiresUscc } from './organisation-types.ts';

describe('ORGANISATION_TYPES', () => {
  it('lists the nine organisation types without duplicates', () => {
    assert.deepEqual(
      [...ORGANISATION_TYPES].sort(),
      [
        'cdc',
        'diagnosis_institution',
        'employer',
        'exam_institution',
        'health_authority',
        'other_department',
        'platform_operator',
        'supervision_institute',
        'tech_service_institution',
      ],
    );
  });
});

describe('DEPARTMENT_KINDS', () => {
  it('lists nine distinct department kinds, ending with other', () => {
    assert.equal(DEPARTMENT_KINDS.length, 9);
    assert.equal(new Set(DEPARTMENT_KINDS).size, 9);
    assert.equal(DEPARTMENT_KINDS[DEPARTMENT_KINDS.length - 1], 'other');
    for (const k of ['human_resources_social_security', 'healthcare_security', 'market_regulation', 'trade_union']) {
      assert.ok((DEPARTMENT_KINDS as readonly string[]).includes(k), k);
    }
  });
});

describe('isRegionScopedType', () => {
  const regionScoped = new Set(['health_authority', 'supervision_institute', 'cdc', 'other_department']);

  for (const type of ORGANISATION_TYPES) {
    const expected = regionScoped.has(type);
    it(`${type} → ${expected}`, () => {
      assert.equal(isRegionScopedType(type), expected);
    });
  }
});

describe('requiresUscc', () => {
  for (const type of ORGANISATION_TYPES) {
    const expected = type !== 'platform_operator';
    it(`${type} → ${expected}`, () => {
      assert.equal(requiresUscc(type), expected);
    });
  }
});
