import { trpc } from '../../trpc';
import { staffIds } from './order-labels';

/**
 * The names of the staff among `actors` (`staff:<id>`), looked up once each through the user service's staff
 * procedures; a name not known (yet, or any more) is simply left out and the actor reads "Staff".
 */
export function useStaffNames(actors: readonly string[]): (actor: string) => string | null {
  const ids = staffIds(actors);
  const people = trpc.useQueries((t) => ids.map((userId) => t.user.admin.customers.get({ userId }, { staleTime: 5 * 60_000, retry: false })));
  const names = new Map(ids.map((id, index) => [id, people[index]?.data ? people[index].data.name || people[index].data.email : null]));
  return (actor) => names.get(actor.replace(/^staff:/, '')) ?? null;
}
