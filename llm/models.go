package llm

import "context"

// Models returns the ids of the models the endpoint lists, in its order.
// The request is bounded by RequestTimeout and retried with backoff.
func (c *Client) Models(ctx context.Context) ([]string, error) {
	var ids []string
	err := c.withRetry(ctx, "models", func(ctx context.Context) error {
		actx, cancel := c.requestContext(ctx)
		defer cancel()
		list, err := c.api.ListModels(actx)
		if err != nil {
			return c.failure(actx, "models", err)
		}
		ids = make([]string, 0, len(list.Models))
		for _, m := range list.Models {
			ids = append(ids, m.ID)
		}
		return nil
	})
	return ids, err
}
