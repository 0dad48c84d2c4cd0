/** Rounds half away from zero to `decimals` places, free of binary artefacts (25.45 → 25.5 at one decimal). */
export function roundHalfUp(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  // toPrecision(12) removes the binary error of the scaling (25.45 × 10 = 254.49999999999997).
  const r = Math.round(Number((Math.abs(x) * f).toPrecision(12))) / f;
  return r === 0 ? 0 : Math.sign(x) * r;
}

/** Arithmetic mean of a non-empty list. */
export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
