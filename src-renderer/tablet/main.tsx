/// <reference types="vite-plugin-pwa/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { registerSW } from 'virtual:pwa-register';
import { App } from './App';
import { readGuestLang } from '../common/i18n';
import { ErrorBoundary } from './components/ErrorBoundary';
import { onGuestEnded, refreshIfExpired } from './state/auth-store';
import { forgetVisit } from './state/table-switch';
import { startOutbox } from './state/outbox-store';
import { queryClient } from './state/queries';
// Noto Sans KR, regular and bold; the browser maps 500/600 to these and 800/900 to bold.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
// Styles in cascade order.
import './styles/base.css';
import './styles/shell.css';
import './styles/menu.css';
import './styles/cart.css';
import './styles/my-orders.css';
import './styles/dialogs.css';
import './styles/sheet.css';
import './styles/service-calls.css';
import './styles/service-bill.css';
import './styles/service-narrow.css';
import './styles/portrait.css';

document.documentElement.lang = readGuestLang();
// A guest phone's visit leaves nothing behind for whoever holds the phone next (T11).
onGuestEnded(forgetVisit);
refreshIfExpired();
startOutbox();
// Keeps the app shell, the last menu and its images on the tablet (see vite.config.ts).
// Service workers need a secure context (https or localhost); on plain LAN http the
// localStorage copy of the menu still keeps an open page working.
if ('serviceWorker' in navigator && window.isSecureContext) registerSW({ immediate: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
