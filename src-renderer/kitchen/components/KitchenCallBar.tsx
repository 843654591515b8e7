import { CallBar } from '../../common/CallBar';
import { kitchenCalls, setCallStatus } from '../state/calls';
import { serverClockOffset } from '../state/server-clock';

/** The staff-call bar between the header and the all-day strip (T9); C steps its first entry. */
export function KitchenCallBar({ now }: { now: number }) {
  const calls = kitchenCalls.useCalls((s) => s.calls);
  const busy = kitchenCalls.useCalls((s) => s.busy);
  const failed = kitchenCalls.useCalls((s) => s.error !== null);
  return (
    <CallBar
      variant="kitchen"
      calls={calls}
      busy={busy}
      failed={failed}
      now={now + serverClockOffset()}
      keyHint="C"
      onStatus={(call, status) => void setCallStatus(call, status)}
    />
  );
}
