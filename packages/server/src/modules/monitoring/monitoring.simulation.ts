/**
 * A deterministic simulated working day for one dust and one noise device (the test script
 * bench/monitoring-simulate.ts and the demo data use it). Readings every 5 minutes, China time:
 * - dust (电焊烟尘, PC-TWA 4 mg/m³): 0.8 mg/m³ at night, welding 08:00–12:00 at 9.0, 12:00–13:00
 *   lunch at 0.6, afternoon 13:00–17:00 at 2.2, then 0.5 — the rolling C_TWA crosses the action
 *   level and the limit in the morning and clears in the evening;
 * - noise (噪声, 85 dB(A)): 68 dB(A) at night, presses 08:00–12:00 at 90, 12:00–13:00 at 72,
 *   13:00–17:00 at 86, then 68.
 * A small fixed ripple (no randomness) makes the chart look like a sensor's.
 */
export type SimulatedKind = 'dust' | 'noise';

const RIPPLE = [0, 0.04, -0.03, 0.02, -0.05, 0.03, -0.01, 0.05, -0.02, 0.01, -0.04, 0.02];

function level(kind: SimulatedKind, minuteOfDay: number): number {
  const h = minuteOfDay / 60;
  if (kind === 'dust') return h < 8 ? 0.8 : h < 12 ? 9 : h < 13 ? 0.6 : h < 17 ? 2.2 : 0.5;
  return h < 8 ? 68 : h < 12 ? 90 : h < 13 ? 72 : h < 17 ? 86 : 68;
}

/** Readings of `day` (YYYY-MM-DD, China time) from `fromMinute` (inclusive) to `toMinute` (exclusive). */
export function simulatedReadings(kind: SimulatedKind, day: string, fromMinute = 0, toMinute = 24 * 60, stepMinutes = 5): { timestamp: string; value: number }[] {
  const out: { timestamp: string; value: number }[] = [];
  for (let m = fromMinute; m < toMinute; m += stepMinutes) {
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    const ripple = RIPPLE[(m / stepMinutes) % RIPPLE.length]!;
    const base = level(kind, m);
    // Dust ripples by ±5 %, noise by ±0.5 dB.
    const value = kind === 'dust' ? Math.round(base * (1 + ripple) * 1000) / 1000 : Math.round((base + ripple * 10) * 10) / 10;
    out.push({ timestamp: `${day}T${hh}:${mm}:00+08:00`, value });
  }
  return out;
}
