import { Badge } from '@emporium/ui';
import { extraDescription, formatEventTime, formatLocation, newestFirst, type TimelineEvent, trackingStatusLabel, trackingStatusTone } from './tracking-labels';

export interface TrackingResultProps {
  readonly result: { readonly trackingNumber: string; readonly status: string; readonly events: readonly TimelineEvent[] };
}

/** The parcel's status as a big badge, then what the carrier reported, newest first. */
export function TrackingResult({ result }: TrackingResultProps) {
  const events = newestFirst(result.events);
  return (
    <article className="tracking-result" aria-labelledby="tracking-result-heading">
      <h2 id="tracking-result-heading" className="tracking-result__heading">
        Parcel {result.trackingNumber}
      </h2>
      <p className="tracking-result__status">
        <span className="ui-visually-hidden">Status: </span>
        <Badge tone={trackingStatusTone(result.status)} className="tracking-result__badge" data-testid="tracking-status">
          {trackingStatusLabel(result.status)}
        </Badge>
      </p>
      {events.length === 0 ? (
        <p className="tracking-result__empty">The carrier has not reported anything yet. Check again once the parcel is on its way.</p>
      ) : (
        <>
          <h3 className="tracking-result__timeline-heading">Journey</h3>
          <ol className="tracking-timeline" aria-label="Tracking events, newest first">
            {events.map((event, index) => {
              const when = formatEventTime(event.occurredAt);
              const where = formatLocation(event.location);
              const description = extraDescription(event);
              return (
                <li key={`${when.iso}-${event.status}-${index}`} className={index === 0 ? 'tracking-timeline__event is-latest' : 'tracking-timeline__event'}>
                  <p className="tracking-timeline__status">{trackingStatusLabel(event.status)}</p>
                  {description && <p className="tracking-timeline__description">{description}</p>}
                  <p className="tracking-timeline__meta">
                    {when.iso ? <time dateTime={when.iso}>{when.text}</time> : when.text}
                    {where && <span className="tracking-timeline__where"> · {where}</span>}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </article>
  );
}
