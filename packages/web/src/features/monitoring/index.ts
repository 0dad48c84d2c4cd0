export { type DeviceState, type EmployerMonitoring, type MonitoringAlert, useEmployerMonitoring, useMonitoringAlerts } from './api.ts';
export { EmployerMonitoringPanel } from './components/EmployerMonitoringPanel.tsx';
export { MonitoringAlertsTable } from './components/MonitoringAlertsTable.tsx';
export { MonitoringLink } from './components/MonitoringLink.tsx';
