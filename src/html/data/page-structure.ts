/**
 * What page structure says about content. The idea (class/id words that mark site chrome, and
 * words that mark the article container) follows Mozilla Readability's candidate heuristics and
 * boilerplate studies (Kohlschütter et al., "Boilerplate detection using shallow text features",
 * 2010); the word lists here were written for matn and tuned on the dev pages of
 * ../shared/corpus/news (khabaronline, yjc, alyaum, CNN Arabic, Sputnik, Assabah, Beirut Observer,
 * LBC, youm7), whose templates name things in English, French and transliterated Persian.
 */

/** Elements whose content is never text (scripts, styles, embeds, controls). */
export const SKIP_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select', 'option',
  'button', 'textarea', 'head', 'video', 'audio', 'map',
]);

/** Block elements: each starts a new line of text. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html', 'br',
]);

/**
 * Elements that are site chrome wherever they appear. Not <form>: ASP.NET WebForms pages wrap the
 * whole page in one (aryanews); comment and search forms are caught by their names instead.
 */
export const CHROME_ELEMENTS = new Set(['nav', 'footer', 'aside', 'menu']);

/** Page-level elements: their class names style the whole page (`<body class="menu-options">`). */
export const PAGE_ELEMENTS = new Set(['html', 'body', 'form']);

/** class/id words of chrome: menus, share bars, related lists, comments, tickers, ads, captions. */
export const CHROME_NAME = new RegExp([
  'comment', 'share', 'sharing', 'social', 'related', 'relate', 'more-?news', 'also', 'tags?(?![a-z])', 'keyword', 'breadcrumb',
  'menu', 'nav', 'footer', 'sidebar', 'side-?bar', 'widget', 'banner', '(?<![a-z])ads?(?![a-z])', 'advert', 'adv(?![a-z])',
  'dfp', 'gpt', 'promo', 'popup', 'modal', 'subscribe', 'newsletter', 'login', 'signin', 'ticker', 'marquee', 'breaking',
  'most-?(read|view|popular)', 'popular', 'trending', 'recommend', 'outbrain', 'taboola', 'pagination', 'pager', '(?<![a-z])print(?![a-z])',
  'caption', 'img-?cap', 'copyright', 'weather', 'poll', 'rating', 'header-?top', 'top-?bar', 'toolbar', 'search',
  'cookie', 'author-?(box|bio)', 'bio(?![a-z])', 'follow', 'whatsapp', 'telegram', 'facebook', 'twitter', 'instagram',
  'video-?list', 'gallery-?list', 'latest', 'archive', 'cat(egory)?-?list', 'services', 'respond',
].join('|'), 'i');

/** class/id words of the article container; they outweigh a chrome word on the same element. */
export const CONTENT_NAME = /article|story|entry|post-?(body|content|text)|news-?(body|text|content|details?)|body-?text|main-?content|content-?(body|main|text)|item-?(text|body)|matn|lead|intro|summary|text/i;

/** The article body itself (schema.org's itemprop, common CMS names): chrome around it does not reach inside. */
export const ARTICLE_BODY_NAME = /articleBody|article-?(body|content|text)|news-?(body|text)|story-?(body|text)|post-?(body|content)|entry-?content|body-?text/i;

/** Lead paragraphs are often marked like this, outside the body container. */
export const LEAD_NAME = /lead|intro|summary|subtitle|sub-?title|rutitr|surtitle|abstract|teaser|excerpt|(?<![a-z])sapo/i;
