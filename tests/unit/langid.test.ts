import { describe, expect, it } from 'vitest';
import { detectLanguage, detectSegments, splitSegments, toIso } from '../../src/index.js';
import { letterStats, ngramStrings, scanLetters } from '../../src/langid/features.js';
import { NgramModel } from '../../src/langid/model.js';
import { MODEL } from '../../src/langid/data/model.js';
import { readFixture } from '../helpers/fixtures.js';

const sample = readFixture('langid/sample.tsv').trim().split('\n').slice(1).map((l) => {
  const [gold, source, text] = l.split('\t');
  return { gold: gold!, source: source!, text: text! };
});

describe('langid features', () => {
  it('keeps Arabic-script letters only; URLs, mentions, e-mail, digits and Latin break words', () => {
    const s = letterStats('@user123 سلام https://x.com/a?b=1 دنیا 123 hello@mail.com test');
    expect(s.letters).toBe('سلام دنیا');
    expect(s.latin).toBe(4); // "test" only
  });
  it('folds Arabic yeh/kaf into Persian forms and squashes stretched letters', () => {
    expect(letterStats('ميكنيم').letters).toBe('میکنیم');
    expect(letterStats('جداااااا هههههه').letters).toBe('جداا هه');
  });
  it('counts yeh/kaf by keyboard form and words by script', () => {
    const s = scanLetters('كتاب یک Google Drive، 2024 don\'t');
    expect([s.arabicForms, s.persianForms]).toEqual([1, 2]);
    expect([s.arabicWords, s.foreignWords]).toEqual([2, 3]);
    expect(letterStats('كتاب یک').letters).toBe('کتاب یک');
  });
  it('adds the stored weights of every n-gram, over more n-grams than one accumulator lane holds', () => {
    // Reference: the generated data read directly, one n-gram at a time.
    const grams = new Map(MODEL.ngrams.split('\n').map((g, i) => [g, i]));
    const q = Buffer.from(MODEL.weights, 'base64');
    const C = MODEL.classes.length;
    const text = 'به گزارش خبرگزاری فارس وزیر امور خارجه امروز در نشست خبری گفت که مذاکرات ادامه دارد '.repeat(8).trim();
    const expected = Float64Array.from(MODEL.bias);
    const all = ngramStrings(text, MODEL.maxN);
    expect(all.length).toBeGreaterThan(600);
    for (const g of all) {
      const row = grams.get(g);
      for (let c = 0; c < C; c++) expected[c] += row === undefined ? MODEL.unseen[c]! : MODEL.offset + q[row * C + c]! / MODEL.scale;
    }
    const model = new NgramModel(MODEL);
    const out = new Float64Array(C);
    expect(model.score(text, out)).toBe(all.length);
    for (let c = 0; c < C; c++) expect(out[c]).toBeCloseTo(expected[c]!, 6);
  });
  it('stops early once the label is settled, weighing Persian against the next label, not Dari', () => {
    const model = new NgramModel(MODEL);
    const out = new Float64Array(model.classes.length);
    const text = 'به گزارش خبرگزاری فارس، وزیر امور خارجه امروز در نشست خبری گفت که مذاکرات ادامه دارد و طرفین به توافق نزدیک شده‌اند';
    const { letters } = letterStats(text);
    const all = model.score(letters, out);
    const plain = model.score(letters, out, { stopAt: 6 });
    const pes = model.classes.indexOf('pes');
    const labelOf = model.classes.map((code, c) => (code === 'prs' ? pes : c));
    const folded = model.score(letters, out, { stopAt: 6, labelOf });
    expect(plain).toBeLessThanOrEqual(all);
    expect(folded).toBeLessThan(plain);
  });
  it('the model scores exactly the n-grams the trainer stored', () => {
    const model = new NgramModel(MODEL);
    const out = new Float64Array(model.classes.length);
    expect(model.score('از ما', out)).toBe(ngramStrings('از ما', MODEL.maxN).length);
    expect(ngramStrings('از', 2)).toEqual([' ا', 'ا', 'از', 'ز', 'ز ']);
  });
});

describe('detectLanguage', () => {
  it('labels the fixture sample of real lines (never trained on) correctly on full lines', () => {
    const fold = (g: string) => toIso(g);
    const wrong = sample.filter((s) => detectLanguage(s.text).lang !== fold(s.gold));
    // 160 lines: Persian, Arabic, six Arabic-script confusers, English.
    expect(wrong.length, wrong.map((w) => `${w.gold}: ${w.text.slice(0, 60)}`).join('\n')).toBeLessThanOrEqual(3);
  });
  it('reads informal Arabic that drops the hamza (`اكيد انا`, `احسن لانه`) as Arabic, Persian questions as Persian', () => {
    for (const t of ['اكيد انا', 'احسن لانه', 'انا معك', 'لان الوقت']) expect(detectLanguage(t).lang, t).toBe('ar');
    for (const t of ['آنها کجا هستند؟', 'این کتاب خوب است']) expect(detectLanguage(t).lang, t).toBe('fa');
  });
  it('reads legacy Persian typed with Arabic ي/ك (FarsNews 2008) as Persian', () => {
    const legacy = sample.filter((s) => s.source === 'farsnews-2008');
    expect(legacy.length).toBeGreaterThan(10);
    for (const s of legacy) expect(detectLanguage(s.text).lang).toBe('fa');
    expect(detectLanguage('ميگويد كه اين كار را نمي كنيم').lang).toBe('fa');
  });
  it('names Arabic-script confusers instead of calling them Persian or Arabic', () => {
    expect(detectLanguage('اقتصادی اصلاحات کہاں ہیں مودی جی؟ یہ سوال ہر طرف سے پوچھا جا رہا ہے').lang).toBe('ur');
    for (const s of sample.filter((x) => ['urd', 'pus', 'uig', 'snd'].includes(x.gold))) {
      expect(['fa', 'ar']).not.toContain(detectLanguage(s.text).lang);
    }
  });
  it('returns und for empty, digit-only or too-short input, and franc\'s label for Latin text', () => {
    expect(detectLanguage('')).toEqual({ lang: 'und', confidence: 0, letters: 0 });
    expect(detectLanguage('12345 678 !!!').lang).toBe('und');
    expect(detectLanguage('و').lang).toBe('und');
    expect(detectLanguage('The minister said on Monday that the talks would continue next week.').lang).toBe('en');
  });
  it('reads the keyboard: Arabic typed with ي/ك is Arabic, Persian with ی/ک is Persian', () => {
    expect(detectLanguage('كان يريد').lang).toBe('ar'); // no ال, no ة: the keyboard decides
    expect(detectLanguage('کتاب را خواندم').lang).toBe('fa');
    // Arabic typed on a Persian keyboard (a verse or agency line in a Persian article) stays Arabic.
    expect(detectLanguage('قال الوزیر إن الحکومة ستواصل العمل فی هذا المجال رغم کل الصعوبات').lang).toBe('ar');
    // A long legacy Persian paragraph: the keyboard votes only for the words scored before the
    // early stop, so its dozens of ي/ك cannot outweigh the few n-grams read.
    const legacy = 'بهبود مستمر عمليات با رويكرد مديريت كل نگر همسويي ندارد زيرا مديريت به نتايج عملكرد سيستم توجه دارد. ';
    expect(detectLanguage(legacy.repeat(6)).lang).toBe('fa');
  });
  it('decides the script by words: a Persian sentence with Latin brand names is Persian', () => {
    expect(detectLanguage('من هر روز با Microsoft Teams و Google Docs کار می‌کنم').lang).toBe('fa');
    expect(detectLanguage('He wrote the report in Microsoft Word and sent it to تهران').lang).toBe('en');
    // Latin words that are all capitalized are names, however many: a short cut of a Persian line.
    expect(detectLanguage('Paul Barreira، پروفس').lang).toBe('fa');
    expect(detectLanguage('Iran Signs Deal With Russia').lang).toBe('en');
  });
  it('names English by its function words and leaves other Latin languages to franc', () => {
    expect(detectLanguage('Le ministre a déclaré lundi que les négociations se poursuivraient la semaine prochaine.').lang).toBe('fr');
    expect(detectLanguage('Der Minister sagte am Montag, dass die Gespräche nächste Woche fortgesetzt werden.').lang).toBe('de');
  });
  it('does not let a URL, mention or Latin run decide an Arabic-script line', () => {
    const line = 'وزیر امور خارجه امروز به تهران بازگشت https://example.com/news/english-words-here @reuters_world';
    expect(detectLanguage(line).lang).toBe('fa');
  });
  it('reads only the first million characters of a huge record', () => {
    const huge = 'وزیر امور خارجه امروز به تهران بازگشت '.repeat(40_000); // 1.5M characters
    const d = detectLanguage(huge);
    expect(d.lang).toBe('fa');
    expect(d.letters).toBeLessThanOrEqual(1 << 20);
    expect(d.letters).toBeGreaterThan(500_000);
  });
  it('gives a calibrated confidence in 0..1, higher for longer text', () => {
    const short = detectLanguage('وزیر امور');
    const long = detectLanguage('به گزارش خبرگزاری فارس، وزیر امور خارجه امروز در نشست خبری گفت که مذاکرات ادامه دارد.');
    expect(short.confidence).toBeGreaterThan(0);
    expect(long.confidence).toBeLessThanOrEqual(1);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });
  it('uses 639-3 codes on request and keeps Dari apart with keepDari', () => {
    expect(detectLanguage('قال الوزير إن الاجتماع كان مثمرا وبناء', { iso: '639-3' }).lang).toBe('arb');
    const dari = 'ښاروالی کابل اعلام کرد که کار سرک‌های شهر تا پایان سال تمام می‌شود و ولسوالی‌ها هم بودجه می‌گیرند';
    expect(['fa', 'prs']).toContain(detectLanguage(dari).lang);
    expect(detectLanguage(dari).lang).not.toBe('prs');
  });
});

describe('detectLanguage on HTML', () => {
  it('a whole page is its text\'s language: scripts, styles and head do not count (they made Arabic pages English or French)', () => {
    for (const page of ['ar_html_youm7-com_1691196862', 'ar_html_arabic-cnn-com_syria-clashes_goose3', 'ar_html_arabic-sputniknews-com_1550981615']) {
      expect(detectLanguage(readFixture(`pages/${page}.html`)).lang).toBe('ar');
    }
    expect(detectLanguage(readFixture('pages/fa_html_khabaronline-ir_1523806243.html')).lang).toBe('fa');
  });
});

describe('detectSegments', () => {
  it('splits lines, paragraphs and sentences, dropping blank ones', () => {
    expect(splitSegments('a\n\n b \nc', 'line')).toEqual([[0, 1], [4, 5], [7, 8]]);
    expect(splitSegments('a\nb\n\nc', 'para')).toEqual([[0, 3], [5, 6]]);
    expect(splitSegments('یک. دو؟ سه', 'sentence')).toEqual([[0, 3], [4, 7], [8, 10]]);
  });
  it('merges adjacent runs and reports shares for a mixed document', () => {
    const text = 'قال الوزير إن الاجتماع كان مثمرا وبناء\nوأضاف أن التعاون سيستمر في كل المجالات\nمنبع: خبرگزاری صدا و سیمای جمهوری اسلامی ایران';
    const r = detectSegments(text, 'line');
    expect(r.segments.map((s) => s.lang)).toEqual(['ar', 'fa']);
    expect(r.segments[0]!.start).toBe(0);
    expect(r.segments[1]!.end).toBe([...text].length);
    expect(r.langs.ar).toBeGreaterThan(r.langs.fa!);
  });
  it('counts offsets in code points (an emoji is one)', () => {
    const r = detectSegments('😀 سلام به همه دوستان\nقال الوزير إن الاجتماع كان', 'line');
    expect(r.segments[1]!.start).toBe([...'😀 سلام به همه دوستان\n'].length);
  });
  it('a script spanning lines is no segment of any language (the record is masked once)', () => {
    const text = 'قال الوزير إن الاجتماع كان مثمرا وبناء\n<script>\nvar title = "the latest news of the day";\nfunction go() { return window.location; }\n</script>\nوأضاف أن التعاون سيستمر في كل المجالات';
    const r = detectSegments(text, 'line');
    expect(r.segments.filter((s) => s.lang !== 'und').map((s) => s.lang)).toEqual(['ar']);
    expect(r.langs).toEqual({ ar: 1 });
  });
  it('labels every line of the Arabic seed Arabic, its Persian-keyboard agency line included', () => {
    const seed = readFixture('seeds/004_87eaad3e373b4705.txt');
    const r = detectSegments(seed, 'line');
    expect(r.segments).toHaveLength(1);
    expect(r.langs).toEqual({ ar: 1 });
  });
});
