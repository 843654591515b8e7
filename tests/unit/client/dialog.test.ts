// @vitest-environment happy-dom
/** The shared Dialog: opens modal, Escape asks the owner to close, focus returns to the opener. */
import { createElement, act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../../src-renderer/common/Dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('Dialog', () => {
  it('opens as a modal, closes on Escape through onClose, and gives focus back to its opener', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    let closes = 0;
    const render = (open: boolean) =>
      act(() =>
        root.render(
          open
            ? createElement(Dialog, {
                label: 'Edit',
                onClose: () => (closes += 1),
                children: createElement('input'),
              })
            : null,
        ),
      );
    await render(true);
    const dialog = host.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Edit');

    // Focus inside the dialog, as showModal and the user's typing would leave it.
    dialog.querySelector('input')!.focus();
    expect(document.activeElement).not.toBe(opener);

    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(closes).toBe(1);

    await render(false);
    expect(host.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    root.unmount();
  });
});
