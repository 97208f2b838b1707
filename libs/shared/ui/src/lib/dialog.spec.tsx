import { renderToStaticMarkup } from 'react-dom/server';
import { Dialog, syncModal } from './dialog';

/** A stand-in for an HTMLDialogElement that records what was asked of it. */
function fakeDialog(open: boolean) {
  const calls: string[] = [];
  const dialog = {
    open,
    showModal: () => {
      calls.push('showModal');
      dialog.open = true;
    },
    close: () => {
      calls.push('close');
      dialog.open = false;
    },
  };
  return { dialog, calls };
}

describe('Dialog', () => {
  it('leaves the open attribute off, so the dialog is only ever shown as a modal', () => {
    const markup = renderToStaticMarkup(
      <Dialog open className="confirm-dialog" aria-labelledby="title">
        <h2 id="title">Delete this address?</h2>
      </Dialog>,
    );
    expect(markup).toBe('<dialog class="confirm-dialog" aria-labelledby="title"><h2 id="title">Delete this address?</h2></dialog>');
  });

  it('shows a closed dialog as a modal when asked to open', () => {
    const { dialog, calls } = fakeDialog(false);
    syncModal(dialog, true);
    expect(calls).toEqual(['showModal']);
  });

  it('closes an open dialog when asked to close', () => {
    const { dialog, calls } = fakeDialog(true);
    syncModal(dialog, false);
    expect(calls).toEqual(['close']);
  });

  it('leaves a dialog alone that is already as asked (the browser closed it on Escape)', () => {
    const closed = fakeDialog(false);
    syncModal(closed.dialog, false);
    const open = fakeDialog(true);
    syncModal(open.dialog, true);
    expect([...closed.calls, ...open.calls]).toEqual([]);
  });
});
