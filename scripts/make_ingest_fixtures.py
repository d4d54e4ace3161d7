#!/usr/bin/env python3
"""Writes the Word and PDF fixtures of Marsad's ingest tests and the sample corpus's
Word brief, byte for byte the same on every run (fixed zip dates, no timestamps).

    python3 scripts/make_ingest_fixtures.py

Uses only the standard library. The PDFs are written by hand so each kind of text
layer is exactly what the tests need:
  report_logical.pdf   three pages, letters in logical order, a running header and
                       footer, page numbers, a paragraph broken across a page
  legacy_visual.pdf    presentation forms in visual order, as older producers write
  scanned.pdf          one page holding only an image (no text layer)
  encrypted.pdf        RC4-encrypted with a user password (standard security handler)
The fonts are referenced, not embedded: the tests read the text layer (ToUnicode
maps), which is what Marsad reads.
"""
import hashlib
import os
import struct
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "crates", "core", "tests", "fixtures", "ingest")
SAMPLE = os.path.join(ROOT, "assets", "sample-corpus")

# ---------------------------------------------------------------- Arabic shaping
# Dual-joining letters take four shapes, right-joining ones two (they never join the
# next letter). Presentation Forms-B code points per letter: isolated, final, initial, medial.
FORMS = {
    "ء": (0xFE80,), "آ": (0xFE81, 0xFE82), "أ": (0xFE83, 0xFE84), "ؤ": (0xFE85, 0xFE86),
    "إ": (0xFE87, 0xFE88), "ئ": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C), "ا": (0xFE8D, 0xFE8E),
    "ب": (0xFE8F, 0xFE90, 0xFE91, 0xFE92), "ة": (0xFE93, 0xFE94),
    "ت": (0xFE95, 0xFE96, 0xFE97, 0xFE98), "ث": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "ج": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0), "ح": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "خ": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8), "د": (0xFEA9, 0xFEAA), "ذ": (0xFEAB, 0xFEAC),
    "ر": (0xFEAD, 0xFEAE), "ز": (0xFEAF, 0xFEB0), "س": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "ش": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8), "ص": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "ض": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0), "ط": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "ظ": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8), "ع": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "غ": (0xFECD, 0xFECE, 0xFECF, 0xFED0), "ف": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "ق": (0xFED5, 0xFED6, 0xFED7, 0xFED8), "ك": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "ل": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0), "م": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "ن": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8), "ه": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "و": (0xFEED, 0xFEEE), "ى": (0xFEEF, 0xFEF0), "ي": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}
LAM_ALEF = {"آ": (0xFEF5, 0xFEF6), "أ": (0xFEF7, 0xFEF8), "إ": (0xFEF9, 0xFEFA), "ا": (0xFEFB, 0xFEFC)}


def joins_next(c):
    return c in FORMS and len(FORMS[c]) == 4


def shape(text):
    """Logical-order letters to logical-order presentation forms."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        prev = text[i - 1] if i > 0 else ""
        joined_before = joins_next(prev)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c == "ل" and nxt in LAM_ALEF:
            out.append(chr(LAM_ALEF[nxt][1 if joined_before else 0]))
            i += 2
            continue
        if c not in FORMS:
            out.append(c)
            i += 1
            continue
        forms = FORMS[c]
        joined_after = joins_next(c) and nxt in FORMS
        if len(forms) == 1:
            out.append(chr(forms[0]))
        elif joined_before and joined_after:
            out.append(chr(forms[3]))
        elif joined_before:
            out.append(chr(forms[1]))
        elif joined_after:
            out.append(chr(forms[2]))
        else:
            out.append(chr(forms[0]))
        i += 1
    return "".join(out)


MIRROR = {"(": ")", ")": "(", "«": "»", "»": "«", "[": "]", "]": "["}


def visual(text):
    """A logical line as a visual-order producer draws it left to right: reversed,
    brackets mirrored, runs of Latin letters and digits kept in their own order."""
    rev = [MIRROR.get(c, c) for c in reversed(text)]
    out, i = [], 0
    while i < len(rev):
        if rev[i].isascii() and rev[i].isalnum():
            j = i
            last = i
            while j < len(rev) and ((rev[j].isascii() and rev[j].isalnum()) or rev[j] in ".:/%-+ ,"):
                if rev[j].isascii() and rev[j].isalnum():
                    last = j
                j += 1
            out.extend(reversed(rev[i:last + 1]))
            i = last + 1
        else:
            out.append(rev[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- PDF writing
class Pdf:
    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body)
        return len(self.objects)

    def render(self, root, info, encrypt=None):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            if encrypt is not None and number != encrypt["dict_obj"]:
                body = encrypt["fn"](number, body)
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        trailer = b"/Size %d /Root %d 0 R /Info %d 0 R" % (len(self.objects) + 1, root, info)
        if encrypt is not None:
            trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (
                encrypt["dict_obj"], encrypt["id"].hex().encode(), encrypt["id"].hex().encode())
        out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf_text_string(s):
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def build_pdf(pages, title, created, draw=lambda line: line, encrypt_with=None):
    """pages: lists of (text, size, gap_before) lines; `draw` turns a logical line into
    what the content stream holds."""
    pdf = Pdf()
    chars = sorted({c for page in pages for (text, _, _) in page for c in draw(text)})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    cmap_lines = "".join("<%04X> <%s>\n" % (cid[c], c.encode("utf-16-be").hex().upper()) for c in chars)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Marsad-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            "%d beginbfchar\n%sendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
            % (len(chars), cmap_lines)).encode()
    catalog = pdf.add(b"")  # filled in below
    info = pdf.add(b"<< /Title " + pdf_text_string(title) + b" /Producer (Marsad fixtures)"
                   b" /CreationDate (" + created.encode() + b") >>")
    tounicode = pdf.add(stream(cmap))
    descriptor = pdf.add(b"<< /Type /FontDescriptor /FontName /NotoNaskhArabic /Flags 32"
                         b" /FontBBox [-500 -400 1500 1100] /ItalicAngle 0 /Ascent 1100"
                         b" /Descent -400 /CapHeight 700 /StemV 80 >>")
    descendant = pdf.add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoNaskhArabic"
                         b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                         b" /FontDescriptor %d 0 R /DW 500 /CIDToGIDMap /Identity >>" % descriptor)
    font = pdf.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoNaskhArabic /Encoding /Identity-H"
                   b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, tounicode))
    page_ids = []
    pages_obj = pdf.add(b"")
    for page in pages:
        ops = bytearray()
        y = 800.0
        for text, size, gap in page:
            y -= gap
            drawn = draw(text)
            hexes = "".join("%04X" % cid[c] for c in drawn)
            ops += b"BT /F1 %d Tf 1 0 0 1 50 %.1f Tm <%s> Tj ET\n" % (size, y, hexes.encode())
        content = pdf.add(stream(bytes(ops)))
        page_ids.append(pdf.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
                                b" /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                                % (pages_obj, font, content)))
    pdf.objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    pdf.objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    encrypt = None
    if encrypt_with is not None:
        encrypt = rc4_encryption(pdf, encrypt_with)
    return pdf.render(catalog, info, encrypt)


# ---------------------------------------------------------------- RC4 (standard security handler, R2)
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def rc4_encryption(pdf, user_password):
    owner = (b"owner-" + user_password + PAD)[:32]
    user = (user_password + PAD)[:32]
    o = rc4(hashlib.md5(owner).digest()[:5], user)
    p = struct.pack("<i", -44)
    file_id = hashlib.md5(b"marsad encrypted fixture").digest()
    key = hashlib.md5(user + o + p + file_id).digest()[:5]
    u = rc4(key, PAD)
    dict_obj = pdf.add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>"
                       % (o.hex().encode(), u.hex().encode()))

    def encrypt_object(number, body):
        object_key = hashlib.md5(key + struct.pack("<I", number)[:3] + b"\x00\x00").digest()[:10]
        if b"\nstream\n" in body:
            head, rest = body.split(b"\nstream\n", 1)
            data = rest[: rest.rindex(b"\nendstream")]
            sealed = rc4(object_key, data)
            head = head.replace(b"/Length %d" % len(data), b"/Length %d" % len(sealed))
            return head + b"\nstream\n" + sealed + b"\nendstream"
        if body.startswith(b"<< /Title <FEFF"):
            start = body.index(b"<FEFF") + 1
            end = body.index(b">", start)
            sealed = rc4(object_key, bytes.fromhex(body[start:end].decode()))
            return body[:start] + sealed.hex().upper().encode() + body[end:]
        return body

    return {"dict_obj": dict_obj, "id": file_id, "fn": encrypt_object}


# ---------------------------------------------------------------- the PDF texts
HEADER = "مرصد الشرق للدراسات — موجز أسبوعي"


def footer(n, total):
    return "صفحة %d من %d" % (n, total)


def report_pages():
    body = [
        [
            ("موجز أسبوعي: مسار التهدئة في غزة ومحادثات القاهرة", 16, 40),
            ("الخميس 13 نوفمبر 2025", 12, 26),
            ("ملخص", 14, 30),
            ("استضافت القاهرة هذا الأسبوع جولة جديدة من المحادثات بين الوسطاء المصريين", 12, 22),
            ("والقطريين والأتراك والأمريكيين، لبحث المرحلة الثانية من اتفاق وقف إطلاق", 12, 16),
            ("النار في غزة وتشكيل قوة الاستقرار الدولية.", 12, 16),
            ("وقال دبلوماسي مصري إن الأجواء كانت إيجابية، وإن الوفود اتفقت على مواصلة", 12, 30),
            ("الاجتماعات في الدوحة مطلع الأسبوع المقبل.", 12, 16),
            ("المساعدات الإنسانية", 14, 30),
            ("دخلت أمس 420 شاحنة عبر معبري رفح وكرم أبو سالم، وهو أعلى رقم منذ بدء", 12, 22),
            ("الهدنة بحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية. وأوضحت منى الشوا،", 12, 16),
            ("المنسقة الميدانية في خان يونس، أن الطلب على الخيام والوقود ما زال يفوق", 12, 16),
        ],
        [
            ("ما يصل إلى القطاع مع اقتراب فصل الشتاء.", 12, 40),
            ("قوة الاستقرار", 14, 30),
            ("تواصل واشنطن مشاوراتها مع إندونيسيا وأذربيجان وتركيا ومصر بشأن المساهمة", 12, 22),
            ("في القوة، فيما ينتظر مجلس الأمن مشروع قرار يحدد تفويضها ومدته.", 12, 16),
            ("وأكد مركز التنسيق المدني العسكري في كريات غات أنه يتابع تنفيذ الاتفاق على", 12, 30),
            ("مدار الساعة بمشاركة ضباط من أكثر من عشرين دولة.", 12, 16),
        ],
        [
            ("ما يجب متابعته", 14, 40),
            ("موعد جولة الدوحة المقبلة، ونص مشروع القرار الأمريكي في مجلس الأمن،", 12, 22),
            ("وأعداد الشاحنات اليومية عبر المعابر.", 12, 16),
        ],
    ]
    total = len(body)
    pages = []
    for n, lines in enumerate(body, start=1):
        page = [(HEADER, 10, 0)] + lines + [(footer(n, total), 10, 60), (str(n), 10, 14)]
        pages.append(page)
    return pages


def legacy_pages():
    return [[
        ("بيان صحفي: وصول قافلة الأمل المغاربي إلى معبر السلوم", 16, 40),
        ("الأحد 15 يونيو 2025", 12, 26),
        ("وصلت قافلة الأمل المغاربي صباح اليوم إلى معبر السلوم على الحدود الليبية", 12, 30),
        ("المصرية، بعد رحلة استمرت تسعة أيام انطلقت من تونس وعبرت طرابلس وبنغازي.", 12, 16),
        ("وقالت ياسمين العلوي، منسقة القافلة، إن المشاركين ينتظرون إذن العبور", 12, 30),
        ("لإيصال 60 طنا من الأدوية والأغذية إلى غزة عبر رفح.", 12, 16),
    ]]


def scanned_pdf():
    pdf = Pdf()
    catalog = pdf.add(b"")
    info = pdf.add(b"<< /Producer (Marsad fixtures scanner) >>")
    pixels = bytes([200, 200, 200, 90] * 64)
    image = pdf.add(stream(pixels, b"/Type /XObject /Subtype /Image /Width 16 /Height 16"
                                  b" /ColorSpace /DeviceGray /BitsPerComponent 8 "))
    content = pdf.add(stream(b"q 495 0 0 742 50 50 cm /Im1 Do Q\n"))
    pages_obj = pdf.add(b"")
    page = pdf.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
                   b" /Resources << /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_obj, image, content))
    pdf.objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    pdf.objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    return pdf.render(catalog, info)


# ---------------------------------------------------------------- DOCX writing
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text):
    return '<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % esc(text)


def para(text, style=None, numbered=False, extra=""):
    ppr = ""
    if style or numbered:
        ppr = "<w:pPr>%s%s<w:bidi/></w:pPr>" % (
            '<w:pStyle w:val="%s"/>' % style if style else "",
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else "")
    return "<w:p>%s%s%s</w:p>" % (ppr, run(text) if text else "", extra)


def table(rows):
    cells = "".join(
        "<w:tr>%s</w:tr>" % "".join("<w:tc><w:tcPr/>%s</w:tc>" % para(cell) for cell in row)
        for row in rows)
    return "<w:tbl><w:tblPr/>%s</w:tbl>" % cells


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="BriefSection"><w:name w:val="Brief Section"/><w:basedOn w:val="1"/></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="Quote"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="caption"/><w:basedOn w:val="a"/></w:style>
</w:styles>""" % W


def core_xml(title, creator, created):
    return ("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" """
            """xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" """
            """xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"""
            "<dc:title>%s</dc:title><dc:creator>%s</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            "</cp:coreProperties>" % (esc(title), esc(creator), created))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""


def write_docx(path, body_xml, core):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                "<w:body>%s<w:sectPr/></w:body></w:document>" % (W, body_xml))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/document.xml", document), ("word/styles.xml", STYLES), ("docProps/core.xml", core)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def styled_docx():
    deleted = ('<w:del w:id="1" w:author="x"><w:r><w:delText>نص محذوف لا يظهر</w:delText></w:r></w:del>')
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = "".join([
        para("مذكرة داخلية — للاستخدام المحدود"),
        para("تقدير موقف: قوة الاستقرار الدولية في غزة", "a3"),
        para("الثلاثاء 18 نوفمبر 2025"),
        para("الخلفية", "1"),
        para("اعتمد مجلس الأمن فجر اليوم قرارا يمنح قوة الاستقرار تفويضا حتى نهاية 2027،" + "", extra=run(" بعد مشاورات استمرت أسبوعين.")),
        para("", extra=deleted + run("وتشارك في المشاورات مصر وقطر وتركيا.") + field),
        para("الدول المرشحة للمشاركة", "BriefSection"),
        para("إندونيسيا", "a5", numbered=True),
        para("أذربيجان", "a5", numbered=True),
        para("مصر", numbered=True),
        para("«القوة لن تبدأ عملها قبل اكتمال الترتيبات اللوجستية»، قال مسؤول أممي.", "a7"),
        table([["البند", "الموعد"], ["تصويت مجلس الأمن", "17 نوفمبر 2025"], ["وصول الطلائع", "مطلع يناير 2026"]]),
        para("جدول 1: المواعيد المتوقعة", "a9"),
        para("التوصيات", "2"),
        para("متابعة جولة الدوحة المقبلة، ورصد مواقف الفصائل من انتشار القوة."),
    ])
    return body, core_xml("تقدير موقف قوة الاستقرار", "وحدة الرصد", "2025-11-18T08:30:00Z")


def sample_brief_docx():
    body = "".join([
        para("موجز: وحدة الرصد في مرصد الشرق للدراسات"),
        para("موجز إحاطة: عودة الوسطاء إلى القاهرة لبحث المرحلة الثانية من هدنة غزة", "a3"),
        para("الأحد 7 ديسمبر 2025"),
        para("ما الذي جرى", "1"),
        para("عاد الوسطاء المصريون والقطريون والأتراك أمس إلى القاهرة لبحث المرحلة الثانية"
             " من اتفاق وقف إطلاق النار في غزة، بحضور مبعوث أمريكي."),
        para("وقالت سلمى الحداد، الباحثة في مرصد الشرق للدراسات، إن «الملف الأصعب هو نزع السلاح"
             " وتسليم إدارة المعابر»."),
        para("نقاط للمتابعة", "1"),
        para("انتشار طلائع قوة الاستقرار الدولية في رفح.", "a5", numbered=True),
        para("أعداد الشاحنات عبر معبر كرم أبو سالم مع اشتداد الشتاء.", "a5", numbered=True),
        para("موقف إسرائيل من تشغيل معبر رفح في الاتجاهين.", "a5", numbered=True),
        table([["المؤشر", "الأسبوع الماضي", "هذا الأسبوع"], ["الشاحنات يوميا", "380", "420"]]),
        para("أعدت هذه المذكرة وحدة الرصد، ولا تعبر بالضرورة عن موقف المرصد."),
    ])
    return body, core_xml("عودة الوسطاء إلى القاهرة", "وحدة الرصد", "2025-12-07T09:00:00Z")


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    report = build_pdf(report_pages(), "موجز أسبوعي: مسار التهدئة", "D:20251113100000+02'00'")
    legacy = build_pdf(legacy_pages(), "قافلة الأمل المغاربي", "D:20250615090000+01'00'",
                       draw=lambda line: visual(shape(line)))
    locked = build_pdf(legacy_pages(), "قافلة الأمل المغاربي", "D:20250615090000+01'00'",
                       encrypt_with=b"marsad")
    outputs = {
        os.path.join(FIXTURES, "report_logical.pdf"): report,
        os.path.join(FIXTURES, "legacy_visual.pdf"): legacy,
        os.path.join(FIXTURES, "encrypted.pdf"): locked,
        os.path.join(FIXTURES, "scanned.pdf"): scanned_pdf(),
    }
    for path, data in outputs.items():
        with open(path, "wb") as f:
            f.write(data)
    body, core = styled_docx()
    write_docx(os.path.join(FIXTURES, "styled_brief.docx"), body, core)
    body, core = sample_brief_docx()
    write_docx(os.path.join(SAMPLE, "mediators-cairo-brief.docx"), body, core)
    for path in sorted(list(outputs) + [os.path.join(FIXTURES, "styled_brief.docx"),
                                        os.path.join(SAMPLE, "mediators-cairo-brief.docx")]):
        print(os.path.relpath(path, ROOT), os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()
