import { Alert, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import {
  ChemicalExposureCalculator,
  DoseCheckCalculator,
  ExamPlanCalculator,
  HearingCalculator,
  NoiseExposureCalculator,
  NoiseWeeklyCalculator,
  NumberCheckTool,
} from '../features/toolbox/index.ts';
import { pickEnum } from '../shared/enums.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

const TOOLS = ['noise', 'noiseWeekly', 'chemical', 'hearing', 'dose', 'examPlan', 'numbers'] as const;
type Tool = (typeof TOOLS)[number];

const PANELS: Record<Tool, ReactNode> = {
  noise: <NoiseExposureCalculator />,
  noiseWeekly: <NoiseWeeklyCalculator />,
  chemical: <ChemicalExposureCalculator />,
  hearing: <HearingCalculator />,
  dose: <DoseCheckCalculator />,
  examPlan: <ExamPlanCalculator />,
  numbers: <NumberCheckTool />,
};

/** 职业健康工具箱: the public calculators, one tab each; the open tab is kept in the URL (`?tab=hearing`). */
export function ToolboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const active = pickEnum(TOOLS, params.get('tab')) ?? 'noise';

  const handleChange = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', key);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="toolbox-page">
      <PageHeader title={t('toolbox.title')} subtitle={t('toolbox.subtitle')} />
      <Alert type="info" showIcon title={t('toolbox.disclaimer')} style={{ marginBottom: 16 }} />
      <Tabs
        activeKey={active}
        onChange={handleChange}
        type="card"
        className="ohnet-toolbox-tabs"
        items={TOOLS.map((tool) => ({
          key: tool,
          label: <span data-testid={`toolbox-tab-${tool}`}>{t(`toolbox.tabs.${tool}`)}</span>,
          children: PANELS[tool],
        }))}
      />
    </div>
  );
}
