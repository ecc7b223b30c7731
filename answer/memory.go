package answer

// MemoryBytes estimates the memory the engine holds for its article: the
// index's vectors, postings and chunks, the article's paragraphs and
// sentences, and ten bytes per byte of text for the text itself, its
// normalised copies, the quotation index and the vocabulary. The factor
// was calibrated on retained heap (shelf's BenchmarkHeldArticle): a
// typical news page (8 paragraphs, 1.9 KB of text) holds 69 KB, estimated
// 47 KB.
func (e *Engine) MemoryBytes() int64 {
	a := e.art
	structs := int64(len(a.Paragraphs))*96 + int64(len(a.Sentences))*64
	return e.index.Bytes() + 10*int64(len(a.Text)) + 2*structs
}
