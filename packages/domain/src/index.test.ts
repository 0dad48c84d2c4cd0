import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as access from './access/index.ts';
import * as auth from './auth/index.ts';
import * as domain from './index.ts';
import * as organisations from './organisations/index.ts';
import * as regions from './regions/index.ts';
import * as errorsModule from './errors/errors.ts';
import * as validators from './validators/index.ts';

describe('package entry point (@ohnet/domain)', () => {
  const barrels = { access, auth, organisations, regions, validators, errors: errorsModule };

  for (const [name, mod] of Object.entries(barrels)) {
    it(`re-exports everything from ${name}, as the same values`, () => {
      const keys = Object.keys(mod);
      assert.ok(keys.length > 0);
      for (const key of keys) {
        assert.ok(key in domain, `${name}.${key} missing from the entry point`);
        assert.equal((domain as Record<string, unknown>)[key], (mod as Record<string, unknown>)[key], key);
      }
    });
  }

  it('exposes the main validators and access helpers', () => {
    for (const key of [
      'validateUscc',
      'buildUscc',
      'validateIdNumber',
      'maskIdNumber',
      'validateMobile',
      'validatePhone',
      'validateRegionCode',
      'impliedAncestorCodes',
      'scopeOf',
      'isInScope',
      'roleAssignmentIssues',
      'passwordIssues',
      'httpStatusOf',
      'OhnetError',
    ]) {
      assert.equal(typeof (domain as Record<string, unknown>)[key], 'function', key);
    }
  });

  it('the entry point works end to end on a worked example', () => {
    const v = domain.validateUscc('91110000802100433B');
    assert.ok(v.ok);
    assert.equal(v.value.regionCode, '110000');
  });
});
