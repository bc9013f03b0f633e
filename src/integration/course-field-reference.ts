import { dump } from 'js-yaml';

type JsonNode = Record<string, unknown>;

/** One course.yaml field as the trainers' reference lists it. */
export interface CourseFieldReference {
  /** Where it sits: `title`, `modules[].lessons`, `support[].phone`. */
  path: string;
  required: boolean;
  /** What kind of value, in words: "text", "one of: en, da", "list of text (at least 1)". */
  kind: string;
  /** The value used when the field is left out, as YAML. */
  defaultValue?: string;
  description: string;
}

const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);

function describeKind(node: JsonNode): string {
  if (Array.isArray(node.enum)) return `one of: ${node.enum.map(String).join(', ')}`;
  if (node.type === 'array') {
    const items = isNode(node.items) ? node.items : {};
    const least = typeof node.minItems === 'number' && node.minItems > 0 ? ` (at least ${node.minItems})` : '';
    return `list of ${items.type === 'object' ? 'entries with the fields below' : describeKind(items)}${least}`;
  }
  if (node.type === 'object') return 'the fields below';
  if (node.type === 'integer') return typeof node.exclusiveMinimum === 'number' && node.exclusiveMinimum === 0 ? 'whole number above 0' : 'whole number';
  if (node.type === 'number') return typeof node.minimum === 'number' && typeof node.maximum === 'number' ? `number from ${node.minimum} to ${node.maximum}` : 'number';
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'string') return typeof node.pattern === 'string' && node.pattern.startsWith('^[a-z0-9]') ? 'id (lowercase letters, digits and dashes)' : 'text';
  return 'value';
}

/** Every field of course.yaml, nested ones after their parent, from the JSON schema (see course-json-schema). */
export function listCourseFields(schema: JsonNode, prefix = ''): CourseFieldReference[] {
  const properties = isNode(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(properties).flatMap(([name, value]) => {
    if (!isNode(value)) return [];
    const path = `${prefix}${name}`;
    const field: CourseFieldReference = { path, required: required.has(name), kind: describeKind(value), description: typeof value.description === 'string' ? value.description : '' };
    if (value.default !== undefined) field.defaultValue = JSON.stringify(value.default);
    const nested = value.type === 'array' && isNode(value.items) ? value.items : value;
    return [field, ...(nested.type === 'object' ? listCourseFields(nested, `${path}${nested === value ? '.' : '[].'}`) : [])];
  });
}

/** The value at `path` in the first course.yaml (parsed) that has it; undefined when none does. */
export function findExampleValue(courses: readonly unknown[], path: string): unknown {
  const steps = path.split('.');
  const walk = (value: unknown, index: number): unknown => {
    if (index === steps.length) return value;
    const step = steps[index] ?? '';
    const name = step.replace(/\[\]$/, '');
    const child = isNode(value) ? value[name] : undefined;
    if (!step.endsWith('[]')) return child === undefined ? undefined : walk(child, index + 1);
    if (!Array.isArray(child)) return undefined;
    for (const item of child) {
      const found = walk(item, index + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const course of courses) {
    const found = walk(course, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The example as it is written in course.yaml: the field's own line(s), with a long list cut to its first entries. */
export function toYamlExample(path: string, value: unknown): string {
  const name = path.split('.').at(-1)?.replace(/\[\]$/, '') ?? path;
  const shown = Array.isArray(value) && value.length > 2 ? value.slice(0, 2) : value;
  return dump({ [name]: shown }, { lineWidth: 100 }).trimEnd();
}

/** A reference row with its example, as the trainers' page shows it. */
export interface CourseFieldWithExample extends CourseFieldReference {
  /** YAML from a real course.yaml in the courses folder, so the example is always one the build accepts. */
  example?: string;
}

/** Every course.yaml field with an example taken from the courses given (parsed course.yaml files). */
export function describeCourseFields(schema: JsonNode, courses: readonly unknown[]): CourseFieldWithExample[] {
  return listCourseFields(schema).map((field) => {
    const value = findExampleValue(courses, field.path);
    return value === undefined ? field : { ...field, example: toYamlExample(field.path, value) };
  });
}
