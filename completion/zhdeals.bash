# completion/zhdeals.bash: bash completion for zhdeals (commands, options,
# option values, file names). `make install` puts it where bash-completion
# loads it on demand ($(PREFIX)/share/bash-completion/completions/zhdeals);
# without bash-completion, `source` it from ~/.bashrc.
#
# Why it asks the program: the commands and options are read from
# `zhdeals --help` and `zhdeals COMMAND --help` of the very binary being
# completed, so the completion cannot fall behind the program (a command
# or option added to zhdeals.c is offered at once). Only the values of
# --emit, --format and --prefer, and which options take a file name, are
# listed here.
# Needs nothing but bash itself (no bash-completion helpers), so the tests
# can call _zhdeals with COMP_WORDS set by hand.

# The commands of the binary $1: the lines under "commands:" in its --help.
_zhdeals_commands()
{
    "$1" --help 2>/dev/null | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { exit }'
}

# The long options of command $2 of the binary $1, from its --help; `run`
# takes the options of fetch, extract and normalize too.
_zhdeals_options()
{
    local c
    {
        for c in "$2" $([[ $2 == run ]] && echo fetch extract normalize); do
            "$1" "$c" --help 2>/dev/null
        done | grep -oE -- '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//'
        echo --help
    } | sort -u
}

_zhdeals()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev= bin=${COMP_WORDS[0]} cmd= i
    [[ $COMP_CWORD -gt 0 ]] && prev=${COMP_WORDS[COMP_CWORD - 1]}
    [[ $bin == "~/"* ]] && bin=$HOME/${bin#"~/"}
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -*) ;;
        *) cmd=${COMP_WORDS[i]} && break ;;
        esac
    done
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "$(_zhdeals_commands "$bin") --help --version" -- "$cur"))
        return 0
    fi
    case $prev in
    --emit) COMPREPLY=($(compgen -W "deals mentions all" -- "$cur")) && return 0 ;;
    --format) COMPREPLY=($(compgen -W "jsonl csv tsv" -- "$cur")) && return 0 ;;
    --prefer) COMPREPLY=($(compgen -W "nearest past future" -- "$cur")) && return 0 ;;
    --jobs | --delay | --retries | --timeout | --max-bytes | --user-agent | --url | --published)
        return 0 ;; # a number, a string or a date: nothing to offer
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_zhdeals_options "$bin" "$cmd")" -- "$cur"))
        return 0
    fi
    # a file: an input, or the value of -o, --log, --orgs, --resume
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$cur"))
    return 0
}

complete -F _zhdeals zhdeals
