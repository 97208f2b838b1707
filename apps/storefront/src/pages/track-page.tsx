import '../tracking/tracking.css';
import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { apiErrorMessage, apiErrorReason, isNotFound } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { checkTrackForm, readTrackQuery, type TrackFieldErrors, trackingStatusLabel, trackPath } from '../tracking/tracking-labels';
import { TrackingResult } from '../tracking/tracking-result';
import { trpc } from '../trpc';

const NOT_FOUND_MESSAGE = 'We couldn’t find a parcel with that tracking number and postcode. Check both against your shipping e-mail and try again.';

/**
 * Where is my parcel: a tracking number and the destination's postcode give the status and the carrier's events.
 * The lookup lives in the URL (`?number=…&postcode=…`), so a link from a shipping e-mail opens the answer directly.
 */
export function TrackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const lookup = readTrackQuery(params);
  const [number, setNumber] = useState(lookup?.number ?? params.get('number') ?? '');
  const [postcode, setPostcode] = useState(lookup?.postcode ?? params.get('postcode') ?? '');
  const [errors, setErrors] = useState<TrackFieldErrors>({});
  // The form follows a lookup that arrives by navigation (Back, another e-mail link), adjusted while rendering.
  const [seen, setSeen] = useState(lookup);
  if (lookup?.number !== seen?.number || lookup?.postcode !== seen?.postcode) {
    setSeen(lookup);
    if (lookup) {
      setNumber(lookup.number);
      setPostcode(lookup.postcode);
    }
  }

  const track = trpc.shipping.track.useQuery(
    { trackingNumber: lookup?.number ?? '', postalCode: lookup?.postcode ?? '' },
    { enabled: lookup !== null, retry: (count, error) => !isNotFound(error) && count < 2, staleTime: 30_000 },
  );
  useDocumentTitle(track.data ? `Tracking: ${trackingStatusLabel(track.data.status)}` : 'Track a parcel');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkTrackForm({ number, postcode });
    setErrors(problems);
    if (problems.number || problems.postcode) {
      // Focus the first field to fix, as a screen reader then reads its message.
      event.currentTarget.querySelector<HTMLInputElement>(problems.number ? 'input[name="number"]' : 'input[name="postcode"]')?.focus();
      return;
    }
    const path = trackPath({ number, postcode });
    if (lookup && path === trackPath(lookup)) void track.refetch();
    else void navigate(path);
  };

  // While the form shows what is missing, the answer to the previous lookup is not shown beside it.
  const showAnswer = !errors.number && !errors.postcode;
  const notFound = showAnswer && track.isError && (apiErrorReason(track.error) === 'TRACKING_NOT_FOUND' || isNotFound(track.error));

  return (
    <section className="page-section track-page" aria-labelledby="track-heading">
      <h1 id="track-heading">Track a parcel</h1>
      <p className="track-page__intro">Enter the tracking number from your shipping e-mail and the postcode the parcel is going to.</p>
      <form className="track-form" onSubmit={submit} noValidate aria-label="Track a parcel">
        <TextField
          label="Tracking number"
          name="number"
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          value={number}
          error={errors.number}
          required
          onChange={(event) => {
            setNumber(event.target.value);
            if (errors.number) setErrors({ ...errors, number: undefined });
          }}
        />
        <TextField
          label="Postcode"
          name="postcode"
          maxLength={20}
          autoComplete="postal-code"
          value={postcode}
          error={errors.postcode}
          required
          onChange={(event) => {
            setPostcode(event.target.value);
            if (errors.postcode) setErrors({ ...errors, postcode: undefined });
          }}
        />
        <div className="track-form__actions">
          <Button type="submit" loading={track.isFetching && lookup !== null}>
            Track
          </Button>
        </div>
      </form>

      {/* Announced when the answer arrives: the status, or why there is none. */}
      <div className="track-page__live" role="status" aria-live="polite">
        {showAnswer && lookup && track.isPending && <p className="track-page__loading">Looking up your parcel…</p>}
        {notFound && <p className="track-page__problem">{NOT_FOUND_MESSAGE}</p>}
        {showAnswer && track.isError && !notFound && <p className="track-page__problem">{apiErrorMessage(track.error)}</p>}
        {showAnswer && track.data && <TrackingResult result={track.data} />}
      </div>
    </section>
  );
}
