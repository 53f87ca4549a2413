// `npm run eval` section: detect-lang accuracy by language × length bucket on the langid dev
// lines (test role only: lines the model never trained or calibrated on; see langid-data.mjs),
// beside franc (a) unrestricted with prs→pes and (b) only [pes, arb], computed in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { franc } from 'franc';
import { detectLanguage } from '../dist/index.js';
import { letterStats } from '../dist/langid/features.js';
import { loadLangidDev, langidDevDir } from './langid-data.mjs';

const BUCKETS = [10, 20, 40, 80, 160, 'full'];
const cut = (s, n) => (n === 'full' ? s : [...s].slice(0, n).join(''));
const FA_AR = new Set(['pes', 'arb']);

// Every classifier answers in 639-3 (pes/arb/…); matn's 639-3 mode keeps Dari folded.
const classifiers = {
  matn: (t) => detectLanguage(t, { iso: '639-3' }).lang,
  'franc(a)+prs→pes': (t) => { const c = franc(t); return c === 'prs' ? 'pes' : c; },
  'franc(b) only[pes,arb]': (t) => franc(t, { only: ['pes', 'arb'] }),
};

export function evalLangid({ shared, verbose = false, log = console.log }) {
  const dev = loadLangidDev(shared).filter((d) => d.role === 'test');
  if (dev.length === 0) { log('(langid dev data not found: skipped)'); return; }
  const pct = (a, n) => (n ? ((100 * a) / n).toFixed(1) : '  – ');
  const groups = ['pes', 'arb', 'arb:dialects', 'pes:farsnews-2008'];
  log(`test lines: ${dev.length} (never used to train or calibrate)`);
  log(`accuracy % by length (lines with ≥ N chars, cut to N)`);
  log(`${'classifier'.padEnd(24)} ${'set'.padEnd(20)} ${BUCKETS.map((b) => String(b).padStart(6)).join('')}`);
  const summary = {};
  for (const [name, fn] of Object.entries(classifiers)) {
    for (const g of groups) {
      const rows = dev.filter((d) => (g === 'arb:dialects' ? d.gold === 'arb' && d.file !== 'arb'
        : g === 'pes:farsnews-2008' ? d.source === 'farsnews-2008'
          : g === 'arb' ? d.file === 'arb' : d.file === g));
      const cells = BUCKETS.map((b) => {
        const items = rows.filter((d) => b === 'full' || [...d.text].length >= b);
        const ok = items.filter((d) => fn(cut(d.text, b)) === d.gold).length;
        summary[`${name}|${g}|${b}`] = ok / items.length;
        return pct(ok, items.length).padStart(6);
      });
      log(`${name.padEnd(24)} ${g.padEnd(20)} ${cells.join('')}`);
    }
  }
  // Tweets often open with @mentions: their 20-character cut may hold no Arabic-script letter at
  // all, and `und` is then the right answer that the table above counts wrong.
  const dialect20 = dev.filter((d) => d.gold === 'arb' && d.file !== 'arb' && [...d.text].length >= 20);
  const letterless = dialect20.filter((d) => letterStats(cut(d.text, 20)).arabic === 0);
  const answerable = dialect20.filter((d) => !letterless.includes(d));
  const okAnswerable = answerable.filter((d) => classifiers.matn(cut(d.text, 20)) === 'arb').length;
  log(`arb:dialects @20: ${letterless.length} of ${dialect20.length} cuts hold no Arabic-script letter (only @mentions/links); matn on the other ${answerable.length}: ${pct(okAnswerable, answerable.length)}`);
  log(`\nArabic-script confusers accepted as fa/ar (false accepts %, full lines / 20 chars; exact = own code)`);
  const confusers = ['urd', 'pus', 'snd', 'uig', 'ckb', 'kas', 'bal', 'glk', 'hac', 'prs'];
  log(`${'lang'.padEnd(6)} ${Object.keys(classifiers).map((n) => n.padEnd(26)).join('')}`);
  for (const lang of confusers) {
    const rows = dev.filter((d) => d.file === lang);
    const cells = Object.entries(classifiers).map(([, fn]) => {
      const full = rows.map((d) => fn(d.text));
      const short = rows.filter((d) => [...d.text].length >= 20).map((d) => fn(cut(d.text, 20)));
      const fa = (xs) => xs.filter((x) => FA_AR.has(x) && !(lang === 'prs' && x === 'pes')).length;
      const exact = full.filter((x) => x === lang || (lang === 'pus' && x === 'pbu')).length;
      return `${pct(fa(full), full.length)} / ${pct(fa(short), short.length)} exact ${pct(exact, full.length)}`.padEnd(26);
    });
    log(`${lang.padEnd(6)} ${cells.join('')}${lang === 'prs' ? '  (Dari: folded into fa by default; pes not counted)' : ''}`);
  }
  for (const lang of ['eng', 'azj']) {
    const rows = dev.filter((d) => d.file === lang);
    const cells = Object.entries(classifiers).map(([, fn]) => {
      const fa = rows.filter((d) => FA_AR.has(fn(d.text))).length;
      return `${pct(fa, rows.length)} fa/ar`.padEnd(26);
    });
    log(`${lang.padEnd(6)} ${cells.join('')}`);
  }
  // Short items (lingua's single words and word pairs) and the mixed lines.
  const shortDir = path.join(langidDevDir(shared), 'short');
  if (fs.existsSync(shortDir)) {
    log(`\nlingua short items (accuracy %)`);
    for (const f of fs.readdirSync(shortDir).filter((n) => !n.startsWith('urd')).sort()) {
      const gold = f.split('.')[0];
      const items = fs.readFileSync(path.join(shortDir, f), 'utf8').split('\n').filter(Boolean);
      const cells = Object.entries(classifiers).map(([n, fn]) => `${n} ${pct(items.filter((t) => fn(t) === gold).length, items.length)}`);
      log(`  ${f.padEnd(24)} ${cells.join('   ')}`);
    }
  }
  const mixedPath = path.join(langidDevDir(shared), 'mixed.txt');
  if (fs.existsSync(mixedPath)) {
    const lines = fs.readFileSync(mixedPath, 'utf8').split('\n');
    const labels = fs.readFileSync(path.join(langidDevDir(shared), 'mixed.labels.tsv'), 'utf8').split('\n').slice(1);
    const items = lines.map((t, i) => ({ t, gold: (labels[i] ?? '').split('\t')[3] })).filter((x) => x.t && x.gold);
    const norm = (c) => (['pes', 'arb', 'und'].includes(c) ? c : 'other');
    const goldNorm = (g) => (['pes', 'arb'].includes(g) ? g : 'other');
    const cells = Object.entries(classifiers).map(([n, fn]) => `${n} ${pct(items.filter((x) => norm(fn(x.t)) === goldNorm(x.gold)).length, items.length)}`);
    log(`mixed-script lines (${items.length}, majority label)  ${cells.join('   ')}`);
  }
  if (verbose) {
    const misses = dev.filter((d) => FA_AR.has(d.gold) && classifiers.matn(d.text) !== d.gold).slice(0, 40);
    for (const d of misses) log(`    miss ${d.file}:${d.index} → ${classifiers.matn(d.text)}  ${d.text.slice(0, 90)}`);
  }
  return summary;
}
