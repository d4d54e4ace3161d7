#!/usr/bin/env python3
"""Mines organization and MISC names from unlabeled news: the words that
follow a high-precision head noun (شركة، وكالة، حزب… for organizations;
بطولة، كأس، جائزة… for MISC), as feature-only lists for the entity tagger
(`assets/gazetteer/mined-org.tsv`, `mined-misc.tsv`). Like the place names,
the lists are never matched as entities: the tagger reads "these words are
a name seen after such a head" as a feature and learns on ANERcorp's
training split how far to trust it.

How a name is cut (all counts over the whole input):
- the head may carry proclitics (لوكالة، وبوزارة) but not the article;
- the name runs over up to four words after it, stopping at punctuation
  (a quoted name «…» or "…" is read whole, up to four words), digits,
  non-Arabic words, function words, given names (حزب الله حسن نصر الله),
  and an indefinite word after a definite one (تنظيم القاعدة تسجيلا); a
  lone indefinite nisba adjective is no name (صحيفة تركية);
- a phrase (head + name) is kept when it was seen at least MIN_COUNT times,
  and a longer phrase only when it takes at least half of the shorter one's
  occurrences (حزب العمال الكردستاني, but not حزب الله اللبناني beside
  حزب الله) or was itself seen often (LONG_COUNT);
- an indefinite first word that is also seen with the article (تعاون /
  التعاون, إرهابي / الإرهابي) is a common word, so no name follows the head;
- after عملية (also "a process", عملية طعن "a stabbing") only a quoted name counts;
- the name without its head is kept too when it was quoted at least twice,
  or at least a quarter of its occurrences follow a head (رويترز، العمال
  الكردستاني; not الولايات المتحدة from كأس الولايات المتحدة).

Output lines are folded as the tagger folds (scripts/build_name_words.py),
sorted, with a comment header; the same input always gives the same bytes.

Usage (from the repository root; lines of DEV_LINES are skipped, so the
real-news dev set stays unseen):
    python3 scripts/mine_heads.py org ../shared/data/unlabeled-news-multisource/news-2018.txt \
        ../shared/data/unlabeled-news/jawhara-fm-2014-2017.txt \
        --skip assets/devset/news-2018.tsv > assets/gazetteer/mined-org.tsv
    python3 scripts/mine_heads.py misc … > assets/gazetteer/mined-misc.tsv

`--skip FILE` reads line numbers from FILE's first column and skips those
lines of the first input.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_name_words import ARABIC_LETTERS, fold  # noqa: E402

HEADS = {
    "org": ["شركة", "وكالة", "صحيفة", "قناة", "نادي", "حزب", "جامعة", "وزارة",
            "هيئة", "مجلس", "جبهة", "حركة", "تنظيم"],
    "misc": ["بطولة", "كأس", "جائزة", "مهرجان", "اتفاقية", "عملية"],
}
# Heads that are everyday nouns too (عملية طعن "a stabbing"): only a quoted name counts.
QUOTED_ONLY = {fold("عملية")}
# A name is also listed without its head when at least this share of its
# occurrences follow a head (رويترز, العمال الكردستاني; not الولايات المتحدة).
BARE_SHARE = 0.25
# Times a word must be seen with the article to count as a common word.
COMMON_WITH_ARTICLE = 5
MIN_COUNT = 4
LONG_COUNT = 25
MAX_WORDS = 4
PROCLITICS = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"]

# Words a name does not run into: prepositions, conjunctions, pronouns,
# relatives, auxiliaries and the like (folded).
FUNCTION_WORDS = {fold(w) for w in """
في من على إلى الى عن مع أن إن أنه إنه التي الذي الذين اللذين اللتين هو هي هم
قد لقد كان كانت يكون تكون لم لن ما لا لكن بعد قبل بين حول عند منذ خلال ضد
عبر نحو دون غير أو ثم حتى كما أيضا أيضاً وهو وهي هذا هذه ذلك تلك هناك كل بعض
أي إذا اذا لدى لها له لهم بها به فيه فيها عليه عليها منه منها إليه اليوم أمس
يوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء وقال قال
وقالت قالت أعلن أعلنت أكد أكدت ذكر ذكرت وفق وفقا وفقاً بحسب حسب نقلا نقلاً
""".split()}

# A definite word, also after و or ل (والتنمية، للأنباء).
DEFINITE = re.compile(r"^(ال|وال|لل|ولل|بال|وبال)")

QUOTES = "\"«»“”'"


def name_words(path: Path) -> set:
    """Folded given names of at least ten known people (they end a name)."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4:
            continue
        if fields[1].isdigit() and int(fields[1]) >= 10:
            out.add(fields[0])
    return out


TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]", re.UNICODE)


def tokens(line: str) -> list:
    return TOKEN.findall(line)


def is_arabic_word(word: str) -> bool:
    return len(word) >= 2 and all(c in ARABIC_LETTERS for c in word)


def head_of(word: str, heads: set):
    """The head a token is, with or without proclitics (not the article)."""
    folded = fold(word)
    if folded in heads:
        return folded
    for prefix in PROCLITICS:
        if folded.startswith(prefix) and folded[len(prefix):] in heads:
            return folded[len(prefix):]
    return None


def name_after(toks: list, i: int, given: set):
    """The folded words of the name after the head at `i`, and whether quoted."""
    j = i + 1
    quoted = j < len(toks) and toks[j] in QUOTES
    if quoted:
        words = []
        j += 1
        while j < len(toks) and toks[j] not in QUOTES and len(words) <= MAX_WORDS:
            words.append(fold(toks[j]))
            j += 1
        closed = j < len(toks) and toks[j] in QUOTES
        if closed and 1 <= len(words) <= MAX_WORDS and all(is_arabic_word(w) for w in words):
            return words, True
        return [], True
    words = []
    while j < len(toks) and len(words) < MAX_WORDS:
        word = fold(toks[j])
        if not is_arabic_word(word) or word in FUNCTION_WORDS:
            break
        if word in given and not word.startswith("ال"):
            break
        # After a definite word only definite ones follow in a name (an
        # adjective or genitive chain: العدالة والتنمية، رويترز للأنباء);
        # an indefinite one starts the sentence's next phrase.
        if words and words[0].startswith("ال") and not DEFINITE.match(word):
            break
        words.append(word)
        j += 1
    # One indefinite nisba adjective is a description (صحيفة تركية), not a name.
    if len(words) == 1 and not words[0].startswith("ال") and words[0].endswith("يه"):
        return [], False
    return words, False


def mine(kind: str, lines: list, given: set) -> list:
    heads = {fold(h) for h in HEADS[kind]}
    phrases, quoted = Counter(), Counter()
    folded_lines = []
    for line in lines:
        toks = tokens(line)
        folded_lines.append([fold(t) for t in toks])
        for i, tok in enumerate(toks):
            head = head_of(tok, heads)
            if head is None:
                continue
            words, in_quotes = name_after(toks, i, given)
            if in_quotes:
                if words:
                    quoted[" ".join(words)] += 1
                    phrases[" ".join([head] + words)] += 1
                continue
            if head in QUOTED_ONLY:
                continue
            for n in range(1, len(words) + 1):
                phrases[" ".join([head] + words[:n])] += 1
    words = Counter(w for toks in folded_lines for w in toks)
    kept = set()
    for phrase, count in phrases.items():
        if count < MIN_COUNT:
            continue
        parts = phrase.split(" ")
        # An indefinite word that the press also writes with the article is
        # a common noun or adjective (اتفاقية تعاون، تنظيم إرهابي), not a name.
        if not parts[1].startswith("ال") and words["ال" + parts[1]] >= COMMON_WITH_ARTICLE:
            continue
        shorter = " ".join(parts[:-1])
        if len(parts) > 2 and count < LONG_COUNT and count * 2 < phrases[shorter]:
            continue
        kept.add(phrase)
    after_head = Counter()
    for phrase in kept:
        after_head[phrase.split(" ", 1)[1]] += phrases[phrase]
    totals = phrase_counts(folded_lines, set(after_head))
    out = set(kept)
    for name, count in after_head.items():
        if quoted[name] >= 2 or count >= BARE_SHARE * totals[name]:
            out.add(name)
    return sorted(out)


def phrase_counts(folded_lines: list, names: set) -> Counter:
    """How often each of `names` (folded words joined by spaces) occurs
    anywhere, also after a proclitic."""
    counts = Counter()
    for toks in folded_lines:
        for i in range(len(toks)):
            first = toks[i]
            firsts = {first} | {first[len(p):] for p in PROCLITICS if first.startswith(p)}
            for n in range(1, MAX_WORDS + 1):
                rest = toks[i + 1:i + n]
                if len(rest) < n - 1:
                    break
                for word in firsts:
                    phrase = " ".join([word] + rest)
                    if phrase in names:
                        counts[phrase] += 1
    return counts


def read_lines(paths: list, skip: set):
    for index, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if index == 0 and number in skip:
                    continue
                yield line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=sorted(HEADS))
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--skip", type=Path, help="line numbers (first column) to skip")
    parser.add_argument("--names", type=Path, default=Path("assets/gazetteer/name-words.tsv"))
    args = parser.parse_args()
    skip = set()
    if args.skip and args.skip.exists():
        for line in args.skip.read_text(encoding="utf-8").splitlines():
            first = line.split("\t", 1)[0]
            if first.isdigit():
                skip.add(int(first))
    names = mine(args.kind, list(read_lines(args.inputs, skip)), name_words(args.names))
    label = "organization" if args.kind == "org" else "MISC"
    heads = "، ".join(HEADS[args.kind])
    print(f"# {label} names mined after the heads {heads} (folded; with and without the head).")
    print("# From the ANT corpus v1.1 and v2.1 multi-source (Chouigui et al., AICCSA 2017).")
    print("# Built by scripts/mine_heads.py; a tagger feature only, see README.md.")
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
