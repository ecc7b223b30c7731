package fakediscord

import "github.com/bwmarrin/discordgo"

// Opt is one option of a slash command invocation, as the user filled it.
type Opt struct {
	Name string
	Type discordgo.ApplicationCommandOptionType
	// Value is a string, float64 (integers and numbers alike, as JSON
	// decodes them), bool, or an id string for user, channel, role and
	// mentionable options. It is left out for subcommands and groups.
	Value any
	// Focused marks the option being typed in an autocomplete request.
	Focused bool
	// Options are a subcommand's or group's own options.
	Options []Opt
}

// StringOpt is a string option (type 3).
func StringOpt(name, value string) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

// IntOpt is an integer option (type 4).
func IntOpt(name string, value int64) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(value)}
}

// BoolOpt is a boolean option (type 5).
func BoolOpt(name string, value bool) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: value}
}

// NumberOpt is a number option (type 10).
func NumberOpt(name string, value float64) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionNumber, Value: value}
}

// FocusedOpt is the string option being typed in an autocomplete request,
// with the partial text typed so far.
func FocusedOpt(name, partial string) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: partial, Focused: true}
}

// SubcommandOpt is a subcommand (type 1) with its options.
func SubcommandOpt(name string, opts ...Opt) Opt {
	return Opt{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

// wireOpts renders options as Discord sends them.
func wireOpts(opts []Opt) []any {
	out := make([]any, len(opts))
	for i, o := range opts {
		m := map[string]any{"name": o.Name, "type": int(o.Type)}
		sub := o.Type == discordgo.ApplicationCommandOptionSubCommand ||
			o.Type == discordgo.ApplicationCommandOptionSubCommandGroup
		if !sub {
			m["value"] = o.Value
		}
		if o.Focused {
			m["focused"] = true
		}
		if len(o.Options) > 0 || sub {
			m["options"] = wireOpts(o.Options)
		}
		out[i] = m
	}
	return out
}

func countFocused(opts []Opt) int {
	n := 0
	for _, o := range opts {
		if o.Focused {
			n++
		}
		n += countFocused(o.Options)
	}
	return n
}
