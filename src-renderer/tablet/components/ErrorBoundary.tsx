/** Last line of defence: a calm message and a reload button instead of a blank or raw error. */
import { Component, type ReactNode } from 'react';
import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';

function Fallback() {
  const t = useT(dict);
  return (
    <div className="center-screen" role="alert">
      <h1>{t('oops')}</h1>
      <p>{t('oopsHint')}</p>
      <button type="button" className="btn primary" onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('tablet screen failed', error);
  }

  override render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
