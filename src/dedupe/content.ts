/**
 * What a record is compared by. A whole web page by its article (headline, lead and body, as
 * `clean` finds them): two stories of one site share a template many times their size, and
 * compared whole they are near-duplicates. Any other text as it is (a leftover embed's few
 * words change little, and a stray `<` must not hide the words after it).
 */
import { cleanPage, isPageText } from '../html/page.js';

export function comparedContent(text: string): string {
  if (!isPageText(text)) return text;
  // A page with no article found is compared whole: two copies of it are still one.
  const article = cleanPage(text, { normalize: false }).text;
  return article.trim().length > 0 ? article : text;
}
