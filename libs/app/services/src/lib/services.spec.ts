import { allMigrationSets, appRouter, definedServices, mountedServices, routerFor, SERVICES } from './services';

describe('the service registry', () => {
  it('exposes every defined service in the AppRouter under its own name', () => {
    const namespaces = Object.keys(appRouter._def.record).sort();
    expect(namespaces).toEqual(definedServices().map((definition) => definition.name).sort());
    for (const definition of definedServices()) expect(SERVICES[definition.name]).toBe(definition);
  });

  it('only lets services call services that exist, without cycles', () => {
    const names = new Set(definedServices().map((definition) => definition.name));
    const visiting = new Set<string>();
    const visit = (name: string, path: string[]) => {
      expect(names.has(name as never), `${path.join(' → ')} calls an unknown service`).toBe(true);
      expect(visiting.has(name), `cycle: ${[...path, name].join(' → ')}`).toBe(false);
      visiting.add(name);
      for (const target of SERVICES[name as keyof typeof SERVICES]?.calls ?? []) visit(target, [...path, name]);
      visiting.delete(name);
    };
    for (const name of names) visit(name, []);
  });

  it('gives each schema exactly one owner', () => {
    const schemas = allMigrationSets().map((set) => set.schema);
    expect(new Set(schemas).size).toBe(schemas.length);
    for (const definition of definedServices()) {
      // A schema is named for its service; the user service's is `users` because `user` is a reserved word in SQL.
      for (const set of definition.migrations) expect(set.schema === definition.name || set.schema === `${definition.name}s`).toBe(true);
    }
  });

  it('mounts only the services a process is given', () => {
    const mounted = mountedServices(['catalog', 'worker']);
    expect(mounted.map((definition) => definition.name)).toEqual(['catalog']);
    expect(Object.keys(routerFor(mounted)._def.record)).toEqual(['catalog']);
  });
});
