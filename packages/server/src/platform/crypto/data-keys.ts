import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Protection of personal data at rest (PIPL art. 51; GB/T 35273 §6.3): resident ID numbers and
 * similar fields are stored encrypted (AES-256-GCM) next to a keyed blind index (HMAC-SHA-256) that
 * allows exact-match look-up without decrypting. One master key (`DATA_KEY`) derives separate keys
 * per purpose with HKDF, so a leaked blind index key cannot decrypt and vice versa.
 *
 * Ciphertext format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts); the key id lets a
 * later key rotation decrypt old rows while writing new ones under the new key.
 */
export interface DataProtection {
  keyId: string;
  encrypt(plain: string): string;
  decrypt(token: string): string;
  /** Deterministic, keyed digest for exact look-up; `purpose` separates value spaces (e.g. `id_number`). */
  blindIndex(purpose: string, value: string): string;
  /** Short keyed signature (e.g. a receipt's verification code). */
  sign(purpose: string, payload: string, length?: number): string;
  verify(purpose: string, payload: string, signature: string): boolean;
}

const b64 = (b: Buffer) => b.toString('base64url');

export function createDataProtection(masterKey: Buffer): DataProtection {
  if (masterKey.length < 32) throw new Error('DATA_KEY must be at least 32 bytes');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `ohnet:${info}`, 32));
  const encKey = derive('field-encryption:v1');
  const blindKey = derive('blind-index:v1');
  const signKey = derive('signature:v1');
  const keyId = createHash('sha256').update(encKey).digest('hex').slice(0, 8);

  const sign = (purpose: string, payload: string, length = 12) =>
    createHmac('sha256', signKey).update(`${purpose}\n${payload}`).digest('base64url').replace(/[-_]/g, '').slice(0, length).toUpperCase();

  return {
    keyId,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', keyId, b64(iv), b64(cipher.getAuthTag()), b64(ct)].join('.');
    },
    decrypt(token) {
      const [version, kid, iv, tag, ct] = token.split('.');
      if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unrecognised ciphertext');
      if (kid !== keyId) throw new Error(`ciphertext was written under key ${kid}, this server holds ${keyId}`);
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
    blindIndex(purpose, value) {
      return createHmac('sha256', blindKey).update(`${purpose}\n${value}`).digest('hex');
    },
    sign,
    verify(purpose, payload, signature) {
      const expected = Buffer.from(sign(purpose, payload, signature.length));
      const given = Buffer.from(signature.toUpperCase());
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/**
 * The master key: `DATA_KEY` (base64, ≥ 32 bytes) when set — required in production; otherwise a
 * key generated once and kept in `<dataDir>/ohnet-data.key` (mode 0600) so the embedded default
 * needs no set-up. Losing that file makes encrypted fields unreadable: back it up with ./data.
 */
export function loadDataKey(opts: { dataKey: string | undefined; dataDir: string; env: string }): Buffer {
  if (opts.dataKey) {
    const key = Buffer.from(opts.dataKey, 'base64');
    if (key.length < 32) throw new Error('DATA_KEY must decode to at least 32 bytes (base64)');
    return key;
  }
  if (opts.env === 'production') throw new Error('DATA_KEY is required in production (base64, ≥ 32 bytes)');
  const file = path.join(opts.dataDir, 'ohnet-data.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
