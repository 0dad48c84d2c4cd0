import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LOGIN_LOCK_MINUTES,
  LOGIN_MAX_FAILURES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordIssues,
} from './password-policy.ts';

const codes = (password: string, username?: string) => passwordIssues(password, username).map((i) => i.code);

describe('password policy constants (GB/T 22239-2019 level 2, 8.1.4.1 a)', () => {
  it('requires 10–128 characters', () => {
    assert.equal(PASSWORD_MIN_LENGTH, 10);
    assert.equal(PASSWORD_MAX_LENGTH, 128);
  });

  it('locks after 5 failures for 15 minutes', () => {
    assert.equal(LOGIN_MAX_FAILURES, 5);
    assert.equal(LOGIN_LOCK_MINUTES, 15);
  });
});

describe('passwordIssues', () => {
  it('a good password passes', () => {
    assert.deepEqual(passwordIssues('Xk9#mQ2!vLp7'), []);
    assert.deepEqual(passwordIssues('Tr0ub4dour&3', 'zhangsan'), []);
    assert.deepEqual(passwordIssues('correct-Horse-battery'), []); // lower + upper + symbol
  });

  it('too short: 9 characters with four classes', () => {
    const issues = passwordIssues('Ab1!Cd2@e');
    assert.deepEqual(issues.map((i) => i.code), ['password.too_short']);
    assert.ok(issues[0]!.message.includes('10'));
  });

  it('exactly 10 characters is long enough', () => {
    assert.deepEqual(codes('Abcdefg12!'), []);
    assert.deepEqual(codes('Abcdefg12'), ['password.too_short']);
  });

  it('too long: 129 characters; 128 is fine', () => {
    const base = 'Aa1!';
    assert.deepEqual(codes(base.repeat(32)), []);
    assert.equal(base.repeat(32).length, 128);
    assert.deepEqual(codes(`${base.repeat(32)}x`), ['password.too_long']);
  });

  it('too simple: one character class', () => {
    assert.deepEqual(codes('abcdefghijkl'), ['password.too_simple']);
    assert.deepEqual(codes('ABCDEFGHIJKL'), ['password.too_simple']);
    assert.deepEqual(codes('!@#$%^&*()_+'), ['password.too_simple']);
  });

  it('too simple: two character classes', () => {
    assert.deepEqual(codes('abcdefgh12'), ['password.too_simple']);
    assert.deepEqual(codes('ABCDEFGH!!'), ['password.too_simple']);
    assert.deepEqual(codes('abcdefgh!!'), ['password.too_simple']);
  });

  it('three of the four classes suffice, in any combination', () => {
    assert.deepEqual(codes('Abcdefgh12'), []); // upper, lower, digit
    assert.deepEqual(codes('abcdefgh1!'), []); // lower, digit, symbol
    assert.deepEqual(codes('ABCDEFGH1!'), []); // upper, digit, symbol
    assert.deepEqual(codes('Abcdefgh!!'), []); // upper, lower, symbol
  });

  it('counts non-ASCII characters (e.g. Chinese) as symbols', () => {
    assert.deepEqual(codes('职业健康abc123'), []);
  });

  it('contains the username, case-insensitively', () => {
    assert.deepEqual(codes('Zhangsan#2024', 'zhangsan'), ['password.contains_username']);
    assert.deepEqual(codes('x9!ZHANGSANabc', 'ZhangSan'), ['password.contains_username']);
  });

  it('ignores usernames shorter than 3 characters, and a missing or empty username', () => {
    assert.deepEqual(codes('Li#2024abcd', 'li'), []);
    assert.deepEqual(codes('Zhangsan#2024'), []);
    assert.deepEqual(codes('Zhangsan#2024', ''), []);
  });

  it('a 3-character username is checked', () => {
    assert.deepEqual(codes('Wang#2024abcd', 'wan'), ['password.contains_username']);
  });

  it('common: well-known weak passwords, whatever their case', () => {
    assert.deepEqual(codes('Password123'), ['password.common']);
    assert.deepEqual(codes('P@ssw0rd123'), ['password.common']);
    assert.deepEqual(codes('Password@123'), ['password.common']);
    assert.deepEqual(codes('Qwerty12345'), ['password.common']);
    assert.deepEqual(codes('Abc1234567'), ['password.common']);
  });

  it('common and too simple together for 1234567890 and password123', () => {
    assert.deepEqual(codes('1234567890'), ['password.too_simple', 'password.common']);
    assert.deepEqual(codes('password123'), ['password.too_simple', 'password.common']);
  });

  it('reports every issue at once, in a stable order', () => {
    assert.deepEqual(codes('admin', 'admin'), ['password.too_short', 'password.too_simple', 'password.contains_username']);
    assert.deepEqual(codes('Admin12345', 'admin'), ['password.contains_username', 'password.common']);
    assert.deepEqual(codes(''), ['password.too_short', 'password.too_simple']);
  });

  it('every issue has a non-empty message', () => {
    for (const issue of passwordIssues('admin', 'admin')) assert.ok(issue.message.length > 0, issue.code);
  });
});
