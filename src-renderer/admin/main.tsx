import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../common/api';
import { App } from './App';
import { ToastProvider } from './components/Toasts';
// Noto Sans KR, regular and bold; the browser maps 500/600 to these and 800/900 to bold.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
// Styles in cascade order.
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/dashboard.css';
import './styles/modal.css';
import './styles/menu.css';
import './styles/stations.css';
import './styles/printers.css';
import './styles/dish-editor.css';
import './styles/tables-staff.css';
import '../common/call-bar.css';
import './styles/calls.css';
import './styles/checkout.css';
import './styles/reports.css';
import './styles/sales-report.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Live data comes through SSE; a refetch on focus would only add load on the store PC.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      // A 4xx will not get better by asking again; the server being away might.
      retry: (count, error) =>
        count < 3 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

document.documentElement.lang = localStorage.getItem('table-order.lang') === 'en' ? 'en' : 'ko';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
