import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createDataProtection, loadDataKey } from './data-keys.ts';

const key = Buffer.alloc(32, 7);

describe('data protection', () => {
  const dp = createDataProtection(key);

  it('round-trips Chinese text and never repeats a ciphertext (random IV)', () => {
    const a = dp.encrypt('440781199001011238 张三');
    const b = dp.encrypt('440781199001011238 张三');
    assert.notEqual(a, b);
    assert.equal(dp.decrypt(a), '440781199001011238 张三');
    assert.match(a, /^v1\.[0-9a-f]{8}\./);
  });

  it('detects tampering (GCM tag) and a foreign key', () => {
    const token = dp.encrypt('secret');
    const parts = token.split('.');
    parts[4] = Buffer.from('SECRET').toString('base64url');
    assert.throws(() => dp.decrypt(parts.join('.')));
    const other = createDataProtection(Buffer.alloc(32, 9));
    assert.throws(() => other.decrypt(token), /written under key/);
  });

  it('blind index: deterministic per purpose, different across purposes and keys', () => {
    assert.equal(dp.blindIndex('id_number', '11010519491231002X'), dp.blindIndex('id_number', '11010519491231002X'));
    assert.notEqual(dp.blindIndex('id_number', 'x'), dp.blindIndex('phone', 'x'));
    assert.notEqual(dp.blindIndex('id_number', 'x'), createDataProtection(Buffer.alloc(32, 9)).blindIndex('id_number', 'x'));
    assert.match(dp.blindIndex('id_number', 'x'), /^[0-9a-f]{64}$/);
  });

  it('signatures verify, case-insensitively, and fail for another payload', () => {
    const code = dp.sign('receipt', 'SB-440781-2026-0000001|91440781...');
    assert.match(code, /^[0-9A-Z]{12}$/);
    assert.equal(dp.verify('receipt', 'SB-440781-2026-0000001|91440781...', code.toLowerCase()), true);
    assert.equal(dp.verify('receipt', 'SB-440781-2026-0000002|91440781...', code), false);
    assert.equal(dp.verify('receipt', 'SB-440781-2026-0000001|91440781...', 'short'), false);
  });

  it('refuses a short master key', () => {
    assert.throws(() => createDataProtection(Buffer.alloc(16)));
  });
});

describe('loadDataKey', () => {
  it('uses DATA_KEY when set, and requires it in production', () => {
    assert.deepEqual(loadDataKey({ dataKey: key.toString('base64'), dataDir: '/nonexistent', env: 'production' }), key);
    assert.throws(() => loadDataKey({ dataKey: undefined, dataDir: '/nonexistent', env: 'production' }), /required in production/);
    assert.throws(() => loadDataKey({ dataKey: Buffer.alloc(8).toString('base64'), dataDir: '/x', env: 'development' }), /32 bytes/);
  });

  it('otherwise generates a key file once (mode 0600) and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ohnet-key-'));
    try {
      const first = loadDataKey({ dataKey: undefined, dataDir: dir, env: 'development' });
      const second = loadDataKey({ dataKey: undefined, dataDir: dir, env: 'development' });
      assert.deepEqual(first, second);
      assert.equal(statSync(path.join(dir, 'ohnet-data.key')).mode & 0o777, 0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
