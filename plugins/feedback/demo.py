"""Demo content for `gweb demo`: the usual topics and a few fictional
messages from citizens, in Lao and English. Adds only what is missing."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from gweb.extensions import db
from gweb.timeutil import utcnow

from . import services
from .models import FeedbackNote, FeedbackSubmission

# (topic index in SUGGESTED_TOPICS, language, name, contact, message, status, days ago, note)
SUBMISSIONS = (
    (0, "lo", "ນາງ ຄຳແພງ ສີສຸວັນ", "020 5555 1234",
     "ສະບາຍດີ. ຂ້ອຍຢາກຮູ້ວ່າ ການຕໍ່ອາຍຸໃບອະນຸຍາດທຸລະກິດ ຕ້ອງໃຊ້ເອກະສານຫຍັງແດ່? "
     "ແລະ ສາມາດຍື່ນທາງອອນລາຍໄດ້ບໍ່? ຂອບໃຈຫຼາຍໆ.", "new", 1, ""),
    (1, "lo", "", "",
     "ຢາກໃຫ້ເວັບໄຊມີແຈ້ງການວັນພັກລັດຖະການ ລ່ວງໜ້າຢ່າງໜ້ອຍໜຶ່ງອາທິດ "
     "ເພື່ອໃຫ້ປະຊາຊົນວາງແຜນມາຕິດຕໍ່ຫ້ອງການໄດ້.", "new", 2, ""),
    (2, "lo", "ທ້າວ ສົມພອນ ວົງໄຊ", "somphone.demo@example.la",
     "ຂ້ອຍໄປຫ້ອງການບໍລິການປະຊາຊົນ ເມືອງໄຊເສດຖາ ໃນວັນອັງຄານ ແຕ່ລໍຖ້າເກືອບສາມຊົ່ວໂມງ "
     "ເພາະລະບົບຄອມພິວເຕີຂັດຂ້ອງ. ຂໍໃຫ້ປັບປຸງ ຫຼື ແຈ້ງລ່ວງໜ້າແດ່.", "answered", 6,
     "ໄດ້ໂທຫາແລ້ວ ວັນທີ 3; ພະແນກໄອທີກຳລັງແກ້ໄຂລະບົບ."),
    (4, "en", "Demo Visitor", "",
     "The link to the 2025 annual report on the Documents page gives an error. "
     "Could you check it?", "closed", 12, "Link fixed by the web team."),
    (3, "en", "", "+856 21 000 199",
     "How long does a company registration take once all documents are submitted?",
     "new", 0, ""),
)


def add_demo(site) -> int:
    """Add the suggested topics and the demo messages the site lacks.
    Returns how many items were added."""
    added = services.add_suggested_topics(site.id)
    topics = {(t.label_lo, t.label_en): t for t in services.list_topics(site.id)}
    have = set(db.session.scalars(select(FeedbackSubmission.message).where(
        FeedbackSubmission.site_id == site.id)))
    now = utcnow()
    # Oldest first, so that the reference numbers follow the dates.
    for topic_index, lang, name, contact, message, status, days, note in sorted(
            SUBMISSIONS, key=lambda row: -row[6]):
        if message in have:
            continue
        topic = topics.get(services.SUGGESTED_TOPICS[topic_index])
        submission = services.submit(site.id, {
            "topic_id": topic.id if topic else None, "message": message, "name": name,
            "contact": contact}, lang)
        submission.created_at = submission.updated_at = now - timedelta(days=days, hours=3)
        submission.status = status
        if note:
            db.session.add(FeedbackNote(site_id=site.id, submission=submission, kind="note",
                                        body=note, author_name="admin@demo.gweb.test",
                                        created_at=now - timedelta(days=max(days - 1, 0))))
        db.session.commit()
        added += 1
    return added
