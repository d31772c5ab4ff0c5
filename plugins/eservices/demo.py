"""Demo content for `gweb demo`: six e-services of the fictional ministry
"ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ)" in Lao and English, one of them under a
maintenance notice. Links point to the reserved .test domain: fictional."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from gweb.extensions import db
from gweb.timeutil import utcnow

from . import services
from .models import EservicesService, EservicesTranslation

OFFICE_LO = "ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ), ຖະໜົນລ້ານຊ້າງ, ນະຄອນຫຼວງວຽງຈັນ, ໂທ 021 000 000"
OFFICE_EN = "Ministry of Digital Development (demo), Lane Xang Avenue, Vientiane Capital, phone 021 000 000"

# (audiences, url, lo texts, en texts); texts: title, summary, steps, documents, fees, time, office
SERVICES = [
    (["citizens", "businesses"], "https://etax.demo.gweb.test/",
     ("ຊຳລະພາສີອາກອນອອນລາຍ", "ແຈ້ງ ແລະ ຊຳລະພາສີອາກອນຜ່ານອິນເຕີເນັດ ໂດຍບໍ່ຕ້ອງໄປຫ້ອງການ.",
      "ລົງທະບຽນບັນຊີຜູ້ເສຍພາສີ\nເລືອກປະເພດພາສີ ແລະ ໄລຍະເວລາ\nກວດຈຳນວນເງິນທີ່ຕ້ອງຊຳລະ\nຊຳລະຜ່ານທະນາຄານ ຫຼື ແອັບມືຖື",
      "ເລກປະຈຳຕົວຜູ້ເສຍພາສີ\nບັດປະຈຳຕົວ ຫຼື ໃບທະບຽນວິສາຫະກິດ", "ບໍ່ເສຍຄ່າທຳນຽມ",
      "ທັນທີ", "ກົມສ່ວຍສາອາກອນ, " + OFFICE_LO),
     ("Pay taxes online", "Declare and pay your taxes on the internet without going to an office.",
      "Register a taxpayer account\nChoose the kind of tax and the period\nCheck the amount due\n"
      "Pay through a bank or a mobile app",
      "Taxpayer number\nID card or business registration certificate", "Free of charge",
      "Immediately", "Tax Department, " + OFFICE_EN)),
    (["businesses"], "https://business.demo.gweb.test/register",
     ("ລົງທະບຽນວິສາຫະກິດ", "ຂໍໃບທະບຽນວິສາຫະກິດໃໝ່ ຫຼື ປ່ຽນແປງຂໍ້ມູນວິສາຫະກິດ.",
      "ກວດຊື່ວິສາຫະກິດວ່າບໍ່ຊ້ຳ\nປະກອບແບບຟອມອອນລາຍ\nອັບໂຫຼດເອກະສານ\nຊຳລະຄ່າທຳນຽມ\nຮັບໃບທະບຽນທາງອີເມວ",
      "ບັດປະຈຳຕົວຂອງຜູ້ກໍ່ຕັ້ງ\nກົດລະບຽບຂອງວິສາຫະກິດ\nສັນຍາເຊົ່າ ຫຼື ໃບຕາດິນຂອງສຳນັກງານ",
      "200.000 ກີບ", "3 ວັນລັດຖະການ", "ກົມທະບຽນ ແລະ ຄຸ້ມຄອງວິສາຫະກິດ, " + OFFICE_LO),
     ("Business registration", "Apply for a new business registration or change a business's details.",
      "Check that the business name is free\nFill in the online form\nUpload the documents\n"
      "Pay the fee\nReceive the certificate by e-mail",
      "ID card of each founder\nArticles of association\nLease or land title of the premises",
      "200,000 kip", "3 working days", "Enterprise Registration Department, " + OFFICE_EN)),
    (["citizens"], "https://id.demo.gweb.test/appointments",
     ("ນັດໝາຍເຮັດບັດປະຈຳຕົວ", "ຈອງເວລາເຮັດ ຫຼື ຕໍ່ບັດປະຈຳຕົວ ເພື່ອບໍ່ຕ້ອງລໍຖ້າດົນ.",
      "ເລືອກຫ້ອງການທີ່ໃກ້ທີ່ສຸດ\nເລືອກວັນ ແລະ ເວລາ\nໄປຕາມນັດພ້ອມເອກະສານ",
      "ສຳມະໂນຄົວ\nບັດປະຈຳຕົວເກົ່າ (ຖ້າມີ)\nຮູບຖ່າຍ 3x4 ຈຳນວນ 2 ໃບ", "50.000 ກີບ",
      "ຮັບບັດພາຍໃນ 15 ວັນ", "ກົມຄຸ້ມຄອງພົນລະເມືອງ, " + OFFICE_LO),
     ("ID card appointment", "Book a time to make or renew your ID card and avoid a long wait.",
      "Choose the nearest office\nChoose a day and time\nCome at that time with your documents",
      "Family book\nOld ID card (if any)\nTwo 3x4 photos", "50,000 kip",
      "Card ready within 15 days", "Civil Registration Department, " + OFFICE_EN)),
    (["citizens", "businesses"], "https://licence.demo.gweb.test/",
     ("ຂໍອະນຸຍາດດຳເນີນທຸລະກິດອິນເຕີເນັດ", "ໃບອະນຸຍາດສຳລັບຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ແລະ ໂທລະຄົມ.",
      "ປະກອບແບບຟອມຄຳຮ້ອງ\nຍື່ນແຜນທຸລະກິດ\nກວດກາທາງເຕັກນິກ\nຮັບໃບອະນຸຍາດ",
      "ໃບທະບຽນວິສາຫະກິດ\nແຜນທຸລະກິດ\nແຜນຜັງເຄືອຂ່າຍ", "1.000.000 ກີບ ຕໍ່ປີ",
      "30 ວັນລັດຖະການ", "ກົມໂທລະຄົມມະນາຄົມ, " + OFFICE_LO),
     ("Internet business licence", "The licence for internet and telecommunications providers.",
      "Fill in the application form\nSubmit a business plan\nTechnical inspection\nReceive the licence",
      "Business registration certificate\nBusiness plan\nNetwork diagram", "1,000,000 kip a year",
      "30 working days", "Telecommunications Department, " + OFFICE_EN)),
    (["civil_servants"], "https://edoc.demo.gweb.test/",
     ("ລະບົບເອກະສານອີເລັກໂຕຣນິກ", "ສົ່ງ ແລະ ຮັບເອກະສານທາງລັດຖະການ ລະຫວ່າງກະຊວງ ແລະ ແຂວງ.",
      "ເຂົ້າລະບົບດ້ວຍບັນຊີພະນັກງານ\nສ້າງ ຫຼື ເປີດເອກະສານ\nລົງລາຍເຊັນອີເລັກໂຕຣນິກ",
      "ບັນຊີພະນັກງານທີ່ຫົວໜ້າພະແນກອະນຸມັດ", "ບໍ່ເສຍຄ່າທຳນຽມ", "ທັນທີ",
      "ສູນຂໍ້ມູນຂ່າວສານ, " + OFFICE_LO),
     ("Electronic document system", "Send and receive official documents between ministries and provinces.",
      "Log in with your staff account\nCreate or open a document\nSign electronically",
      "A staff account approved by your head of division", "Free of charge", "Immediately",
      "Information Centre, " + OFFICE_EN)),
    (["citizens"], "",
     ("ຮ້ອງຮຽນກ່ຽວກັບບໍລິການໂທລະສັບ", "ແຈ້ງບັນຫາກັບຜູ້ໃຫ້ບໍລິການໂທລະສັບ ຫຼື ອິນເຕີເນັດ ທີ່ແກ້ໄຂບໍ່ໄດ້.",
      "ຕິດຕໍ່ຜູ້ໃຫ້ບໍລິການກ່ອນ\nປະກອບແບບຟອມຮ້ອງຮຽນຢູ່ຫ້ອງການ\nຮັບເລກອ້າງອີງ",
      "ບັດປະຈຳຕົວ\nໃບບິນ ຫຼື ສັນຍາການບໍລິການ", "ບໍ່ເສຍຄ່າທຳນຽມ", "15 ວັນລັດຖະການ",
      "ພະແນກປົກປ້ອງຜູ້ຊົມໃຊ້, " + OFFICE_LO),
     ("Complaint about a phone service", "Report a problem with a phone or internet provider that was not solved.",
      "Contact the provider first\nFill in the complaint form at the office\nReceive a reference number",
      "ID card\nBill or service contract", "Free of charge", "15 working days",
      "Consumer Protection Division, " + OFFICE_EN)),
]


def add_demo(site) -> int:
    """Add the demo services the site does not have yet (matched by Lao
    name); return how many were added."""
    have = set(db.session.scalars(
        select(EservicesTranslation.title).join(EservicesService)
        .where(EservicesService.site_id == site.id, EservicesTranslation.lang == "lo")))
    added = 0
    for audiences, url, lo, en in SERVICES:
        if lo[0] in have:
            continue
        values = {"audiences": audiences, "online_url": url, "published": True}
        for lang, texts in (("lo", lo), ("en", en)):
            values.update({f"{name}_{lang}": text for name, text in zip(services.TEXT_FIELDS, texts)})
        service = services.save_service(site.id, values)
        if added == 0 and url:
            now = utcnow().replace(second=0, microsecond=0)
            services.add_notice(site.id, service, {
                "kind": "maintenance",
                "message_lo": "ລະບົບປິດປັບປຸງຊົ່ວຄາວ; ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.",
                "message_en": "The system is closed for maintenance; please try again later.",
                "starts_at": now - timedelta(hours=1), "ends_at": now + timedelta(days=2)})
        added += 1
    return added
