package webarticle

import (
	"bytes"
	"context"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"articlebot/article"
)

// FromBytes makes an article from the bytes of a file or a page. The kind
// is told from the content, helped by contentType when the bytes came with
// one: HTML is extracted (Parse), text is split as text (article.Parse),
// and a PDF, an image or other binary is refused with ErrNotPage.
func FromBytes(name string, data []byte, contentType string, pageURL *url.URL) (*article.Article, error) {
	isHTML, err := sniff(data, contentType)
	if err != nil {
		return nil, &Error{URL: name, Reason: ErrNotPage, Detail: err.Error()}
	}
	if isHTML {
		a, err := Parse(name, data, contentType, pageURL)
		if errors.Is(err, ErrNoStory) {
			return nil, &Error{URL: name, Reason: ErrNoStory, Detail: "a home page, a list of links or a login wall?", Cause: err}
		}
		return a, err
	}
	if contentType != "" {
		// A page served as text names its charset in the header; a file
		// must be UTF-8 (article.Parse says so when it is not).
		data = decode(data, contentType)
	}
	a, err := article.Parse(name, data)
	if err != nil {
		return nil, err
	}
	if pageURL != nil {
		a.Meta.URL = pageURL.String()
	}
	return a, nil
}

// sniff reports whether data is HTML. The Content-Type decides when it
// says HTML; otherwise the content does, by the signatures browsers use
// (http.DetectContentType) and, for text that starts otherwise (a saved
// page with a comment or blank lines first), by an <html>, <head> or
// <body> tag near the start.
func sniff(data []byte, contentType string) (bool, error) {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && (mt == "text/html" || mt == "application/xhtml+xml") {
		return true, nil
	}
	if err := acceptableType(contentType); err != nil {
		return false, err
	}
	detected := http.DetectContentType(data)
	switch {
	case strings.HasPrefix(detected, "text/html"):
		return true, nil
	case detected == "application/pdf":
		return false, errors.New("a PDF document")
	case strings.HasPrefix(detected, "image/"):
		return false, errors.New("an image")
	case strings.HasPrefix(detected, "audio/"), strings.HasPrefix(detected, "video/"):
		return false, errors.New("audio or video")
	case detected == "application/zip", detected == "application/x-gzip":
		return false, errors.New("an archive")
	}
	head := bytes.ToLower(data[:min(len(data), 2048)])
	for _, tag := range []string{"<html", "<head", "<body", "<!doctype html"} {
		if bytes.Contains(head, []byte(tag)) {
			return true, nil
		}
	}
	return false, nil
}

// ParseFile is an article.ParseFunc for files that may be text or HTML.
func ParseFile(name string, data []byte) (*article.Article, error) {
	return FromBytes(name, data, "", nil)
}

// Load fetches the page at raw (see Fetch) and returns its article, with
// the page's final URL in its Meta.
func (f *Fetcher) Load(ctx context.Context, raw string, cachedOnly bool) (*article.Article, error) {
	page, err := f.Fetch(ctx, raw, cachedOnly)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(page.URL)
	if err != nil {
		u = nil
	}
	a, err := FromBytes(raw, page.Body, page.ContentType, u)
	var pe *Error
	if errors.As(err, &pe) {
		pe.URL = raw
	}
	return a, err
}
