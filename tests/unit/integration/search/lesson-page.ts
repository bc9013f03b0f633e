/** A built lesson page shaped like the lesson layout's output: header and navigation around the body. */
export function lessonPage(options: { title: string; body: string; titleId?: string | null }): string {
  const titleId = options.titleId === undefined ? 'lesson-title' : options.titleId;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${options.title} – Peer course – peerpath</title>
<style>.x { color: red }</style><script type="module">console.log("page script")</script></head>
<body>
<header class="site-header"><a href="/index.html">peerpath</a>
  <form role="search" action="/search.html"><label for="q">Search</label><input id="q" name="q"></form></header>
<main id="main">
  <header class="lesson-header"><p class="module">Module 1</p>
    <h1${titleId === null ? '' : ` id="${titleId}"`}>${options.title}</h1><p class="meta">10 minutes</p></header>
  <section class="objectives"><h2 id="objectives-heading">What you will learn</h2><ul><li>Navigation text</li></ul></section>
  <article data-search-body>${options.body}</article>
  <nav class="prev-next"><a href="next.html">Next lesson</a></nav>
</main>
<footer><p>Nothing you write leaves this device.</p></footer>
</body></html>`;
}
