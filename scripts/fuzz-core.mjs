// Hostile-input fuzzing shared by the test suite (tests/fuzz, small budget) and `npm run fuzz`
// (larger budget): seeded generators of bad and odd input, every command run in-process on each,
// and the properties every run must keep — no uncaught exception or internal error, a documented
// exit code (0, or 2 with a `matn CMD: SOURCE…` message), stdout holding only whole records,
// and an answer within a time bound.

/** mulberry32: small, seeded, good enough to pick cases; a failing case is replayed by its seed. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  return next;
}

export const COMMANDS = [
  ['clean'], ['clean', '--explain'], ['clean', '--split', 'line'], ['clean', '--split', 'nul', '--digits', 'latin'],
  ['detect-lang'], ['detect-lang', '--by', 'line'], ['detect-lang', '--only', 'fa,ar'],
  ['dedupe'], ['dedupe', '--split', 'para', '--mark'],
  ['extract-quotes'], ['extract-quotes', '--nest'], ['extract-quotes', '--split', 'para'],
  ['run', 'clean | detect-lang | dedupe | extract-quotes'],
  ['run', 'clean | detect-lang | dedupe | extract-quotes', '--jobs', '2'], ['clean', '--jobs', '2'],
];

const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const ODD = ['\u200c', '\u200d', '\ufeff', '\u00a0', '\u0640', '\u064b', '\u0651', '«', '»', '"', '“', '”', ':', '،', '؛', '…', '\r', '\t', '<', '>', '&amp;', '\\'];
const CUES = ['گفت:', 'اظهار داشت: «', 'با بیان اینکه', 'وی افزود', 'وقال:', 'وأضاف إن', 'قال «', '»، گفت.', 'به گفته', '، به گفته', 'بحسب', '، بحسب', '، وفقا ل', 'گفت که', ': أن'];
const LATIN = ['hello world', 'https://example.com/a?b=c', '@user', 'mail@example.org', '2024-01-01', 'ÄÖÜ ß', 'Привет', '中文', '😀👍🏽'];

/**
 * Each generator returns a Buffer: the bytes on stdin. `pieces` are real lines from the seeds;
 * `scale` multiplies the size of the huge-line case (0.3–1.2 MB at 1).
 */
export function generators(pieces, scale = 1) {
  const text = (rng, n) => Array.from({ length: n }, () => rng.pick(pieces)).join(rng() < 0.5 ? '\n' : '\n\n');
  const sprinkle = (rng, s, pool, rate) => [...s].map((c) => (rng() < rate ? rng.pick(pool) + c : c)).join('');
  return {
    randomBytes: (rng) => Buffer.from(Array.from({ length: rng.int(4096) }, () => rng.int(256))),
    truncatedUtf8: (rng) => {
      const b = Buffer.from(text(rng, 1 + rng.int(6)));
      return b.subarray(0, Math.max(0, b.length - 1 - rng.int(3)));
    },
    invalidUtf8Inside: (rng) => {
      const b = Buffer.from(text(rng, 3));
      const at = rng.int(b.length + 1);
      return Buffer.concat([b.subarray(0, at), Buffer.from([rng.pick([0x80, 0xc0, 0xed, 0xf8, 0xff])]), b.subarray(at)]);
    },
    randomJsonLines: (rng) => {
      const value = (d) => {
        const k = rng.int(d > 3 ? 4 : 7);
        if (k === 0) return rng() < 0.5 ? null : rng() < 0.5;
        if (k === 1) return rng() * 1e6 - 5e5;
        if (k === 2 || k === 3) return rng.pick(pieces).slice(0, rng.int(200));
        if (k === 4) return Array.from({ length: rng.int(4) }, () => value(d + 1));
        return Object.fromEntries(Array.from({ length: rng.int(4) }, (_, i) => [rng.pick(['text', 'id', 'lang', 'x' + i]), value(d + 1)]));
      };
      return Buffer.from(Array.from({ length: 1 + rng.int(8) }, () => JSON.stringify(rng() < 0.7 ? { id: rng.int(100), text: text(rng, 2), extra: value(0) } : value(0))).join('\n') + '\n');
    },
    deeplyNestedJson: (rng) => {
      const d = rng.pick([500, 999, 1001, 5000, 100000]);
      const open = rng() < 0.5 ? '[' : '{"a":';
      const close = open === '[' ? ']' : '}';
      return Buffer.from(`{"id":"n","text":"سلام","deep":${open.repeat(d)}1${close.repeat(d)}}\n`);
    },
    brokenJson: (rng) => {
      const good = JSON.stringify({ id: 'a', text: text(rng, 2) });
      const bad = rng.pick([good.slice(0, rng.int(good.length)), '{"text": 5}', '{"id":"x"}', '[1,2]', '{"text":"\\ud800"}', '{', '{"text":"a"}{"text":"b"}']);
      return Buffer.from(`${good}\n${bad}\n${good}\n`);
    },
    hugeLine: (rng) => Buffer.from(rng.pick(pieces).replace(/\n/g, ' ').repeat(Math.round((2000 + rng.int(2000)) * scale))),
    whitespaceOnly: (rng) => Buffer.from(Array.from({ length: rng.int(500) }, () => rng.pick([' ', '\n', '\t', '\r\n', '\u00a0', '\u200c', '\u3000'])).join('')),
    markupOnly: (rng) => Buffer.from(Array.from({ length: 1 + rng.int(50) }, () => rng.pick(['<div class="x">', '</div>', '<script>var a = "<p>";</script>', '<!-- c -->', '&nbsp;', '<br/>', '<p dir="rtl">', '<![CDATA[x]]>', '<', '>'])).join(rng() < 0.5 ? '' : '\n')),
    // Real lines with tags, entities and reporting cues in between (what extract-quotes and
    // detect-lang mask), and now and then a page's opening (what clean and dedupe read as a page).
    markupInText: (rng) => Buffer.from((rng() < 0.3 ? '<!DOCTYPE html><html><body>' : '') + Array.from({ length: 1 + rng.int(30) }, () => rng.pick([
      rng.pick(pieces).slice(0, 200), rng.pick(CUES), '<p>', '</p>', '<br>', '<b>', '</b>', '&zwnj;', '&laquo;', '&raquo;', '&nbsp;', '&#8203;',
      '<script>', '</script>', '<style>p{}</style>', '<!--', '-->', '<a href="x">', '</a>', '<', '&',
    ])).join(rng() < 0.5 ? '' : rng() < 0.5 ? ' ' : '\n')),
    mixedScripts: (rng) => Buffer.from(Array.from({ length: 1 + rng.int(20) }, () => (rng() < 0.5 ? rng.pick(pieces) : rng.pick(LATIN))).join(rng() < 0.5 ? ' ' : '\n')),
    bidiAndOddMarks: (rng) => Buffer.from(sprinkle(rng, text(rng, 3), [...BIDI, ...ODD], 0.1)),
    nulBytes: (rng) => Buffer.from(sprinkle(rng, text(rng, 3), ['\0'], 0.01)),
    crOnly: (rng) => Buffer.from(text(rng, 5).replace(/\n/g, '\r')),
    quoteMarkChaos: (rng) => Buffer.from(Array.from({ length: 1 + rng.int(60) }, () => (rng() < 0.4 ? rng.pick(CUES) : rng.pick(['«', '»', '"', ':', '.', '،', rng.pick(pieces).slice(0, 80)]))).join(' ')),
    repeatedRecords: (rng) => Buffer.from(Array.from({ length: 2 + rng.int(30) }, () => rng.pick(pieces.slice(0, 4))).join('\n')),
  };
}

/** Runs `main` in-process on `input`; resolves within `timeoutMs` or reports a hang. */
export async function runCase(main, streams, args, input, timeoutMs) {
  const { PassThrough, Readable } = streams;
  const stdin = Readable.from(input.length > 0 ? [input] : []);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = [];
  const err = [];
  stdout.on('data', (b) => out.push(b));
  stderr.on('data', (b) => err.push(b));
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  let code;
  let thrown;
  try {
    code = await Promise.race([main(args, { stdin, stdout, stderr, env: { NO_COLOR: '1' } }), timeout]);
  } catch (e) {
    thrown = e;
  } finally {
    clearTimeout(timer);
  }
  return { code, thrown, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** What is wrong with one run, or [] when it kept every property. */
export function problems(args, r) {
  const found = [];
  if (r.thrown) found.push(`uncaught: ${r.thrown?.stack ?? r.thrown}`);
  if (r.code === 'timeout') found.push('did not finish in time');
  else if (r.code !== 0 && r.code !== 2) found.push(`exit ${r.code}`);
  if (/internal error/.test(r.stderr)) found.push(`internal error: ${r.stderr.slice(0, 500)}`);
  if (r.code === 2 && !/^matn [a-z-]+: \S/m.test(r.stderr)) found.push(`exit 2 without a message naming the input: ${r.stderr.slice(0, 200)}`);
  if (r.stdout.length > 0 && !/[\n\0]$/.test(r.stdout)) found.push('stdout ends inside a record');
  if (args.includes('--to') && args[args.indexOf('--to') + 1] === 'jsonl') {
    for (const line of r.stdout.split('\n')) {
      if (line === '') continue;
      try {
        const v = JSON.parse(line);
        if (v === null || typeof v !== 'object' || Array.isArray(v)) found.push('a JSON Lines record is not an object');
      } catch {
        found.push(`stdout line is not JSON: ${line.slice(0, 80)}`);
      }
    }
  }
  return found;
}

/** One fuzz case from `seed`: which generator, command and output format, and the verdict. */
export async function fuzzCase(main, streams, pieces, seed, { timeoutMs = 10_000, scale = 1 } = {}) {
  const rng = makeRng(seed);
  const gens = generators(pieces, scale);
  const name = rng.pick(Object.keys(gens));
  const input = gens[name](rng);
  const args = [...rng.pick(COMMANDS)];
  if (rng() < 0.5) args.push('--to', 'jsonl');
  const r = await runCase(main, streams, args, input, timeoutMs);
  return { seed, name, args, input, problems: problems(args, r) };
}
