// Online monitoring (在线监测, issue 5): device and reading validation, 15-minute aggregates, rolling
// 8-hour C_TWA / L_EX,8h, action levels and limits, alert episodes. Decisions: ./README.md.
export * from './monitoring-limits.ts';
export * from './sensor-readings.ts';
export * from './monitoring-alerts.ts';
