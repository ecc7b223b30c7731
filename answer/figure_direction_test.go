package answer

import (
	"slices"
	"testing"
)

// TestFigureTurned checks that a claim which states a figure of its source
// going the other way is not supported, while the same change in other
// words is, and a figure the source gives both ways is left alone.
func TestFigureTurned(t *testing.T) {
	e := offlineEngine(t, `Markets in Velmora

Shares in Ostrand Mills closed 3.2 per cent higher at 412 pence after the results.

The price of copper was up 18 cents at $4.05 a pound by noon.

Ridership on the Velmora trams fell by about 7% last year.
`)
	checkSupport(t, e, []supportCase{
		{"higher as fell", "Shares in Ostrand Mills fell 3.2 per cent after the results.", 2, false},
		{"higher as rose", "Ostrand Mills shares rose 3.2 per cent after the results.", 2, true},
		{"up as dropped", "The price of copper dropped 18 cents to $4.05 a pound.", 3, false},
		{"up as gained", "Copper gained 18 cents to $4.05 a pound by noon.", 3, true},
		{"fell as up", "Ridership on the Velmora trams was up 7% last year.", 4, false},
		{"fell as down", "Ridership on the Velmora trams was down about 7% last year.", 4, true},
	})
}

func TestFigureDirs(t *testing.T) {
	tests := []struct {
		text string
		want []figureDir
	}{
		{"Output rose by nearly 4 percent.", []figureDir{{4, 1}}},
		{"The benchmark closed 1.3 percent lower.", []figureDir{{1.3, -1}}},
		{"Fines of up to 30 euros apply.", nil},
		{"Sales fell to 12, down from 15.", []figureDir{{12, -1}}},
		{"Wheat was down 12 cents, or 0.3%, at $40.25.", []figureDir{{12, -1}}},
	}
	for _, tt := range tests {
		if got := figureDirs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("figureDirs(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}
