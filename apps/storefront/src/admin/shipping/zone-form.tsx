import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { SubmitProblems } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { type CheckProblems, formProblems } from '../lib/schema-check';
import { countryName } from './country-list';
import type { StaffZone } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';
import { checkZone, draftCountries, withoutField, type ZoneDraft, zoneDraft, zoneField } from './zone-draft';

/** A zone's name, countries, regions, postcode patterns and priority, new or stored, saved whole. */
export function ZoneForm({ zone }: { readonly zone?: StaffZone }) {
  const [draft, setDraft] = useState<ZoneDraft>(() => zoneDraft(zone));
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = useShippingEdits();
  const navigate = useNavigate();
  const create = trpc.shipping.admin.zones.create.useMutation({
    onSuccess: async (created) => {
      await edits.saved(`Zone “${created.name}” created.`);
      await navigate(adminPaths.shippingZone(created.id));
    },
  });
  const update = trpc.shipping.admin.zones.update.useMutation({ onSuccess: (saved) => edits.saved(`Zone “${saved.name}” saved.`) });
  const mutation = zone ? update : create;
  const problems = formProblems(local, mutation.error, zoneField);
  const countries = draftCountries(draft);

  function set<K extends keyof ZoneDraft>(field: K, value: ZoneDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutField(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    const checked = checkZone(draft);
    setLocal(checked.ok ? {} : checked.problems);
    if (!checked.ok) return;
    if (zone) update.mutate({ id: zone.id, fields: checked.data });
    else create.mutate(checked.data);
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={zone ? `Edit zone ${zone.name}` : 'New shipping zone'}>
      <AdminSection title="Zone">
        <div className="admin-form">
          <TextField label="Name" autoComplete="off" value={draft.name} onChange={(event) => set('name', event.target.value)} error={problems.byField['name']} />
          <TextField
            label="Countries"
            autoComplete="off"
            autoCapitalize="characters"
            value={draft.countries}
            onChange={(event) => set('countries', event.target.value)}
            hint={countries.length > 0 ? `Two-letter codes, separated by commas: ${countries.map((code) => `${countryName(code)} (${code})`).join(', ')}` : 'Two-letter codes, separated by commas, like CA, US.'}
            error={problems.byField['countries']}
          />
          {countries.length > 0 && (
            <fieldset className="admin-fieldset">
              <legend>Regions</legend>
              <p className="ui-field__hint admin-fieldset__hint">Only these regions of a country (state or province codes, like ON, QC); blank: the whole country.</p>
              <div className="admin-form__grid">
                {countries.map((country) => (
                  <TextField
                    key={country}
                    label={`Regions of ${countryName(country)}`}
                    autoComplete="off"
                    autoCapitalize="characters"
                    value={draft.regions[country] ?? ''}
                    onChange={(event) => set('regions', { ...draft.regions, [country]: event.target.value })}
                    error={problems.byField[`regions.${country}`]}
                  />
                ))}
              </div>
            </fieldset>
          )}
          <div className="admin-form__row">
            <TextField
              label="Postcode patterns"
              autoComplete="off"
              autoCapitalize="characters"
              value={draft.postcodePatterns}
              onChange={(event) => set('postcodePatterns', event.target.value)}
              hint="Blank: any postcode. ? is one character, * at the end any rest: SW*, 10???."
              error={problems.byField['postcodePatterns']}
            />
            <TextField
              label="Priority"
              inputMode="numeric"
              autoComplete="off"
              value={draft.priority}
              onChange={(event) => set('priority', event.target.value)}
              hint="Between equally specific zones, the higher wins."
              error={problems.byField['priority']}
            />
          </div>
        </div>
      </AdminSection>
      <SubmitProblems error={mutation.error} unclaimed={problems.unclaimed} title={zone ? 'The zone was not saved' : 'The zone was not created'} />
      <div className="admin-button-row">
        <Button type="submit" loading={mutation.isPending}>
          {zone ? 'Save zone' : 'Create zone'}
        </Button>
      </div>
    </form>
  );
}
