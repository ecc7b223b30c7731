package main

import (
	"fmt"
	"io"
	"strings"
)

// writeBash writes the bash completion script.
func writeBash(w io.Writer, specs []commandSpec) {
	var names []string
	for _, s := range specs {
		names = append(names, s.name)
	}
	fmt.Fprintf(w, `# bash completion for articlebot. Load it with: source <(articlebot completion bash)
_articlebot() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=${COMP_WORDS[1]}
    local IFS=$'\n'
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "%s"$'\n'"--help"$'\n'"--version" -- "$cur"))
        return
    fi
    local flags=() files=() f
    case $cmd in
`, strings.Join(names, `"$'\n'"`))
	for _, s := range specs {
		var fl, files []string
		for _, f := range s.flags {
			fl = append(fl, f.dashed())
			if f.file {
				files = append(files, f.dashed())
			}
		}
		fmt.Fprintf(w, "        %s) flags=(%s) files=(%s) ;;\n", s.name, strings.Join(append(fl, "--help"), " "), strings.Join(files, " "))
	}
	fmt.Fprintf(w, `    esac
    for f in "${files[@]}"; do
        if [[ $prev == "$f" || $prev == "${f#-}" ]]; then
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return
        fi
    done
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${flags[*]}" -- "$cur"))
        return
    fi
    case $cmd in
        help) COMPREPLY=($(compgen -W "%s" -- "$cur")) ;;
        completion) COMPREPLY=($(compgen -W "bash"$'\n'"zsh"$'\n'"fish" -- "$cur")) ;;
        quote)
            local i article=()
            for ((i = 2; i < COMP_CWORD; i++)); do
                if [[ ${COMP_WORDS[i]} == --article || ${COMP_WORDS[i]} == -article ]]; then
                    article=(--article "${COMP_WORDS[i+1]}")
                fi
            done
            local names
            names=$("${COMP_WORDS[0]}" completion speakers "${article[@]}" 2>/dev/null)
            COMPREPLY=($(compgen -W "$names" -- "$cur"))
            local n
            for n in "${!COMPREPLY[@]}"; do COMPREPLY[n]=$(printf '%%q' "${COMPREPLY[n]}"); done
            ;;
    esac
}
complete -o default -F _articlebot articlebot
`, strings.Join(names, `"$'\n'"`))
}

// writeZsh writes the zsh completion script.
func writeZsh(w io.Writer, specs []commandSpec) {
	fmt.Fprint(w, `#compdef articlebot
# zsh completion for articlebot. Load it with: source <(articlebot completion zsh)
# (after compinit), or save it as _articlebot in a directory on $fpath.
_articlebot_speakers() {
    local -a article names
    local i=${words[(i)--article]}
    (( i < CURRENT )) && article=(--article "${words[i+1]}")
    names=("${(@f)$(${words[1]} completion speakers $article 2>/dev/null)}")
    _describe -t speakers speaker names
}
_articlebot() {
    local -a commands
    commands=(
`)
	for _, s := range specs {
		fmt.Fprintf(w, "        %s\n", zshQuote(s.name+":"+s.summary))
	}
	fmt.Fprint(w, `        'help:show help for a command'
    )
    if (( CURRENT == 2 )); then
        _describe -t commands command commands
        _arguments '--help[show help]' '--version[print the version]'
        return
    fi
    local cmd=${words[2]}
    shift words
    (( CURRENT-- ))
    case $cmd in
`)
	for _, s := range specs {
		fmt.Fprintf(w, "        %s)\n            _arguments -s \\\n", s.name)
		for _, f := range s.flags {
			action := ":" + f.name + ":"
			switch {
			case f.boolean:
				action = ""
			case f.file:
				action = ":file:_files"
			}
			fmt.Fprintf(w, "                %s \\\n", zshQuote(f.dashed()+"["+zshEscape(f.usage)+"]"+action))
		}
		fmt.Fprint(w, "                '--help[show help]'")
		switch s.name {
		case "quote":
			fmt.Fprint(w, " \\\n                '*:speaker:_articlebot_speakers'")
		case "completion":
			fmt.Fprint(w, " \\\n                '1:shell:(bash zsh fish)'")
		}
		fmt.Fprint(w, "\n            ;;\n")
	}
	fmt.Fprint(w, `        help) _describe -t commands command commands ;;
    esac
}
compdef _articlebot articlebot
`)
}

// writeFish writes the fish completion script.
func writeFish(w io.Writer, specs []commandSpec) {
	var names []string
	for _, s := range specs {
		names = append(names, s.name)
	}
	all := strings.Join(append(names, "help"), " ")
	fmt.Fprintf(w, `# fish completion for articlebot. Save it as ~/.config/fish/completions/articlebot.fish
function __articlebot_speakers
    set -l tokens (commandline -opc)
    set -l article
    set -l i (contains -i -- --article $tokens)
    and set article --article $tokens[(math $i + 1)]
    $tokens[1] completion speakers $article 2>/dev/null
end
complete -c articlebot -f
complete -c articlebot -n "not __fish_seen_subcommand_from %s" -l help -d 'show help'
complete -c articlebot -n "not __fish_seen_subcommand_from %s" -l version -d 'print the version'
complete -c articlebot -n "not __fish_seen_subcommand_from %s" -a help -d 'show help for a command'
`, all, all, all)
	for _, s := range specs {
		fmt.Fprintf(w, "complete -c articlebot -n \"not __fish_seen_subcommand_from %s\" -a %s -d %s\n", all, s.name, fishQuote(s.summary))
		for _, f := range s.flags {
			req := ""
			switch {
			case f.file:
				req = " -r -F"
			case !f.boolean:
				req = " -r"
			}
			opt := "-l " + f.name
			if len(f.name) == 1 {
				opt = "-s " + f.name
			}
			fmt.Fprintf(w, "complete -c articlebot -n \"__fish_seen_subcommand_from %s\" %s%s -d %s\n", s.name, opt, req, fishQuote(f.usage))
		}
	}
	fmt.Fprint(w, `complete -c articlebot -n "__fish_seen_subcommand_from quote" -a "(__articlebot_speakers)" -d speaker
complete -c articlebot -n "__fish_seen_subcommand_from completion" -a "bash zsh fish"
`)
}

// dashed is the flag as it is typed: -v, --json.
func (f flagSpec) dashed() string {
	if len(f.name) == 1 {
		return "-" + f.name
	}
	return "--" + f.name
}

func zshQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
func zshEscape(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`, ":", `\:`).Replace(s)
}
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}
