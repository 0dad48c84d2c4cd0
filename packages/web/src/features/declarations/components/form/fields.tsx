import { InputNumber, Radio } from 'antd';
import type { InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';

export type CountInputProps = Omit<InputNumberProps<number>, 'min' | 'precision'> & { 'data-testid'?: string; unit?: 'persons' | 'points' | 'none' };

/** A whole number ≥ 0 (persons, points) with its unit. */
export function CountInput({ unit = 'persons', ...props }: CountInputProps) {
  const { t } = useTranslation();
  const suffix = unit === 'none' ? undefined : unit === 'persons' ? t('common.persons') : t('declarations.form.points');
  return <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix={suffix} {...props} />;
}

export interface YesNoProps {
  value?: boolean | null;
  onChange?: (value: boolean) => void;
  /** Labels: 有/无 (default) or 是/否 or 已检测/未检测. */
  yes?: string;
  no?: string;
  disabled?: boolean;
  id?: string;
  /** `decl-testing-conducted` → radios `decl-testing-conducted-yes` / `-no`. */
  testId: string;
}

/** A yes/no question that starts unanswered (null), as the form's 有/无 boxes do. */
export function YesNo({ value, onChange, yes, no, disabled, id, testId }: YesNoProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group id={id} value={value ?? undefined} onChange={(e) => onChange?.(e.target.value === true)} disabled={disabled} data-testid={testId}>
      <Radio value={true} data-testid={`${testId}-yes`}>
        {yes ?? t('common.have')}
      </Radio>
      <Radio value={false} data-testid={`${testId}-no`}>
        {no ?? t('common.haveNot')}
      </Radio>
    </Radio.Group>
  );
}
