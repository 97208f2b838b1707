import { parser } from '@prometheus-io/lezer-promql';

/**
 * Syntax errors in a PromQL expression, by Prometheus's own grammar (the one its web UI uses): each is the text
 * around the error. Grafana's variables ($__rate_interval, $namespace) are replaced by plain values first.
 */
export function promqlErrors(expression: string): string[] {
  const plain = expression.replace(/\$__rate_interval|\$__interval/g, '5m').replace(/\$\{?(\w+)\}?/g, 'x');
  const errors: string[] = [];
  parser.parse(plain).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(`at ${node.from}: …${plain.slice(Math.max(0, node.from - 20), node.to + 20)}…`);
    },
  });
  return errors;
}
