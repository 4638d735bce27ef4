/** Real-looking news pages (site chrome, JSON-LD, quotes) served by the fixture server in e2e tests and the bot bench. */

export interface ArticlePageInput {
  headline: string;
  site: string;
  author: string;
  published: string;
  canonicalUrl?: string;
  paragraphs: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(input: ArticlePageInput): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    datePublished: input.published,
    author: [{ '@type': 'Person', name: input.author }],
    publisher: { '@type': 'Organization', name: input.site },
    ...(input.canonicalUrl ? { url: input.canonicalUrl } : {}),
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(input.headline)} | ${escapeHtml(input.site)}</title>
  <meta property="og:title" content="${escapeHtml(input.headline)}">
  <meta property="og:site_name" content="${escapeHtml(input.site)}">
  <meta property="og:type" content="article">
  <meta name="author" content="${escapeHtml(input.author)}">
  <meta property="article:published_time" content="${input.published}">
  ${input.canonicalUrl ? `<link rel="canonical" href="${input.canonicalUrl}">` : ''}
  <script type="application/ld+json">${jsonLd}</script>
</head>
<body>
  <header class="site-header"><a href="/">${escapeHtml(input.site)}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(input.headline)}</h1>
      <p class="byline">By <a rel="author" href="/people/x">${escapeHtml(input.author)}</a> · <time datetime="${input.published}">${input.published.slice(0, 10)}</time></p>
      ${input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ')}
    </article>
    <aside class="related"><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens new restaurant</a></li><li><a href="/b">Weather: rain expected all week</a></li></ul></aside>
  </main>
  <footer><p>© 2025 ${escapeHtml(input.site)}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
</body>
</html>`;
}

export const HARBOUR_ARTICLE: ArticlePageInput = {
  headline: 'Harbour reopens to ferries after six months of storm repairs',
  site: 'Coastal Courier',
  author: 'Jane Doe',
  published: '2025-03-12T08:00:00Z',
  paragraphs: [
    'The town harbour reopened to passenger ferries on Tuesday after six months of repairs to the sea wall that was breached during the January storms.',
    'Engineers rebuilt 300 metres of the wall and raised it by half a metre, at a cost of £4.2m shared between the council and the national flood agency.',
    '"We are back in business, and the wall is stronger than it has ever been," said Mayor Ana Ruiz at the reopening ceremony.',
    'Ferry operator Bluewave said the first sailings to the islands would leave on Friday morning, with a full timetable from April.',
    'Local businesses said the closure had cost them a season of trade. "Half of our customers come off the ferry," said café owner Tom Hale.',
    'The council said it would publish a report on the storm damage and the lessons learned before the summer.',
    'Residents were invited to walk the new promenade on the wall over the weekend, and a market will be held on the quay on Saturday.',
  ],
};

export const ROVER_ARTICLE: ArticlePageInput = {
  headline: 'Lunar rover finds water ice in shadowed crater',
  site: 'Science Daily Times',
  author: 'Priya Natarajan',
  published: '2025-04-02T14:30:00Z',
  paragraphs: [
    'A robotic rover has confirmed the presence of water ice in a permanently shadowed crater near the Moon’s south pole, mission scientists announced on Wednesday.',
    'The rover drilled 80 centimetres into the crater floor and its spectrometer detected ice mixed with the soil at a concentration of about five percent.',
    '"This is the first time we have touched lunar ice directly rather than inferring it from orbit," said mission lead Dr Samuel Okafor.',
    'Water ice could one day be mined to provide drinking water, oxygen and rocket fuel for crewed missions, reducing the cost of launching supplies from Earth.',
    'The rover will spend another two weeks in the crater before its batteries run too low to survive the cold.',
    'The agency said the data would be released to researchers worldwide within six months.',
  ],
};

/** A page with no article on it: a site's section index full of links. */
export function sectionIndexPage(): string {
  const links = Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/story/${i}">Story number ${i}</a></li>`,
  ).join('');
  return `<!doctype html><html><head><title>World news</title></head><body><nav><ul>${links}</ul></nav></body></html>`;
}

/** A distinct article per index, for benchmarks that need many different URLs. */
export function numberedArticle(index: number): ArticlePageInput {
  const base = index % 2 === 0 ? HARBOUR_ARTICLE : ROVER_ARTICLE;
  return { ...base, headline: `${base.headline} (report ${index})` };
}
