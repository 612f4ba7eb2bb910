#!/bin/sh
# Fills the example declaration of this folder into your draft with zcctl: for every evidence placeholder `0` it
# uploads a file (`zcctl file upload`) and puts the new file id in its place, writes the filled section to a folder,
# and saves it (`zcctl apply set`). Run it logged in as the applicant, after `zcctl apply start`.
#
#   examples/declaration/fill.sh [--application ID] [--out DIR] [FILE.pdf|.png|.jpg ...]
#
# The files are used in turn, one upload per placeholder; the work summary (summaryFile) takes the first PDF.
# Without files, a one-page sample PDF is written and used for everything. ZCCTL names the zcctl to run (default:
# zcctl on PATH, else .build/debug/zcctl); it finds the daemon as usual (--socket is not passed: use ZC_SOCKET).
# Needs python3 (standard library only).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${ZCCTL:-}" ]; then
    if command -v zcctl >/dev/null 2>&1; then ZCCTL=zcctl; else ZCCTL=$HERE/../../.build/debug/zcctl; fi
fi
export HERE ZCCTL
exec python3 - "$@" <<'PYTHON'
import json, os, subprocess, sys, tempfile
from datetime import datetime, timedelta, timezone

here, zcctl = os.environ["HERE"], os.environ["ZCCTL"]
sections = ["basicInfo", "education", "certificates", "employment", "otherMaterials", "workHistory", "societies",
            "professionalExperience", "papers", "books", "projects", "awards", "patents", "expertTitles",
            "otherAchievements", "workSummary"]

def usage(message):
    sys.exit("fill.sh: " + message + "\nusage: fill.sh [--application ID] [--out DIR] [FILE.pdf|.png|.jpg ...]")

def run(*args):
    done = subprocess.run([zcctl, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit("fill.sh: zcctl %s failed (exit %d)" % (" ".join(args), done.returncode))
    return done.stdout

application, out, files = None, None, []
args = sys.argv[1:]
while args:
    arg = args.pop(0)
    if arg in ("--application", "--out"):
        if not args:
            usage(arg + " needs a value")
        if arg == "--application":
            application = args.pop(0)
        else:
            out = args.pop(0)
    elif arg.startswith("-"):
        usage("unknown option " + arg)
    else:
        files.append(arg)

out = out or tempfile.mkdtemp(prefix="declaration-")
os.makedirs(out, exist_ok=True)
if not files:
    sample = os.path.join(out, "sample.pdf")
    with open(sample, "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n")
    files = [sample]
for path in files:
    with open(path, "rb") as f:
        if not f.read(8).startswith((b"%PDF-", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")):
            usage(path + " is not a PDF, JPEG or PNG")
pdfs = [p for p in files if open(p, "rb").read(5) == b"%PDF-"]
if not pdfs:
    usage("give at least one PDF: the work summary must be a PDF")
if application is None:
    mine = json.loads(run("apply", "list", "--json"))
    if len(mine) != 1:
        usage("you have %d declarations: choose one with --application ID" % len(mine))
    application = str(mine[0]["id"])

uploads = 0
def upload(path, place):
    global uploads
    uploads += 1
    name = place + os.path.splitext(path)[1]
    return int(run("file", "upload", path, "--application", application, "--name", name).strip())

def fill(value, place):
    if isinstance(value, dict):
        filled = {}
        for key, member in value.items():
            here_ = place + "." + key
            if key == "evidence" and isinstance(member, list):
                filled[key] = [upload(files[uploads % len(files)], "%s[%d]" % (here_, i)) if item == 0 else item
                               for i, item in enumerate(member)]
            elif key == "summaryFile" and member == 0:
                filled[key] = upload(pdfs[0], here_)
            else:
                filled[key] = fill(member, here_)
        return filled
    if isinstance(value, list):
        return [fill(item, "%s[%d]" % (place, i)) for i, item in enumerate(value)]
    return value

def current_appraisals(basic):
    # The appraisals are due for the five years before the current one (Beijing time): move the example's with it.
    last_year = datetime.now(timezone(timedelta(hours=8))).year - 1
    shift = last_year - max(a["year"] for a in basic["appraisals"])
    for a in basic["appraisals"]:
        a["year"] += shift
    return basic

for section in sections:
    with open(os.path.join(here, section + ".json"), encoding="utf-8") as f:
        content = fill(json.load(f), section)
    if section == "basicInfo":
        content = current_appraisals(content)
    path = os.path.join(out, section + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(content, f, ensure_ascii=False, indent=2)
        f.write("\n")
    sys.stdout.write(run("apply", "set", section, "--application", application, "--file", path))
print("%d files uploaded; the filled sections are in %s" % (uploads, out))
print("next: zcctl apply submit")
PYTHON
