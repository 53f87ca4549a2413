// Generated input for the scale benches: distinct documents in real Persian/Arabic agency style,
// made from the fixture articles (seeds + news). Each document keeps a real article's short head
// lines (site furniture, title) and short tail lines (end marker, footer), and a body of 3–10 paragraphs of 1–3 real
// sentences from any article, ~10% of words swapped for other words of the same pool — so furniture rules,
// reporting clauses and language all look real while no two documents are the same story.
// Every 10th document is an edited copy of an earlier one (new header, a few words dropped),
// so dedupe has real work. Seeded: the same size gives the same bytes.
import fs from 'node:fs';

export function variantMaterial(root) {
  const texts = ['seeds', 'news'].flatMap((dir) => fs.readdirSync(`${root}fixtures/${dir}`).sort()
    .map((f) => fs.readFileSync(`${root}fixtures/${dir}/${f}`, 'utf8')));
  const articles = texts.map((t) => t.split('\n'));
  const sentences = articles.flatMap((ls) => ls.flatMap((l) => l.split(/(?<=[.؟!])\s+/)))
    .filter((s) => s.trim().split(/\s+/).length >= 6);
  const vocab = [...new Set(sentences.join(' ').split(/\s+/).filter((w) => w.length > 2))];
  return { articles, sentences, vocab };
}

/** Yields `{ id, text }` documents forever (take as many as needed). */
export function* variantDocs(material, seed = 11) {
  const { articles, sentences, vocab } = material;
  let x = seed >>> 0;
  const rand = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const recent = [];
  for (let i = 0; ; i++) {
    let text;
    if (i % 10 === 9 && recent.length > 0) {
      const src = pick(recent).split(' ');
      text = `سرویس خبر ${i}\n` + src.filter((_, k) => k % 37 !== 11).join(' ');
    } else {
      const a = pick(articles);
      const short = (l) => l.trim().split(/\s+/).length <= 12;
      const head = a.slice(0, 4).filter(short).join('\n');
      const tail = a.slice(-4).filter(short).join('\n');
      const n = 3 + Math.floor(rand() * 8);
      const body = [];
      for (let p = 0; p < n; p++) {
        const para = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(sentences)).join(' ');
        body.push(para.split(' ').map((w) => (rand() < 0.1 ? pick(vocab) : w)).join(' '));
      }
      text = `${head}\n${body.join('\n')} (${i})\n${tail}`;
      recent.push(text);
      if (recent.length > 200) recent.shift();
    }
    yield { id: `v${i}`, text };
  }
}

/** Writes (once) a JSON Lines file of at least `mb` megabytes; returns its path. */
export function variantCorpusFile(root, dir, mb) {
  const file = `${dir}/variants-${mb}mb.jsonl`;
  if (fs.existsSync(file) && fs.statSync(file).size >= mb * 1e6) return file;
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let chunk = '';
  for (const doc of variantDocs(variantMaterial(root))) {
    chunk += JSON.stringify(doc) + '\n';
    if (chunk.length > 1 << 20) {
      bytes += fs.writeSync(fd, chunk);
      chunk = '';
      if (bytes >= mb * 1e6) break;
    }
  }
  if (chunk) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}
