import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline); ~35 ms here. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A dummy hash so a login for an unknown user costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('ohnet-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

/** A temporary password that satisfies the policy (upper, lower, digit, symbol; 14 characters). */
export function temporaryPassword(): string {
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const symbols = '#%+=@';
  const all = upper + lower + digits;
  const bytes = randomBytes(14);
  const pick = (set: string, i: number) => set.charAt(bytes[i]! % set.length);
  const chars = [pick(upper, 0), pick(lower, 1), pick(digits, 2), pick(symbols, 3)];
  for (let i = 4; i < 14; i++) chars.push(pick(all, i));
  return chars.join('');
}
