import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface CalculatorLayoutProps {
  title: ReactNode;
  /** What the calculator does and which standard it applies, in plain words. */
  intro: ReactNode;
  form: ReactNode;
  result: ReactNode;
}

/** Form on the left, result on the right (stacked on narrow screens). */
export function CalculatorLayout({ title, intro, form, result }: CalculatorLayoutProps) {
  return (
    <Row gutter={[16, 16]} align="top">
      <Col xs={24} xl={10}>
        <Card title={title} className="ohnet-calculator-card">
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {intro}
          </Typography.Paragraph>
          {form}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {result}
      </Col>
    </Row>
  );
}
