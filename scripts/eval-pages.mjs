// The built HTML core for `npm run eval` (pages section).
export async function load(root) {
  const { cleanPage } = await import(`${root}dist/html/page.js`);
  const { parsePage } = await import(`${root}dist/html/blocks.js`);
  return { cleanPage, parsePage };
}
