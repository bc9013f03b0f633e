import path from 'node:path';
import { z } from 'astro/zod';
import { ContentNoteSchema } from '../content/schemas/content-note';
import { CourseSchema, ModuleSchema, RecordedSchema } from '../content/schemas/course';
import { SupportContactSchema } from '../content/schemas/support';
import { readSchemaDocs, type SchemaFieldDocs } from './read-schema-docs';

type JsonNode = Record<string, unknown>;

/** The schemas course.yaml is made of, by the name their source files give them (and their JSDoc is under). */
const courseParts: Record<string, z.ZodObject> = { CourseSchema, ModuleSchema, RecordedSchema, SupportContactSchema, ContentNoteSchema };

/** Where course.yaml's schemas are written, relative to the project: the JSDoc is read from these. */
export const courseSchemaSources = ['src/content/schemas/course.ts', 'src/content/schemas/support.ts', 'src/content/schemas/content-note.ts'];

/** Where the generated JSON schema lives in the project (and, copied from public/, on the built site). */
export const courseJsonSchemaFile = 'public/schemas/course.schema.json';

const isObject = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const sameKeys = (a: z.ZodObject, b: z.ZodObject) => Object.keys(a.shape).sort().join() === Object.keys(b.shape).sort().join();

/** The part's name; `.strict()` copies lose identity, so a copy is known by its fields. */
function nameOf(shape: z.ZodObject): string | undefined {
  const entries = Object.entries(courseParts);
  return (entries.find(([, part]) => part === shape) ?? entries.find(([, part]) => sameKeys(part, shape)))?.[0];
}

/** Lays each field's JSDoc onto the JSON schema node zod made for it, following arrays, optionals and defaults. */
function addDescriptions(type: z.ZodType, node: unknown, docs: SchemaFieldDocs): void {
  if (!isObject(node)) return;
  const inner = (type._zod.def as { innerType?: z.ZodType }).innerType;
  if (inner) {
    addDescriptions(inner, node, docs);
    return;
  }
  if (type instanceof z.ZodArray) {
    addDescriptions(type.element as z.ZodType, node.items, docs);
    return;
  }
  if (!(type instanceof z.ZodObject) || !isObject(node.properties)) return;
  const fields = docs.get(nameOf(type) ?? '');
  for (const [key, child] of Object.entries<z.ZodType>(type.shape)) {
    const property = node.properties[key];
    if (!isObject(property)) continue;
    const description = fields?.get(key);
    if (description) property.description = description;
    addDescriptions(child, property, docs);
  }
}

/**
 * The JSON schema of course.yaml, made from the zod schema the build checks it with (z.toJSONSchema),
 * with each field's JSDoc as its description: editors (the YAML language server) validate, complete and
 * explain course.yaml with it. Draft 7, which every YAML editor plugin reads.
 */
export function createCourseJsonSchema(projectRoot: string): JsonNode {
  const docs = readSchemaDocs(courseSchemaSources.map((file) => path.join(projectRoot, file)));
  const schema = z.toJSONSchema(CourseSchema, { io: 'input', target: 'draft-7' }) as JsonNode;
  addDescriptions(CourseSchema, schema, docs);
  return {
    $schema: schema.$schema,
    title: 'peerpath course.yaml',
    description: docs.get('CourseSchema')?.get('') ?? '',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The file's text: two-space JSON and a final newline, as the project's files are written. */
export const formatCourseJsonSchema = (schema: JsonNode) => `${JSON.stringify(schema, null, 2)}\n`;
