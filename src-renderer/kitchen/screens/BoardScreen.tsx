import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';
import { columns, type BoardEntry } from '../state/board-state';
import { playChime, unlockAudio, useAudio } from '../state/chime';
import type { KitchenSession } from '../state/session';
import { useSettings } from '../state/settings';
import { useBoard } from '../state/use-board';
import { useNow } from '../state/use-now';
import { syncServerClock } from '../state/server-clock';
import { BoardHeader } from '../components/BoardHeader';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { FailureToasts } from '../components/FailureToasts';
import { BellIcon } from '../components/Icons';
import { SettingsPanel } from '../components/SettingsPanel';
import { RecallTicket, Ticket } from '../components/Ticket';
import { TicketColumn } from '../components/TicketColumn';
import { useKitchenT } from '../state/kitchen.i18n';

const NEXT: Record<OrderStatus, OrderStatus> = {
  pending: 'preparing',
  preparing: 'completed',
  completed: 'preparing',
};
/** A second tap this close in time and place is a finger bounce, not a bump of the ticket that slid under it. */
const BOUNCE_MS = 500;
const BOUNCE_PX = 48;

export function BoardScreen({ session }: { session: KitchenSession }) {
  const t = useKitchenT();
  const settings = useSettings();
  const audio = useAudio();
  const now = useNow(1000);
  const [showSettings, setShowSettings] = useState(false);
  const [flash, setFlash] = useState(0);
  const [alerts, setAlerts] = useState(0);
  const mutedRef = useRef(settings.muted);
  useEffect(() => {
    mutedRef.current = settings.muted;
  }, [settings.muted]);

  const onNewOrders = useCallback((orders: Order[]) => {
    setFlash((f) => f + 1);
    setAlerts((a) => a + orders.length);
    if (!mutedRef.current) playChime();
  }, []);

  const { board, overrides, loaded, loadError, connection, bump, failures, dismissFailure, logout } =
    useBoard(onNewOrders);
  const cols = columns(board, overrides);

  const lastTap = useRef({ x: -1000, y: -1000, at: 0 });
  const onTap = useCallback(
    (entry: BoardEntry, at: { x: number; y: number }) => {
      const prev = lastTap.current;
      const stamp = performance.now();
      lastTap.current = { ...at, at: stamp };
      if (stamp - prev.at < BOUNCE_MS && Math.hypot(at.x - prev.x, at.y - prev.y) < BOUNCE_PX) return;
      void bump(entry.order, NEXT[entry.order.status]);
    },
    [bump],
  );

  useEffect(() => {
    void syncServerClock();
  }, []);

  useEffect(() => {
    document.title = `${t('app.title')} · ${session.store.name}`;
  }, [t, session.store.name]);

  return (
    <div className="board" data-testid="board" data-alerts={alerts} data-loaded={loaded}>
      <BoardHeader
        session={session}
        settings={settings}
        connection={connection}
        onSettings={() => setShowSettings(true)}
        onLogout={logout}
      />
      <ConnectionBanner connection={connection} loadError={loadError} now={now} />
      {audio === 'suspended' && !settings.muted && (
        <button
          type="button"
          className="banner banner-sound"
          data-testid="enable-sound"
          onClick={unlockAudio}
        >
          <BellIcon />
          {t('sound.enable')}
        </button>
      )}
      <main className="columns">
        {(['pending', 'preparing'] as const).map((status) => (
          <TicketColumn
            key={status}
            status={status}
            count={cols[status].length}
            empty={loaded && !cols[status].length}
            listClassName="ticket-grid"
          >
            {cols[status].map((entry) => (
              <Ticket
                key={entry.order.id}
                entry={entry}
                now={now}
                settings={settings}
                saving={overrides.has(entry.order.id)}
                onTap={onTap}
              />
            ))}
          </TicketColumn>
        ))}
        <TicketColumn
          status="completed"
          count={null}
          empty={loaded && !cols.completed.length}
          listClassName="recall-list"
        >
          {cols.completed.map((entry) => (
            <RecallTicket
              key={entry.order.id}
              entry={entry}
              saving={overrides.has(entry.order.id)}
              onTap={onTap}
            />
          ))}
        </TicketColumn>
      </main>
      {flash > 0 && <div key={flash} className="flash" data-testid="flash" aria-hidden />}
      <FailureToasts failures={failures} onDismiss={dismissFailure} />
      {showSettings && <SettingsPanel settings={settings} onClose={() => setShowSettings(false)} />}
    </div>
  );
}
