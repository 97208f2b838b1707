import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Graph {
  graph: {
    nodes: Record<string, { data: { tags?: string[] } }>;
    dependencies: Record<string, Array<{ target: string }>>;
  };
}

/** The project graph as `nx graph` computes it from the imports in the code. */
function projectGraph(): Graph['graph'] {
  const dir = mkdtempSync(join(tmpdir(), 'emporium-graph-'));
  try {
    const file = join(dir, 'graph.json');
    execFileSync(join(root, 'node_modules/.bin/nx'), ['graph', `--file=${file}`], { cwd: root, stdio: 'pipe', env: { ...process.env, NX_DAEMON: 'false' } });
    return (JSON.parse(readFileSync(file, 'utf8')) as Graph).graph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the project graph', () => {
  const graph = projectGraph();
  const tagsOf = (project: string) => graph.nodes[project]?.data.tags ?? [];
  const projectsTagged = (tag: string) => Object.keys(graph.nodes).filter((project) => tagsOf(project).includes(tag));

  it('has domain libs that depend on nothing but domain and util libs', () => {
    const domainLibs = projectsTagged('type:domain');
    expect(domainLibs).toEqual(expect.arrayContaining(['money', 'catalog-domain']));
    for (const lib of domainLibs) {
      for (const { target } of graph.dependencies[lib] ?? []) {
        if (target.startsWith('npm:')) throw new Error(`${lib} depends on the npm package ${target}`);
        expect(tagsOf(target).some((tag) => tag === 'type:domain' || tag === 'type:util'), `${lib} → ${target}`).toBe(true);
      }
    }
  });

  it('tags every project with exactly one type and one scope', () => {
    for (const project of Object.keys(graph.nodes)) {
      const tags = tagsOf(project);
      expect(tags.filter((tag) => tag.startsWith('type:')), project).toHaveLength(1);
      expect(tags.filter((tag) => tag.startsWith('scope:')), project).toHaveLength(1);
    }
  });
});
