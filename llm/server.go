package llm

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// ServerKind is the software behind an endpoint, as far as Identify can
// tell. Hints name a server only when it was recognised.
type ServerKind int

// The servers Identify recognises. ServerUnknown is the zero value.
const (
	ServerUnknown ServerKind = iota
	ServerOllama
	ServerLlamaCpp
	ServerLMStudio
	ServerVLLM
	ServerOpenAI
)

var serverNames = [...]string{
	ServerUnknown:  "unrecognised OpenAI-compatible server",
	ServerOllama:   "Ollama",
	ServerLlamaCpp: "llama.cpp server",
	ServerLMStudio: "LM Studio",
	ServerVLLM:     "vLLM",
	ServerOpenAI:   "OpenAI",
}

// String returns the server's name.
func (k ServerKind) String() string {
	if k >= 0 && int(k) < len(serverNames) {
		return serverNames[k]
	}
	return serverNames[ServerUnknown]
}

// Server is what Identify found.
type Server struct {
	Kind    ServerKind
	Version string // empty when the server does not say
	How     string // what gave it away, e.g. "GET /api/version"
}

// maxProbeBody bounds what Identify reads of a probe's answer.
const maxProbeBody = 64 << 10

// Identify tells which server answers at the base URL, from the endpoints
// and headers that only one of them has: Ollama's /api/version, llama.cpp's
// /props, vLLM's /version, LM Studio's /api/v0/models, and OpenAI's
// openai-* response headers or the owned_by of the model list. Each probe is
// one GET bounded by the request timeout; a server none of them fits is
// ServerUnknown. The API key is sent only with /v1/models, the one probe
// that is part of the API.
func (c *Client) Identify(ctx context.Context) Server {
	root := strings.TrimSuffix(strings.TrimRight(c.cfg.BaseURL, "/"), "/v1")
	var version struct {
		Version string `json:"version"`
	}
	if c.probe(ctx, root+"/api/version", false, &version, nil) && version.Version != "" {
		return Server{Kind: ServerOllama, Version: version.Version, How: "GET /api/version"}
	}
	var props struct {
		BuildInfo    string          `json:"build_info"`
		Generation   json.RawMessage `json:"default_generation_settings"`
		TotalSlots   *int            `json:"total_slots"`
		ModelPath    string          `json:"model_path"`
		ChatTemplate *string         `json:"chat_template"`
	}
	if c.probe(ctx, root+"/props", false, &props, nil) && (props.Generation != nil || props.TotalSlots != nil || props.ChatTemplate != nil) {
		return Server{Kind: ServerLlamaCpp, Version: props.BuildInfo, How: "GET /props"}
	}
	if c.probe(ctx, root+"/version", false, &version, nil) && version.Version != "" {
		return Server{Kind: ServerVLLM, Version: version.Version, How: "GET /version"}
	}
	var lms struct {
		Data []struct {
			Type  *string `json:"type"`
			State *string `json:"state"`
		} `json:"data"`
	}
	if c.probe(ctx, root+"/api/v0/models", false, &lms, nil) && len(lms.Data) > 0 && lms.Data[0].State != nil && lms.Data[0].Type != nil {
		return Server{Kind: ServerLMStudio, How: "GET /api/v0/models"}
	}
	var models struct {
		Data []struct {
			OwnedBy string `json:"owned_by"`
		} `json:"data"`
	}
	var header http.Header
	if !c.probe(ctx, strings.TrimRight(c.cfg.BaseURL, "/")+"/models", true, &models, &header) {
		return Server{}
	}
	if header.Get("Openai-Organization") != "" || header.Get("Openai-Processing-Ms") != "" || header.Get("Openai-Version") != "" {
		return Server{Kind: ServerOpenAI, How: "openai-* response headers"}
	}
	for _, m := range models.Data {
		switch m.OwnedBy {
		case "llamacpp":
			return Server{Kind: ServerLlamaCpp, How: "owned_by in /v1/models"}
		case "vllm":
			return Server{Kind: ServerVLLM, How: "owned_by in /v1/models"}
		}
	}
	return Server{}
}

// probe GETs url and decodes a 200 JSON answer into v, reporting success.
// header, when not nil, receives the response headers.
func (c *Client) probe(ctx context.Context, url string, withKey bool, v any, header *http.Header) bool {
	rctx, cancel := c.requestContext(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	if withKey && c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false
	}
	if header != nil {
		*header = resp.Header
	}
	return json.NewDecoder(io.LimitReader(resp.Body, maxProbeBody)).Decode(v) == nil
}
