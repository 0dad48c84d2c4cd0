/**
 * Masks a person's name for lists shown to people who need the count, not the identity
 * (indicator drill-through): 张三 → 张*, 欧阳小明 → 欧**明, Li Lei → L*****i. Keeps the first
 * character and, for names of three or more characters, the last.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
