package answer

import "articlebot/llm"

// Fallback says why an llm engine answered extractively instead of with
// the model's answer. Its values are a stable part of the JSON contract of
// `ask --json`; the empty value means there was no fallback.
type Fallback string

// Fallback reasons.
const (
	FallbackNone            Fallback = ""
	FallbackEndpointError   Fallback = "endpoint_error"    // unreachable, 5xx, or a request the endpoint refused
	FallbackTimeout         Fallback = "timeout"           // no answer, or no next token, in time
	FallbackCutOff          Fallback = "cut_off"           // the stream ended before a finish reason
	FallbackRateLimited     Fallback = "rate_limited"      // 429 after the retries
	FallbackAuth            Fallback = "auth"              // the API key was refused
	FallbackNotFound        Fallback = "not_found"         // wrong base URL or model name
	FallbackBadResponse     Fallback = "bad_response"      // malformed answer
	FallbackContextLength   Fallback = "context_length"    // the prompt did not fit even with fewer sources
	FallbackNoValidCitation Fallback = "no_valid_citation" // twice, nothing in the answer was supported by the article
	// FallbackUnusableRewrite is only ever a warning's reason: the model's
	// rewrite of a follow-up was not a question about the same thing, so
	// pronouns were resolved offline; the answer is still the model's.
	FallbackUnusableRewrite Fallback = "unusable_rewrite"
)

// fallbackReason maps a model error to its fallback reason.
func fallbackReason(err error) Fallback {
	switch llm.Classify(err) {
	case llm.KindTimeout:
		return FallbackTimeout
	case llm.KindCutOff:
		return FallbackCutOff
	case llm.KindRateLimited:
		return FallbackRateLimited
	case llm.KindAuth:
		return FallbackAuth
	case llm.KindNotFound:
		return FallbackNotFound
	case llm.KindBadResponse:
		return FallbackBadResponse
	case llm.KindContextLength:
		return FallbackContextLength
	}
	return FallbackEndpointError
}
