import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskName } from './person-name.ts';

describe('maskName', () => {
  it('keeps the first character of a two-character name', () => assert.equal(maskName('张三'), '张*'));
  it('keeps the first and last characters of longer names', () => {
    assert.equal(maskName('李小明'), '李*明');
    assert.equal(maskName('欧阳小明'), '欧**明');
  });
  it('leaves one character and trims spaces', () => {
    assert.equal(maskName(' 王 '), '王');
    assert.equal(maskName(''), '');
  });
});
