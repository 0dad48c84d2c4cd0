import dayjs, { type Dayjs } from 'dayjs';
import { todayCst } from '@ohnet/domain';

const ISO_DATE = 'YYYY-MM-DD';

/**
 * Form.Item props that keep a DatePicker's value as the API's `YYYY-MM-DD` string (or null), so
 * form values and request bodies need no conversion: `<Form.Item name="startDate" {...isoDateField}>`.
 */
export const isoDateField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format(ISO_DATE) : null),
};

/** Today as `YYYY-MM-DD` in China Standard Time, the day the server's legal clocks use. */
export function todayIso(): string {
  return todayCst();
}
