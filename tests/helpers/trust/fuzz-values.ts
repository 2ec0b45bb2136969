/**
 * Payload material for the contract fuzz test: nasty values, payload mutations one field at a
 * time, and random structures from a seeded generator. Everything here is what could reach
 * dispatch from the renderer (IPC's structured clone carries Date, Map, Set, typed arrays and
 * BigInt as well as JSON) or from the local web server (JSON only).
 */

/** A marker in every path-like string, so that a file written from a payload is found by name anywhere. */
export const escapeMarker = (seed: number): string => `phdv-fuzz-escape-${seed}`;

/**
 * Traversals and absolute paths, every one naming a file that does not exist (the marker): a
 * product bug that writes where a payload says must create a file the test finds, never
 * overwrite one — the tests may run as root, and a path like /etc/passwd would be clobbered.
 */
export function pathStrings(marker: string, tmp: string): string[] {
  return [
    `../../../../../../../../${marker}`,
    `../../../../${marker}.db`,
    `../${marker}`,
    `..\\..\\..\\${marker}.xlsx`,
    `/${marker}.db`,
    `${tmp}/${marker}.db`,
    `${tmp}/${marker}/../${marker}-2.db`,
    `C:\\Windows\\System32\\${marker}.dll`,
    `\\\\?\\C:\\${marker}.db`,
    `\\\\may-chu\\chia-se\\${marker}.db`,
    `file:///tmp/${marker}.db`,
    '..',
    '.',
    '/',
    '~',
    `~/${marker}`,
    'con',
    'NUL.db',
    `${marker}\u0000.db`,
    `%2e%2e%2f%2e%2e%2f${marker}`,
    `./${marker}/..`,
  ];
}

/** A string of n characters: big enough to find O(n²) work, echoes and missing limits. */
export const hugeString = (n = 5 * 1024 * 1024): string => 'Ệ'.repeat(n);

/** Nested n levels deep, built without recursion. */
export function deep(n: number, asArray = false): unknown {
  let v: unknown = 'đáy';
  for (let i = 0; i < n; i++) v = asArray ? [v] : { a: v };
  return v;
}

export function protoPayload(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}') as Record<string, unknown>;
}

export function nastyValues(marker: string, tmp: string, huge: string): { label: string; value: unknown }[] {
  const values: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['true', true],
    ['false', false],
    ['0', 0],
    ['-0', -0],
    ['-1', -1],
    ['0.5', 0.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['1e308', 1e308],
    ['-1e308', -1e308],
    ['MAX_SAFE+2', Number.MAX_SAFE_INTEGER + 2],
    ['MIN_VALUE', Number.MIN_VALUE],
    ['2^31', 2 ** 31],
    ['bigint', BigInt(2021)],
    ['""', ''],
    ['" "', '   '],
    ['"2021"', '2021'],
    ['"null"', 'null'],
    ['"[object Object]"', '[object Object]'],
    ['html', '<img src=x onerror=alert(1)>'],
    ['sql', "'); DROP TABLE reports; --"],
    ['NUL', '\u0000'],
    ['RTL override', '\u202egnp.exe'],
    ['NFD Vietnamese', 'Quảng Ngãi'.normalize('NFD')],
    ['lone surrogate', '\ud800'],
    ['huge string', huge],
    ...pathStrings(marker, tmp).map((p): [string, unknown] => [`path ${JSON.stringify(p).slice(0, 40)}`, p]),
    ['[]', []],
    ['[1]', [1]],
    ['[null]', [null]],
    ['sparse array', [, 1]], // eslint-disable-line no-sparse-arrays
    ['{}', {}],
    ['{a:1}', { a: 1 }],
    ['null-prototype object', Object.create(null) as unknown],
    ['proto keys', protoPayload()],
    ['deep object', deep(10_000)],
    ['deep array', deep(10_000, true)],
    ['Date', new Date(0)],
    ['invalid Date', new Date(NaN)],
    ['Map', new Map([['year', 2021]])],
    ['Set', new Set([2021])],
    ['Uint8Array', new Uint8Array([1, 2, 3])],
    ['huge array', new Array(100_000).fill('x')],
  ];
  return values.map(([label, value]) => ({ label, value }));
}

export type Path = (string | number)[];

/** Every node of a JSON payload below the root: the fields one mutation at a time replaces. */
export function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const out: Path[] = [];
  for (const [k, v] of Object.entries(value)) {
    const p = [...prefix, Array.isArray(value) ? Number(k) : k];
    out.push(p, ...paths(v, p));
  }
  return out;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  return node;
}

/** A copy of the payload with the field at `path` set to `value` (an own property even for "__proto__"). */
export function withValue(root: unknown, path: Path, value: unknown): unknown {
  const copy = clone(root);
  Object.defineProperty(parentOf(copy, path), path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

export function without(root: unknown, path: Path): unknown {
  const copy = clone(root);
  const parent = parentOf(copy, path);
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

/** The objects of a payload (the root included), where an extra key can be slipped in. */
export function objectPaths(value: unknown): Path[] {
  return [[], ...paths(value)].filter((p) => {
    let node = value;
    for (const k of p) node = (node as Record<string | number, unknown>)[k];
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
}

export function withExtraKey(root: unknown, objectPath: Path, key: string, value: unknown): unknown {
  const copy = clone(root);
  let node = copy as Record<string, unknown>;
  for (const k of objectPath) node = node[k] as Record<string, unknown>;
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const ALPHABET = ['a', 'Z', '0', '9', '-', '_', '.', '/', '\\', ':', ' ', 'ệ', 'Đ', '"', "'", '<', '%', '\u0000', '\n', '\t', '\u200b', '😀'];

/** A random JSON-like value: the shape of the garbage a confused or hostile caller sends. */
export function randomValue(random: () => number, keys: string[], depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const kind = Math.floor(random() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0:
      return pick([null, undefined, true, false]);
    case 1:
      return Math.floor((random() - 0.5) * 10 ** Math.floor(random() * 20));
    case 2:
      return pick([NaN, Infinity, -Infinity, -0, 2021, 2100, 1999, 1e-9, 0.1 + 0.2]);
    case 3:
      return Array.from({ length: Math.floor(random() * 40) }, () => pick(ALPHABET)).join('');
    case 4:
      return pick(['2021', '2021-Q2', '2021-13-45', '2021-02-29', '524', '524-BDV', 'BDV', 'QS', 'TT01', 'all', 'quarter', 'accept', '3f1c2b4a-8d5e-4f60-9a7b-1c2d3e4f5a6b', 'x.db']);
    case 5:
      return `${pick(['../', '/', 'C:\\', '\\\\', ''])}${pick(ALPHABET)}${pick(keys.length ? keys : ['k'])}`;
    case 6:
      return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, keys, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(random() * 6);
      for (let i = 0; i < n; i++) {
        const key = random() < 0.7 && keys.length ? pick(keys) : pick(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', 'x', '0']);
        Object.defineProperty(o, key, { value: randomValue(random, keys, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
  }
}

/** Every key used anywhere in a payload: random objects reuse them so that they get past the first check. */
export function keysOf(value: unknown, out = new Set<string>()): string[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) out.add(k);
      keysOf(v, out);
    }
  }
  return [...out];
}

/** Randomly changes one node of a valid payload, the most likely shape of a real bug in the page. */
export function randomMutation(random: () => number, valid: unknown): unknown {
  const all = paths(valid);
  if (!all.length) return randomValue(random, []);
  const p = all[Math.floor(random() * all.length)]!;
  return withValue(valid, p, randomValue(random, keysOf(valid)));
}
