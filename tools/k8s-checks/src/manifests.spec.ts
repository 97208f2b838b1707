import { join } from 'node:path';
import { describe as describeObject, k8sDir, overlayNames, render } from './render';
import { validateObject } from './schemas';

const targets = [...overlayNames().map((name) => `overlays/${name}`), 'monitoring'];

describe.each(targets)('k8s/%s', (target) => {
  const objects = render(join(k8sDir, target));

  it('renders with kubectl kustomize', () => {
    expect(objects.length).toBeGreaterThan(0);
  });

  it.each(objects.map((object) => [describeObject(object), object] as const))('%s matches its schema', (_name, object) => {
    validateObject(object);
  });

  it('has no two objects of the same kind, namespace and name', () => {
    const keys = objects.map((object) => `${object.apiVersion}/${describeObject(object)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});

it('covers every overlay directory', () => {
  expect(overlayNames()).toEqual(expect.arrayContaining(['dev', 'monolith', 'prod', 'services']));
});
