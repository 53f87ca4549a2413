/**
 * What a record is compared by. A whole web page by its article (headline, lead and body, as
 * `clean` finds them): two stories of one site share a template many times their size, and
 * compared whole they are near-duplicates. Any other text as it is (a leftover embed's few
 * words change little, and a stray `<` must not hide the words after it).
 */
import { cleanPage, isPageText } from '../html/page.js';

export function comparedContent(text: string): string {
  return isPageText(text) ? cleanPage(text, { normalize: false }).text : text;
}
