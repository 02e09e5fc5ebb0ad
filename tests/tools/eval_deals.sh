#!/usr/bin/env bash
# make eval-deals: deal, money, date and org scores of zhdeals with
# ../shared/eval/score.py, on the project's corpus (corpus/gold) and on the
# seed article (../shared/eval/seed-gold). Predictions are kept in
# eval-out/pred-corpus and eval-out/pred-seed for a look.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
S=${ZD_SHARED:-../shared}
if [ ! -f "$S/eval/score.py" ]; then echo "skipped: $S/eval/score.py absent"; exit 0; fi
verbose=${VERBOSE:+--verbose}
predict() { # gold_dir page_dir pred_dir
    rm -rf "$3"; mkdir -p "$3"
    for g in "$1"/*.json; do
        name=$(basename "$g" .json)
        file=$(jq -r .file "$g")
        page="$2/$file"
        args=()
        [ "$(jq -r .format "$g")" = text ] && args=(--text --published "$(jq -r .published "$g")")
        "$Z" extract "${args[@]}" "$page" >"$3/$name.doc.jsonl" || true
        "$Z" normalize "$3/$name.doc.jsonl" >"$3/$name.deals.jsonl"
        "$Z" normalize --emit mentions "$3/$name.doc.jsonl" >"$3/$name.mentions.jsonl"
    done
}
echo "== corpus (corpus/gold, $(ls corpus/gold/*.json | wc -l) pages)"
predict corpus/gold corpus/pages eval-out/pred-corpus
python3 "$S/eval/score.py" --gold corpus/gold --pred eval-out/pred-corpus $verbose
echo "== seed ($S/eval/seed-gold)"
predict "$S/eval/seed-gold" "$S/seed" eval-out/pred-seed
python3 "$S/eval/score.py" --gold "$S/eval/seed-gold" --pred eval-out/pred-seed $verbose
