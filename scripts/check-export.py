#!/usr/bin/env python3
"""Checks a review-list export (资格审查名单导出) by hand, outside `swift test`.

    scripts/check-export.py FILE.xlsx [FILE.csv]

The .xlsx: the ZIP is read from its central directory and every entry's CRC-32 tested (zipfile), then the workbook
is loaded with openpyxl (pip install openpyxl) and its header and rows checked. With a CSV of the same selection, the
two must hold the same rows. Exits non-zero on the first problem.
"""
import csv
import sys
import zipfile

HEADERS = ["序号", "申报编号", "姓名", "身份证号", "工作单位", "单位编码", "申报系列", "申报资格", "级别", "申报专业",
           "状态", "当前审查单位", "审查环节", "提交时间"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    if len(sys.argv) < 2:
        fail(__doc__)
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            fail(f"{bad}: CRC-32 does not match")
        names = [i.filename for i in z.infolist()]
    expected = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"]
    if names != expected:
        fail(f"entries {names}")
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    if book.sheetnames != ["资格审查名单"]:
        fail(f"sheets {book.sheetnames}")
    rows = book.active.iter_rows(values_only=True)
    header = list(next(rows))
    if header != HEADERS:
        fail(f"header {header}")
    sheet = []
    for n, row in enumerate(rows, start=1):
        if row[0] != n:
            fail(f"row {n + 1}: 序号 is {row[0]!r}")
        if not isinstance(row[1], int) or len(str(row[3])) != 18:
            fail(f"row {n + 1}: {row!r}")
        sheet.append(["" if v is None else str(v) for v in row])
    print(f"ok: {path}: {len(sheet)} cases, ZIP CRC-32s match, openpyxl reads every row")
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
            records = list(csv.reader(f))
        if records[0] != HEADERS:
            fail(f"CSV header {records[0]}")
        if records[1:] != sheet:
            fail("the CSV and the workbook hold different rows")
        print(f"ok: {sys.argv[2]} holds the same {len(records) - 1} rows")


main()
