import { reply } from './json-http';
import { type ApiRequest, router } from './routes';

const request = (method: string, path: string): ApiRequest => ({ method, path, headers: {}, rawBody: '' });

describe('router', () => {
  const route = router([['GET', /^\/v1\/labels\/([^/]+)$/, (_request, [id = '']) => reply(200, { id })]], {
    methodNotAllowed: (method, path) => new Error(`405 ${method} ${path}`),
    notFound: (method, path) => new Error(`404 ${method} ${path}`),
  });

  it('answers with the first route whose pattern and method match, its groups URL-decoded', () => {
    expect(route(request('GET', '/v1/labels/a%2Fb'))).toEqual(reply(200, { id: 'a/b' }));
  });

  it('throws the stand-in’s 405 for a known path and its 404 for an unknown one', () => {
    expect(() => route(request('POST', '/v1/labels/l_1'))).toThrow('405 POST /v1/labels/l_1');
    expect(() => route(request('GET', '/v1/nothing'))).toThrow('404 GET /v1/nothing');
  });
});
