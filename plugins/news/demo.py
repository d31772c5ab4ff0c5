"""Demo content for `gweb demo`: news of the fictional ministry
"ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ)" in Lao and English, with featured images
drawn here (no file is downloaded) and one pinned announcement."""
from __future__ import annotations

import io
import logging
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from gweb.extensions import db
from gweb.media import services as media
from gweb.timeutil import utcnow

from . import services
from .models import NewsTranslation

log = logging.getLogger("gweb.plugins.news")

# (days ago, category, pinned days, image colour or None, lo, en): each text is (title, summary, body)
ARTICLES = [
    (1, "announcement", 30, None,
     ("ປະກາດ: ປິດປັບປຸງລະບົບບໍລິການອອນລາຍ ວັນເສົາ",
      "ລະບົບບໍລິການອອນລາຍຂອງກະຊວງຈະປິດປັບປຸງຊົ່ວຄາວໃນວັນເສົາ ແຕ່ 08:00 ຫາ 12:00 ໂມງ.",
      "<p>ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ) ຂໍແຈ້ງໃຫ້ຊາບວ່າ ລະບົບບໍລິການອອນລາຍທັງໝົດຈະປິດປັບປຸງຊົ່ວຄາວ.</p>"
      "<p>ຂໍອະໄພໃນຄວາມບໍ່ສະດວກ.</p>"),
     ("Announcement: online services closed for maintenance on Saturday",
      "The ministry's online services will be closed for maintenance on Saturday from 08:00 to 12:00.",
      "<p>The Ministry of Digital Development (demo) informs the public that all online services "
      "will be briefly unavailable while they are upgraded.</p><p>We apologise for the inconvenience.</p>")),
    (2, "news", 0, (0, 40, 104),
     ("ກະຊວງເປີດຕົວລະບົບຊຳລະພາສີອາກອນອອນລາຍ",
      "ປະຊາຊົນ ແລະ ວິສາຫະກິດ ສາມາດຊຳລະພາສີອາກອນຜ່ານອິນເຕີເນັດໄດ້ແລ້ວ.",
      "<p>ລະບົບໃໝ່ນີ້ຊ່ວຍໃຫ້ການຊຳລະພາສີອາກອນວ່ອງໄວ ແລະ ໂປ່ງໃສ.</p><h2>ວິທີນຳໃຊ້</h2>"
      "<ul><li>ລົງທະບຽນບັນຊີ</li><li>ເລືອກປະເພດພາສີ</li><li>ຊຳລະຜ່ານທະນາຄານ</li></ul>"),
     ("Ministry launches online tax payment",
      "Citizens and businesses can now pay their taxes on the internet.",
      "<p>The new system makes paying taxes faster and more transparent.</p><h2>How to use it</h2>"
      "<ul><li>Register an account</li><li>Choose the kind of tax</li><li>Pay through your bank</li></ul>")),
    (5, "event", 0, (206, 17, 38),
     ("ກອງປະຊຸມວິຊາການ ການຫັນເປັນດິຈິຕອນ ປີ 2026",
      "ກອງປະຊຸມປະຈຳປີກ່ຽວກັບການຫັນເປັນດິຈິຕອນຂອງພາກລັດ ຈະຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ.",
      "<p>ຜູ້ເຂົ້າຮ່ວມຈາກທຸກກະຊວງ ແລະ ແຂວງ ຈະແລກປ່ຽນບົດຮຽນກ່ຽວກັບການບໍລິການອອນລາຍ.</p>"),
     ("Digital transformation conference 2026",
      "The yearly conference on the digital transformation of government takes place in Vientiane Capital.",
      "<p>Participants from every ministry and province share lessons about online services.</p>")),
    (9, "press", 0, None,
     ("ຖະແຫຼງຂ່າວ: ຜົນການຈັດຕັ້ງປະຕິບັດແຜນງານ 6 ເດືອນຕົ້ນປີ",
      "ກະຊວງໄດ້ສະຫຼຸບຜົນການຈັດຕັ້ງປະຕິບັດແຜນງານ 6 ເດືອນຕົ້ນປີ.",
      "<p>ບໍລິການອອນລາຍໃໝ່ 12 ລາຍການ ໄດ້ເປີດໃຫ້ບໍລິການ.</p>"),
     ("Press release: results of the first half of the year",
      "The ministry reviewed the results of its plan for the first six months of the year.",
      "<p>Twelve new online services were opened to the public.</p>")),
    (14, "notice", 0, None,
     ("ແຈ້ງການ: ການຮັບສະໝັກພະນັກງານ ປີ 2026",
      "ກະຊວງຮັບສະໝັກພະນັກງານວິຊາການດ້ານເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ 10 ຕຳແໜ່ງ.",
      "<p>ຜູ້ສົນໃຈສາມາດຍື່ນໃບສະໝັກໄດ້ທີ່ຫ້ອງການກະຊວງ ຫຼື ທາງອອນລາຍ.</p>"),
     ("Notice: recruitment of civil servants 2026",
      "The ministry recruits ten information technology officers.",
      "<p>Candidates may apply at the ministry's office or online.</p>")),
    (20, "news", 0, (0, 122, 61),
     ("ບັດປະຈຳຕົວອີເລັກໂຕຣນິກ: ນັດໝາຍອອນລາຍໄດ້ແລ້ວ",
      "ປະຊາຊົນສາມາດນັດໝາຍເວລາເຮັດບັດປະຈຳຕົວຜ່ານເວັບໄຊໄດ້.",
      "<p>ການນັດໝາຍລ່ວງໜ້າຊ່ວຍຫຼຸດເວລາລໍຖ້າຢູ່ຫ້ອງການ.</p>"),
     ("Electronic ID card: appointments online",
      "Citizens can book a time for their ID card on the website.",
      "<p>Booking ahead shortens the wait at the office.</p>")),
    (30, "news", 0, None,
     ("ຝຶກອົບຮົມທັກສະດິຈິຕອນໃຫ້ພະນັກງານລັດ 500 ຄົນ",
      "ໂຄງການຝຶກອົບຮົມທັກສະດິຈິຕອນໄດ້ສຳເລັດໃນ 5 ແຂວງ.",
      "<p>ພະນັກງານໄດ້ຮຽນຮູ້ການນຳໃຊ້ລະບົບເອກະສານອີເລັກໂຕຣນິກ.</p>"),
     ("500 civil servants trained in digital skills",
      "The digital skills programme was completed in five provinces.",
      "<p>Staff learned to use the electronic document system.</p>")),
    (45, "news", 0, None,
     ("ເຊື່ອມຕໍ່ອິນເຕີເນັດໃຫ້ໂຮງຮຽນໃນເຂດຊົນນະບົດ",
      "ໂຮງຮຽນ 120 ແຫ່ງ ໄດ້ຮັບການເຊື່ອມຕໍ່ອິນເຕີເນັດຄວາມໄວສູງ.",
      "<p>ໂຄງການນີ້ແມ່ນການຮ່ວມມືລະຫວ່າງກະຊວງ ແລະ ອຳນາດການປົກຄອງແຂວງ.</p>"),
     ("Internet for rural schools",
      "120 schools have been connected to fast internet.",
      "<p>The project is a partnership between the ministry and the provincial authorities.</p>")),
]


def add_demo(site) -> int:
    """Add the demo articles the site does not have yet (matched by Lao
    title); return how many were added."""
    have = set(db.session.scalars(select(NewsTranslation.title).join(NewsTranslation.article)
                                  .where(NewsTranslation.lang == "lo")
                                  .where(NewsTranslation.article.has(site_id=site.id))))
    now = utcnow().replace(second=0, microsecond=0)
    added = 0
    for days, category, pin_days, colour, lo, en in ARTICLES:
        if lo[0] in have:
            continue
        values = {"category": category, "published": True,
                  "publish_at": now - timedelta(days=days),
                  "pinned_until": now + timedelta(days=pin_days) if pin_days else None,
                  "image_id": _image(site, colour, lo[0], en[0]) if colour else None}
        for lang, (title, summary, body) in (("lo", lo), ("en", en)):
            values.update({f"title_{lang}": title, f"summary_{lang}": summary,
                           f"body_{lang}": body})
        services.save_article(site.id, values)
        added += 1
    return added


def _image(site, colour, alt_lo: str, alt_en: str) -> int | None:
    """A plain illustration (Pillow) in the media library; None if it cannot be stored."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (1280, 720), colour)
    draw = ImageDraw.Draw(picture)
    for i in range(6):
        draw.ellipse((120 + i * 180, 220, 320 + i * 180, 420), outline=(255, 255, 255), width=8)
    data = io.BytesIO()
    picture.save(data, "PNG")
    data.seek(0)
    try:
        stored = media.upload(current_app.config["MEDIA_ROOT"], site.id, data, "news-demo.png",
                              alts={"lo": alt_lo, "en": alt_en})
    except Exception:
        log.exception("could not store a demo image")
        return None
    return stored.id
