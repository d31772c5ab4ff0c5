"""Demo content for the fictional demo ministry: issuing bodies, categories
and a dozen fictional legal documents in Lao and English, with relations
and a few PDFs. Adds only what is missing (safe to run again)."""
from __future__ import annotations

import io
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import select

from gweb.extensions import db
from gweb.timeutil import utc_to_local, utcnow

from . import attachments, relations, services
from .models import DocumentsRelation, LegalDocument
from .numbers import number_key

NOTE_LO = "<p><em>ເອກະສານສົມມຸດ ທີ່ສ້າງຂຶ້ນເພື່ອສາທິດລະບົບ G-Web ເທົ່ານັ້ນ.</em></p>"
NOTE_EN = "<p><em>A fictional document, made up to demonstrate G-Web.</em></p>"
GAZETTE = "https://gazette.example/laws/"  # a made-up address: the demo is fictional

BODIES = {
    "na": ("ສະພາແຫ່ງຊາດ", "National Assembly"),
    "pm": ("ນາຍົກລັດຖະມົນຕີ", "Prime Minister"),
    "gov": ("ລັດຖະບານ", "Government"),
    "mdd": ("ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ)", "Ministry of Digital Development (demo)"),
    "ddg": ("ກົມລັດຖະບານດິຈິຕອນ (ຕົວຢ່າງ)", "Department of Digital Government (demo)"),
    "lba": ("ສະມາຄົມອິນເຕີເນັດຄວາມໄວສູງລາວ (ຕົວຢ່າງ)", "Lao Broadband Association (demo)"),
}
CATEGORIES = {
    "gov": ("ລັດຖະບານດິຈິຕອນ", "Digital government"),
    "cyber": ("ຄວາມປອດໄພທາງໄຊເບີ", "Cybersecurity"),
    "telecom": ("ໂທລະຄົມມະນາຄົມ ແລະ ອິນເຕີເນັດ", "Telecommunications and internet"),
    "etrans": ("ທຸລະກຳທາງເອເລັກໂຕຣນິກ", "Electronic transactions"),
    "data": ("ການປົກປ້ອງຂໍ້ມູນ", "Data protection"),
}

# One dict per document; titles and summaries are (Lao, English).
DOCUMENTS = {
    "etrans_law": {
        "type": "law", "number": "20/ສພຊ", "issuer": "na", "agency": "mdd",
        "issued": date(2012, 12, 7), "effective": date(2013, 6, 1), "status": "in_force",
        "categories": ["etrans"], "pdf": True,
        "titles": (
            "ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ",
            "Law on Electronic Transactions",
        ),
        "summaries": (
            "ກຳນົດຫຼັກການ, ລະບຽບການ ແລະ ມາດຕະການ ກ່ຽວກັບການຄຸ້ມຄອງ ແລະ "
            "ການນຳໃຊ້ທຸລະກຳທາງເອເລັກໂຕຣນິກ ເພື່ອໃຫ້ມີຄວາມປອດໄພ, ໜ້າເຊື່ອຖື ແລະ "
            "ຖືກຕ້ອງຕາມກົດໝາຍ.",
            "Sets the principles, rules and measures for managing and using electronic "
            "transactions so that they are safe, reliable and lawful.",
        ),
    },
    "data_law": {
        "type": "law", "number": "25/ສພຊ", "issuer": "na", "agency": "mdd",
        "issued": date(2017, 5, 12), "effective": date(2017, 11, 1), "status": "amended",
        "categories": ["data", "cyber"], "pdf": True,
        "titles": (
            "ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງຂໍ້ມູນເອເລັກໂຕຣນິກ",
            "Law on Electronic Data Protection",
        ),
        "summaries": (
            "ກຳນົດສິດ ແລະ ພັນທະ ຂອງຜູ້ເກັບກຳ ແລະ ນຳໃຊ້ຂໍ້ມູນເອເລັກໂຕຣນິກ ແລະ "
            "ການປົກປ້ອງຂໍ້ມູນສ່ວນບຸກຄົນ.",
            "Sets the rights and duties of those who collect and use electronic data, and the "
            "protection of personal data.",
        ),
    },
    "data_amend": {
        "type": "law", "number": "48/ສພຊ", "issuer": "na", "agency": "mdd",
        "issued": date(2023, 6, 20), "effective": date(2024, 1, 1), "status": "in_force",
        "categories": ["data"], "pdf": True,
        "titles": (
            "ກົດໝາຍວ່າດ້ວຍການປັບປຸງບາງມາດຕາ ຂອງກົດໝາຍວ່າດ້ວຍການປົກປ້ອງຂໍ້ມູນເອເລັກໂຕຣນິກ",
            "Law amending the Law on Electronic Data Protection",
        ),
        "summaries": (
            "ປັບປຸງມາດຕາກ່ຽວກັບການແຈ້ງເຫດການຮົ່ວໄຫຼຂອງຂໍ້ມູນ ແລະ ການໂອນຂໍ້ມູນໄປຕ່າງປະເທດ.",
            "Amends the articles on reporting data breaches and on transferring data abroad.",
        ),
    },
    "dg_decree": {
        "type": "decree", "number": "136/ນຍ", "issuer": "pm", "agency": "ddg",
        "issued": date(2021, 3, 15), "effective": date(2021, 4, 1), "status": "in_force",
        "categories": ["gov"], "pdf": True,
        "titles": (
            "ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ",
            "Decree on Digital Government Services",
        ),
        "summaries": (
            "ກຳນົດວິທີການສະໜອງການບໍລິການສາທາລະນະທາງອອນລາຍ, ການເຊື່ອມຕໍ່ຂໍ້ມູນລະຫວ່າງພາກລັດ ແລະ "
            "ໜ້າທີ່ຂອງແຕ່ລະຂະແໜງການ.",
            "Sets how public services are offered online, how government bodies share data and "
            "what each sector must do.",
        ),
    },
    "cyber_decree": {
        "type": "decree", "number": "327/ລບ", "issuer": "gov", "agency": "mdd",
        "issued": date(2022, 9, 8), "effective": date(2022, 10, 1), "status": "in_force",
        "categories": ["cyber"], "pdf": False,
        "titles": (
            "ດຳລັດວ່າດ້ວຍການຮັບມືເຫດການດ້ານຄວາມປອດໄພທາງໄຊເບີ",
            "Decree on Responding to Cybersecurity Incidents",
        ),
        "summaries": (
            "ກຳນົດຂັ້ນຕອນການແຈ້ງ ແລະ ການຮັບມືເຫດການດ້ານຄວາມປອດໄພທາງໄຊເບີ ຂອງອົງການຈັດຕັ້ງລັດ.",
            "Sets how state bodies report and respond to cybersecurity incidents.",
        ),
    },
    "domain_old": {
        "type": "decision", "number": "0589/ກພດ", "issuer": "mdd", "agency": "ddg",
        "issued": date(2016, 8, 10), "effective": date(2016, 8, 10), "status": "repealed",
        "categories": ["telecom", "gov"], "pdf": False,
        "titles": (
            "ຂໍ້ຕົກລົງວ່າດ້ວຍການນຳໃຊ້ຊື່ໂດເມນ .gov.la",
            "Decision on the Use of .gov.la Domain Names",
        ),
        "summaries": (
            "ກຳນົດເງື່ອນໄຂການຂໍ ແລະ ການນຳໃຊ້ຊື່ໂດເມນ .gov.la ຂອງອົງການຈັດຕັ້ງລັດ.",
            "Set the conditions for requesting and using .gov.la domain names.",
        ),
    },
    "web_standards": {
        "type": "decision", "number": "1154/ກພດ", "issuer": "mdd", "agency": "ddg",
        "issued": date(2023, 2, 1), "effective": date(2023, 3, 1), "status": "in_force",
        "categories": ["gov", "telecom"], "pdf": True,
        "titles": (
            "ຂໍ້ຕົກລົງວ່າດ້ວຍມາດຕະຖານເວັບໄຊຂອງພາກລັດ",
            "Decision on Standards for Government Websites",
        ),
        "summaries": (
            "ກຳນົດມາດຕະຖານດ້ານໂຄງສ້າງ, ພາສາ, ການເຂົ້າເຖິງ ແລະ ຄວາມປອດໄພ ຂອງເວັບໄຊຂອງພາກລັດ "
            "ລວມທັງການນຳໃຊ້ຊື່ໂດເມນ .gov.la.",
            "Sets the standards of structure, language, accessibility and security of "
            "government websites, including the use of .gov.la domain names.",
        ),
    },
    "dg_instruction": {
        "type": "instruction", "number": "14/ກລດ", "issuer": "ddg", "agency": "ddg",
        "issued": date(2021, 7, 5), "effective": None, "status": "in_force",
        "categories": ["gov"], "pdf": False,
        "titles": (
            "ຄຳແນະນຳກ່ຽວກັບການຈັດຕັ້ງປະຕິບັດ ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ",
            "Instruction on Carrying Out the Decree on Digital Government Services",
        ),
        "summaries": (
            "ອະທິບາຍຂັ້ນຕອນ ທີ່ກະຊວງ ແລະ ແຂວງ ຕ້ອງປະຕິບັດ ເພື່ອເປີດການບໍລິການທາງອອນລາຍ.",
            "Explains the steps ministries and provinces follow to open services online.",
        ),
    },
    "dns_notice": {
        "type": "notice", "number": "2231/ກພດ", "issuer": "mdd", "agency": "ddg",
        "issued": date(2024, 10, 3), "effective": None, "status": "in_force",
        "categories": ["telecom"], "pdf": False,
        "titles": (
            "ແຈ້ງການ ກ່ຽວກັບກຳນົດເວລາຍົກຍ້າຍລະບົບຊື່ໂດເມນຂອງພາກລັດ",
            "Notice on the Schedule for Moving Government Domain Names",
        ),
        "summaries": (
            "ແຈ້ງໃຫ້ທຸກອົງການຈັດຕັ້ງລັດ ກະກຽມການຍົກຍ້າຍຊື່ໂດເມນ ໄປສູ່ລະບົບໃໝ່ ພາຍໃນໄຕມາດທີ 1.",
            "Asks every state body to prepare to move its domain names to the new system within "
            "the first quarter.",
        ),
    },
    "protect_order": {
        "type": "order", "number": "05/ນຍ", "issuer": "pm", "agency": "mdd",
        "issued": date(2024, 4, 22), "effective": date(2024, 4, 22), "status": "in_force",
        "categories": ["cyber", "gov"], "pdf": False,
        "titles": (
            "ຄຳສັ່ງ ວ່າດ້ວຍການເພີ່ມທະວີການປົກປ້ອງລະບົບຂໍ້ມູນຂ່າວສານຂອງລັດ",
            "Order on Strengthening the Protection of State Information Systems",
        ),
        "summaries": (
            "ສັ່ງໃຫ້ທຸກຂະແໜງການ ກວດກາລະບົບຂໍ້ມູນຂ່າວສານ ແລະ ລາຍງານຈຸດອ່ອນ ພາຍໃນ 90 ວັນ.",
            "Orders every sector to audit its information systems and report weaknesses within "
            "90 days.",
        ),
    },
    "skills_agreement": {
        "type": "agreement", "number": "14/LBA", "issuer": "mdd", "agency": "ddg",
        "issued": date(2025, 1, 15), "effective": date(2025, 2, 1), "status": "in_force",
        "categories": ["telecom", "gov"], "pdf": False,
        "titles": (
            "ສັນຍາຮ່ວມມື ດ້ານການຝຶກອົບຮົມທັກສະດິຈິຕອນ ໃຫ້ພະນັກງານລັດ",
            "Agreement on Digital Skills Training for Civil Servants",
        ),
        "summaries": (
            "ສັນຍາລະຫວ່າງກະຊວງ ແລະ ສະມາຄົມ ເພື່ອຝຶກອົບຮົມພະນັກງານລັດ 2.000 ຄົນ ໃນໄລຍະສາມປີ.",
            "An agreement between the ministry and the association to train 2,000 civil "
            "servants over three years.",
        ),
    },
    "id_draft": {
        "type": "draft", "number": "", "issuer": "mdd", "agency": "ddg",
        "issued": None, "effective": None, "status": "draft",
        "categories": ["gov", "data"], "pdf": False,
        "titles": (
            "ຮ່າງດຳລັດວ່າດ້ວຍການພິສູດຕົວຕົນທາງດິຈິຕອນ",
            "Draft Decree on Digital Identity",
        ),
        "summaries": (
            "ຮ່າງດຳລັດ ທີ່ກຳນົດການອອກ ແລະ ການນຳໃຊ້ບັດປະຈຳຕົວດິຈິຕອນ ສຳລັບການບໍລິການອອນລາຍ. "
            "ກະຊວງຂໍເຊີນປະຊາຊົນ ແລະ ພາກທຸລະກິດ ປະກອບຄຳເຫັນ.",
            "A draft decree on issuing and using a digital identity for online services. The "
            "ministry invites citizens and businesses to comment.",
        ),
    },
}
RELATIONS = (("data_amend", "amends", "data_law"), ("dg_decree", "implements", "etrans_law"),
             ("cyber_decree", "implements", "data_law"),
             ("web_standards", "implements", "dg_decree"),
             ("web_standards", "repeals", "domain_old"),
             ("dg_instruction", "implements", "dg_decree"),
             ("id_draft", "implements", "etrans_law"))


def add_demo(site) -> int:
    """Add the demo bodies, categories, documents, relations and PDFs that
    `site` lacks; return how many things were added."""
    added = 0
    bodies, n = _terms(site.id, "body", BODIES)
    added += n
    categories, n = _terms(site.id, "category", CATEGORIES)
    added += n
    today = utc_to_local(utcnow()).date()
    made = {}
    for key, spec in DOCUMENTS.items():
        number, titles, summaries = spec["number"], spec["titles"], spec["summaries"]
        issuer = bodies[spec["issuer"]]
        document = _existing(site.id, spec["type"], number, issuer.id, titles[1])
        if document is None:
            draft = spec["status"] == "draft"
            values = {"doc_type": spec["type"], "number": number, "issuer_id": issuer.id,
                      "agency_id": bodies[spec["agency"]].id,
                      "issue_date": spec["issued"] or today - timedelta(days=12),
                      "effective_date": spec["effective"], "status": spec["status"],
                      "comment_deadline": today + timedelta(days=45) if draft else None,
                      "title_lo": titles[0], "title_en": titles[1],
                      "summary_lo": f"<p>{summaries[0]}</p>{NOTE_LO}",
                      "summary_en": f"<p>{summaries[1]}</p>{NOTE_EN}",
                      "gazette_url": GAZETTE + number.split("/")[0]
                      if number and spec["type"] == "law" else "",
                      "published": True,
                      "category_ids": [categories[c].id for c in spec["categories"]]}
            document = services.save_document(site.id, values)
            added += 1
        if spec["pdf"] and document.attachment("en") is None:
            attachments.attach_pdf(current_app.config["MEDIA_ROOT"], site.id, document, "en",
                                   io.BytesIO(demo_pdf(titles[1], number)),
                                   f"{(number or key).replace('/', '-')}-en.pdf")
            added += 1
        made[key] = document
    for source, kind, target in RELATIONS:
        exists = db.session.scalar(select(DocumentsRelation.id).where(
            DocumentsRelation.source_id == made[source].id,
            DocumentsRelation.target_id == made[target].id, DocumentsRelation.kind == kind))
        if not exists:
            relations.add_relation(site.id, made[source], made[target].id, kind)
            added += 1
    return added


def _terms(site_id: int, kind: str, specs: dict) -> tuple[dict, int]:
    existing = {t.name_en: t for t in services.list_terms(site_id, kind, "en")}
    found, added = {}, 0
    for key, (name_lo, name_en) in specs.items():
        term = existing.get(name_en)
        if term is None:
            term = services.save_term(site_id, kind, {"name_lo": name_lo, "name_en": name_en})
            added += 1
        found[key] = term
    return found, added


def _existing(site_id: int, doc_type: str, number: str, issuer_id: int, title_en: str):
    condition = (LegalDocument.number_key == number_key(number)) if number else \
        (LegalDocument.title_en == title_en)
    return db.session.scalar(select(LegalDocument).where(
        LegalDocument.site_id == site_id, LegalDocument.doc_type == doc_type,
        LegalDocument.issuer_id == issuer_id, condition).limit(1))


def demo_pdf(title: str, number: str = "") -> bytes:
    """A small valid one-page PDF (Latin text only) standing for a document."""
    def escape(text: str) -> str:
        text = text.encode("ascii", "replace").decode()
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    lines = ["Lao People's Democratic Republic", "Peace Independence Democracy Unity Prosperity",
             "", f"No. {number}" if number else "Draft", "", title[:80], "",
             "DEMO - a fictional document made up to demonstrate G-Web."]
    stream = "BT /F1 12 Tf 60 780 Td 16 TL " + " ".join(
        f"({escape(line)}) Tj T*" for line in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number_, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number_} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()
