import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
// Noto Sans KR, regular and bold; the browser maps 500/600 to these and 800/900 to bold.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/styles.css';
import './styles/board.css';
import './styles/tickets.css';
import './styles/settings.css';
import '../common/call-bar.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // The SSE stream keeps the board fresh; refetches happen on snapshot/resync only.
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 3 },
    mutations: { retry: false },
  },
});

document.documentElement.lang = localStorage.getItem('table-order.lang') === 'en' ? 'en' : 'ko';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
