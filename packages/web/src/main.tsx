import 'antd/dist/reset.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { i18nReady } from './shared/i18n/index.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
