import { csvProblems, csvTextProblem, fileProblem, importSummary, problemSummary } from './csv-report';

describe('csvProblems', () => {
  it('turns the server’s row paths into rows and columns, in file order', () => {
    expect(
      csvProblems([
        { path: 'rows.5.price_USD', message: 'must be an amount' },
        { path: 'rows.3.slug', message: 'must be lower-case letters' },
        { path: 'rows.3', message: 'another variant has the same options' },
      ]),
    ).toEqual([
      { row: 3, column: null, message: 'another variant has the same options' },
      { row: 3, column: 'slug', message: 'must be lower-case letters' },
      { row: 5, column: 'price_USD', message: 'must be an amount' },
    ]);
  });

  it('keeps a problem with the request itself instead of dropping it', () => {
    expect(csvProblems([{ path: 'csv', message: 'Too small' }])).toEqual([{ row: 0, column: 'csv', message: 'Too small' }]);
  });
});

describe('summaries', () => {
  it('counts problems and rows and says nothing was imported', () => {
    const problems = csvProblems([
      { path: 'rows.3.slug', message: 'x' },
      { path: 'rows.3.sku', message: 'y' },
      { path: 'rows.7.title', message: 'z' },
    ]);
    expect(problemSummary(problems)).toBe('3 problems in 2 rows. Nothing was imported — fix the file and upload it again.');
    expect(problemSummary(problems.slice(0, 1))).toMatch(/^1 problem in 1 row\./);
  });

  it('says what an import added', () => {
    expect(importSummary({ products: 1, variants: 3 })).toBe('Imported 1 product with 3 variants.');
  });
});

describe('file checks', () => {
  it('wants a non-empty CSV file', () => {
    expect(fileProblem({ name: 'products.csv', size: 120, type: '' })).toBeNull();
    expect(fileProblem({ name: 'export', size: 120, type: 'text/csv' })).toBeNull();
    expect(fileProblem({ name: 'products.xlsx', size: 120, type: 'application/vnd.ms-excel' })).toMatch(/\.csv/);
    expect(fileProblem({ name: 'products.csv', size: 0, type: '' })).toMatch(/empty/);
  });

  it('refuses text the API would refuse', () => {
    expect(csvTextProblem('slug,title,sku\n')).toBeNull();
    expect(csvTextProblem(' \n ')).toMatch(/empty/);
    expect(csvTextProblem('x'.repeat(1_000_001))).toMatch(/too large/);
  });
});
