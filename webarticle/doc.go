// Package webarticle reads a news story from a web page: it fetches the
// page (Fetcher), decodes its charset and extracts the story (Parse) as an
// article.Article with the page's title, byline, site and publication time.
//
// Extraction uses codeberg.org/readeck/go-readability/v2, a maintained port
// of Mozilla's Readability.js. github.com/markusmobius/go-trafilatura was
// compared on the fixtures in testdata/pages: it drops captions, ad labels
// and bylines by itself, but on the old CMS page, whose story is one <div>
// split by <br><br>, it returned the first paragraphs twice (once joined,
// once split), and on the navigation page it returned the links as a
// paragraph of text; it also gives publication dates without their time
// and links a WebAssembly regular-expression engine. Readability split
// the <br><br> story cleanly, returned no text for the navigation page and
// gave full timestamps; what it keeps that is not story (captions, ad
// labels, "read more" links, live-blog times, the byline line) is removed
// here by page structure: furniture tags and class names before it runs,
// letterless and byline lines after.
package webarticle
