package fakeopenai

import (
	"fmt"
	"net/http"
	"time"
)

// Behaviour scripts the answer to one request. Chat behaviours stream when
// the request asks for a stream and answer with one JSON object otherwise.
// Status, OllamaError, Delay, Malformed and Handler suit every route.
type Behaviour struct {
	name   string
	header http.Header
	run    func(x *exchange)
}

// RetryAfter returns b with a Retry-After header (seconds or an HTTP date).
func (b Behaviour) RetryAfter(v string) Behaviour { return b.WithHeader("Retry-After", v) }

// WithHeader returns b with an extra response header.
func (b Behaviour) WithHeader(key, value string) Behaviour {
	h := b.header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Add(key, value)
	b.header = h
	return b
}

func (b Behaviour) serve(x *exchange) {
	for k, vs := range b.header {
		for _, v := range vs {
			x.w.Header().Add(k, v)
		}
	}
	x.name = b.name
	b.run(x)
}

func chatOnly(name string, run func(x *exchange)) Behaviour {
	return Behaviour{name: name, run: func(x *exchange) {
		if x.chat == nil {
			x.misuse()
			return
		}
		run(x)
	}}
}

// Answer answers text: streamed in chunks of the server's chunk size, then a
// finish reason "stop", a usage chunk and [DONE].
func Answer(text string) Behaviour {
	return chatOnly("Answer", func(x *exchange) { x.answer("", "", x.split(text), "stop") })
}

// AnswerChunks streams exactly these content chunks, e.g. to split a tag
// ("<thi", "nk>"). Unstreamed, it answers their concatenation.
func AnswerChunks(chunks ...string) Behaviour {
	return chatOnly("AnswerChunks", func(x *exchange) { x.answer("", "", chunks, "stop") })
}

// Finish answers text with the given finish reason, e.g. "length".
func Finish(text, reason string) Behaviour {
	return chatOnly("Finish", func(x *exchange) { x.answer("", "", x.split(text), reason) })
}

// Reasoning sends reasoning as reasoning_content deltas (DeepSeek, llama.cpp),
// then text as content.
func Reasoning(reasoning, text string) Behaviour {
	return ReasoningField("reasoning_content", reasoning, text)
}

// ReasoningField sends reasoning in the named delta field, e.g. "reasoning"
// as vLLM and Ollama do, then text as content.
func ReasoningField(field, reasoning, text string) Behaviour {
	return chatOnly("Reasoning", func(x *exchange) { x.answer(field, reasoning, x.split(text), "stop") })
}

// KeepAlives streams n SSE comment lines (": keep-alive") before answering.
func KeepAlives(n int, text string) Behaviour {
	return chatOnly("KeepAlives", func(x *exchange) {
		if x.chat.Stream {
			x.start()
			for range n {
				x.raw(": keep-alive\n")
			}
		}
		x.answer("", "", x.split(text), "stop")
	})
}

// Status answers code with body; an empty body becomes an OpenAI-style error
// object. Chain RetryAfter to add the header.
func Status(code int, body string) Behaviour {
	return Behaviour{name: "Status", run: func(x *exchange) {
		if body == "" {
			writeJSON(x.w, code, errorBody(fmt.Sprintf("fake error %d %s", code, http.StatusText(code)), "server_error", nil))
			return
		}
		x.w.Header().Set("Content-Type", "application/json")
		x.w.WriteHeader(code)
		fmt.Fprint(x.w, body)
	}}
}

// OllamaError answers code with Ollama's error shape, {"error":"msg"}.
func OllamaError(code int, msg string) Behaviour {
	return Behaviour{name: "OllamaError", run: func(x *exchange) {
		writeJSON(x.w, code, map[string]string{"error": msg})
	}}
}

// CutMid streams the first half of text's chunks, then drops the connection:
// no finish reason, no [DONE], no end of the chunked body. Unstreamed, it
// drops the connection in the middle of the JSON.
func CutMid(text string) Behaviour {
	return chatOnly("CutMid", func(x *exchange) {
		chunks := x.split(text)
		if !x.chat.Stream {
			x.w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(x.w, `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"content":%q`, text)
			x.abort()
		}
		x.start()
		for _, c := range chunks[:(len(chunks)+1)/2] {
			x.content(c)
		}
		x.abort()
	})
}

// CloseNoDone streams all of text, then ends the body cleanly without a
// finish reason or [DONE].
func CloseNoDone(text string) Behaviour {
	return chatOnly("CloseNoDone", func(x *exchange) {
		x.start()
		for _, c := range x.split(text) {
			x.content(c)
		}
	})
}

// Stall streams the headers and a first content chunk ("Partial "), then
// waits for d (or until the client gives up) before finishing the answer.
func Stall(d time.Duration) Behaviour {
	return chatOnly("Stall", func(x *exchange) {
		x.start()
		x.content("Partial ")
		if x.s.wait(x.r, d) {
			x.content("answer.")
			x.end("stop")
		}
	})
}

// StallAfterHeaders streams the headers and a role-only chunk, then waits
// for d before answering: the first token is late, the connection is not.
func StallAfterHeaders(d time.Duration) Behaviour {
	return chatOnly("StallAfterHeaders", func(x *exchange) {
		x.start()
		if x.s.wait(x.r, d) {
			x.content("Late answer.")
			x.end("stop")
		}
	})
}

// StallBeforeHeaders waits for d before answering "Late answer.".
func StallBeforeHeaders(d time.Duration) Behaviour { return Delay(d, Answer("Late answer.")) }

// Delay waits for d, then behaves as b.
func Delay(d time.Duration, b Behaviour) Behaviour {
	return Behaviour{name: "Delay(" + b.name + ")", run: func(x *exchange) {
		if x.s.wait(x.r, d) {
			b.serve(x)
		}
	}}
}

// Malformed answers 200 with JSON that does not parse: a `data: {not json`
// event when streaming, a broken body otherwise.
func Malformed() Behaviour {
	return Behaviour{name: "Malformed", run: func(x *exchange) {
		if x.chat != nil && x.chat.Stream {
			x.start()
			x.raw("data: {not json\n\n")
			return
		}
		x.w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(x.w, "{not json")
	}}
}

// ErrorMidStream streams the headers and a role chunk, then an error object
// as an SSE data line, as servers do when generation fails after the headers.
// Unstreamed, it answers 500 with msg.
func ErrorMidStream(msg string) Behaviour {
	return chatOnly("ErrorMidStream", func(x *exchange) {
		if !x.chat.Stream {
			writeJSON(x.w, http.StatusInternalServerError, errorBody(msg, "server_error", nil))
			return
		}
		x.start()
		x.data(errorBody(msg, "server_error", nil))
	})
}

// Handler answers with h, for anything the other behaviours do not cover.
func Handler(h http.HandlerFunc) Behaviour {
	return Behaviour{name: "Handler", run: func(x *exchange) { h(x.w, x.r) }}
}
