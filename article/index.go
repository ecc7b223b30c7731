package article

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// index gives each body paragraph its section and sentences, once every
// paragraph has its kind. It returns ErrNoBody when none is body.
func (a *Article) index() error {
	var body []int
	for i, p := range a.Paragraphs {
		if p.Kind == Body {
			body = append(body, i)
		}
	}
	if len(body) == 0 {
		return ErrNoBody
	}
	// Each body paragraph is normalised and split on its own, on every
	// core: on a 4.5 MB article this is most of parsing. Sentence IDs are
	// then given in article order, in slices made at their sizes (grown
	// by append, they were copied about twenty times over).
	norm := make([]string, len(body))
	spans := make([][][2]int, len(body))
	eachParallel(len(body), func(k int) {
		text := a.Paragraphs[body[k]].Text
		norm[k], spans[k] = Normalize(text), splitSentences(text)
	})
	a.normBody = norm
	n := 0
	for _, s := range spans {
		n += len(s)
	}
	var ids []int
	if n > 0 {
		a.Sentences, ids = make([]Sentence, 0, n), make([]int, n)
	}
	section := ""
	k := 0
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		switch p.Kind {
		case Heading:
			section = p.Text
		case Body:
			p.Section = section
			first := len(a.Sentences)
			for _, span := range spans[k] {
				id := len(a.Sentences)
				a.Sentences = append(a.Sentences, Sentence{
					ID:    id,
					Para:  p.N,
					Start: p.Start + span[0],
					End:   p.Start + span[1],
					Text:  p.Text[span[0]:span[1]],
				})
				ids[id] = id
			}
			if last := len(a.Sentences); last > first {
				p.Sentences = ids[first:last:last]
			}
			k++
		}
	}
	return nil
}

// eachTask is how many items a worker of eachParallel takes at a time.
const eachTask = 64

// eachParallel calls fn(k) for k in [0, n) on GOMAXPROCS goroutines, a
// run of eachTask at a time, and returns when all calls have.
func eachParallel(n int, fn func(k int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+eachTask-1)/eachTask) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(eachTask)) - eachTask
				if lo >= n {
					return
				}
				for k := lo; k < min(lo+eachTask, n); k++ {
					fn(k)
				}
			}
		}()
	}
	wg.Wait()
}
