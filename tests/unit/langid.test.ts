import { describe, expect, it } from 'vitest';
import { detectLanguage, detectSegments, splitSegments, toIso } from '../../src/index.js';
import { letterStats, ngramStrings } from '../../src/langid/features.js';
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
  it('does not let a URL, mention or Latin run decide an Arabic-script line', () => {
    const line = 'وزیر امور خارجه امروز به تهران بازگشت https://example.com/news/english-words-here @reuters_world';
    expect(detectLanguage(line).lang).toBe('fa');
  });
  it('gives a calibrated confidence in 0..1, higher for longer text', () => {
    const short = detectLanguage('به گزارش خبرگزاری');
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
  it('labels every line of the Arabic seed Arabic, its Persian-keyboard agency line included', () => {
    const seed = readFixture('seeds/004_87eaad3e373b4705.txt');
    const r = detectSegments(seed, 'line');
    expect(r.segments).toHaveLength(1);
    expect(r.langs).toEqual({ ar: 1 });
  });
});
