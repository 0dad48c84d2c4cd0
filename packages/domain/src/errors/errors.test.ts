import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ErrorKind, OhnetError, errors, httpStatusOf, isOhnetError } from './errors.ts';

describe('httpStatusOf', () => {
  const expected: Record<ErrorKind, number> = {
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    invalid: 422,
    too_many_requests: 429,
    payload_too_large: 413,
    unavailable: 503,
  };

  for (const [kind, status] of Object.entries(expected) as [ErrorKind, number][]) {
    it(`maps ${kind} to ${status}`, () => {
      assert.equal(httpStatusOf(kind), status);
    });
  }

  it('gives every kind a distinct 4xx/5xx status', () => {
    const statuses = (Object.keys(expected) as ErrorKind[]).map(httpStatusOf);
    assert.equal(new Set(statuses).size, statuses.length);
    for (const s of statuses) assert.ok(s >= 400 && s < 600, `${s} is an error status`);
  });
});

describe('OhnetError', () => {
  it('is an Error carrying kind, code, message and details', () => {
    const e = new OhnetError('conflict', 'organisation.duplicate_uscc', 'USCC already registered', { uscc: '91110000802100433B' });
    assert.ok(e instanceof Error);
    assert.ok(e instanceof OhnetError);
    assert.equal(e.name, 'OhnetError');
    assert.equal(e.kind, 'conflict');
    assert.equal(e.code, 'organisation.duplicate_uscc');
    assert.equal(e.message, 'USCC already registered');
    assert.deepEqual(e.details, { uscc: '91110000802100433B' });
    assert.equal(typeof e.stack, 'string');
  });

  it('toBody without details omits the details key entirely', () => {
    const body = new OhnetError('not_found', 'user.not_found', 'user not found').toBody();
    assert.deepEqual(body, { code: 'user.not_found', message: 'user not found' });
    assert.equal(Object.hasOwn(body, 'details'), false);
  });

  it('toBody with details includes them unchanged', () => {
    const details = { issues: [{ path: 'rows.12.uscc', code: 'uscc.check_character', message: 'bad' }] };
    const body = new OhnetError('invalid', 'validation.failed', 'Invalid input', details).toBody();
    assert.deepEqual(body, { code: 'validation.failed', message: 'Invalid input', details });
    assert.equal(body.details, details);
  });

  it('toBody keeps falsy-but-defined details such as null, 0 and empty string', () => {
    assert.deepEqual(new OhnetError('forbidden', 'x.y', 'm', null).toBody(), { code: 'x.y', message: 'm', details: null });
    assert.deepEqual(new OhnetError('forbidden', 'x.y', 'm', 0).toBody(), { code: 'x.y', message: 'm', details: 0 });
    assert.deepEqual(new OhnetError('forbidden', 'x.y', 'm', '').toBody(), { code: 'x.y', message: 'm', details: '' });
  });

  it('toBody does not leak kind, name or stack', () => {
    const body = new OhnetError('unavailable', 'db.down', 'Database unavailable').toBody();
    assert.deepEqual(Object.keys(body).sort(), ['code', 'message']);
  });
});

describe('errors (convenience constructors)', () => {
  it('unauthenticated has default code and message', () => {
    const e = errors.unauthenticated();
    assert.equal(e.kind, 'unauthenticated');
    assert.equal(e.code, 'auth.unauthenticated');
    assert.equal(e.message, 'Sign-in required');
    assert.equal(e.details, undefined);
    assert.equal(httpStatusOf(e.kind), 401);
  });

  it('unauthenticated accepts a custom code and message', () => {
    const e = errors.unauthenticated('auth.session_expired', 'Session expired');
    assert.deepEqual(e.toBody(), { code: 'auth.session_expired', message: 'Session expired' });
  });

  it('forbidden carries code, message and details', () => {
    const e = errors.forbidden('access.out_of_scope', 'Out of scope', { organisationId: 'o1' });
    assert.equal(e.kind, 'forbidden');
    assert.equal(httpStatusOf(e.kind), 403);
    assert.deepEqual(e.toBody(), { code: 'access.out_of_scope', message: 'Out of scope', details: { organisationId: 'o1' } });
  });

  it('notFound derives code and message from the entity, with id in details', () => {
    const e = errors.notFound('organisation', 'abc-123');
    assert.equal(e.kind, 'not_found');
    assert.equal(e.code, 'organisation.not_found');
    assert.equal(e.message, 'organisation not found');
    assert.deepEqual(e.details, { id: 'abc-123' });
  });

  it('notFound without id has no details', () => {
    const e = errors.notFound('user');
    assert.equal(e.details, undefined);
    assert.deepEqual(e.toBody(), { code: 'user.not_found', message: 'user not found' });
  });

  it('conflict carries code, message and optional details', () => {
    const e = errors.conflict('report.wrong_state', 'Report already submitted');
    assert.equal(e.kind, 'conflict');
    assert.equal(httpStatusOf(e.kind), 409);
    assert.deepEqual(e.toBody(), { code: 'report.wrong_state', message: 'Report already submitted' });
  });

  it('invalid wraps field issues under details.issues with code validation.failed', () => {
    const issues = [{ path: 'contacts.0.phone', code: 'phone.format', message: '电话号码格式错误' }];
    const e = errors.invalid(issues);
    assert.equal(e.kind, 'invalid');
    assert.equal(e.code, 'validation.failed');
    assert.equal(e.message, 'Invalid input');
    assert.equal(httpStatusOf(e.kind), 422);
    assert.deepEqual(e.toBody(), { code: 'validation.failed', message: 'Invalid input', details: { issues } });
  });

  it('invalid accepts a custom message', () => {
    assert.equal(errors.invalid([], 'Bad file').message, 'Bad file');
  });
});

describe('isOhnetError', () => {
  it('recognises OhnetError instances only', () => {
    assert.equal(isOhnetError(errors.notFound('user')), true);
    assert.equal(isOhnetError(new Error('plain')), false);
    assert.equal(isOhnetError({ kind: 'forbidden', code: 'x', message: 'y' }), false);
    assert.equal(isOhnetError(null), false);
    assert.equal(isOhnetError(undefined), false);
    assert.equal(isOhnetError('forbidden'), false);
  });
});
