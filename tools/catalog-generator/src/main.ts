/**
 * `DATABASE_URL=… npx tsx tools/catalog-generator/src/main.ts --products 10000 --seed 42`: generates the demo catalog
 * and loads it into an empty catalog, printing what it wrote and how long it took. The logic lives in
 * @emporium/catalog-data-access; this is only the command line around it.
 */
import { catalogMigrationSet, generateCatalog, loadGeneratedCatalog } from '@emporium/catalog-data-access';
import { createDatabase, migrateToLatest } from '@emporium/platform-db';
import { parseCli } from './cli-options';

const cli = parseCli(process.argv.slice(2), process.env);
if (!cli.ok) {
  (cli.help ? console.log : console.error)(cli.message);
  process.exit(cli.help ? 0 : 2);
}
const { databaseUrl, products, seed, batchSize } = cli.options;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const handle = createDatabase({ connectionString: databaseUrl, poolMax: 2, applicationName: 'catalog-generator' });
try {
  await migrateToLatest(handle.db, [catalogMigrationSet]);
  const started = performance.now();
  const catalog = generateCatalog({ seed, products });
  const generated = seconds(started);
  const loadStarted = performance.now();
  const counts = await loadGeneratedCatalog(handle.db, catalog, { batchSize });
  console.log(
    `Loaded ${counts.products.toLocaleString('en')} products and ${counts.variants.toLocaleString('en')} variants ` +
      `(${catalog.brands.length} brands, ${catalog.categories.length} categories, ${catalog.collections.length} collections; seed ${seed}) ` +
      `in ${seconds(started)}: generating ${generated}, loading ${seconds(loadStarted)}.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
