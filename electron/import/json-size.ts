/**
 * The length JSON.stringify(value) would have, without building the string. An object met again
 * (a staged view and its report share their figures, cells and findings) is measured once and
 * counted each time, as JSON.stringify writes it each time.
 */
export function jsonLength(value: unknown): number {
  return measure(value, new Map(), false) ?? 0;
}

const IN_PROGRESS = -1;

/** undefined: left out (in an object) or written as null (in an array), as JSON.stringify does. */
function measure(value: unknown, seen: Map<object, number>, inArray: boolean): number | undefined {
  switch (typeof value) {
    case 'string':
      return quotedLength(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? 4 : undefined;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
  }
  if (value === null) return 4;
  const obj = value as object & { toJSON?: (key: string) => unknown };
  if (typeof obj.toJSON === 'function') return measure(obj.toJSON(''), seen, inArray);
  const known = seen.get(obj);
  if (known === IN_PROGRESS) throw new TypeError('Converting circular structure to JSON');
  if (known !== undefined) return known;
  seen.set(obj, IN_PROGRESS);
  let n = 2;
  let items = 0;
  if (Array.isArray(obj)) {
    for (const v of obj) n += measure(v, seen, true)!;
    items = obj.length;
  } else {
    for (const key of Object.keys(obj)) {
      const v = measure((obj as Record<string, unknown>)[key], seen, false);
      if (v === undefined) continue;
      n += quotedLength(key) + 1 + v;
      items++;
    }
  }
  if (items > 1) n += items - 1;
  seen.set(obj, n);
  return n;
}

/** A string as JSON writes it: quotes, two-character escapes, \u00XX for other control characters and for lone surrogates. */
function quotedLength(s: string): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) continue;
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 1;
    else if (c < 0x20) n += 5;
    else if (c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) i++;
    else n += 5;
  }
  return n;
}
