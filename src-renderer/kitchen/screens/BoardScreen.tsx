import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Order, OrderItem } from '../../../src-shared/types';
import { allDayCounts } from '../state/all-day';
import { boardView, DEFAULT_STATION, NEXT, type TicketView } from '../state/board-view';
import { playChime, unlockAudio, useAudio } from '../state/chime';
import type { KitchenSession } from '../state/session';
import { useSettings } from '../state/settings';
import { useBoard } from '../state/use-board';
import { useBumpKeys } from '../state/use-bump-keys';
import { useNow } from '../state/use-now';
import { syncServerClock } from '../state/server-clock';
import { AllDayStrip } from '../components/AllDayStrip';
import { BoardHeader } from '../components/BoardHeader';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { PrinterAlert } from '../components/PrinterAlert';
import { FailureToasts } from '../components/FailureToasts';
import { BellIcon } from '../components/Icons';
import { SettingsPanel } from '../components/SettingsPanel';
import { RecallTicket, Ticket, type Tap } from '../components/Ticket';
import { TicketColumn } from '../components/TicketColumn';
import { TicketFlow } from '../components/TicketFlow';
import { useKitchenT } from '../state/kitchen.i18n';
import { KitchenCallBar } from '../components/KitchenCallBar';
import { setCallsMuted, useCallKey } from '../state/calls';
import { useCallSoundUnlock } from '../../common/call-sound';

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
  const listRef = useRef<HTMLDivElement | null>(null);
  const mutedRef = useRef(settings.muted);
  useEffect(() => {
    mutedRef.current = settings.muted;
    setCallsMuted(settings.muted);
  }, [settings.muted]);
  useCallSoundUnlock();
  useCallKey(!showSettings);

  const board = useBoard(
    useCallback((orders: Order[]) => {
      setFlash((f) => f + 1);
      setAlerts((a) => a + orders.length);
      if (!mutedRef.current) playChime();
    }, []),
  );
  const { changeOrder, changeLines, recallLast, afterSaves } = board;
  const picked = settings.stations;
  const view = useMemo(
    () => boardView(board.board, picked, board.overrides),
    [board.board, picked, board.overrides],
  );
  const allDay = useMemo(() => allDayCounts(view.open), [view.open]);

  /**
   * Bumping a whole ticket: the expo board moves the order (every line); a station board moves
   * only its own lines, so the drinks screen never finishes the kitchen's food.
   */
  const bumpTicket = useCallback(
    (v: TicketView) => {
      const to = NEXT[v.status];
      if (!picked.length) return void changeOrder(v.order, to);
      const lines = v.own.filter((l) =>
        to === 'completed' ? l.status !== 'completed' : l.status === v.status,
      );
      void changeLines(v.order, lines, to);
    },
    [picked.length, changeOrder, changeLines],
  );

  const lastTap = useRef({ x: -1000, y: -1000, at: 0 });
  const isBounce = (at: Tap) => {
    const prev = lastTap.current;
    const stamp = performance.now();
    lastTap.current = { ...at, at: stamp };
    return stamp - prev.at < BOUNCE_MS && Math.hypot(at.x - prev.x, at.y - prev.y) < BOUNCE_PX;
  };
  const onBump = (v: TicketView, at: Tap) => {
    if (!isBounce(at)) bumpTicket(v);
  };
  const onLine = (v: TicketView, line: OrderItem, at: Tap) => {
    if (!isBounce(at)) void changeLines(v.order, [line], NEXT[line.status]);
  };

  const recall = useCallback(() => {
    void recallLast().then((done) => {
      // Nothing of ours to undo: bring back the most recently finished ticket, as a tap would.
      const last = view.recent[0];
      if (!done && last) bumpTicket(last);
    });
  }, [recallLast, view.recent, bumpTicket]);

  const selectedId = useBumpKeys({
    tickets: view.open,
    listRef,
    enabled: !showSettings,
    onBump: (v) => afterSaves(v.order, () => bumpTicket(v)),
    onRecall: recall,
  });

  useEffect(() => {
    void syncServerClock();
  }, []);

  useEffect(() => {
    document.title = `${t('app.title')} · ${session.store.name}`;
  }, [t, session.store.name]);

  const stationsLabel = picked.length
    ? picked
        .map((id) =>
          id === DEFAULT_STATION
            ? t('stations.default')
            : (board.stations?.find((s) => s.id === id)?.name ?? `#${id}`),
        )
        .join(' · ')
    : t('stations.all');
  const counts = {
    pending: view.open.filter((v) => v.status === 'pending').length,
    preparing: view.open.filter((v) => v.status === 'preparing').length,
  };

  return (
    <div className="board" data-testid="board" data-alerts={alerts} data-loaded={board.loaded}>
      <BoardHeader
        session={session}
        settings={settings}
        connection={board.connection}
        stationsLabel={stationsLabel}
        onSettings={() => setShowSettings(true)}
        onLogout={board.logout}
      />
      <ConnectionBanner connection={board.connection} loadError={board.loadError} now={now} />
      <PrinterAlert printers={board.printerTrouble} />
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
      <KitchenCallBar now={now} />
      <AllDayStrip dishes={allDay} />
      <main className="board-main">
        <TicketFlow
          counts={counts}
          empty={board.loaded && !view.open.length}
          loading={!board.loaded && !board.loadError}
          listRef={listRef}
        >
          {view.open.map((v, i) => (
            <Ticket
              key={v.order.id}
              view={v}
              now={now}
              settings={settings}
              prep={board.prep}
              keyNumber={i < 9 ? i + 1 : null}
              selected={v.order.id === selectedId}
              onBump={onBump}
              onLine={onLine}
            />
          ))}
        </TicketFlow>
        <TicketColumn
          status="completed"
          count={null}
          empty={board.loaded && !view.recent.length}
          listClassName="recall-list"
        >
          {view.recent.map((v) => (
            <RecallTicket key={v.order.id} view={v} onTap={onBump} />
          ))}
        </TicketColumn>
      </main>
      {flash > 0 && <div key={flash} className="flash" data-testid="flash" aria-hidden />}
      <FailureToasts failures={board.failures} onDismiss={board.dismissFailure} />
      {showSettings && (
        <SettingsPanel settings={settings} stations={board.stations} onClose={() => setShowSettings(false)} />
      )}
    </div>
  );
}
