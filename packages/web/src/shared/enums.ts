/** The member of `values` equal to `raw`, or undefined: narrows URL strings to API enums. */
export function pickEnum<T extends string>(values: readonly T[], raw: string | null | undefined): T | undefined {
  return values.find((v) => v === raw);
}
