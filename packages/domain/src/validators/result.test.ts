import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invalid, valid } from './result.ts';

describe('validation result helpers', () => {
  it('valid wraps the value with ok: true', () => {
    assert.deepEqual(valid('13800138000'), { ok: true, value: '13800138000' });
    assert.deepEqual(valid({ a: 1 }), { ok: true, value: { a: 1 } });
  });

  it('invalid collects every issue given, in order, with ok: false', () => {
    const a = { code: 'x.one', message: 'first' };
    const b = { code: 'x.two', message: 'second' };
    assert.deepEqual(invalid(a, b), { ok: false, issues: [a, b] });
  });

  it('invalid with no issues still reports ok: false', () => {
    const r = invalid();
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.issues.length === 0);
  });
});
