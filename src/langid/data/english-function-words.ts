/**
 * English function words that other Latin-script languages do not write as words of their own
 * (`a`, `in`, `is`, `was`, `no`, `my`, `will`, `also`, `over`, `under`, `most` are left out:
 * Romance, Germanic or Slavic languages or Hungarian write them too). English is the commonest
 * other language in Persian/Arabic news streams, and a line dense with these is labelled English
 * without asking franc (see detect.ts). Hand-picked from the top of English frequency lists.
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'that', 'for', 'with', 'are', 'be', 'by', 'this', 'have', 'from', 'they', 'which',
  'not', 'but', 'were', 'his', 'her', 'she', 'we', 'you', 'has', 'had', 'their', 'would', 'been',
  'there', 'can', 'said', 'its', 'who', 'more', 'about', 'after', 'than', 'into', 'when', 'what', 'our',
  'them', 'these', 'some', 'only', 'could', 'should', 'it', 'or', 'him', 'your', 'all',
  'one', 'out', 'up', 'if', 'just', 'other', 'new', 'first', 'two', 'year', 'years', 'people',
  'because', 'while', 'where', 'how', 'those', 'being', 'such', 'very', 'before', 'between', 'through',
  'during', 'against', 'without', 'since', 'until', 'does', 'did', 'having', 'may', 'might', 'must',
];

/** The commonest of them; a line named English holds at least one (see detect.ts). */
export const ENGLISH_ANCHOR_WORDS: readonly string[] = ['the', 'and', 'of', 'to'];
