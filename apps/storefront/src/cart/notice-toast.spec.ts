import { noticeToast } from './notice-toast';

describe('noticeToast', () => {
  it('keeps news of lines kept out, taken out or cut down on screen until dismissed', () => {
    for (const type of ['not_merged', 'removed', 'capped']) expect(noticeToast(type)).toEqual({ tone: 'info', duration: null });
  });

  it('shows a merge as good news and anything else as passing information', () => {
    expect(noticeToast('merged')).toEqual({ tone: 'success' });
    expect(noticeToast('price_updated')).toEqual({ tone: 'info' });
    expect(noticeToast('something_new')).toEqual({ tone: 'info' });
  });
});
