package fakeopenai

import (
	"encoding/json"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"unicode"
)

// Embedding is one vector of an embeddings response.
type Embedding struct {
	Index  int
	Vector []float32
}

// Vector returns the fake embedding of text: a bag of words hashed into dim
// buckets (lower-cased words split at non-letters, non-digits), scaled so it
// is not unit length. Texts that share words get similar vectors, so
// retrieval tests can rank. A text without words gets a hash of the whole
// text, so no vector is zero.
func Vector(text string, dim int) []float32 {
	v := make([]float32, dim)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		words = []string{"\x00" + text}
	}
	for _, w := range words {
		h := fnv.New64a()
		_, _ = h.Write([]byte(w))
		sum := h.Sum64()
		sign := float32(1)
		if sum>>63 == 1 {
			sign = -1
		}
		v[sum%uint64(dim)] += 3 * sign
	}
	return v
}

// Embeddings answers an embeddings request with the items f returns for the
// inputs, e.g. to drop one, repeat an index or return a zero vector.
func Embeddings(f func(inputs []string) []Embedding) Behaviour {
	return Behaviour{name: "Embeddings", run: func(x *exchange) {
		if x.inputs == nil {
			x.misuse()
			return
		}
		x.writeEmbeddings(f(x.inputs))
	}}
}

func (s *Server) handleEmbeddings(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.Model == "" {
		writeJSON(w, http.StatusBadRequest, errorBody("invalid embeddings request", "invalid_request_error", nil))
		return
	}
	inputs, ok := decodeInputs(req.Input)
	if !ok {
		// Ollama rejects token arrays; so does the fake.
		writeJSON(w, http.StatusBadRequest, errorBody("invalid input type: want a string or an array of strings", "invalid_request_error", nil))
		return
	}
	s.mu.Lock()
	s.batches = append(s.batches, inputs)
	dim, shuffle, seed := s.dim, s.shuffle, uint64(len(s.batches))
	s.mu.Unlock()

	x := &exchange{s: s, w: w, r: r, inputs: inputs, model: req.Model}
	if b, ok := s.next(&s.embedQueue); ok {
		b.serve(x)
		return
	}
	items := make([]Embedding, len(inputs))
	for i, text := range inputs {
		items[i] = Embedding{Index: i, Vector: Vector(text, dim)}
	}
	if shuffle && len(items) > 1 {
		rng := rand.New(rand.NewPCG(seed, 42))
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		if items[0].Index == 0 { // never leave the order looking sorted
			items[0], items[len(items)-1] = items[len(items)-1], items[0]
		}
	}
	x.writeEmbeddings(items)
}

// decodeInputs accepts a string or an array of non-empty strings.
func decodeInputs(raw json.RawMessage) ([]string, bool) {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}, true
	}
	var many []string
	if json.Unmarshal(raw, &many) != nil || len(many) == 0 {
		return nil, false
	}
	return many, true
}

func (x *exchange) writeEmbeddings(items []Embedding) {
	data := make([]map[string]any, len(items))
	tokens := 0
	for i, it := range items {
		data[i] = map[string]any{"object": "embedding", "index": it.Index, "embedding": it.Vector}
	}
	for _, in := range x.inputs {
		tokens += len(strings.Fields(in))
	}
	writeJSON(x.w, http.StatusOK, map[string]any{
		"object": "list", "data": data, "model": x.model,
		"usage": map[string]int{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}
