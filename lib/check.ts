// Checking a value against a valibot schema, with one clear message: the first issue's, and for a
// field that is missing, the message the field's own schema gives (valibot reports a missing key
// with the object's message instead, "is not an object", which would send a reader looking in the
// wrong place).
import * as v from 'valibot';

interface WithEntries {
  entries?: Record<string, v.GenericSchema>;
}

function firstMessage(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  if (!last || issue.input !== undefined || issue.type !== 'object') return issue.message;
  // the schema the missing field has: walk the path's keys through the objects' entries
  let s: v.GenericSchema | undefined = schema;
  for (const item of issue.path!) s = (s as WithEntries | undefined)?.entries?.[item.key as string];
  const own = s && v.safeParse(s, undefined, { abortEarly: true });
  return own && !own.success ? own.issues[0].message : issue.message;
}

/** `value` as `schema` outputs it, or an `Err` carrying the first thing wrong with it (and its field) */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  Err: new (message: string, field?: string) => Error,
): v.InferOutput<S> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return r.output;
  const issue = r.issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.');
  throw new Err(firstMessage(schema, issue), field || undefined);
}
