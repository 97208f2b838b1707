import { useEffect, useRef } from 'react';
import { type CardFormMessage, cardFormOrigin, cardFormSource, readCardFormMessage } from './card-form-message';

export interface CardFormFrameProps {
  readonly cardFormUrl: string;
  readonly publishableKey: string;
  readonly onMessage: (message: CardFormMessage) => void;
}

/**
 * The gateway's hosted card form in an iframe: the card is typed into the gateway's page and tokenised there, so
 * card numbers never pass through this page's script or our API. Its answer arrives by postMessage.
 */
export function CardFormFrame({ cardFormUrl, publishableKey, onMessage }: CardFormFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  });

  const expectedOrigin = cardFormOrigin(cardFormUrl);
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      // Only the form in this frame, on the gateway's origin, is believed.
      if (event.source !== frameRef.current?.contentWindow) return;
      const message = readCardFormMessage(event, expectedOrigin);
      if (message) onMessageRef.current(message);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [expectedOrigin]);

  if (!expectedOrigin) return null;
  return <iframe ref={frameRef} className="payment-card-frame" title="Card details" src={cardFormSource(cardFormUrl, publishableKey, window.location.origin)} />;
}
