#!/bin/bash
# Shell completion (bash, zsh) and the man page are generated from the same
# help text as `kg help COMMAND`: every command and every option its usage
# line names is offered, choices complete, and the page renders cleanly.
source "$(dirname "$0")/lib/e2e.bash"
run bash "$KG" completion bash
expect_status bash 0
commands=$("$KG" --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "no commands in kg --help"

complete_words() {  # complete_words WORD... : what bash completion offers for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _kg; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$T/bash.out" "$@"
}
got=$(complete_words kg "")
for c in $commands help; do grep -qx "$c" <<<"$got" || fail "bash: command '$c' not offered"; done
for c in $commands; do
  [ "$c" = completion ] && continue
  offered=$(complete_words kg "$c" --)
  for o in $("$KG" help "$c" | head -3 | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    grep -qx -- "$o" <<<"$offered" || fail "bash: kg $c does not offer $o (its usage line names it)"
  done
done
grep -qx json <<<"$(complete_words kg neighbors --format "")" || fail "bash: --format choices"
grep -qx sanctions <<<"$(complete_words kg paths Kim Biegun --relation "")" || fail "bash: relation types"
grep -qx gexf <<<"$(complete_words kg export -f "")" || fail "bash: export formats"
grep -qx show <<<"$(complete_words kg help "")" || fail "bash: kg help COMMAND"

# zsh: the script parses, and compinit binds it to kg.
run zsh "$KG" completion zsh
expect_status zsh 0
if command -v zsh >/dev/null; then
  mkdir -p "$T/fpath" && cp "$T/zsh.out" "$T/fpath/_kg"
  zsh -n "$T/fpath/_kg" || fail "zsh: the completion script does not parse"
  out=$(zsh -f -c "fpath=('$T/fpath' \$fpath); autoload -U compinit; compinit -u -D; print -r -- \${_comps[kg]}" 2>&1)
  [ "$out" = "_kg" ] || fail "zsh: compinit did not bind _kg to kg: $out"
else
  echo "skip zsh: not installed"
fi
run badshell "$KG" completion fish
expect_status badshell 2

# The man page: renders without warnings and carries every command's usage line.
run man "$KG" man
expect_status man 0
groff -k -man -Tutf8 -ww -z "$T/man.out" 2>"$T/groff.err" || fail "groff failed"
[ ! -s "$T/groff.err" ] || { cat "$T/groff.err"; fail "groff warnings on kg.1"; }
MANWIDTH=200 MANPAGER=cat man -l "$T/man.out" 2>/dev/null | col -b >"$T/man.txt"
for c in $commands; do
  usage=$("$KG" help "$c" | head -1 | sed 's/^usage: //')
  grep -qF -- "$usage" "$T/man.txt" || fail "man page lacks the usage of $c: $usage"
done
echo "ok"
