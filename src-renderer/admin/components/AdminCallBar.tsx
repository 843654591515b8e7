import { CallBar } from '../../common/CallBar';
import { adminCalls, setCallStatus } from '../state/staff-calls';

/** The staff-call bar under the admin's top bar, on every page (T9). */
export function AdminCallBar() {
  const calls = adminCalls.useCalls((s) => s.calls);
  const busy = adminCalls.useCalls((s) => s.busy);
  const failed = adminCalls.useCalls((s) => s.error !== null);
  return (
    <CallBar
      variant="admin"
      calls={calls}
      busy={busy}
      failed={failed}
      onStatus={(call, status) => void setCallStatus(call, status)}
    />
  );
}
