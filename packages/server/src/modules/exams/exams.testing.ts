import { idNumberCheckCharacter } from '@ohnet/domain';

/** Test helper: a valid resident ID (GB 11643) for the n-th test worker — Taishan address, born 1970–1999, distinct for n < 840,000. */
export function examIdFor(n: number): string {
  const year = 1970 + (n % 30);
  const day = String((Math.floor(n / 30) % 28) + 1).padStart(2, '0');
  const seq = String(Math.floor(n / 840) % 1000).padStart(3, '0');
  const first17 = `440781${year}03${day}${seq}`;
  return first17 + idNumberCheckCharacter(first17);
}
