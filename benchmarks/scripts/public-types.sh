#!/usr/bin/env bash
# Counts the public API types of the domain modules (issue 18): every type a host can name from outside the
# module — top-level and nested, in the packages module-info.java exports to everyone (qualified exports such
# as `exports dev.salesops.core.internal to ...` are not API) — and among them the records (a public record's
# canonical constructor is always public, JLS 8.10.4) and the records with an Optional component.
#
# Source-based (no build needed): comments, strings and annotation arguments are stripped, then each type
# declaration is classified by its modifiers and its enclosing types (members of interfaces are implicitly
# public; a member is accessible only if every enclosing type is; local and anonymous classes are not counted).
#
# usage: benchmarks/scripts/public-types.sh [--list] [repo-root]
#   --list  also prints every counted type (module, kind, name; "optional" marks records with Optional parts)
set -euo pipefail
LIST=0
if [[ "${1:-}" == "--list" ]]; then LIST=1; shift; fi
ROOT="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
exec python3 - "$ROOT" "$LIST" <<'PY'
import os, re, sys
root, list_mode = sys.argv[1], sys.argv[2] == "1"
MODULES = ["sales-ops-core", "sales-ops-scoring", "sales-ops-metrics"]

def strip(src):
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i); i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2); i = n if j < 0 else j + 2; out.append(" ")
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3); i = n if j < 0 else j + 3; out.append('""')
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            i = j + 1; out.append('""')
        else:
            out.append(c); i += 1
    text = "".join(out)
    # annotation arguments (may hold braces): @Foo(...) -> @Foo
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"(@\s*[\w.]+)\s*\([^()]*\)", r"\1", text)
    return text

DECL = re.compile(r"(?<![\w.])(@\s*interface|class|interface|enum|record)\s+([A-Za-z_]\w*)")

def types_in(path):
    text = strip(open(path, encoding="utf-8").read())
    found = []            # (qualified simple name, kind, accessible, optional-component)
    stack = []            # per open brace: None (block) or (name, kind, accessible)
    pending = None
    decls = {m.start(): m for m in DECL.finditer(text)}
    i, n = 0, len(text)
    while i < n:
        m = decls.get(i)
        if m is not None:
            kind = "annotation" if m.group(1).startswith("@") else m.group(1)
            name = m.group(2)
            if kind == "record" and not re.match(r"\s*(<[^>{]*>)?\s*\(", text[m.end():]):
                i += 1; continue
            # modifiers: text since the previous ; { or }
            k = max(text.rfind(";", 0, i), text.rfind("{", 0, i), text.rfind("}", 0, i))
            mods = text[k + 1:i]
            enclosing = stack[-1] if stack else ("<top>", "top", True)
            if enclosing is None:
                acc = False   # local or anonymous
                qual = name
            else:
                explicit = re.search(r"\bpublic\b", mods) is not None
                implicit = enclosing[1] in ("interface", "annotation")
                acc = enclosing[2] and (explicit or implicit)
                qual = name if enclosing[1] == "top" else enclosing[0] + "." + name
            opt = False
            if kind == "record":
                depth, j = 0, text.find("(", m.end())
                start = j
                while j < n:
                    if text[j] == "(": depth += 1
                    elif text[j] == ")":
                        depth -= 1
                        if depth == 0: break
                    j += 1
                opt = re.search(r"\bOptional(Int|Long|Double)?\b", text[start:j]) is not None
            found.append((qual, kind, acc, opt))
            pending = (qual, kind, acc)
            i = m.end(); continue
        c = text[i]
        if c == "{":
            stack.append(pending); pending = None
        elif c == "}":
            if stack: stack.pop()
        elif c == ";" and pending is not None and pending[1] != "record":
            pass
        i += 1
    return found

def exported(mod):
    info = open(os.path.join(root, mod, "src/main/java/module-info.java"), encoding="utf-8").read()
    info = strip(info)
    return {m.group(1) for m in re.finditer(r"\bexports\s+([\w.]+)\s*;", info)}

rows, total = [], [0, 0, 0]
for mod in MODULES:
    base = os.path.join(root, mod, "src/main/java")
    pkgs = exported(mod)
    count = records = optional = 0
    listed = []
    for dirpath, _, files in os.walk(base):
        pkg = os.path.relpath(dirpath, base).replace(os.sep, ".")
        if pkg not in pkgs:
            continue
        for f in sorted(files):
            if not f.endswith(".java") or f in ("package-info.java", "module-info.java"):
                continue
            for qual, kind, acc, opt in types_in(os.path.join(dirpath, f)):
                if not acc:
                    continue
                count += 1
                if kind == "record":
                    records += 1
                    optional += opt
                listed.append(f"{mod}\t{kind}\t{pkg}.{qual}" + ("\toptional" if opt else ""))
    rows.append((mod, count, records, optional))
    total = [total[0] + count, total[1] + records, total[2] + optional]
    if list_mode:
        print("\n".join(sorted(listed)))
print(f"{'module':<20} {'public types':>12} {'public records':>15} {'with Optional':>14}")
for mod, c, r, o in rows:
    print(f"{mod:<20} {c:>12} {r:>15} {o:>14}")
print(f"{'total':<20} {total[0]:>12} {total[1]:>15} {total[2]:>14}")
PY
