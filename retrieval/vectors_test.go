package retrieval

import (
	"context"
	"errors"
	"math"
	"sync/atomic"
	"testing"
)

func TestUnitCopy(t *testing.T) {
	nan := float32(math.NaN())
	tests := []struct {
		name   string
		in     []float32
		want   []float32
		ok     bool
		shared bool // the input is returned as is
	}{
		{"unit", []float32{0.6, 0.8}, []float32{0.6, 0.8}, true, true},
		{"scaled", []float32{3, 4}, []float32{0.6, 0.8}, true, false},
		{"zero", []float32{0, 0}, nil, false, false},
		{"nan", []float32{nan, 1}, nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]float32(nil), tt.in...)
			got, ok := unitCopy(in)
			if ok != tt.ok {
				t.Fatalf("got ok %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			for i := range got {
				if math.Abs(float64(got[i]-tt.want[i])) > 1e-6 {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			}
			if shared := &got[0] == &in[0]; shared != tt.shared {
				t.Errorf("got shared %v, want %v", shared, tt.shared)
			}
			if !tt.shared && in[0] != tt.in[0] {
				t.Errorf("input changed: got %v, want %v", in, tt.in)
			}
		})
	}
}

func TestParallel(t *testing.T) {
	var calls atomic.Int64
	if err := parallel(context.Background(), 100, 3, func(int) error { calls.Add(1); return nil }); err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != 100 {
		t.Errorf("got %d calls, want 100", got)
	}

	boom := errors.New("boom")
	err := parallel(context.Background(), 100, 2, func(i int) error {
		if i == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want %v", err, boom)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls.Store(0)
	err = parallel(ctx, 100, 2, func(int) error { calls.Add(1); return nil })
	if !errors.Is(err, context.Canceled) || calls.Load() != 0 {
		t.Errorf("cancelled: got %v after %d calls, want context.Canceled after 0", err, calls.Load())
	}
	if err := parallel(context.Background(), 0, 2, func(int) error { return boom }); err != nil {
		t.Errorf("no work: got %v, want nil", err)
	}
}
