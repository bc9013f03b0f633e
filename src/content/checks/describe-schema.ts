import { z } from 'astro/zod';
import { StableIdSchema } from '../schemas/stable-id';

/** Any zod schema, as object shapes hold them. */
export type Schema = z.core.$ZodType;

/** The schema that checks the value at `path`, looking through optional, default and list wrappers. */
export function schemaAtPath(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = unwrapSchema(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') current = asSchema(current.shape[segment]);
    else if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element;
    else return undefined;
    current = current && unwrapSchema(current);
  }
  return current;
}

function asSchema(value: unknown): Schema | undefined {
  return value instanceof z.core.$ZodType ? value : undefined;
}

/** The schema without the optional, default or nullable wrapper that does not change what a value may be. */
export function unwrapSchema(schema: Schema): Schema {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrapSchema(schema.unwrap());
  }
  return schema;
}

/** The field names an object schema accepts, or undefined when it is not an object. */
export function fieldNamesOf(schema: Schema | undefined): string[] | undefined {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

/** The fields an object schema needs: those without `.optional()` or `.default()`. */
export function requiredFieldNamesOf(schema: Schema | undefined): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field instanceof z.ZodOptional || field instanceof z.ZodDefault))
    .map(([name]) => name);
}

/** What a value must be, in an author's words: "a whole number", "a list of text", "one of `en`, `da`". */
export function describeExpected(schema: Schema | undefined): string {
  if (!schema) return 'a value';
  if (schema === StableIdSchema) return 'an id such as `what-peer-support-is`';
  if (schema instanceof z.ZodString) return 'text';
  if (schema instanceof z.ZodNumber) return schema.format?.includes('int') ? 'a whole number' : 'a number';
  if (schema instanceof z.ZodBoolean) return '`true` or `false`';
  if (schema instanceof z.ZodEnum) return `one of ${listInCode(schema.options.map(String))}`;
  if (schema instanceof z.ZodArray) return `a list of ${describeListItems(unwrapSchema(schema.element))}`;
  if (schema instanceof z.ZodObject) return `a group of fields (${listInCode(Object.keys(schema.shape))})`;
  return 'a value';
}

function describeListItems(item: Schema): string {
  if (item === StableIdSchema) return 'ids';
  if (item instanceof z.ZodString) return 'text';
  if (item instanceof z.ZodObject) return `entries, each with the fields ${listInCode(Object.keys(item.shape))}`;
  return describeExpected(item).replace(/^an? /, '') + ' items';
}

export function listInCode(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
