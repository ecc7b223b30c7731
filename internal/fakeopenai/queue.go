package fakeopenai

import "time"

// Enqueue queues behaviours for the next chat requests, one per request.
func (s *Server) Enqueue(b ...Behaviour) {
	s.locked(func() { s.chatQueue = append(s.chatQueue, b...) })
}

// EnqueueEmbed queues behaviours for the next embeddings requests.
func (s *Server) EnqueueEmbed(b ...Behaviour) {
	s.locked(func() { s.embedQueue = append(s.embedQueue, b...) })
}

// EnqueueModels queues behaviours for the next model-list requests.
func (s *Server) EnqueueModels(b ...Behaviour) {
	s.locked(func() { s.modelQueue = append(s.modelQueue, b...) })
}

// Respond sets the responder used for chat requests when the queue is empty.
func (s *Server) Respond(f func(req ChatRequest) Behaviour) { s.locked(func() { s.responder = f }) }

// SetLatency changes the delay before every response.
func (s *Server) SetLatency(d time.Duration) { s.locked(func() { s.latency = d }) }

// Queued returns how many queued behaviours (of all routes) are still unused.
func (s *Server) Queued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.chatQueue) + len(s.embedQueue) + len(s.modelQueue)
}

// next pops the first behaviour of queue.
func (s *Server) next(queue *[]Behaviour) (Behaviour, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(*queue) == 0 {
		return Behaviour{}, false
	}
	b := (*queue)[0]
	*queue = (*queue)[1:]
	return b, true
}
