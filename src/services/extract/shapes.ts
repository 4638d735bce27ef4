/**
 * One small page read through the whole extractor once, its parsers, tree, layout and article kept
 * for the life of the process, so that the hidden classes (V8 maps) of what reading a page builds
 * stay alive between pages.
 *
 * Why: V8 keeps a map that objects reach by adding properties (every class instance's final map,
 * an element's attribute set) only while some object has it. A worker that sits idle a few seconds
 * runs a memory-reducing full collection (V8's memory reducer); with no page alive, it collects the
 * maps of the parser, its tokenizer and handler, the DOM nodes and the layout, and deoptimizes
 * every function compiled against them ("weak objects" in --trace-deopt: about 150 functions).
 * The next page, however small, then runs in the interpreter and compiles them all again: on a
 * 1 MB page about 150 ms more CPU than the same page read right after another (bench:adversarial
 * runs each page after a full collection for that reason). With one page alive, the maps, and the
 * code built on them, survive the collection.
 *
 * The page holds the usual shapes: a head with meta tags, JSON-LD and a script, navigation, an
 * article with a headline, byline, time, paragraphs with links, a figure and a list, and nesting
 * past the parser's depth limit so that both parse passes (nesting.ts) run. A few kilobytes.
 */
const PARAGRAPH =
  '<p class="body-text">The council voted on the <a href="https://example.com/budget">budget</a> on Tuesday, ' +
  'and the mayor said the vote was close. “We did what we could,” said Jane Doe, the treasurer.</p>';

export const REFERENCE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council passes the budget | Example News</title>
<meta property="og:title" content="Council passes the budget"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.com/council-budget">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council passes the budget","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-03-05T10:00:00Z"}</script>
<script>var app = { ready: true };</script><style>p { margin: 0 }</style></head>
<body><header id="top" class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main id="main"><article class="story"><h1 class="headline">Council passes the budget</h1>
<div class="byline">By <a rel="author" href="/jane">Jane Doe</a> <time datetime="2024-03-05T10:00:00Z">March 5, 2024</time></div>
<figure><img src="/a.jpg" alt="The council"><figcaption>The council chamber.</figcaption></figure>
${PARAGRAPH.repeat(6)}<ul class="key-points"><li>The budget passed by one vote.</li><li>Taxes stay the same next year.</li></ul>
<div class="related"><h2>Related</h2><a href="/b">Another story</a><br><a href="/c">A third story</a></div>
</article></main><!-- end of the story --><footer class="site-footer"><p>© Example News</p></footer>
${'<div>'.repeat(1_005)}${PARAGRAPH}${'</div>'.repeat(1_005)}</body></html>`;
