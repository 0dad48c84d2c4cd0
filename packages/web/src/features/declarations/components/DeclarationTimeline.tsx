import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import { translateDynamic } from '../../../shared/i18n/index.ts';
import type { DeclarationEvent } from '../api.ts';

export interface DeclarationTimelineProps {
  events: DeclarationEvent[];
}

const COLORS: Record<string, string> = { create: 'gray', edit: 'gray', submit: 'blue', accept: 'green', return: 'red', withdraw: 'gray' };

/** Consecutive saves by the same person count as one entry (with how many). */
interface TimelineEntry {
  event: DeclarationEvent;
  times: number;
}

function collapseEdits(events: DeclarationEvent[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if (last && event.action === 'edit' && last.event.action === 'edit' && last.event.actorName === event.actorName) {
      out[out.length - 1] = { event, times: last.times + 1 };
    } else {
      out.push({ event, times: 1 });
    }
  }
  return out;
}

/** 办理记录: who did what and when, with the reasons of returns; both sides see the same history. */
export function DeclarationTimeline({ events }: DeclarationTimelineProps) {
  const { t } = useTranslation();
  const entries = collapseEdits(events);
  return (
    <Card size="small" title={t('declarations.history.title')} data-testid="declaration-history">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={entries.map(({ event, times }, i) => ({
            key: `${event.at}-${i}`,
            color: COLORS[event.action] ?? 'gray',
            content: (
              <div data-testid={`history-${event.action}`}>
                <Typography.Text strong>
                  {translateDynamic(`declarationActions.${event.action}`, event.action)}
                  {times > 1 ? t('declarations.history.times', { count: times }) : null}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(event.at)}
                  </Typography.Text>
                </div>
                <div>
                  <Typography.Text style={{ fontSize: 13 }}>{[event.actorName, event.actorOrganisationName].filter(Boolean).join(' · ') || t('common.empty')}</Typography.Text>
                </div>
                {event.reason ? (
                  <div className="ohnet-history-reason">
                    {t('declarations.history.reason')}
                    {event.reason}
                  </div>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
