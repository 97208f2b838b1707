import { z } from 'zod';
import { configSchema } from './config';

/** The markers around the generated table in docs/operations.md; everything between them is rewritten. */
export const CONFIG_REFERENCE_START = '<!-- config-reference:start -->';
export const CONFIG_REFERENCE_END = '<!-- config-reference:end -->';
/** What regenerates the table; named wherever a stale table is reported. */
export const CONFIG_REFERENCE_COMMAND = 'npm run docs:config';

/** One row of the reference: what the docs say about a setting, all of it read from the schema. */
export interface ConfigSetting {
  readonly name: string;
  /** Markdown: the default value in backticks, the field's `defaultText` metadata, `(unset)` or `**required**`. */
  readonly default: string;
  /** The field's description (`.describe()` or `.meta({ description })`); undefined when it has none. */
  readonly description: string | undefined;
  /** Markdown: the values the schema accepts (enum values, number range, URL, pattern…), when it narrows them. */
  readonly allowed: string | undefined;
}

/** The slice of a JSON Schema property this renderer understands (zod's `toJSONSchema` output, plus `defaultText`). */
interface JsonProperty {
  readonly description?: string;
  readonly defaultText?: unknown;
  readonly default?: unknown;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly format?: string;
  readonly pattern?: string;
}

const BOOLEAN_WORDS = ['true', 'false', '1', '0', 'yes', 'no'];

/** Every setting of `schema` (the app's `configSchema` unless given), in the schema's order. */
export function configSettings(schema: z.ZodObject = configSchema): ConfigSetting[] {
  // Input side: an environment variable is a string, so ranges and enums are those of what an operator writes.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonProperty>;
    required?: readonly string[];
  };
  return Object.entries(schema.shape).map(([name, field]) => {
    const property = json.properties?.[name] ?? {};
    const description = property.description?.trim();
    return {
      name,
      default: defaultOf(field as z.ZodType, property, json.required?.includes(name) ?? false),
      description: description ? description : undefined,
      allowed: allowedValues(property),
    };
  });
}

/** The markdown table of every setting: Variable | Default | Meaning, the meaning ending in the allowed values. */
export function configReference(schema: z.ZodObject = configSchema): string {
  const rows = configSettings(schema).map((setting) => {
    const meaning = [setting.description ?? '', setting.allowed ? `Allowed: ${setting.allowed}.` : ''].filter(Boolean).join(' ');
    return `| ${[`\`${setting.name}\``, setting.default, meaning].map(cell).join(' | ')} |`;
  });
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/**
 * `markdown` with the block between the config-reference markers replaced by `reference` (the generated table by
 * default). Throws when the markers are missing, repeated or out of order, rather than guess where the table goes.
 */
export function withConfigReference(markdown: string, reference: string = configReference()): string {
  const start = markdown.indexOf(CONFIG_REFERENCE_START);
  const end = markdown.indexOf(CONFIG_REFERENCE_END);
  const once = (marker: string, at: number) => at >= 0 && markdown.indexOf(marker, at + marker.length) < 0;
  if (!once(CONFIG_REFERENCE_START, start) || !once(CONFIG_REFERENCE_END, end) || end < start) {
    throw new Error(`expected one ${CONFIG_REFERENCE_START} followed by one ${CONFIG_REFERENCE_END}`);
  }
  const generated = `<!-- Generated from configSchema (libs/platform/config/src/lib/config.ts) by \`${CONFIG_REFERENCE_COMMAND}\`: edit the schema, not this table. -->\n${reference}`;
  return `${markdown.slice(0, start)}${CONFIG_REFERENCE_START}\n${generated}${markdown.slice(end)}`;
}

function defaultOf(field: z.ZodType, property: JsonProperty, required: boolean): string {
  // Where the default is worked out at run time (from another setting, in an adapter), the field says so in words.
  if (typeof property.defaultText === 'string') return property.defaultText;
  // A default of a transformed field (booleans, lists) is an output value, which the input-side JSON Schema leaves out.
  if (field instanceof z.ZodDefault) return formatValue(field.def.defaultValue);
  if (property.default !== undefined) return formatValue(property.default);
  return required ? '**required**' : '(unset)';
}

function formatValue(value: unknown): string {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return '(none)';
  if (Array.isArray(value)) return `\`${value.join(',')}\``;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  return `\`${JSON.stringify(value)}\``;
}

function allowedValues(property: JsonProperty): string | undefined {
  if (property.enum) {
    const values = property.enum.map(String);
    if (values.length === BOOLEAN_WORDS.length && BOOLEAN_WORDS.every((word) => values.includes(word))) {
      return 'a boolean, `true`/`false`, `1`/`0` or `yes`/`no`';
    }
    return `${values.length === 1 ? '' : 'one of '}${values.map((value) => `\`${value}\``).join(', ')}`;
  }
  const types = typeof property.type === 'string' ? [property.type] : (property.type ?? []);
  const parts: string[] = [];
  if (types.includes('integer') || types.includes('number')) {
    parts.push(`${types.includes('integer') ? 'a whole number' : 'a number'}${range(property.minimum, property.maximum)}`);
  }
  if (property.format) parts.push(property.format === 'uri' ? 'a URL' : `a ${property.format}`);
  if (property.pattern) parts.push(`matching \`${property.pattern}\``);
  if (property.minLength !== undefined && property.minLength > 1) parts.push(`at least ${property.minLength} characters`);
  if (property.maxLength !== undefined) parts.push(`at most ${property.maxLength} characters`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** zod's `.int()` bounds every integer by the safe range: those bounds say nothing and are left out. */
function range(minimum: number | undefined, maximum: number | undefined): string {
  const min = minimum !== undefined && minimum > Number.MIN_SAFE_INTEGER ? minimum : undefined;
  const max = maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER ? maximum : undefined;
  if (min !== undefined && max !== undefined) return ` from ${grouped(min)} to ${grouped(max)}`;
  if (min !== undefined) return ` of at least ${grouped(min)}`;
  if (max !== undefined) return ` of at most ${grouped(max)}`;
  return '';
}

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One table cell: on one line, and a `|` (even in a code span) escaped so it cannot end the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
