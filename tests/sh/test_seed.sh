#!/usr/bin/env bash
# The seed article (../shared/seed) through extract | normalize: the first
# deal is the OpenAI round exactly; 9亿 users and 57.2亿次 visits are not
# money; the scorer finds no false money or date mention and every date,
# and every deal of the gold with no other.
# (Money recall stops at 17/19: the gold lists "100亿美元" and "1500亿美元"
# beside "约100亿美元" and "约1500亿美元", but the text holds each only once,
# with its 约; see README, "Where we disagree with a gold file".)
# Skips (exit 0) when ../shared is absent, as in a user's clone.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
S=${ZD_SHARED:-../shared}
seed="$S/seed/000_fc54b365cf16a911.txt"
if [ ! -f "$seed" ]; then echo "skipped: $seed absent"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$Z" extract --text --published 2026-02-28 "$seed" >"$tmp/doc.jsonl" || exit 1
"$Z" normalize "$tmp/doc.jsonl" >"$tmp/deals.jsonl" || exit 1
"$Z" normalize --emit mentions "$tmp/doc.jsonl" >"$tmp/mentions.jsonl" || exit 1
first=$(head -1 "$tmp/deals.jsonl" | jq -c '{type, target: .target.name, amount: .amount.value,
  currency: .amount.currency, investors: [.investors[] | [.name, .amount.value]],
  valuation: .valuation.value, basis: .valuation.basis, date}')
want='{"type":"funding","target":"OpenAI","amount":110000000000,"currency":"USD","investors":[["SoftBank Group",30000000000],["NVIDIA",30000000000],["Amazon",50000000000]],"valuation":730000000000,"basis":"pre","date":"2026-02-27"}'
if [ "$first" != "$want" ]; then
    echo "first deal differs:"; echo " got  $first"; echo " want $want"; exit 1
fi
if jq -e 'select(.type=="money" and ((.text|test("9亿$")) or (.text|test("57.2亿"))))' "$tmp/mentions.jsonl" >/dev/null; then
    echo "9亿 users or 57.2亿次 visits taken for money"; exit 1
fi
mkdir -p "$tmp/pred"
cp "$tmp/deals.jsonl" "$tmp/pred/000_fc54b365cf16a911.deals.jsonl"
cp "$tmp/mentions.jsonl" "$tmp/pred/000_fc54b365cf16a911.mentions.jsonl"
python3 "$S/eval/score.py" --gold "$S/eval/seed-gold" --pred "$tmp/pred" >"$tmp/score" || exit 1
tail -1 "$tmp/score"
grep -q '^money precision=1.000 recall=0.895' "$tmp/score" || { echo "seed money score changed"; cat "$tmp/score"; exit 1; }
grep -q '^date  precision=1.000 recall=1.000' "$tmp/score" || { echo "seed date score below 1"; cat "$tmp/score"; exit 1; }
# every deal of the seed's gold, and no other (issue 7 asks for F1 >= 0.9;
# the seed is the anchor, so a single lost deal fails here)
grep -q '^deal precision=1.000 recall=1.000' "$tmp/score" || { echo "seed deals changed"; cat "$tmp/score"; exit 1; }
