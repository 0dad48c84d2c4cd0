import { BookOutlined, CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { Alert, Flex, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../../shared/i18n/index.ts';

/** How a finding reads to a layperson: fine, not fine, needs attention, or not judged. */
export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

const TONE_COLOR: Record<Tone, string> = { good: '#389e0d', bad: '#cf1322', warn: '#d46b08', neutral: 'rgba(0,0,0,0.88)' };
const TONE_TAG: Record<Tone, string> = { good: 'success', bad: 'error', warn: 'warning', neutral: 'default' };
const TONE_ICON: Record<Tone, ReactNode> = {
  good: <CheckCircleFilled />,
  bad: <CloseCircleFilled />,
  warn: <ExclamationCircleFilled />,
  neutral: <MinusCircleFilled />,
};

export interface VerdictTagProps {
  tone: Tone;
  children: ReactNode;
  /** The headline verdict of a result is larger than per-row tags. */
  large?: boolean;
  'data-testid'?: string;
}

export function VerdictTag({ tone, children, large = false, ...rest }: VerdictTagProps) {
  return (
    <Tag
      color={TONE_TAG[tone]}
      icon={TONE_ICON[tone]}
      className={large ? 'ohnet-verdict ohnet-verdict-large' : 'ohnet-verdict'}
      data-testid={rest['data-testid']}
      data-tone={tone}
    >
      {children}
    </Tag>
  );
}

export interface KeyFigureProps {
  label: ReactNode;
  value: string;
  unit?: string;
  tone?: Tone;
  /** A second line under the value, e.g. "限值 85 dB(A)". */
  note?: ReactNode;
  'data-testid'?: string;
}

/** One of the result's key numbers, large enough to be read at a glance. */
export function KeyFigure({ label, value, unit, tone = 'neutral', note, ...rest }: KeyFigureProps) {
  return (
    <div className="ohnet-key-figure" data-testid={rest['data-testid']}>
      <Statistic title={label} value={value} suffix={unit} styles={{ content: { color: TONE_COLOR[tone], fontWeight: 600 } }} />
      {note ? <Typography.Text type="secondary" className="ohnet-key-figure-note">{note}</Typography.Text> : null}
    </div>
  );
}

/** "依据：GBZ 2.2-2007 §11.2.1; GBZ/T 189.8-2007" with each cited clause on its own line. */
export function CitationText({ citation }: { citation: string }) {
  const { t } = useTranslation();
  const parts = citation.split(/;\s*/).filter((p) => p.trim() !== '');
  return (
    <Flex gap={8} className="ohnet-citation" data-testid="toolbox-citation">
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        <BookOutlined /> {t('toolbox.common.citation')}
      </Typography.Text>
      <div>
        {parts.map((p) => (
          <Typography.Text key={p} type="secondary" style={{ display: 'block' }}>
            {p}
          </Typography.Text>
        ))}
      </div>
    </Flex>
  );
}

/** Shown whenever a result rests on rows or rules not yet checked against the official text. */
export function UnverifiedNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('toolbox.common.unverifiedTitle')}
      description={t('toolbox.common.unverifiedDescription')}
      data-testid="toolbox-unverified"
    />
  );
}

export interface RuleUnavailableNoticeProps {
  /** Machine reason from the server (`limit_not_available`, …), translated when known. */
  reason: string;
  /** The server's own explanation, shown as technical detail. */
  message?: string | null;
  citation?: string;
}

/** The rule needed for this input is not available: says why, and never shows a number. */
export function RuleUnavailableNotice({ reason, message, citation }: RuleUnavailableNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('toolbox.common.unavailableTitle')}
      data-testid="toolbox-rule-unavailable"
      description={
        <>
          <div>{translateDynamic(`toolbox.unavailableReasons.${reason}`, reason)}</div>
          {message && message !== reason ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
              {t('toolbox.common.technicalDetail', { message })}
            </Typography.Text>
          ) : null}
          {citation ? (
            <div style={{ marginTop: 8 }}>
              <CitationText citation={citation} />
            </div>
          ) : null}
        </>
      }
    />
  );
}

/** The plain-language sentence under the verdict. */
export function ResultSummary({ children }: { children: ReactNode }) {
  return <Typography.Paragraph style={{ fontSize: 15, marginBottom: 0 }}>{children}</Typography.Paragraph>;
}
