/**
 * Walks Avro binary data against its writer schema without building values, checking every length
 * and count against the bytes that remain. avsc trusts them: an array whose block count is corrupted
 * to 175 million makes it push empty items until V8 aborts the process ("invalid size error"), which
 * no try/catch can stop. Run before decoding untrusted input; throws an Error naming the field.
 */
type Schema = string | { type: string; [k: string]: unknown } | Schema[];

/** Named types of each schema, collected once per schema rather than per message. */
const NAMED = new WeakMap<object, Map<string, Schema>>();

export function checkAvro(schema: Schema, buf: Uint8Array): void {
  let named = typeof schema === 'object' ? NAMED.get(schema) : undefined;
  if (!named) {
    named = new Map<string, Schema>();
    register(schema, named);
    if (typeof schema === 'object') NAMED.set(schema, named);
  }
  const st = { pos: 0 };
  walk(schema, buf, st, named, '');
  if (st.pos !== buf.length) throw new Error(`${buf.length - st.pos} trailing bytes after the record`);
}

function register(s: Schema, named: Map<string, Schema>, ns = ''): void {
  if (Array.isArray(s)) return s.forEach((x) => register(x, named, ns));
  if (typeof s !== 'object') return;
  const name = s.name as string | undefined;
  const space = (s.namespace as string | undefined) ?? ns;
  if (name && ['record', 'enum', 'fixed'].includes(s.type)) {
    named.set(name, s);
    named.set(name.includes('.') ? name : `${space}.${name}`, s);
  }
  if (s.type === 'record') for (const f of s.fields as { type: Schema }[]) register(f.type, named, space);
  if (s.type === 'array') register(s.items as Schema, named, space);
  if (s.type === 'map') register(s.values as Schema, named, space);
  if (typeof s.type === 'object') register(s.type as Schema, named, space);
}

function readLong(buf: Uint8Array, st: { pos: number }, path: string): number {
  let n = 0;
  let shift = 1;
  for (let i = 0; i < 10; i++) {
    if (st.pos >= buf.length) throw new Error(`${path || '/'}: truncated varint`);
    const b = buf[st.pos++]!;
    n += (b & 0x7f) * shift;
    if (!(b & 0x80)) return n % 2 === 0 ? n / 2 : -(n + 1) / 2; // zig-zag
    shift *= 128;
  }
  throw new Error(`${path || '/'}: varint longer than 10 bytes`);
}

function need(buf: Uint8Array, st: { pos: number }, n: number, path: string): void {
  if (n < 0 || st.pos + n > buf.length) throw new Error(`${path || '/'}: length ${n} exceeds the ${buf.length - st.pos} bytes left`);
  st.pos += n;
}

function walk(s: Schema, buf: Uint8Array, st: { pos: number }, named: Map<string, Schema>, path: string): void {
  if (Array.isArray(s)) {
    const i = readLong(buf, st, path);
    if (i < 0 || i >= s.length) throw new Error(`${path || '/'}: union branch ${i} of ${s.length}`);
    return walk(s[i]!, buf, st, named, path);
  }
  const t = typeof s === 'string' ? s : s.type;
  if (typeof t === 'object') return walk(t as Schema, buf, st, named, path);
  switch (t) {
    case 'null': return;
    case 'boolean': need(buf, st, 1, path); return;
    case 'int': case 'long': readLong(buf, st, path); return;
    case 'float': need(buf, st, 4, path); return;
    case 'double': need(buf, st, 8, path); return;
    case 'bytes': case 'string': need(buf, st, readLong(buf, st, path), path); return;
  }
  const o = (typeof s === 'string' ? named.get(s) : s) as { type: string; [k: string]: unknown } | undefined;
  if (!o) throw new Error(`${path || '/'}: unknown type ${String(t)}`);
  switch (o.type) {
    case 'record':
      for (const f of o.fields as { name: string; type: Schema }[]) walk(f.type, buf, st, named, `${path}/${f.name}`);
      return;
    case 'enum': {
      const i = readLong(buf, st, path);
      if (i < 0 || i >= (o.symbols as string[]).length) throw new Error(`${path || '/'}: enum index ${i} out of range`);
      return;
    }
    case 'fixed': need(buf, st, o.size as number, path); return;
    case 'array': case 'map': {
      for (;;) {
        let n = readLong(buf, st, path);
        if (n === 0) return;
        if (n < 0) {
          n = -n;
          readLong(buf, st, path); // block size in bytes
        }
        // every item takes at least one byte in our schemas (no arrays of null): a count beyond the bytes left is corrupt
        if (n > buf.length - st.pos) throw new Error(`${path || '/'}: ${n} items claimed, ${buf.length - st.pos} bytes left`);
        for (let k = 0; k < n; k++) {
          if (o.type === 'map') need(buf, st, readLong(buf, st, path), path);
          walk((o.type === 'array' ? o.items : o.values) as Schema, buf, st, named, `${path}/${k}`);
        }
      }
    }
    default:
      return walk(o.type as Schema, buf, st, named, path);
  }
}
