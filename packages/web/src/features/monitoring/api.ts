import { type Schemas, type paths, unwrap } from '@ohnet/api-client';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type EmployerMonitoring = Schemas['EmployerMonitoring'];
export type DeviceState = Schemas['MonitoringDeviceState'];
export type DeviceSeries = Schemas['MonitoringDeviceSeries'];
export type MonitoringAlert = Schemas['MonitoringAlert'];
export type DeviceKey = Schemas['DeviceKey'];
export type RegisterDeviceInput = Schemas['RegisterDeviceInput'];
export type AlertListQuery = NonNullable<paths['/api/v1/monitoring/alerts']['get']['parameters']['query']>;

/** Live values refresh on their own: devices report every few minutes. */
export const MONITORING_POLL_MS = 30_000;

export function useEmployerMonitoring(employerId: string | undefined) {
  return useQuery({
    queryKey: ['monitoring', 'employer', employerId],
    queryFn: employerId ? async () => unwrap(await api.GET('/api/v1/employers/{id}/monitoring', { params: { path: { id: employerId } } })) : skipToken,
    refetchInterval: MONITORING_POLL_MS,
  });
}

export function useDeviceSeries(deviceId: string, hours = 24) {
  return useQuery({
    queryKey: ['monitoring', 'series', deviceId, hours],
    queryFn: async () => unwrap(await api.GET('/api/v1/monitoring/devices/{id}/series', { params: { path: { id: deviceId }, query: { hours } } })),
    refetchInterval: MONITORING_POLL_MS,
  });
}

export function useMonitoringAlerts(query: AlertListQuery) {
  return useQuery({
    queryKey: ['monitoring', 'alerts', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/monitoring/alerts', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: MONITORING_POLL_MS,
  });
}

function useRefreshMonitoring() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['monitoring'] });
}

export function useRegisterDevice(employerId: string) {
  const refresh = useRefreshMonitoring();
  return useMutation({
    mutationFn: async (body: RegisterDeviceInput) => unwrap(await api.POST('/api/v1/employers/{id}/monitoring/devices', { params: { path: { id: employerId } }, body })),
    onSuccess: refresh,
  });
}

export function useIssueKey() {
  const refresh = useRefreshMonitoring();
  return useMutation({
    mutationFn: async ({ deviceId, label }: { deviceId: string; label: string | null }) => unwrap(await api.POST('/api/v1/monitoring/devices/{id}/keys', { params: { path: { id: deviceId } }, body: { label } })),
    onSuccess: refresh,
  });
}

export function useRevokeKey() {
  const refresh = useRefreshMonitoring();
  return useMutation({
    mutationFn: async ({ deviceId, keyId }: { deviceId: string; keyId: string }) => unwrap(await api.POST('/api/v1/monitoring/devices/{id}/keys/{keyId}/revoke', { params: { path: { id: deviceId, keyId } } })),
    onSuccess: refresh,
  });
}

export function useRetireDevice() {
  const refresh = useRefreshMonitoring();
  return useMutation({
    mutationFn: async (deviceId: string) => unwrap(await api.POST('/api/v1/monitoring/devices/{id}/retire', { params: { path: { id: deviceId } } })),
    onSuccess: refresh,
  });
}
