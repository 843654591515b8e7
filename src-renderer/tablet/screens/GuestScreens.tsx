/**
 * A guest's phone (T11): `/table/guest?code=…` logs it in for the table's seating; when that
 * seating ends (or the code is no good) the phone says so — never the tablet's setup screen.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../common/api';
import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';
import { guestLogin, type GuestEndReason } from '../state/auth-store';
import { forgetVisit } from '../state/table-switch';
import { LangSwitch } from '../components/LangSwitch';

export function GuestJoinScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT(dict);
  const started = useRef(false);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    forgetVisit();
    guestLogin(code)
      .then(onDone)
      .catch((e: unknown) => {
        // Refused: the auth store now says why (end screen). Unreachable: say so here.
        if (e instanceof ApiError && e.status >= 400 && e.status < 500) onDone();
        else setUnreachable(true);
      });
  }, [code, onDone]);

  return (
    <div className="center-screen guest-screen" aria-busy={!unreachable}>
      <p className="lead">{unreachable ? t('guestUnreachable') : t('guestJoining')}</p>
    </div>
  );
}

export function GuestEndScreen({ reason }: { reason: GuestEndReason }) {
  const t = useT(dict);
  const ended = reason === 'ended';
  return (
    <div className="center-screen guest-screen" data-testid="guest-ended" data-reason={reason}>
      <div className="setup-top">
        <LangSwitch />
      </div>
      <div className="result-mark" aria-hidden="true">
        {ended ? '✓' : '!'}
      </div>
      <h1>{ended ? t('guestEndedTitle') : t('guestInvalidTitle')}</h1>
      <p className="lead muted">{ended ? t('guestEndedHint') : t('guestInvalidHint')}</p>
    </div>
  );
}
