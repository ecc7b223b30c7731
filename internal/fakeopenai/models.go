package fakeopenai

import "net/http"

// handleModels lists the configured model ids, unless a behaviour is queued.
func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	x := &exchange{s: s, w: w, r: r}
	if b, ok := s.next(&s.modelQueue); ok {
		b.serve(x)
		return
	}
	s.mu.Lock()
	data := make([]map[string]any, 0, len(s.models))
	for _, id := range s.models {
		data = append(data, map[string]any{"id": id, "object": "model", "created": created, "owned_by": "fakeopenai"})
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data})
}
