import { useToast } from '@emporium/ui';
import { useEffect } from 'react';
import { onNotice } from './notices';

/** Shows the account's notices (`notify`) as toasts; mounted once, inside the header's toast provider. */
export function NoticeRelay() {
  const toast = useToast();
  useEffect(() => onNotice((notice) => toast.show(notice.message, { tone: notice.tone })), [toast]);
  return null;
}
