/**
 * Languages franc may name for text that is mostly not in Arabic script. Unrestricted franc
 * picks rare neighbours for ordinary sentences (an English news sentence came back Scots,
 * `sco`), so, following franc's own advice to use `only` when the candidates are known, matn
 * asks among the widely written languages a Persian/Arabic news stream carries: the world's
 * major written languages and those of Iran's and the Arab world's neighbours (639-3 codes
 * as franc uses them).
 */
export const FOREIGN_LANGUAGES: readonly string[] = [
  'eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'rus', 'ukr', 'bel', 'bul', 'srp', 'hrv', 'bos', 'pol', 'ces',
  'slk', 'slv', 'ron', 'hun', 'swe', 'dan', 'nob', 'fin', 'ekk', 'lvs', 'lit', 'ell', 'tur', 'azj', 'uzn', 'kaz',
  'kir', 'tgk', 'tuk', 'tat', 'kat', 'hye', 'heb', 'hin', 'mar', 'ben', 'pan', 'guj', 'tam', 'tel', 'kan', 'mal',
  'sin', 'npi', 'cmn', 'jpn', 'kor', 'vie', 'tha', 'ind', 'zlm', 'tgl', 'swh', 'hau', 'som', 'amh', 'cat', 'glg',
  'eus', 'als', 'mkd', 'afr', 'kmr',
];
