import type { FormInstance } from 'antd';

/** Removes every error message from a form's fields (before placing a new server answer). */
export function clearFieldErrors(form: FormInstance): void {
  form.setFields(
    form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => ({ name: f.name, errors: [] })),
  );
}
