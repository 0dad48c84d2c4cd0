import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('public toolbox: validators', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  const post = (url: string, payload: unknown) => t.request(null, { method: 'POST', url, payload: payload as object });

  it('checks a resident ID number and returns birth date and sex (GB 11643-1999 example)', async () => {
    const res = await post('/api/v1/validate/id-number', { value: '11010519491231002X' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { valid: true, errors: [], birthDate: '1949-12-31', sex: 'female', addressCode: '110105', citation: 'GB 11643-1999' });
  });

  it('names the reason an ID number is invalid', async () => {
    const res = await post('/api/v1/validate/id-number', { value: '110105194912310021' });
    assert.equal(res.json().valid, false);
    assert.equal(res.json().errors[0].code, 'id_number.check_character');
  });

  it('checks a USCC and splits it into its segments (GB 32100-2015)', async () => {
    const res = await post('/api/v1/validate/uscc', { value: '91350100M000100Y43' });
    const body = res.json();
    assert.equal(body.valid, true);
    assert.equal(body.authorityName, '工商/市场监管');
    assert.equal(body.regionCode, '350100');
    assert.equal(body.organisationCode, 'M000100Y4');
  });

  it('rejects a body without `value` or with extra fields (422 naming the field)', async () => {
    const res = await post('/api/v1/validate/uscc', { code: 'x' });
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('body.value'));
    assert.ok(paths.some((p: string) => p.startsWith('body.code')));
  });
});
